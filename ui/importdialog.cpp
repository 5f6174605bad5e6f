#include "importdialog.h"

#include "columnmappingform.h"
#include "mappingmemory.h"
#include "mechanism.h"
#include "statuswordsform.h"
#include "textdecoding.h"
#include "texttablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace {

const QString automatic = QStringLiteral("auto");

QScrollArea *scrolled(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the combos narrow instead
    area->setWidget(content);
    return area;
}

} // namespace

ImportDialog::ImportDialog(const QStringList &paths, QWidget *parent) : QDialog(parent), m_paths(paths)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import recommendations"));
    auto *layout = new QVBoxLayout(this);

    QStringList names;
    for (const QString &path : paths)
        names << QFileInfo(path).fileName();
    auto *files = new QLabel(tr("Files: %1").arg(names.join(QStringLiteral(", "))), this);
    files->setWordWrap(true);
    layout->addWidget(files);

    m_tablePart = createTablePart();
    layout->addWidget(m_tablePart, 1);

    m_skipInvalid = new QCheckBox(tr("&Skip rows that cannot be read (they are listed afterwards)"), this);
    m_skipInvalid->setObjectName(QStringLiteral("skipInvalid"));
    layout->addWidget(m_skipInvalid);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("importError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    layout->addWidget(buttons);

    loadPreview();
    resize(m_preview ? QSize(980, 760) : QSize(520, 180));
}

QWidget *ImportDialog::createTablePart()
{
    auto *part = new QWidget(this);
    auto *layout = new QVBoxLayout(part);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_previewOf = new QLabel(part);
    form->addRow(tr("Preview of:"), m_previewOf);
    m_layout = new QLabel(part);
    m_layout->setObjectName(QStringLiteral("layoutLabel"));
    m_layout->setWordWrap(true);
    form->addRow(tr("Layout:"), m_layout);
    m_encoding = new QComboBox(part);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->setAccessibleName(tr("Encoding"));
    for (const QString &name : TextDecoding::knownEncodings())
        m_encoding->addItem(name == automatic ? tr("Automatic") : name, name);
    m_encodingLabel = new QLabel(tr("&Encoding:"), part);
    m_encodingLabel->setBuddy(m_encoding);
    form->addRow(m_encodingLabel, m_encoding);
    // Workbooks of one treaty body rarely name it on every row.
    m_defaultMechanism = new QComboBox(part);
    m_defaultMechanism->setObjectName(QStringLiteral("defaultMechanism"));
    m_defaultMechanism->setAccessibleName(tr("Mechanism of rows without one"));
    m_defaultMechanism->addItem(tr("None: a column must say"), QString());
    for (const Mechanism &mechanism : MechanismCatalog::all())
        m_defaultMechanism->addItem(mechanism.name(), mechanism.key);
    form->addRow(tr("&Mechanism when no column says:"), m_defaultMechanism);
    layout->addLayout(form);

    m_model = new TextTableModel(this);
    m_view = new QTableView(part);
    m_view->setObjectName(QStringLiteral("importPreview"));
    m_view->setAccessibleName(tr("Preview of the file"));
    m_view->setModel(m_model);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMinimumHeight(160);
    layout->addWidget(m_view, 2);

    auto *choices = new QHBoxLayout;
    auto *columnsBox = new QGroupBox(tr("Which column holds what"), part);
    m_mapping = new ColumnMappingForm;
    (new QVBoxLayout(columnsBox))->addWidget(scrolled(m_mapping, columnsBox));
    auto *wordsBox = new QGroupBox(tr("Status words to read"), part);
    m_statusWords = new StatusWordsForm;
    m_statusWords->setObjectName(QStringLiteral("statusWords"));
    (new QVBoxLayout(wordsBox))->addWidget(scrolled(m_statusWords, wordsBox));
    choices->addWidget(columnsBox, 3);
    choices->addWidget(wordsBox, 2);
    layout->addLayout(choices, 3);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::decode);
    connect(m_mapping, &ColumnMappingForm::changed, this, &ImportDialog::onMappingChanged);
    return part;
}

void ImportDialog::loadPreview()
{
    // Only the start of each file is read to tell its kind; the previewed one is read whole.
    QString firstTable;
    for (const QString &path : std::as_const(m_paths)) {
        QFile file(path);
        const QByteArray start = file.open(QIODevice::ReadOnly) ? file.read(4096) : QByteArray();
        if (ImportSource::kindOf(path, start, automatic) != ImportSource::Kind::Json) {
            ++m_tableFiles;
            if (firstTable.isEmpty())
                firstTable = path;
        }
    }
    if (firstTable.isEmpty()) {
        m_tablePart->hide();
        return;
    }
    m_preview.emplace();
    m_previewOf->setText(m_tableFiles > 1
                             ? tr("%1. The columns chosen also apply to the other files with the same columns; "
                                  "the rest are read by their own layout.")
                                   .arg(QFileInfo(firstTable).fileName())
                             : QFileInfo(firstTable).fileName());
    m_previewOf->setWordWrap(true);
    QString error;
    if (!m_preview->load(firstTable, &error)) {
        m_readError = error;
        m_mapping->setEnabled(false);
        updateLayoutText();
        return;
    }
    const bool workbook = m_preview->kind() == ImportSource::Kind::Workbook;
    m_encoding->setVisible(!workbook); // a workbook says its own encoding
    m_encodingLabel->setVisible(!workbook);
    decode();
}

