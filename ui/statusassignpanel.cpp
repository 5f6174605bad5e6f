#include "statusassignpanel.h"

#include "evidencelink.h"
#include "statuspresentation.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

StatusAssignPanel::StatusAssignPanel(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    m_status = new QComboBox(this);
    for (Status status : StatusInfo::all())
        m_status->addItem(StatusPresentation::icon(status), StatusInfo::label(status), StatusInfo::key(status));
    m_status->setAccessibleName(tr("New status"));
    m_status->setAccessibleDescription(tr("The status to assign to the selected recommendations"));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setAccessibleName(tr("Effective date"));
    m_date->setAccessibleDescription(tr("The date the status took effect; may lie in the past"));
    m_note = new QLineEdit(this);
    m_note->setAccessibleName(tr("Note"));
    m_note->setAccessibleDescription(tr("What happened, in a sentence"));
    m_evidence = new QLineEdit(this);
    m_evidence->setPlaceholderText(tr("https://..."));
    m_evidence->setAccessibleName(tr("Evidence link"));
    m_evidence->setAccessibleDescription(tr("A link to the law, report or decision that shows the status"));
    m_assign = new QPushButton(this);
    m_assign->setAccessibleName(tr("Assign status"));
    form->addRow(tr("New s&tatus:"), m_status);
    form->addRow(tr("E&ffective date:"), m_date);
    form->addRow(tr("No&te:"), m_note);
    form->addRow(tr("&Evidence link:"), m_evidence);
    form->addRow(m_assign);
    connect(m_assign, &QPushButton::clicked, this, &StatusAssignPanel::assignRequested);
    connect(m_note, &QLineEdit::returnPressed, this, &StatusAssignPanel::assignRequested);
    connect(m_evidence, &QLineEdit::returnPressed, this, &StatusAssignPanel::assignRequested);
    setSelectionCount(0);
}

void StatusAssignPanel::setSelectionCount(int count)
{
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
