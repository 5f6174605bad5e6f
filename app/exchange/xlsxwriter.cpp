#include "xlsxwriter.h"

// Not the umbrella <xlsxwriter.h>: with this folder on the include path, that
// name finds this library's own header first.
#include <xlsxwriter/format.h>
#include <xlsxwriter/utility.h>
#include <xlsxwriter/workbook.h>
#include <xlsxwriter/worksheet.h>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cmath>
#include <filesystem>
#include <system_error>

namespace {

// libxlsxwriter's description of an error, as a sentence.
QString libraryMessage(lxw_error error)
{
    QString message = QString::fromUtf8(lxw_strerror(error));
    if (!message.endsWith(u'.'))
        message += u'.';
    return message;
}

// Text as libxlsxwriter should store it. Spreadsheet programs read _xHHHH_ in
// a string as an escaped character, and libxlsxwriter escapes only control
// characters, so text that happens to hold such a sequence has its "_"
// escaped as _x005F_, as Excel itself does; otherwise "_x0041_" would read "A".
QByteArray storedText(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text.toUtf8();
    static const QRegularExpression escapeLike(QStringLiteral("_(x[0-9A-Fa-f]{4}_)"));
    return QString(text).replace(escapeLike, QStringLiteral("_x005F_\\1")).toUtf8();
}

// An empty file of a new name next to target, reserved with O_EXCL so no
// other writer can own it; libxlsxwriter later writes the workbook over it.
QString reserveTemporaryFile(const QString &target, QString *problem)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString candidate = target + QStringLiteral(".part-")
            + QString::number(QRandomGenerator::global()->generate(), 36);
        QFile file(candidate);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return candidate;
        if (!file.exists()) {
            *problem = file.errorString();
            return {};
        }
    }
    *problem = XlsxSheetWriter::tr("no free temporary file name");
    return {};
}

} // namespace

struct XlsxSheetWriter::Workbook {
    QString target;     // where the workbook goes once it is complete
    QString temporary;  // where libxlsxwriter writes it
    QString name;       // for messages
    QList<Column> columns;
    lxw_workbook *book = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *bold = nullptr;
    lxw_format *date = nullptr;
    lxw_format *wrap = nullptr;
    lxw_row_t nextRow = 0;

    // libxlsxwriter frees a workbook only in workbook_close(), which also
    // writes it; an abandoned one is written to the temporary file and removed.
    ~Workbook()
    {
        if (book)
            workbook_close(book);
        if (!temporary.isEmpty())
            QFile::remove(temporary);
    }
};

XlsxSheetWriter::XlsxSheetWriter() = default;
XlsxSheetWriter::~XlsxSheetWriter() = default;

bool XlsxSheetWriter::abandon(const QString &message, QString *error)
{
    d.reset();
    if (error)
        *error = message;
    return false;
}

bool XlsxSheetWriter::open(const QString &path, const QString &sheetName, const QList<Column> &columns,
                           QString *error)
{
    d.reset();
    const QFileInfo info(path);
    const QString folder = QDir::toNativeSeparators(info.absolutePath());
    if (info.isDir()) {
        return abandon(tr("\"%1\" is a folder. Choose a file name for the workbook.")
                           .arg(QDir::toNativeSeparators(info.filePath())), error);
    }
    if (!info.absoluteDir().exists()) {
        return abandon(tr("The folder \"%1\" does not exist. Choose an existing folder for the workbook.")
                           .arg(folder), error);
    }
    if (columns.isEmpty() || columns.size() > LXW_COL_MAX)
        return abandon(tr("A worksheet holds from 1 to %n columns.", nullptr, LXW_COL_MAX), error);
    d = std::make_unique<Workbook>();
    d->name = info.fileName();
    d->columns = columns;
    // Replace what a symbolic link points to, not the link.
    d->target = info.isSymLink() ? info.symLinkTarget() : info.absoluteFilePath();
    QString problem;
    d->temporary = reserveTemporaryFile(d->target, &problem);
    if (d->temporary.isEmpty())
        return abandon(tr("Could not create a file in the folder \"%1\": %2.").arg(folder, problem), error);
    return startWorkbook(sheetName, error);
}

bool XlsxSheetWriter::startWorkbook(const QString &sheetName, QString *error)
{
    const QString outOfMemory = tr("Could not start the workbook \"%1\": %2")
                                    .arg(d->name, libraryMessage(LXW_ERROR_MEMORY_MALLOC_FAILED));
    d->book = workbook_new(QFile::encodeName(d->temporary).constData());
    if (!d->book)
        return abandon(outOfMemory, error);
    const QByteArray sheetNameUtf8 = sheetName.toUtf8();
    if (!sheetName.isEmpty()) {
        const lxw_error nameError = workbook_validate_sheet_name(d->book, sheetNameUtf8.constData());
        if (nameError != LXW_NO_ERROR) {
            return abandon(tr("The sheet name \"%1\" cannot be used: %2")
                               .arg(sheetName, libraryMessage(nameError)), error);
        }
    }
    d->sheet = workbook_add_worksheet(d->book, sheetName.isEmpty() ? nullptr : sheetNameUtf8.constData());
    d->bold = workbook_add_format(d->book);
    d->date = workbook_add_format(d->book);
    d->wrap = workbook_add_format(d->book);
    if (!d->sheet || !d->bold || !d->date || !d->wrap)
        return abandon(outOfMemory, error);
    format_set_bold(d->bold);
    format_set_num_format(d->date, "yyyy-mm-dd");
    format_set_text_wrap(d->wrap);
    format_set_align(d->wrap, LXW_ALIGN_VERTICAL_TOP);

    for (int i = 0; i < d->columns.size(); ++i) {
        const Column &spec = d->columns.at(i);
        const auto column = static_cast<lxw_col_t>(i);
        lxw_error result = LXW_NO_ERROR;
        if (spec.width > 0)
            result = worksheet_set_column(d->sheet, column, column, spec.width, nullptr);
        if (result == LXW_NO_ERROR)
            result = worksheet_write_string(d->sheet, 0, column, storedText(spec.title).constData(), d->bold);
        if (result != LXW_NO_ERROR) {
            return abandon(tr("Could not write the header of \"%1\": %2").arg(d->name, libraryMessage(result)),
                           error);
        }
    }
    worksheet_freeze_panes(d->sheet, 1, 0);
    d->nextRow = 1;
    return true;
}

