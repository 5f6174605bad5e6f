#include "columnmapping.h"

namespace ImportFields {

const QList<ImportField> &all()
{
    using F = ImportField;
    static const QList<ImportField> fields{F::Mechanism, F::State, F::Symbol, F::Paragraph, F::Text, F::Cycle,
                                           F::Session, F::Date, F::Status, F::StatusDate, F::RecommendedBy,
                                           F::Themes, F::AffectedPersons, F::Sdgs, F::Institutions, F::DueDate,
                                           F::Notes};
    return fields;
}

QString key(ImportField field)
{
    switch (field) {
    case ImportField::Mechanism: return QStringLiteral("mechanism");
    case ImportField::State: return QStringLiteral("state");
    case ImportField::Symbol: return QStringLiteral("symbol");
    case ImportField::Paragraph: return QStringLiteral("paragraph");
    case ImportField::Text: return QStringLiteral("text");
    case ImportField::Cycle: return QStringLiteral("upr_cycle");
    case ImportField::Session: return QStringLiteral("upr_session");
    case ImportField::Date: return QStringLiteral("date");
    case ImportField::Status: return QStringLiteral("status");
    case ImportField::StatusDate: return QStringLiteral("status_date");
    case ImportField::RecommendedBy: return QStringLiteral("recommended_by");
    case ImportField::Themes: return QStringLiteral("themes");
    case ImportField::AffectedPersons: return QStringLiteral("affected_persons");
    case ImportField::Sdgs: return QStringLiteral("sdgs");
    case ImportField::Institutions: return QStringLiteral("institutions");
    case ImportField::DueDate: return QStringLiteral("due_date");
    case ImportField::Notes: return QStringLiteral("notes");
    }
    return {};
}

std::optional<ImportField> fromKey(const QString &text)
{
    QString wanted = text.trimmed().toLower();
    wanted.replace(QLatin1Char('-'), QLatin1Char('_'));
    static const QHash<QString, QString> aliases{
        {QStringLiteral("session"), QStringLiteral("upr_session")},
        {QStringLiteral("cycle"), QStringLiteral("upr_cycle")},
        {QStringLiteral("state_under_review"), QStringLiteral("state")},
        {QStringLiteral("affected"), QStringLiteral("affected_persons")},
        {QStringLiteral("theme"), QStringLiteral("themes")},
        {QStringLiteral("institution"), QStringLiteral("institutions")},
    };
    wanted = aliases.value(wanted, wanted);
    for (ImportField field : all()) {
        if (key(field) == wanted)
            return field;
    }
    return std::nullopt;
}

QString keyList()
{
    QStringList keys;
    for (ImportField field : all())
        keys << key(field);
    return keys.join(QStringLiteral(", "));
}

} // namespace ImportFields

ColumnMapping ColumnMapping::uprInfo()
{
    // The UPR Info database export: To,To-Rgrp,To-Org,Text,From,From-Rgrp,
    // From-Org,Response,Action,Issue,Session. Regional groups, organisations
    // and the action category have no field of their own.
    ColumnMapping mapping;
    mapping.layout = Layout::UprInfo;
    mapping.defaultMechanism = QStringLiteral("upr");
    mapping.columns = {{ImportField::State, QStringLiteral("To")},
                       {ImportField::Text, QStringLiteral("Text")},
                       {ImportField::RecommendedBy, QStringLiteral("From")},
                       {ImportField::Status, QStringLiteral("Response")},
                       {ImportField::Themes, QStringLiteral("Issue")},
                       {ImportField::Session, QStringLiteral("Session")}};
    return mapping;
}

ColumnMapping ColumnMapping::uhri()
{
    ColumnMapping mapping;
    mapping.layout = Layout::Uhri;
    mapping.columns = {{ImportField::Mechanism, QStringLiteral("Body")},
                       {ImportField::State, QStringLiteral("Countries")},
                       {ImportField::Symbol, QStringLiteral("Symbol")},
                       {ImportField::Text, QStringLiteral("Text")},
                       {ImportField::Date, QStringLiteral("PublicationDate")},
                       {ImportField::Themes, QStringLiteral("Themes")}};
    return mapping;
}

ColumnMapping ColumnMapping::ownCsv()
{
    ColumnMapping mapping;
    mapping.layout = Layout::OwnCsv;
    for (ImportField field : ImportFields::all())
        mapping.columns.insert(field, ImportFields::key(field));
    return mapping;
}

std::optional<ColumnMapping> ColumnMapping::parse(const QString &spec, QString *error)
{
    ColumnMapping mapping;
    mapping.layout = Layout::Custom;
    // Split on commas outside double quotes.
    QStringList parts;
    QString part;
    bool quoted = false;
    for (const QChar c : spec) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == QLatin1Char(',') && !quoted) {
            parts << part;
            part.clear();
        } else
            part += c;
    }
    parts << part;
    for (const QString &item : parts) {
        if (item.trimmed().isEmpty())
            continue;
        const int equals = item.indexOf(QLatin1Char('='));
        if (equals <= 0 || item.mid(equals + 1).trimmed().isEmpty()) {
            *error = tr("\"%1\" in the mapping is not field=Column.").arg(item.trimmed());
            return std::nullopt;
        }
        const std::optional<ImportField> field = ImportFields::fromKey(item.left(equals));
        if (!field) {
            *error = tr("unknown field \"%1\" in the mapping; use one of: %2.")
                         .arg(item.left(equals).trimmed(), ImportFields::keyList());
            return std::nullopt;
        }
        if (mapping.columns.contains(*field)) {
            *error = tr("the field \"%1\" is mapped twice.").arg(ImportFields::key(*field));
            return std::nullopt;
        }
        mapping.columns.insert(*field, item.mid(equals + 1).trimmed());
    }
    if (!mapping.columns.contains(ImportField::Text)) {
        *error = tr("the mapping must say which column holds the text (text=Column).");
        return std::nullopt;
    }
    return mapping;
}

std::optional<ColumnMapping> ColumnMapping::detect(const QStringList &header)
{
    TextTable probe;
    probe.header = header;
    for (const ColumnMapping &known : {uprInfo(), uhri(), ownCsv()}) {
        // Our own layout needs only its core columns; older exports may lack some.
        if (known.layout == Layout::OwnCsv) {
            if (probe.columnOf(QStringLiteral("mechanism")) >= 0 && probe.columnOf(QStringLiteral("state")) >= 0
                && probe.columnOf(QStringLiteral("text")) >= 0 && probe.columnOf(QStringLiteral("symbol")) >= 0)
                return known;
        } else if (known.missingColumns(probe).isEmpty()) {
            return known;
        }
    }
    return std::nullopt;
}

QStringList ColumnMapping::missingColumns(const TextTable &table) const
{
    QStringList missing;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (table.columnOf(it.value()) < 0)
            missing << it.value();
    }
    missing.sort();
    return missing;
}

QString ColumnMapping::layoutName() const
{
    switch (layout) {
    case Layout::UprInfo: return tr("UPR Info export");
    case Layout::Uhri: return tr("Universal Human Rights Index export");
    case Layout::OwnCsv: return tr("Recommendation Tracker export");
    case Layout::Custom: return tr("mapped columns");
    }
    return {};
}
