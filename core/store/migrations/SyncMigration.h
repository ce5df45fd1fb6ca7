#pragma once

#include "store/Migrations.h"

namespace SafeScan {

// 6: the server's record ids of synced history records (SPEC §9).
Migration syncMigration();

} // namespace SafeScan
