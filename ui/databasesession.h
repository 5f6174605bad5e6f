#pragma once
// One open database with everything the GUI reads and writes it through:
// the repository for queries and the edit facade (with its undo stack and
// notifier) for every change.
#include "database.h"
#include "recommendationedits.h"
#include "recommendationrepository.h"

#include <memory>

class DatabaseSession
{
public:
    explicit DatabaseSession(std::unique_ptr<Database> database);
    ~DatabaseSession();

    Database &database() { return *m_database; }
    RecommendationRepository &repository() { return m_repository; }
    RecommendationEdits &edits() { return *m_edits; }

private:
    std::unique_ptr<Database> m_database;
    RecommendationRepository m_repository;
    std::unique_ptr<RecommendationEdits> m_edits;
};
