#pragma once

#include "DatabaseUrl.h"

#include <QSqlDatabase>

#include <memory>

namespace SafeScan {

class Clock;
class Database;

// The server's Database for a --database URL: a SQLite file, or PostgreSQL through QPSQL with one
// connection per thread; either way migrated to serverSchema() of the URL's dialect on first open.
// On PostgreSQL a connection whose server went away (restart, pg_terminate_backend, network) is
// noticed without a round trip (libpq's status) and replaced on the next use.
std::unique_ptr<Database> makeServerDatabase(const DatabaseUrl& url, const Clock& clock);

// Whether a QPSQL connection still has its server (libpq's PQstatus; no query is sent). True for
// every other driver.
bool postgresConnectionAlive(const QSqlDatabase& db);

} // namespace SafeScan
