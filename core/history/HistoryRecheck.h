#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace SafeScan {

class Database;
class SafetyEngine;

// What one re-check did.
struct RecheckReport
{
    bool ok = false;
    QString error;
    bool cancelled = false;
    qint64 checked = 0;       // scans judged again
    qint64 changed = 0;       // of which the stored verdict was replaced
    qint64 skipped = 0;       // not judged: stored redacted or binary (the original bytes are gone)
    QList<qint64> changedIds; // in id order
};

// (done, total) after each batch; returning false cancels (the batches done so far stay).
using RecheckProgress = std::function<bool(qint64 done, qint64 total)>;

// Judges stored scans again with today's safety engine (new blocklist entries, newer checks) and
// replaces the stored verdict (verdict_level, verdict_json) where it differs. The content, times
// and sync state are untouched and no outbox mutation is written: a verdict is derived locally
// from the content on each device, it is not a change the user made (SPEC §9 lists those).
// Scans stored redacted or as binary are skipped, since the text judged at scan time is gone.
// Runs on the calling thread's connection; meant for a worker thread (StoreExecutor).
class HistoryRecheck
{
public:
    HistoryRecheck(Database& database, const SafetyEngine& safety);

    // `ids` empty: every live scan. Batches of `batchSize` rows, each in one transaction.
    RecheckReport run(const QList<qint64>& ids, const RecheckProgress& progress = {}, int batchSize = 200);

private:
    Database& m_database;
    const SafetyEngine& m_safety;
};

} // namespace SafeScan
