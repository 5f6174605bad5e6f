#pragma once
// The choices of an import, made while looking at the file: for the first
// CSV or XLSX file chosen, a preview of its first rows in the encoding
// picked (read again at each change), the layout its header is known by,
// which column holds which field, and what the status words the program
// does not know mean. JSON files carry their own field names and need none
// of this. The dialog only chooses; the window runs the import. Its texts,
// including what it says about the file read, follow a change of language.
#include "importjob.h"
#include "importpreview.h"

#include <QDialog>
#include <optional>

class ColumnMappingForm;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class StatusWordsForm;
class TextTableModel;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    // Rows shown in the preview: enough to recognise the columns.
    static constexpr int previewRows = 20;

    explicit ImportDialog(const QStringList &paths, QWidget *parent = nullptr);

    QStringList paths() const { return m_paths; }
    // The encoding, mapping, status words and skipping chosen.
    ImportOptions options() const;
    // Refuses, saying why, while the previewed file cannot be read or no
    // column holds the text.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEncodingText(); // "Automatic (windows-1252)" once detected
    void updatePreviewOfText();
    QWidget *createTablePart();
    void loadPreview();
    void decode();
    void onMappingChanged();
    void updateLayoutText();
    // True when the columns chosen are not simply the known layout's.
    bool mappingIsOwn() const;

    QStringList m_paths;
    std::optional<ImportPreview> m_preview; // none when no file is CSV or XLSX
    QString m_previewed;                    // its path
    int m_tableFiles = 0;
    QString m_readError;
    std::optional<QString> m_statusColumn; // whose unknown words are shown

    QLabel *m_files = nullptr;
    QWidget *m_tablePart = nullptr;
    QLabel *m_previewOfLabel = nullptr;
    QLabel *m_previewOf = nullptr;
    QLabel *m_layoutLabel = nullptr;
    QLabel *m_layout = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_defaultMechanism = nullptr; // for mapped files without a mechanism column
    QLabel *m_encodingLabel = nullptr;
    QLabel *m_defaultMechanismLabel = nullptr;
    QGroupBox *m_columnsBox = nullptr;
    QGroupBox *m_wordsBox = nullptr;
    TextTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    ColumnMappingForm *m_mapping = nullptr;
    StatusWordsForm *m_statusWords = nullptr;
    QCheckBox *m_skipInvalid = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};
