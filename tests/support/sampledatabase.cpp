#include "sampledatabase.h"

#include "recommendationedits.h"
#include "recommendationrepository.h"
#include "sampledataset.h"

namespace SampleDatabase {

bool fill(Database &database, QString *error)
{
    const auto sample = SampleDataset::load(error);
    if (!sample)
        return false;
    RecommendationRepository repository(database);
    RecommendationEdits edits(repository);
    if (!edits.addRecords(sample->records, QStringLiteral("sample"))) {
        *error = edits.lastError();
        return false;
    }
    return true;
}

} // namespace SampleDatabase
