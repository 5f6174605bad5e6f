#include "statisticstable.h"

#include "csvfield.h"
#include "mechanism.h"

#include <QJsonArray>

namespace {

QStringList statusColumns()
{
    QStringList columns;
    for (Status status : StatusInfo::all())
        columns << StatusInfo::key(status);
    return columns;
}

QVariantList statusCells(const StatusCounts &counts)
{
    QVariantList cells;
    for (Status status : StatusInfo::all())
        cells << counts[status];
    cells << counts.total();
    return cells;
}

QString cellText(const QVariant &cell)
{
    if (cell.typeId() == QMetaType::Double)
        return QString::number(cell.toDouble(), 'f', 4);
    return cell.toString();
}

} // namespace

StatisticsTable StatisticsTable::fromProgress(const QList<YearStatusCounts> &years)
{
    StatisticsTable table;
    table.rowsName = QStringLiteral("years");
    table.columns << QStringLiteral("year") << statusColumns() << QStringLiteral("total");
    for (const YearStatusCounts &year : years)
        table.rows << (QVariantList{year.year} + statusCells(year.counts));
    return table;
}

StatisticsTable StatisticsTable::fromReceived(const QList<YearMechanismCounts> &years)
{
    StatisticsTable table;
    table.rowsName = QStringLiteral("years");
    table.columns << QStringLiteral("year");
    for (const Mechanism &mechanism : MechanismCatalog::all())
        table.columns << mechanism.key;
    table.columns << QStringLiteral("total");
    for (const YearMechanismCounts &year : years) {
        QVariantList row{year.year};
        int total = 0;
        for (const Mechanism &mechanism : MechanismCatalog::all()) {
            const int count = year.byMechanism.value(mechanism.key);
            row << count;
            total += count;
        }
        row << total;
        table.rows << row;
    }
    return table;
}

StatisticsTable StatisticsTable::fromRates(const QList<YearImplementationRate> &years)
{
    StatisticsTable table;
    table.rowsName = QStringLiteral("years");
    table.columns = QStringList{QStringLiteral("year"), QStringLiteral("accepted"), QStringLiteral("implemented_share"),
                                QStringLiteral("partially_implemented_share")};
    // With nothing accepted there is no share: empty in CSV and text, null in
    // JSON, rather than a 0 that reads as "none implemented".
    for (const YearImplementationRate &year : years) {
        const bool defined = year.accepted > 0;
        table.rows << QVariantList{year.year, year.accepted, defined ? QVariant(year.implemented) : QVariant(),
                                   defined ? QVariant(year.partiallyImplemented) : QVariant()};
    }
    return table;
}

StatisticsTable StatisticsTable::fromGroups(const QString &groupColumn, const QList<GroupStatusCounts> &groups)
{
    StatisticsTable table;
    table.rowsName = QStringLiteral("groups");
    table.columns << groupColumn << statusColumns() << QStringLiteral("total");
    for (const GroupStatusCounts &group : groups)
        table.rows << (QVariantList{group.group} + statusCells(group.counts));
    return table;
}

QString StatisticsTable::toText() const
{
    QString text = columns.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (const QVariantList &row : rows) {
        QStringList cells;
        for (const QVariant &cell : row)
            cells << cellText(cell).simplified();
        text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return text;
}

QString StatisticsTable::toCsv() const
{
    QString csv = CsvField::line(columns);
    for (const QVariantList &row : rows) {
        QStringList cells;
        for (const QVariant &cell : row)
            cells << cellText(cell);
        csv += CsvField::line(cells);
    }
    return csv;
}

QJsonObject StatisticsTable::toJson() const
{
    QJsonArray array;
    for (const QVariantList &row : rows) {
        QJsonObject object;
        for (int i = 0; i < columns.size() && i < row.size(); ++i)
            object.insert(columns.at(i), QJsonValue::fromVariant(row.at(i)));
        array.append(object);
    }
    return QJsonObject{{rowsName, array}};
}
