#include "temporarydatabase.h"

TemporaryDatabase::TemporaryDatabase() : m_path(m_folder.filePath(QStringLiteral("test.rectracker")))
{
    reopen();
}

bool TemporaryDatabase::reopen()
{
    m_database.reset();
    m_database = Database::open(m_path, Database::Access::ReadWrite,
                                Database::Creation::CreateIfMissing, &m_error);
    return m_database != nullptr;
}
