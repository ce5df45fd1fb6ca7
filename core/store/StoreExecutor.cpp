#include "StoreExecutor.h"

#include "Database.h"

namespace SafeScan {

StoreExecutor::StoreExecutor(Database* database)
    : m_database(database)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // keep the one thread, and with it its connection
    m_pool.setObjectName(QStringLiteral("safescan-store"));
}

StoreExecutor::~StoreExecutor()
{
    if (m_database)
        run([database = m_database] { database->closeThreadConnection(); });
    m_pool.waitForDone();
}

void StoreExecutor::waitForDone()
{
    m_pool.waitForDone();
}

} // namespace SafeScan
