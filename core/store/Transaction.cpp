#include "Transaction.h"

#include "Database.h"
#include "SqlError.h"
#include "StoreLog.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

// pg_advisory_xact_lock key of the write lock (any constant shared by every instance: "SafeScan").
constexpr qint64 WriteLockKey = 0x5361666553636e;

} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    begin();
}

Transaction::Transaction(Database& database)
    : m_db(database.connection())
{
    if (m_db.isOpen())
        begin();
    else
        m_error = database.errorString();
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    if (!m_active) {
        if (m_error.isEmpty())
            m_error = u"no transaction is active"_s;
        return false;
    }
    if (!exec(u"COMMIT"_s)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_db);
    if (!query.exec(u"ROLLBACK"_s))
        qCWarning(lcStore) << "Rollback failed:" << sqlErrorText(query.lastError());
}

void Transaction::begin()
{
    if (m_db.driverName() == u"QSQLITE"_s) {
        m_active = exec(u"BEGIN IMMEDIATE"_s);
        return;
    }
    // PostgreSQL: the same single-writer discipline as SQLite's BEGIN IMMEDIATE, across every
    // connection and server instance, held until COMMIT or ROLLBACK.
    m_active = exec(u"BEGIN"_s);
    if (m_active && !exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(WriteLockKey))) {
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        m_active = false;
    }
}

bool Transaction::exec(const QString& sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    m_error = sqlErrorText(query.lastError());
    return false;
}

} // namespace SafeScan
