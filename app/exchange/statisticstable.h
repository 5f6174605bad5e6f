#pragma once
// The numbers behind a chart as a table with named columns, written as
// aligned text, CSV or JSON. The command line prints it; the charts show it.
#include "statuscounts.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

struct StatisticsTable {
    QString rowsName;      // the JSON array's name: "years", "groups"
    QStringList columns;   // also the JSON keys
    QList<QVariantList> rows;

    // year, pending, accepted, rejected, partially_implemented, implemented, total
    static StatisticsTable fromProgress(const QList<YearStatusCounts> &years);
    // year, then one column per mechanism key in catalogue order, total
    static StatisticsTable fromReceived(const QList<YearMechanismCounts> &years);
    // year, accepted, implemented_share, partially_implemented_share (0 to 1;
    // none when nothing was accepted)
    static StatisticsTable fromRates(const QList<YearImplementationRate> &years);
    // <groupColumn> ("theme"), the five statuses, total
    static StatisticsTable fromGroups(const QString &groupColumn, const QList<GroupStatusCounts> &groups);

    QString toText() const;   // tab-separated with a header line
    QString toCsv() const;    // RFC 4180, header line first
    QJsonObject toJson() const;
};
