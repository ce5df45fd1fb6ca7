#pragma once

#include <QStringList>

namespace SafeScan {

// `safescan backup FILE`
int runBackupCommand(const QStringList& arguments);
// `safescan restore FILE`
int runRestoreCommand(const QStringList& arguments);
// `safescan db check`: 0 healthy, 1 recovered, 2 unrecoverable
int runDbCommand(const QStringList& arguments);

} // namespace SafeScan
