#pragma once

#include <QStringList>

namespace SafeScan {

// `safescan-server admin ...`: account administration on the database, without starting the
// server. `arguments` is the whole command line (program, "admin", subcommand, ...):
//   admin add-user NAME --role ROLE --password-stdin --database URL
//   admin set-role NAME ROLE --database URL
//   admin list-users --database URL
//   admin backup|restore ... (analytics/BackupCommand.h)
// Passwords come from stdin only, never from the command line. Every change is written to the
// audit log. Returns the exit code: 0 done, 1 usage error, 2 failure (duplicate or unknown user,
// database error).
int runAdminCommand(const QStringList& arguments);

} // namespace SafeScan
