#pragma once

#include "store/Migrations.h"

namespace SafeScan {

Migration historyRawMigration();

} // namespace SafeScan
