#pragma once

#include "Migrations.h"

namespace SafeScan {

// The client database's schema (SPEC §7), as cumulative migrations. New tables and columns are
// added by appending a migration in ClientSchema.cpp; a shipped migration is never edited.
Migrations clientSchema();

} // namespace SafeScan
