#pragma once
// One open database with everything the GUI reads and writes it through:
// the repository for queries and the edit facade (with its undo stack and
// notifier) for every change.
#include "database.h"
#include "recommendationedits.h"
#include "recommendationrepository.h"

#include <memory>

class BackgroundCheckpoint;

class DatabaseSession
{
public:
    explicit DatabaseSession(std::unique_ptr<Database> database);
    ~DatabaseSession();

    Database &database() { return *m_database; }
    RecommendationRepository &repository() { return m_repository; }
    RecommendationEdits &edits() { return *m_edits; }
    // Null for a read-only database.
    BackgroundCheckpoint *checkpoint() { return m_checkpoint.get(); }

private:
    std::unique_ptr<Database> m_database;
    RecommendationRepository m_repository;
    std::unique_ptr<RecommendationEdits> m_edits;
    // Copies the log into the file after edits (none for a read-only file).
    std::unique_ptr<BackgroundCheckpoint> m_checkpoint;
};
