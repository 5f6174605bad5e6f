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
#include <QEvent>
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
    // Tab goes from combo to combo, and the area scrolls to the one focused.
    area->setFocusPolicy(Qt::NoFocus);
    area->setWidget(content);
    return area;
}

} // namespace

ImportDialog::ImportDialog(const QStringList &paths, QWidget *parent) : QDialog(parent), m_paths(paths)
{
    setObjectName(QStringLiteral("importDialog"));
    // Every text is set in retranslateUi(), or, where it says what was read,
    // by the function that reads it.
    auto *layout = new QVBoxLayout(this);

    m_files = new QLabel(this);
    m_files->setWordWrap(true);
    layout->addWidget(m_files);

    m_tablePart = createTablePart();
    layout->addWidget(m_tablePart, 1);

    m_skipInvalid = new QCheckBox(this);
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
    m_cancelButton = buttons->button(QDialogButtonBox::Cancel);
    m_importButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    layout->addWidget(buttons);

    retranslateUi();
    loadPreview();
    resize(m_preview ? QSize(980, 760) : QSize(520, 180));
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import recommendations"));
    QStringList names;
    for (const QString &path : std::as_const(m_paths))
        names << QFileInfo(path).fileName();
    m_files->setText(tr("Files: %1").arg(names.join(QStringLiteral(", "))));

    m_previewOfLabel->setText(tr("Preview of:"));
    m_layoutLabel->setText(tr("Layout:"));
    m_encoding->setAccessibleName(tr("Encoding"));
    m_encoding->setAccessibleDescription(tr("The character encoding the file is read in; the preview follows "
                                            "each choice"));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_defaultMechanism->setAccessibleName(tr("Mechanism of rows without one"));
    m_defaultMechanism->setAccessibleDescription(tr("The mechanism given to rows whose mechanism column is "
                                                    "empty or missing"));
    m_defaultMechanism->setItemText(0, tr("None: a column must say"));
    for (int i = 1; i < m_defaultMechanism->count(); ++i) {
        if (const Mechanism *mechanism = MechanismCatalog::find(m_defaultMechanism->itemData(i).toString()))
            m_defaultMechanism->setItemText(i, mechanism->name());
    }
    m_defaultMechanismLabel->setText(tr("&Mechanism when no column says:"));
    m_view->setAccessibleName(tr("Preview of the file"));
    m_view->setAccessibleDescription(tr("The first rows of the file as they are read with the choices made"));
    m_columnsBox->setTitle(tr("Which column holds what"));
    m_wordsBox->setTitle(tr("Status words to read"));

    m_skipInvalid->setText(tr("&Skip rows that cannot be read (they are listed afterwards)"));
    m_skipInvalid->setAccessibleDescription(tr("Imports the rows that can be read and lists the others; "
                                               "otherwise one unreadable row stops the import"));
    m_importButton->setText(tr("&Import"));
    m_importButton->setAccessibleDescription(tr("Imports the files with these choices"));
    m_cancelButton->setAccessibleDescription(tr("Closes the dialog without importing anything"));

    // What was read, said again in the language now chosen.
    updateEncodingText();
    updatePreviewOfText();
    if (m_preview)
        updateLayoutText();
}

void ImportDialog::updateEncodingText()
{
    const bool detected = m_preview && m_readError.isEmpty() && m_encoding->currentIndex() == 0
                          && !m_preview->encodingUsed().isEmpty();
    m_encoding->setItemText(0, detected ? tr("Automatic (%1)").arg(m_preview->encodingUsed()) : tr("Automatic"));
}

void ImportDialog::updatePreviewOfText()
{
    if (m_previewed.isEmpty())
        return;
    m_previewOf->setText(m_tableFiles > 1
                             ? tr("%1. The columns chosen also apply to the other files with the same columns; "
                                  "the rest are read by their own layout.")
                                   .arg(QFileInfo(m_previewed).fileName())
                             : QFileInfo(m_previewed).fileName());
}

QWidget *ImportDialog::createTablePart()
{
    auto *part = new QWidget(this);
    auto *layout = new QVBoxLayout(part);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_previewOf = new QLabel(part);
    m_previewOf->setWordWrap(true);
    m_previewOfLabel = new QLabel(part);
    form->addRow(m_previewOfLabel, m_previewOf);
    m_layout = new QLabel(part);
    m_layout->setObjectName(QStringLiteral("layoutLabel"));
    m_layout->setWordWrap(true);
    m_layoutLabel = new QLabel(part);
    form->addRow(m_layoutLabel, m_layout);
    m_encoding = new QComboBox(part);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    // The encodings' own names are what the user looks for; only "auto" is a word.
    for (const QString &name : TextDecoding::knownEncodings())
        m_encoding->addItem(name == automatic ? QString() : name, name);
    m_encodingLabel = new QLabel(part);
    m_encodingLabel->setBuddy(m_encoding);
    form->addRow(m_encodingLabel, m_encoding);
    // Workbooks of one treaty body rarely name it on every row.
    m_defaultMechanism = new QComboBox(part);
    m_defaultMechanism->setObjectName(QStringLiteral("defaultMechanism"));
    m_defaultMechanism->addItem(QString(), QString());
    for (const Mechanism &mechanism : MechanismCatalog::all())
        m_defaultMechanism->addItem(QString(), mechanism.key);
    m_defaultMechanismLabel = new QLabel(part);
    m_defaultMechanismLabel->setBuddy(m_defaultMechanism);
    form->addRow(m_defaultMechanismLabel, m_defaultMechanism);
    layout->addLayout(form);

    m_model = new TextTableModel(this);
    m_view = new QTableView(part);
    m_view->setObjectName(QStringLiteral("importPreview"));
    m_view->setModel(m_model);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMinimumHeight(160);
    layout->addWidget(m_view, 2);

    auto *choices = new QHBoxLayout;
    m_columnsBox = new QGroupBox(part);
    m_mapping = new ColumnMappingForm;
    (new QVBoxLayout(m_columnsBox))->addWidget(scrolled(m_mapping, m_columnsBox));
    m_wordsBox = new QGroupBox(part);
    m_statusWords = new StatusWordsForm;
    m_statusWords->setObjectName(QStringLiteral("statusWords"));
    (new QVBoxLayout(m_wordsBox))->addWidget(scrolled(m_statusWords, m_wordsBox));
    choices->addWidget(m_columnsBox, 3);
    choices->addWidget(m_wordsBox, 2);
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
    m_previewed = firstTable;
    updatePreviewOfText();
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
    updateEncodingText();
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
