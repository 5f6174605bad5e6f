#pragma once
// The Language menu: follow the system's language, or pick one by its own
// name. The choice takes effect at once (every window retranslates itself on
// the LanguageChange event the new translators bring) and is remembered for
// the next start.
#include <QMenu>

class QAction;
class QActionGroup;

class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void checkCurrent();

    QActionGroup *m_choices;
    QAction *m_followSystem;
};
