#pragma once

#include "SyncError.h"
#include "api/SyncPullJob.h"

#include <QString>

namespace SafeScan {

class Database;
class RecordSealer;
class SyncKey;

// What applying one pulled page did.
struct PullPageResult
{
    int applied = 0;         // records stored or removed
    int keptLocal = 0;       // a pending local edit won the conflict rule (it will be pushed)
    bool keyChecked = false; // the page held the account's key check record and it opened
};

// Applies one page of GET /v1/sync/pull (SPEC §9) to the history in ONE transaction together with
// the new cursor: the page is applied completely, or not at all and the cursor stays.
//
// Every sealed record must open with the key (authenticated encryption: a wrong key never yields
// garbage) and name itself (its uuid hashes to its record id). When one does not, nothing of the
// page is applied: WrongPassphrase while the key is not verified yet (or when it is the key check
// record), Unreadable after.
//
// Conflict rules against a record with pending local mutations, as the server decides them when
// that local version is pushed: the local version is kept when it is newer, or as old and a
// deletion while the server's is not; otherwise the server's version replaces it and the pending
// mutations are dropped. Without pending mutations the server's version is taken as it is.
class PullApplier
{
public:
    PullApplier(Database& database, const SyncKey& key, const RecordSealer& sealer, QString keyCheckRecordId,
                QString keyFingerprint, bool keyVerified, bool storeSensitive);

    PullPageResult apply(const QList<SyncPulledChange>& changes, qint64 nextCursor, SyncError& error);

private:
    Database& m_database;
    const SyncKey& m_key;
    const RecordSealer& m_sealer;
    const QString m_keyCheckId;
    const QString m_fingerprint;
    bool m_verified;
    const bool m_storeSensitive;
};

} // namespace SafeScan
