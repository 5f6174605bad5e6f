#include "columnmappingform.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QStandardItemModel>

ColumnMappingForm::ColumnMappingForm(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (ImportField field : ImportFields::all()) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("column_") + ImportFields::key(field));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        connect(combo, &QComboBox::currentIndexChanged, this, &ColumnMappingForm::changed);
        auto *label = new QLabel(this);
        label->setBuddy(combo);
        layout->addRow(label, combo);
        m_combos.insert(field, combo);
        m_labels.insert(field, label);
    }
    setHeader({});
    retranslateUi();
}

void ColumnMappingForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ColumnMappingForm::retranslateUi()
{
    for (ImportField field : ImportFields::all()) {
        QComboBox *combo = m_combos.value(field);
        m_labels.value(field)->setText(fieldLabel(field) + QLatin1Char(':'));
        combo->setAccessibleName(tr("Column of %1").arg(fieldLabel(field)));
        combo->setAccessibleDescription(tr("Which column of the file holds this field"));
        // The header's names are the file's; only the items about columns are words.
        for (int i = 0; i < combo->count(); ++i) {
            const int column = combo->itemData(i).toInt();
            if (column < 0)
                combo->setItemText(i, tr("(not in the file)"));
            else if (m_header.value(column).trimmed().isEmpty())
                combo->setItemText(i, tr("(column %1 has no name)").arg(column + 1));
        }
    }
}

QString ColumnMappingForm::fieldLabel(ImportField field)
{
    switch (field) {
    case ImportField::Mechanism: return tr("Mechanism");
    case ImportField::State: return tr("State under review");
    case ImportField::Symbol: return tr("Document symbol");
    case ImportField::Paragraph: return tr("Paragraph");
    case ImportField::Text: return tr("Text (required)");
    case ImportField::Cycle: return tr("UPR cycle");
    case ImportField::Session: return tr("UPR session");
    case ImportField::Date: return tr("Document date");
    case ImportField::Status: return tr("Status");
    case ImportField::StatusDate: return tr("Status date");
    case ImportField::RecommendedBy: return tr("Recommending states");
    case ImportField::Themes: return tr("Themes");
    case ImportField::AffectedPersons: return tr("Affected persons");
    case ImportField::Sdgs: return tr("Sustainable Development Goals");
    case ImportField::Institutions: return tr("Institutions");
    case ImportField::DueDate: return tr("Due date");
    case ImportField::Notes: return tr("Notes");
    }
    return {};
}

void ColumnMappingForm::setHeader(const QStringList &header)
{
    const QHash<ImportField, QString> kept = columns();
    m_header = header;
    for (QComboBox *combo : std::as_const(m_combos)) {
        const QSignalBlocker blocker(combo); // one changed() for the whole refill
        combo->clear();
        combo->addItem(tr("(not in the file)"), -1);
        for (int i = 0; i < header.size(); ++i) {
            if (!header.at(i).trimmed().isEmpty()) {
                combo->addItem(header.at(i), i);
                continue;
            }
            // A mapping names columns by their header, so a nameless one cannot be chosen.
            combo->addItem(tr("(column %1 has no name)").arg(i + 1), i);
            if (auto *items = qobject_cast<QStandardItemModel *>(combo->model()))
                items->item(combo->count() - 1)->setEnabled(false);
        }
    }
    setColumns(kept);
}

void ColumnMappingForm::setColumns(const QHash<ImportField, QString> &columns)
{
    TextTable probe;
    probe.header = m_header;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        const auto wanted = columns.constFind(it.key());
        const int index = wanted == columns.cend() ? -1 : probe.columnOf(*wanted);
        it.value()->setCurrentIndex(qMax(0, it.value()->findData(index)));
    }
    emit changed();
}

QHash<ImportField, QString> ColumnMappingForm::columns() const
{
    QHash<ImportField, QString> chosen;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        const int index = it.value()->currentData().toInt();
        if (index >= 0 && index < m_header.size())
            chosen.insert(it.key(), m_header.at(index));
    }
    return chosen;
}

QString ColumnMappingForm::spec() const
{
    // Quoted, so a column named "Date, as of" stays one name. A header that
    // holds a double quote cannot be written in a spec; such files are rare
    // enough that the quote is dropped and the column is then reported missing.
    QStringList parts;
    const QHash<ImportField, QString> chosen = columns();
    for (ImportField field : ImportFields::all()) {
        const auto found = chosen.constFind(field);
        if (found != chosen.cend())
            parts << QStringLiteral("%1=\"%2\"").arg(ImportFields::key(field), QString(*found).remove(QLatin1Char('"')));
    }
    return parts.join(QLatin1Char(','));
}
