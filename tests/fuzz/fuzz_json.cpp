// libFuzzer target for the JSON imports: the same bytes go to
// RecommendationJson::readDocument (our own export format and the bundled
// sample) and to UhriJson::read (exports of OHCHR's
// Universal Human Rights Index). Besides crashes, sanitizer reports and hangs,
// it checks that a failure comes with a sentence, that every record read from
// our format writes back (toJson) to JSON that reads again to the same JSON,
// and that every UHRI row knows where it came from.
//
// No QCoreApplication: the readers use tr()/QCoreApplication::translate, which
// work without one (they return the source text), and QJsonDocument.
#include "recommendationjson.h"
#include "uhrijson.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *promise)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_json: broken promise: %s\n", promise);
        std::abort();
    }
}

void ownFormat(const QByteArray &bytes)
{
    QString error;
    const std::optional<RecommendationJson::Document> document = RecommendationJson::readDocument(bytes, &error);
    if (!document) {
        check(!error.isEmpty(), "RecommendationJson::readDocument explains a failure");
        return;
    }
    for (const RecommendationRecord &record : document->records) {
        const QJsonObject written = RecommendationJson::toJson(record, std::nullopt, true);
        QString again;
        const std::optional<RecommendationRecord> reread = RecommendationJson::fromJson(written, &again);
        check(reread.has_value(), "a record read from JSON writes back to JSON that reads again");
        check(RecommendationJson::toJson(*reread, std::nullopt, true) == written,
              "a record written, read and written again gives the same JSON");
    }
}

void uhri(const QByteArray &bytes)
{
    const QString sourceName = QStringLiteral("fuzz.json");
    QString error;
    const std::optional<QList<ImportRow>> rows =
        UhriJson::read(bytes, sourceName, QStringLiteral("fuzzer"), &error);
    if (!rows) {
        check(!error.isEmpty(), "UhriJson::read explains a failure");
        return;
    }
    for (const ImportRow &row : *rows) {
        check(row.location.startsWith(sourceName), "a UHRI row's location names the file");
        check(row.error.isEmpty() || row.error.startsWith(row.location), "a UHRI row's error says where it is");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ownFormat(bytes);
    uhri(bytes);
    return 0;
}
