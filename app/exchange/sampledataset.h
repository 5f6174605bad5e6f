#pragma once
// The bundled, clearly labelled illustrative sample for Kazakhstan, offered
// on an empty first start. Needs the rt_resources library linked in.
#include "recommendationjson.h"

namespace SampleDataset {
std::optional<RecommendationJson::Document> load(QString *error);
}
