#include "CommunityMigration.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

// 3: the user's own votes, the cache of community ratings and the analytics queue (SPEC §7, §8,
// §10). Content never appears in these tables: items are named by the SHA-256 of their canonical
// content, as 64 lowercase hex digits. Times are epoch milliseconds.
Migration communityMigration()
{
    return {u"my votes, rating cache and analytics events"_s,
            {
                // One vote per item (a new one replaces it); retracting deletes the row. sync_state
                // is 'pending' until the server acknowledged this exact vote (voted_at).
                u"CREATE TABLE my_votes("
                u"content_hash TEXT PRIMARY KEY "
                u"CHECK(length(content_hash) = 64 AND content_hash NOT GLOB '*[^0-9a-f]*'), "
                u"vote TEXT NOT NULL CHECK(vote IN ('safe', 'unsafe')), "
                u"voted_at INTEGER NOT NULL, "
                u"sync_state TEXT NOT NULL DEFAULT 'pending' CHECK(sync_state IN ('pending', 'synced'))"
                u") WITHOUT ROWID"_s,
                u"CREATE INDEX my_votes_pending ON my_votes(voted_at) WHERE sync_state = 'pending'"_s,

                // fetched_at is wall time (epoch ms) so that the TTL survives a restart; last_used
                // is a use counter (higher = used more recently), so LRU order does not depend on
                // the clock's resolution.
                u"CREATE TABLE rating_cache("
                u"content_hash TEXT PRIMARY KEY "
                u"CHECK(length(content_hash) = 64 AND content_hash NOT GLOB '*[^0-9a-f]*'), "
                u"rating_json TEXT NOT NULL, "
                u"fetched_at INTEGER NOT NULL, "
                u"last_used INTEGER NOT NULL"
                u") WITHOUT ROWID"_s,
                u"CREATE INDEX rating_cache_by_last_used ON rating_cache(last_used)"_s,
                u"CREATE INDEX rating_cache_by_fetched_at ON rating_cache(fetched_at)"_s,

                // body is a JSON object without content or stable identifiers (SPEC §10).
                u"CREATE TABLE analytics_events("
                u"event_id TEXT PRIMARY KEY NOT NULL, "
                u"kind TEXT NOT NULL, "
                u"body TEXT NOT NULL CHECK(json_valid(body)), "
                u"created_at INTEGER NOT NULL, "
                u"sent INTEGER NOT NULL DEFAULT 0 CHECK(sent IN (0, 1))"
                u")"_s,
                // Oldest unsent first, for batches; oldest overall, for the cap and retention.
                u"CREATE INDEX analytics_events_unsent ON analytics_events(created_at) WHERE sent = 0"_s,
                u"CREATE INDEX analytics_events_by_created_at ON analytics_events(created_at)"_s,
            },
            {}};
}

} // namespace SafeScan
