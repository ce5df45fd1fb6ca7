#pragma once

#include "store/Migrations.h"

namespace SafeScan {

Migration historyMigration();

} // namespace SafeScan
