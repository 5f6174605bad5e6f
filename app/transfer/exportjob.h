#pragma once
// Writes the recommendations that match a filter as CSV (RFC 4180, UTF-8,
// our import layout), XLSX (typed dates, frozen header) or JSON (everything,
// with the full status history). Files are replaced only when complete.
#include "recommendationfilter.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <optional>

class RecommendationRepository;

struct ExportOptions {
    QString format;          // csv, xlsx, json
    bool byteOrderMark = false; // CSV: a UTF-8 BOM, which Excel needs to see UTF-8
};

class ExportJob
{
    Q_DECLARE_TR_FUNCTIONS(ExportJob)

public:
    using Progress = std::function<bool(int done, int total)>;

    static QStringList formats();
    // The number of records written, or nothing with *error set.
    static std::optional<int> run(RecommendationRepository &repository, const RecommendationFilter &filter,
                                  const ExportOptions &options, const QString &path, QString *error,
                                  const Progress &progress = {});
    // The CSV cell as written: a cell a spreadsheet would run as a formula
    // (starting with =, +, - or @) gets an apostrophe in front.
    static QString neutralised(const QString &cell);
    // Our CSV and XLSX columns, in order (the keys the import reads back).
    static QStringList columns();
};
