#include "databasesession.h"

DatabaseSession::DatabaseSession(std::unique_ptr<Database> database)
    : m_database(std::move(database)), m_repository(*m_database),
      m_edits(std::make_unique<RecommendationEdits>(m_repository))
{
}

DatabaseSession::~DatabaseSession()
{
    m_edits.reset(); // its undo commands refer to the repository
}
