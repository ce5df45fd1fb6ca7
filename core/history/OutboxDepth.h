#pragma once

#include <QString>

namespace SafeScan {

class Database;

// How many mutations wait in the sync outbox (the status bar's queue depth); -1 on error with
// `error` set. On the calling thread's connection.
qint64 outboxDepth(Database& database, QString* error = nullptr);

} // namespace SafeScan
