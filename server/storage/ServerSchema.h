#pragma once

#include "SqlDialect.h"
#include "store/Migrations.h"

namespace SafeScan {

// The server database's schema (SPEC §8), as cumulative migrations run by safescan_store's
// Migrations in one transaction. New tables are added by appending a migration; a shipped one is
// never edited. DDL is portable (SqlDialect.h): the same list serves SQLite and PostgreSQL.
Migrations serverSchema(SqlDialect dialect);

} // namespace SafeScan
