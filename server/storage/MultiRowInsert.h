#pragma once

#include <QSqlDatabase>
#include <QString>

namespace SafeScan {

// Rows per INSERT of a bulk write on `db`, for rows of `columns` columns, measured with
// bench/analytics_bench:
// - PostgreSQL: a whole batch per statement (up to MaxParametersPerInsert parameters, far below
//   its limit of 65,535), since every statement is a network round trip; on a busy machine each
//   one also waits for the server process to be scheduled.
// - SQLite: one row per statement, one prepared statement reused for every row. A step of a
//   prepared statement costs less than parsing its row again: multi-row statements must be parsed
//   for each batch, and SQLite's parser and Qt's driver look each "?" up in a list (quadratic in
//   the parameters); 500 rows of 5 parameters in one statement made a batch 7x slower, 40 rows
//   still 2x slower than 500 steps of one prepared row.
inline constexpr int MaxParametersPerInsert = 2500;
int rowsPerInsert(const QSqlDatabase& db, int columns);

// The VALUES list of a multi-row INSERT: `rows` groups of `columns` positional placeholders,
// "(?, ?), (?, ?)" for rows = 2, columns = 2. Understood by SQLite and PostgreSQL alike.
QString valuesPlaceholders(int rows, int columns);

} // namespace SafeScan
