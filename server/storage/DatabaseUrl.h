#pragma once

#include "SqlDialect.h"
#include "store/Database.h"

#include <QString>

#include <optional>

namespace SafeScan {

// The server's --database URL (SPEC §11):
//   sqlite:/path/to/file.db                       a SQLite file (relative paths: from the working
//                                                 directory)
//   postgres://user:pass@host:port/db?key=value   PostgreSQL (also postgresql://). Every part is
//                                                 optional (libpq's defaults: PGHOST or the local
//                                                 socket, port 5432, the OS user, a database named
//                                                 like the user); user, password, host and database
//                                                 are percent-decoded, so a socket directory is
//                                                 written postgres://%2Fvar%2Frun%2Fpostgresql/db.
//                                                 Query parameters are libpq connection keywords
//                                                 (sslmode, connect_timeout, application_name, ...);
//                                                 connect_timeout defaults to 10 seconds.
struct DatabaseUrl
{
    SqlDialect dialect = SqlDialect::Sqlite;
    QString sqlitePath;    // absolute, SQLite only
    DatabaseServer server; // PostgreSQL only

    bool isPostgres() const { return dialect == SqlDialect::Postgres; }
    // For messages and logs: the URL without its password.
    QString displayName() const;

    // nullopt with a one-sentence `error` naming what is wrong (never echoing a password).
    static std::optional<DatabaseUrl> parse(const QString& url, QString& error);
};

} // namespace SafeScan
