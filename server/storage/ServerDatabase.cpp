#include "ServerDatabase.h"

#include "ServerSchema.h"
#include "store/Database.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace SafeScan {

bool postgresConnectionAlive(const QSqlDatabase& db)
{
    if (db.driverName() != u"QPSQL"_s || !db.driver())
        return true;
    // The QPSQL driver's handle is the PGconn* (QSqlDriver::handle()), registered under the
    // name of the struct behind libpq's typedef.
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return true;
    PGconn* const connection = *static_cast<PGconn* const*>(handle.constData());
    return connection && PQstatus(connection) == CONNECTION_OK;
}

std::unique_ptr<Database> makeServerDatabase(const DatabaseUrl& url, const Clock& clock)
{
    if (!url.isPostgres())
        return std::make_unique<Database>(url.sqlitePath, clock, serverSchema(SqlDialect::Sqlite));
    DatabaseServer server = url.server;
    server.connectionAlive = postgresConnectionAlive;
    return std::make_unique<Database>(std::move(server), clock, serverSchema(SqlDialect::Postgres));
}

} // namespace SafeScan
