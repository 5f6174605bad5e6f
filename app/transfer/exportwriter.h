#pragma once
// Writes exported records one at a time as CSV, XLSX or JSON, so that an
// export holds a few thousand records in memory rather than all of them
// (an export of 250,000 took 0.7 GB as CSV and 2.2 GB as JSON). The file
// appears, or is replaced, only when finish() succeeds; destroyed before
// that, the writer leaves no file.
#include "exportjob.h"
#include "recommendationrecord.h"

#include <QDate>
#include <memory>

// A record with the status its history ends in, as the export writes it.
struct ExportRecord {
    RecommendationRecord record;
    Status status = Status::Pending;
    QDate statusDate;

    static ExportRecord of(RecommendationRecord record);
};

class ExportWriter
{
public:
    // A writer for options.format (one of ExportJob::formats()) to path, or
    // nullptr with a sentence in *error.
    static std::unique_ptr<ExportWriter> open(const ExportOptions &options, const QString &path, QString *error);
    virtual ~ExportWriter() = default;

    virtual bool write(const ExportRecord &item, QString *error) = 0;
    virtual bool finish(QString *error) = 0;
};
