#pragma once
// Assigns a dated status to the selected recommendations: status, effective
// date (today by default), note and evidence link. The main window turns the
// request into one undoable step for all selected rows. Its texts follow a
// change of language.
#include "status.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

class StatusAssignPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StatusAssignPanel(QWidget *parent = nullptr);

    void setSelectionCount(int count);
    // Clears note and evidence after a successful assignment; keeps status and date.
    void resetEntryFields();
    void focusStatus();

    Status status() const;
    QDate effectiveDate() const;
    QString note() const;
    QString evidenceLink() const;
    // A sentence when the evidence link is not a usable web or file address.
    QString validationError() const;

signals:
    void assignRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    int m_selectionCount = 0; // the button says how many it applies to
    QComboBox *m_status = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_note = nullptr;
    QLineEdit *m_evidence = nullptr;
    QPushButton *m_assign = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_dateLabel = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLabel *m_evidenceLabel = nullptr;
};
