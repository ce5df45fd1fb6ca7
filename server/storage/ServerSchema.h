#pragma once

#include "store/Migrations.h"

namespace SafeScan {

// The server database's schema (SPEC §8), as cumulative migrations run by safescan_store's
// Migrations in one transaction. New tables are added by appending a migration; a shipped one is
// never edited.
Migrations serverSchema();

} // namespace SafeScan
