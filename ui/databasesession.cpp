#include "databasesession.h"

#include "backgroundcheckpoint.h"

DatabaseSession::DatabaseSession(std::unique_ptr<Database> database)
    : m_database(std::move(database)), m_repository(*m_database),
      m_edits(std::make_unique<RecommendationEdits>(m_repository))
{
    if (!m_database->isReadOnly())
        m_checkpoint = std::make_unique<BackgroundCheckpoint>(*m_database, *m_edits->notifier());
}

DatabaseSession::~DatabaseSession()
{
    m_checkpoint.reset(); // waits for a copy in progress, which uses the database
    m_edits.reset(); // its undo commands refer to the repository
}
