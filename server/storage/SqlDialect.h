#pragma once

#include <QString>

namespace SafeScan {

// The server runs on SQLite (default) or PostgreSQL. Server SQL is written once, in the subset both
// understand (BIGINT for 64-bit numbers, INSERT ... ON CONFLICT, RETURNING instead of
// lastInsertId(), range comparisons instead of LIKE on hex), and DDL may use these tokens:
//   {id}    an auto-assigned 64-bit primary key  (INTEGER PRIMARY KEY / BIGINT GENERATED ... IDENTITY)
//   {blob}  binary data                          (BLOB / BYTEA)
//
// Checked on both by every server test (ctest runs each as <Name> and <Name>_postgres). What
// PostgreSQL refuses or does differently from SQLite:
//   - INSERT OR IGNORE/REPLACE: use INSERT ... ON CONFLICT(cols) DO NOTHING / DO UPDATE.
//   - Every selected column that is not aggregated must be in GROUP BY; LIMIT -1 is invalid
//     (omit LIMIT); a table that may not exist cannot be named, even in a false branch.
//   - Types are strict: compare TEXT with text, BIGINT with numbers; 0/1 INTEGER flags, not
//     booleans. SUM() of BIGINT is NUMERIC (QVariant double), COUNT(*) BIGINT (qlonglong);
//     read values with toLongLong()/toInt(), never by QVariant type.
//   - Text ordering follows the database collation (C in tests): keep ORDER BY on hex/ids.
//   - A failed statement aborts the rest of its transaction: roll back (Transaction does).
//   - Transaction takes one advisory lock (writers serialised as with BEGIN IMMEDIATE); single
//     statements outside a Transaction run concurrently under READ COMMITTED.
enum class SqlDialect
{
    Sqlite,
    Postgres
};

// `sql` with the tokens above replaced for `dialect`.
QString portableSql(QString sql, SqlDialect dialect);

} // namespace SafeScan
