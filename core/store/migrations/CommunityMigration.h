#pragma once

#include "store/Migrations.h"

namespace SafeScan {

Migration communityMigration();

} // namespace SafeScan
