#pragma once
// Which column of a spreadsheet holds which field of a recommendation: the
// known layouts (the UPR Info export, our own CSV export) recognised by their
// header, or a mapping the user gives ("text=Recommendation,state=Country").
#include "texttable.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

enum class ImportField {
    Mechanism, State, Symbol, Paragraph, Text, Cycle, Session, Date, Status, StatusDate,
    RecommendedBy, Themes, AffectedPersons, Sdgs, Institutions, DueDate, Notes
};

namespace ImportFields {
const QList<ImportField> &all();
QString key(ImportField field);                  // "text", "upr_session", ... (our CSV header names)
std::optional<ImportField> fromKey(const QString &key); // also "session", "cycle", "recommended-by"
QString keyList();
}

struct ColumnMapping {
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    // Uhri: the Universal Human Rights Index's XLSX export, whose rows are
    // read like its JSON records (UhriJson), the columns below only shown.
    enum class Layout { UprInfo, Uhri, OwnCsv, Custom };
    Layout layout = Layout::Custom;
    QHash<ImportField, QString> columns;   // field -> header name
    QString defaultMechanism;              // when no column says (UPR Info: "upr")

    static ColumnMapping uprInfo();
    static ColumnMapping ownCsv();
    static ColumnMapping uhri();
    // "field=Header,field=Header"; a header holding a comma can be quoted: text="Text, full".
    static std::optional<ColumnMapping> parse(const QString &spec, QString *error);
    // The known layout whose header this is.
    static std::optional<ColumnMapping> detect(const QStringList &header);
    // Header names the mapping needs that the table does not have.
    QStringList missingColumns(const TextTable &table) const;
    QString layoutName() const;
};
