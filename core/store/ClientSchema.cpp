#include "ClientSchema.h"

#include "migrations/CommunityMigration.h"
#include "migrations/HistoryMigration.h"
#include "migrations/HistoryRawMigration.h"
#include "migrations/HistorySearchMigration.h"
#include "migrations/SyncMigration.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

// 1: small key/value state that is not a preference, and the imported blocklists (SPEC §6).
Migration blocklistsAndAppState()
{
    return {u"app state and blocklists"_s,
            {
                u"CREATE TABLE app_state(key TEXT PRIMARY KEY, value)"_s,
                u"CREATE TABLE blocklist_sources("
                u"id INTEGER PRIMARY KEY, "
                u"name TEXT UNIQUE NOT NULL, "
                u"format TEXT, "
                u"imported_at INTEGER, "
                u"entry_count INTEGER NOT NULL DEFAULT 0, "
                u"origin TEXT)"_s,
                u"CREATE TABLE blocklist_entries("
                u"expression TEXT NOT NULL, "
                u"source_id INTEGER NOT NULL REFERENCES blocklist_sources ON DELETE CASCADE, "
                u"threat TEXT, "
                u"PRIMARY KEY(expression, source_id)) WITHOUT ROWID"_s,
                // Replacing or removing one source deletes its entries by source_id.
                u"CREATE INDEX blocklist_entries_by_source ON blocklist_entries(source_id)"_s,
            },
            {}};
}

} // namespace

Migrations clientSchema()
{
    Migrations migrations;
    migrations.add(blocklistsAndAppState());  // 1
    migrations.add(historyMigration());       // 2: scan history, full-text index, sync outbox
    migrations.add(communityMigration());     // 3: my votes, rating cache, analytics events
    migrations.add(historySearchMigration()); // 4: the store writes full-text rows (no insert trigger)
    migrations.add(historyRawMigration());    // 5: payload_json without "raw" when it is the content
    migrations.add(syncMigration());          // 6: server record ids of synced history
    return migrations;
}

} // namespace SafeScan
