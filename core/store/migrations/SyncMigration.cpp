#include "SyncMigration.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

// 6: which server record id names which scan (core/sync). A record id is a keyed hash of the scan
// uuid (SyncKey::recordIdFor), so it can be computed from the uuid, but a deletion pulled from the
// server carries only the record id: this table maps it back. Rows are written when a record is
// first pushed or pulled and stay after the scan is gone (a later deletion pull then finds nothing
// to delete, which is right).
//
// The sync cursor, the last sync time and error, the account and whether the key check passed are
// app_state keys (SyncState), written in the transaction of the pulled changes where it matters.
Migration syncMigration()
{
    return {u"sync record ids"_s,
            {
                u"CREATE TABLE sync_records("
                u"record_id TEXT PRIMARY KEY NOT NULL, "
                u"scan_uuid TEXT NOT NULL UNIQUE"
                u") WITHOUT ROWID"_s,
            },
            {}};
}

} // namespace SafeScan
