#pragma once

#include <QString>

namespace SafeScan {

// The server runs on SQLite (default) or PostgreSQL. Server SQL is written once, in the subset both
// understand (BIGINT for 64-bit numbers, INSERT ... ON CONFLICT, RETURNING instead of
// lastInsertId(), range comparisons instead of LIKE on hex), and DDL may use these tokens:
//   {id}    an auto-assigned 64-bit primary key  (INTEGER PRIMARY KEY / BIGINT GENERATED ... IDENTITY)
//   {blob}  binary data                          (BLOB / BYTEA)
enum class SqlDialect
{
    Sqlite,
    Postgres
};

// `sql` with the tokens above replaced for `dialect`.
QString portableSql(QString sql, SqlDialect dialect);

} // namespace SafeScan
