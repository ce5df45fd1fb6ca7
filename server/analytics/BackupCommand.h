#pragma once

#include <QStringList>

namespace SafeScan {

// `safescan-server admin backup|restore` on a SQLite server database (the analytics store and
// everything else in it). Exit codes as runAdminCommand: 0 done, 1 usage, 2 failure.
//   admin backup --database sqlite:FILE --output BACKUP
//       A consistent copy made with SQLite's online backup API while the server runs (WAL
//       readers never block it), checked with PRAGMA quick_check before it is renamed into place.
//   admin restore --database sqlite:FILE --input BACKUP [--force]
//       With the server stopped: checks BACKUP (readable, undamaged, a server schema not newer
//       than this binary's), keeps an existing FILE aside as FILE.before-restore-<UTC time>
//       (only with --force), puts the copy in place and migrates it to the current schema.
// On PostgreSQL both refuse and point at pg_dump / pg_restore (docs/api.md "Backups").
int runBackupCommand(const QString& command, const QStringList& arguments);

} // namespace SafeScan
