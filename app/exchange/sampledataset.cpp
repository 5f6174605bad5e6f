#include "sampledataset.h"

#include <QFile>

namespace SampleDataset {

std::optional<RecommendationJson::Document> load(QString *error)
{
    QFile file(QStringLiteral(":/sample/kazakhstan-sample.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = RecommendationJson::tr("The bundled sample is missing from this build.");
        return std::nullopt;
    }
    return RecommendationJson::readDocument(file.readAll(), error);
}

} // namespace SampleDataset
