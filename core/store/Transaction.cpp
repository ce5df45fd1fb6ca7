#include "Transaction.h"

#include "Database.h"
#include "SqlError.h"
#include "StoreLog.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SafeScan {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = exec(u"BEGIN IMMEDIATE"_s);
}

Transaction::Transaction(Database& database)
    : m_db(database.connection())
{
    if (m_db.isOpen())
        m_active = exec(u"BEGIN IMMEDIATE"_s);
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

bool Transaction::exec(const QString& sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    m_error = sqlErrorText(query.lastError());
    return false;
}

} // namespace SafeScan
