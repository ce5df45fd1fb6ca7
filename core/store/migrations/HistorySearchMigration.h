#pragma once

#include "store/Migrations.h"

namespace SafeScan {

Migration historySearchMigration();

} // namespace SafeScan