bool XlsxSheetWriter::writeRow(const QVariantList &cells, QString *error)
{
    if (!d) {
        if (error)
            *error = tr("The workbook is not open.");
        return false;
    }
    if (cells.size() > d->columns.size()) {
        // Two counts, each with its own plural forms.
        return abandon(tr("Row %1 of \"%2\" has %n cells but the sheet has only %3.", nullptr, int(cells.size()))
                           .arg(QString::number(d->nextRow + 1), d->name,
                                tr("%n columns", nullptr, int(d->columns.size()))),
                       error);
    }
    for (int i = 0; i < cells.size(); ++i) {
        if (!writeCell(i, cells.at(i), error))
            return false;
    }
    ++d->nextRow;
    return true;
}

bool XlsxSheetWriter::writeCell(int column, const QVariant &value, QString *error)
{
    const Column &spec = d->columns.at(column);
    const auto col = static_cast<lxw_col_t>(column);
    if (!value.isValid())
        return true;
    const auto where = [&] {
        return tr("row %1, column \"%2\" of \"%3\"").arg(QString::number(d->nextRow + 1), spec.title, d->name);
    };
    const int type = value.typeId();
    lxw_error result = LXW_NO_ERROR;
    if (spec.type == Column::Text && type == QMetaType::QString) {
        const QString text = value.toString();
        // worksheet_write_string always stores a string cell: text starting
        // with "=" stays text and is never evaluated as a formula (only
        // worksheet_write_formula writes formulas).
        if (!text.isEmpty())
            result = worksheet_write_string(d->sheet, d->nextRow, col, storedText(text).constData(),
                                            text.contains(u'\n') ? d->wrap : nullptr);
    } else if (spec.type == Column::Number
               && (type == QMetaType::Int || type == QMetaType::UInt || type == QMetaType::LongLong
                   || type == QMetaType::ULongLong || type == QMetaType::Double || type == QMetaType::Float)) {
        const double number = value.toDouble();
        if (!std::isfinite(number))
            return abandon(tr("The value in %1 is not a finite number.").arg(where()), error);
        result = worksheet_write_number(d->sheet, d->nextRow, col, number, nullptr);
    } else if (spec.type == Column::Date && type == QMetaType::QDate) {
        const QDate date = value.toDate();
        if (date.isNull())
            return true;
        if (date.year() < 1900 || date.year() > 9999)
            return abandon(tr("The date %1 in %2 is outside the years 1900 to 9999 that Excel can show.")
                               .arg(date.toString(Qt::ISODate), where()), error);
        lxw_datetime datetime = {date.year(), date.month(), date.day(), 0, 0, 0};
        result = worksheet_write_datetime(d->sheet, d->nextRow, col, &datetime, d->date);
    } else {
        static const char *const typeNames[] = {QT_TR_NOOP("text"), QT_TR_NOOP("number"), QT_TR_NOOP("date")};
        return abandon(tr("The value in %1 is of type %2, which cannot be written to a %3 column.")
                           .arg(where(), QString::fromLatin1(value.typeName()),
                                tr(typeNames[spec.type])), error);
    }
    if (result != LXW_NO_ERROR)
        return abandon(tr("Could not write %1: %2").arg(where(), libraryMessage(result)), error);
    return true;
}

bool XlsxSheetWriter::close(QString *error)
{
    if (!d) {
        if (error)
            *error = tr("The workbook is not open.");
        return false;
    }
    const auto lastColumn = static_cast<lxw_col_t>(d->columns.size() - 1);
    const lxw_error filterResult = worksheet_autofilter(d->sheet, 0, 0, d->nextRow - 1, lastColumn);
    if (filterResult != LXW_NO_ERROR)
        return abandon(tr("Could not write \"%1\": %2").arg(d->name, libraryMessage(filterResult)), error);
    const lxw_error closeResult = workbook_close(d->book);
    d->book = nullptr;  // freed by workbook_close, whatever it returned
    if (closeResult != LXW_NO_ERROR)
        return abandon(tr("Could not write \"%1\": %2").arg(d->name, libraryMessage(closeResult)), error);

    // Keep the permissions of the file being replaced, as QSaveFile does.
    if (QFile::exists(d->target))
        QFile::setPermissions(d->temporary, QFile::permissions(d->target));
    std::error_code renameError;
    std::filesystem::rename(QFile::encodeName(d->temporary).toStdString(),
                            QFile::encodeName(d->target).toStdString(), renameError);
    if (renameError) {
        return abandon(tr("Could not replace \"%1\": %2.")
                           .arg(d->name, QString::fromLocal8Bit(renameError.message())), error);
    }
    d->temporary.clear();  // it is the target now
    d.reset();
    return true;
}
