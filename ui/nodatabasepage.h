#pragma once
// What the window shows when no database is open (after File > Close
// database): a sentence saying so in the middle, and the three ways on:
// a new database, an existing one, or one used recently.
#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;

class NoDatabasePage : public QWidget
{
    Q_OBJECT
public:
    explicit NoDatabasePage(QWidget *parent = nullptr);

    // The File menu's Open Recent menu, which the third button opens; it is
    // disabled while the menu has no database to offer.
    void setRecentMenu(QMenu *menu);
    void setRecentAvailable(bool available);

signals:
    void newRequested();
    void openRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title = nullptr;
    QLabel *m_explanation = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_recent = nullptr;
};
