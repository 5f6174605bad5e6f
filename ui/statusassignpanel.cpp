#include "statusassignpanel.h"

#include "evidencelink.h"
#include "localeformats.h"
#include "statuspresentation.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

StatusAssignPanel::StatusAssignPanel(QWidget *parent) : QWidget(parent)
{
    // Every text is set in retranslateUi().
    auto *form = new QFormLayout(this);
    m_status = new QComboBox(this);
    for (Status status : StatusInfo::all())
        m_status->addItem(StatusPresentation::icon(status), QString(), StatusInfo::key(status));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_note = new QLineEdit(this);
    m_evidence = new QLineEdit(this);
    m_assign = new QPushButton(this);
    auto addRow = [&](QLabel *&label, QWidget *field) {
        label = new QLabel(this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(m_statusLabel, m_status);
    addRow(m_dateLabel, m_date);
    addRow(m_noteLabel, m_note);
    addRow(m_evidenceLabel, m_evidence);
    form->addRow(m_assign);
    retranslateUi(); // with the button disabled: nothing is selected yet
    connect(m_assign, &QPushButton::clicked, this, &StatusAssignPanel::assignRequested);
    connect(m_note, &QLineEdit::returnPressed, this, &StatusAssignPanel::assignRequested);
    connect(m_evidence, &QLineEdit::returnPressed, this, &StatusAssignPanel::assignRequested);
}

void StatusAssignPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StatusAssignPanel::retranslateUi()
{
    for (int i = 0; i < m_status->count(); ++i) {
        if (const std::optional<Status> status = StatusInfo::fromKey(m_status->itemData(i).toString()))
            m_status->setItemText(i, StatusInfo::label(*status));
    }
    m_status->setAccessibleName(tr("New status"));
    m_status->setAccessibleDescription(tr("The status to assign to the selected recommendations"));
    m_date->setDisplayFormat(LocaleFormats::dateEditFormat());
    m_date->setAccessibleName(tr("Effective date"));
    m_date->setAccessibleDescription(tr("The date the status took effect; may lie in the past"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setAccessibleDescription(tr("What happened, in a sentence"));
    m_evidence->setPlaceholderText(tr("https://..."));
    m_evidence->setAccessibleName(tr("Evidence link"));
    m_evidence->setAccessibleDescription(tr("A link to the law, report or decision that shows the status"));
    m_assign->setAccessibleName(tr("Assign status"));
    m_assign->setAccessibleDescription(tr("Gives the selected recommendations this status from this date, "
                                          "as one step that can be undone"));
    m_statusLabel->setText(tr("New s&tatus:"));
    m_dateLabel->setText(tr("E&ffective date:"));
    m_noteLabel->setText(tr("No&te:"));
    m_evidenceLabel->setText(tr("&Evidence link:"));
    setSelectionCount(m_selectionCount);
}

void StatusAssignPanel::setSelectionCount(int count)
{
    m_selectionCount = count;
    m_assign->setText(count <= 1 ? tr("&Assign status") : tr("&Assign status to %n recommendations", nullptr, count));
    m_assign->setEnabled(count > 0);
}

void StatusAssignPanel::resetEntryFields()
{
    m_note->clear();
    m_evidence->clear();
}

void StatusAssignPanel::focusStatus()
{
    m_status->setFocus(Qt::ShortcutFocusReason);
}

Status StatusAssignPanel::status() const
{
    return StatusInfo::fromKey(m_status->currentData().toString()).value_or(Status::Pending);
}

QDate StatusAssignPanel::effectiveDate() const
{
    return m_date->date();
}

QString StatusAssignPanel::note() const
{
    return m_note->text().trimmed();
}

QString StatusAssignPanel::evidenceLink() const
{
    return m_evidence->text().trimmed();
}

QString StatusAssignPanel::validationError() const
{
    return EvidenceLink::problem(evidenceLink());
}
