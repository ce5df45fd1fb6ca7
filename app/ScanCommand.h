#pragma once

#include <QStringList>

namespace SafeScan {

// `safescan scan [--json] PATH...`: returns the process exit status (0 all read, 2 any unreadable,
// 1 usage error).
int runScanCommand(const QStringList& arguments);

} // namespace SafeScan