void ImportDialog::decode()
{
    if (!m_preview)
        return;
    const QStringList before = m_preview->table().header;
    QString error;
    const bool read = m_preview->decode(m_encoding->currentData().toString(), &error);
    m_readError = read ? QString() : error;
    m_model->setTable(m_preview->table(), previewRows);
    m_encoding->setItemText(0, read && m_encoding->currentIndex() == 0 && !m_preview->encodingUsed().isEmpty()
                                   ? tr("Automatic (%1)").arg(m_preview->encodingUsed())
                                   : tr("Automatic"));
    m_mapping->setHeader(m_preview->table().header);
    // A header read anew (the first time, or differently in another
    // encoding) starts from its known or remembered layout; choices made for
    // the same header are kept.
    if (m_preview->table().header != before) {
        if (const std::optional<ColumnMapping> start = m_preview->startingMapping())
            m_mapping->setColumns(start->columns);
    }
    m_mapping->setEnabled(read);
    m_statusWords->setVisible(read); // an unreadable file has no words to ask about, nor known ones
    m_statusColumn.reset(); // the words are looked for again in the cells read anew
    onMappingChanged();
}

void ImportDialog::onMappingChanged()
{
    if (!m_preview)
        return;
    const QString statusColumn = m_mapping->columns().value(ImportField::Status);
    if (statusColumn != m_statusColumn) {
        m_statusColumn = statusColumn;
        m_statusWords->setWords(m_preview->unknownStatusWords(statusColumn));
    }
    updateLayoutText();
}

void ImportDialog::updateLayoutText()
{
    m_error->setText(m_readError);
    m_error->setVisible(!m_readError.isEmpty());
    m_importButton->setEnabled(m_readError.isEmpty());
    if (!m_readError.isEmpty()) {
        m_layout->setText(tr("The file cannot be read as it is; try another encoding, or cancel."));
        return;
    }
    switch (m_preview->origin()) {
    case ImportPreview::Origin::Known:
        m_layout->setText(mappingIsOwn() ? tr("%1, read through the columns chosen below")
                                               .arg(m_preview->startingMapping()->layoutName())
                                         : m_preview->startingMapping()->layoutName());
        break;
    case ImportPreview::Origin::Remembered:
        m_layout->setText(tr("Columns as you chose them for this layout last time"));
        break;
    case ImportPreview::Origin::None:
        m_layout->setText(tr("Not a layout the program knows: choose below which column holds which field"));
        break;
    }
}

bool ImportDialog::mappingIsOwn() const
{
    if (!m_preview || m_preview->origin() != ImportPreview::Origin::Known)
        return true;
    const TextTable &table = m_preview->table();
    const ColumnMapping known = *m_preview->startingMapping();
    const QHash<ImportField, QString> chosen = m_mapping->columns();
    for (ImportField field : ImportFields::all()) {
        const int expected = known.columns.contains(field) ? table.columnOf(known.columns.value(field)) : -1;
        const int actual = chosen.contains(field) ? table.columnOf(chosen.value(field)) : -1;
        if (expected != actual)
            return true;
    }
    return false;
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    const QString encoding = m_encoding->currentData().toString();
    options.encoding = encoding == automatic ? QString() : encoding;
    // One file's own mapping goes to the import, which remembers it; with
    // several, accept() remembers it for this header and each file is read by
    // its own layout or remembered mapping.
    if (m_preview && m_tableFiles == 1 && mappingIsOwn())
        options.mapping = m_mapping->spec();
    options.statusWords = m_statusWords->choices();
    options.skipInvalid = m_skipInvalid->isChecked();
    options.defaultMechanism = m_defaultMechanism->currentData().toString();
    return options;
}

void ImportDialog::accept()
{
    if (m_preview) {
        QString problem = m_readError;
        if (problem.isEmpty() && !m_mapping->columns().contains(ImportField::Text))
            problem = tr("Choose the column that holds the text of the recommendations.");
        // Only a known layout left as it is says the mechanism for its rows
        // (UPR Info's are all UPR); otherwise every row would be refused.
        if (problem.isEmpty() && mappingIsOwn() && !m_mapping->columns().contains(ImportField::Mechanism)
            && m_defaultMechanism->currentData().toString().isEmpty())
            problem = tr("Choose the column that names the mechanism (UPR, CCPR, CAT, ...), or the mechanism of all "
                         "the rows. A file read in its own known layout needs neither, but only while its columns "
                         "are left as they were.");
        if (!problem.isEmpty()) {
            m_error->setText(problem);
            m_error->show();
            return;
        }
        if (m_tableFiles > 1 && mappingIsOwn())
            MappingMemory::remember(m_preview->table().header, m_mapping->spec());
    }
    QDialog::accept();
}
