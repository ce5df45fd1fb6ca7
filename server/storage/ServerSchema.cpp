#include "ServerSchema.h"

#include "analytics/AnalyticsSchema.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

// 1: devices (only the SHA-256 of their token), votes under voter pseudonyms, the audit log.
Migration devicesVotesAndAudit()
{
    return {u"devices, votes and audit log"_s,
            {
                u"CREATE TABLE devices("
                u"id {id}, "
                u"token_hash TEXT NOT NULL UNIQUE CHECK(length(token_hash) = 64), "
                u"created_at BIGINT NOT NULL)"_s,
                u"CREATE TABLE votes("
                u"item_hash TEXT NOT NULL CHECK(length(item_hash) = 64), "
                u"voter TEXT NOT NULL, "
                u"vote TEXT NOT NULL CHECK(vote IN ('safe', 'unsafe')), "
                u"voted_at BIGINT NOT NULL, "
                u"PRIMARY KEY(item_hash, voter))"_s,
                // Rate limits and data-rights requests look votes up by voter.
                u"CREATE INDEX votes_by_voter ON votes(voter)"_s,
                u"CREATE TABLE audit_log("
                u"id {id}, "
                u"at BIGINT NOT NULL, "
                u"actor TEXT NOT NULL, "
                u"action TEXT NOT NULL, "
                u"subject TEXT, "
                u"reason TEXT, "
                u"detail TEXT)"_s,
            },
            {}};
}

// 2: abuse control. A flagged voter's votes are quarantined (kept, not counted, restorable);
// voter_since is the voter's device creation time, the base of their reliability (NULL for votes
// cast before this migration: counted as a new voter's).
Migration quarantineAndVoterAge()
{
    return {u"quarantined votes and voter age"_s,
            {
                u"ALTER TABLE votes ADD COLUMN quarantined INTEGER NOT NULL DEFAULT 0 "
                u"CHECK(quarantined IN (0, 1))"_s,
                u"ALTER TABLE votes ADD COLUMN voter_since BIGINT"_s,
            },
            {}};
}

// 3: accounts (encoded Argon2id hashes only), their sessions (SHA-256 of the token only, with an
// expiry) and reports to moderators (content only with the user's consent, reporter pseudonym).
Migration accountsSessionsAndReports()
{
    return {u"accounts, sessions and reports"_s,
            {
                u"CREATE TABLE accounts("
                u"id {id}, "
                u"username TEXT NOT NULL UNIQUE, "
                u"role TEXT NOT NULL CHECK(role IN ('user', 'moderator', 'analyst', 'admin')), "
                u"password_hash TEXT NOT NULL, "
                u"created_at BIGINT NOT NULL)"_s,
                u"CREATE TABLE sessions("
                u"token_hash TEXT PRIMARY KEY CHECK(length(token_hash) = 64), "
                u"account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, "
                u"created_at BIGINT NOT NULL, "
                u"expires_at BIGINT NOT NULL)"_s,
                u"CREATE INDEX sessions_by_account ON sessions(account_id)"_s,
                u"CREATE TABLE reports("
                u"id {id}, "
                u"item_hash TEXT NOT NULL CHECK(length(item_hash) = 64), "
                u"reason TEXT NOT NULL CHECK(reason IN ('phishing', 'malware', 'scam', 'other')), "
                u"note TEXT, "
                u"content TEXT, "
                u"reporter TEXT NOT NULL, "
                u"created_at BIGINT NOT NULL)"_s,
                u"CREATE INDEX reports_by_item ON reports(item_hash)"_s,
            },
            {}};
}

// 4: the live update log (WebSocket /v1/live): one row naming the log's epoch, each channel's
// newest offset (assigned in the appending transaction) and the newest messages of each channel.
Migration liveMessageLog()
{
    return {u"live message log"_s,
            {
                u"CREATE TABLE live_state("
                u"id INTEGER PRIMARY KEY CHECK(id = 1), "
                u"epoch TEXT NOT NULL)"_s,
                u"CREATE TABLE live_channels("
                u"channel TEXT PRIMARY KEY, "
                u"head BIGINT NOT NULL)"_s,
                u"CREATE TABLE live_log("
                u"channel TEXT NOT NULL, "
                u"msg_offset BIGINT NOT NULL, "
                u"payload TEXT NOT NULL, "
                u"at BIGINT NOT NULL, "
                u"PRIMARY KEY(channel, msg_offset))"_s,
            },
            {}};
}

// 5: end-to-end encrypted history sync (SPEC §9), anonymous vote aggregates (SPEC §8).
// sync_records holds only ciphertext (base64 as the client sent it) and what sync needs; seq is
// the account's change sequence, taken from sync_accounts.last_seq in the writing transaction, so
// changes of one account are numbered without gaps in commit order. sync_clients remembers the
// last mutation id applied per (account, client id): exactly-once push. vote_folds holds the
// folded (retention, account deletion) votes of an item as weight sums and counts, no voter.
Migration syncAndVoteFolds()
{
    return {u"sync records, sync clients and vote folds"_s,
            {
                u"CREATE TABLE sync_accounts("
                u"account_id BIGINT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE, "
                u"last_seq BIGINT NOT NULL)"_s,
                u"CREATE TABLE sync_clients("
                u"account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, "
                u"client_id TEXT NOT NULL, "
                u"last_mutation BIGINT NOT NULL, "
                u"first_seen BIGINT NOT NULL, "
                u"last_seen BIGINT NOT NULL, "
                u"PRIMARY KEY(account_id, client_id))"_s,
                u"CREATE TABLE sync_records("
                u"account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, "
                u"record_id TEXT NOT NULL CHECK(length(record_id) = 36), "
                u"ciphertext TEXT, "
                u"updated_at BIGINT NOT NULL, "
                u"deleted INTEGER NOT NULL CHECK(deleted IN (0, 1)), "
                u"client_id TEXT NOT NULL, "
                u"seq BIGINT NOT NULL, "
                u"changed_at BIGINT NOT NULL, "
                u"PRIMARY KEY(account_id, record_id), "
                u"CHECK((deleted = 1 AND ciphertext IS NULL) OR (deleted = 0 AND ciphertext IS NOT NULL)))"_s,
                u"CREATE UNIQUE INDEX sync_records_by_seq ON sync_records(account_id, seq)"_s,
                u"CREATE TABLE vote_folds("
                u"item_hash TEXT PRIMARY KEY CHECK(length(item_hash) = 64), "
                u"safe_weight DOUBLE PRECISION NOT NULL, "
                u"unsafe_weight DOUBLE PRECISION NOT NULL, "
                u"safe_count BIGINT NOT NULL, "
                u"unsafe_count BIGINT NOT NULL, "
                u"last_vote_at BIGINT NOT NULL)"_s,
            },
            {}};
}

// 6: moderation (SPEC §8). A moderator's decision on an item overrides its community verdict;
// reports are closed by a decision or dismissed; quarantined voters are listed with their reason
// (their votes keep `quarantined = 1`, and new votes of a listed voter are quarantined too). Voters
// quarantined before this migration are listed from their votes and the audit log.
Migration moderation()
{
    return {
        u"moderation decisions, report resolution and quarantined voters"_s,
        {
            u"CREATE TABLE moderation_decisions("
            u"item_hash TEXT PRIMARY KEY CHECK(length(item_hash) = 64), "
            u"decision TEXT NOT NULL CHECK(decision IN ('safe', 'unsafe')), "
            u"decided_at BIGINT NOT NULL, "
            u"decided_by TEXT NOT NULL, "
            u"reason TEXT NOT NULL)"_s,
            u"ALTER TABLE reports ADD COLUMN resolved_at BIGINT"_s,
            u"ALTER TABLE reports ADD COLUMN resolution TEXT "
            u"CHECK(resolution IS NULL OR resolution IN ('decided', 'dismissed'))"_s,
            u"CREATE INDEX reports_open ON reports(item_hash) WHERE resolved_at IS NULL"_s,
            u"CREATE TABLE quarantined_voters("
            u"voter TEXT PRIMARY KEY, "
            u"reason TEXT NOT NULL, "
            u"quarantined_at BIGINT NOT NULL, "
            u"quarantined_by TEXT NOT NULL)"_s,
            u"INSERT INTO quarantined_voters(voter, reason, quarantined_at, quarantined_by) "
            u"SELECT voter, COALESCE((SELECT a.reason FROM audit_log a WHERE a.action = 'quarantine_votes' "
            u"AND a.subject = v.voter ORDER BY a.id DESC LIMIT 1), 'spam'), MAX(voted_at), 'system:spam' "
            u"FROM votes v WHERE quarantined = 1 GROUP BY voter"_s,
        },
        {}};
}

// 7: locked items (SPEC §8: "ratings with no activity for 90 days are dropped unless a moderator
// locked them"). The retention job keeps the vote_folds row of a listed item; its raw votes are
// still folded after 90 days like every other item's.
Migration lockedItems()
{
    return {u"locked items"_s,
            {
                u"CREATE TABLE locked_items("
                u"item_hash TEXT PRIMARY KEY CHECK(length(item_hash) = 64), "
                u"locked_at BIGINT NOT NULL, "
                u"locked_by TEXT NOT NULL, "
                u"reason TEXT NOT NULL)"_s,
            },
            {}};
}

// 8: moderators' presence shared by the instances on one database (WebSocket /v1/live): one row
// per connection that has a queue item open, refreshed by its instance while it runs; a row whose
// expires_at passed (its instance died) is removed by whichever instance sweeps first. `item` is
// the client's item value as compact JSON; `moderator` an account id.
Migration livePresence()
{
    return {u"live presence"_s,
            {
                u"CREATE TABLE live_presence("
                u"session TEXT PRIMARY KEY, "
                u"instance TEXT NOT NULL, "
                u"moderator BIGINT NOT NULL, "
                u"item TEXT NOT NULL, "
                u"expires_at BIGINT NOT NULL)"_s,
                u"CREATE INDEX live_presence_by_instance ON live_presence(instance)"_s,
            },
            {}};
}

// 11: a report may carry the client's request id, so that sending it again after a lost answer
// (or from the outbox after a crash) stores it once: unique per reporter. Rows without one
// (NULL) never collide.
Migration reportRequestIds()
{
    return {u"report request ids"_s,
            {
                u"ALTER TABLE reports ADD COLUMN request_id TEXT"_s,
                u"CREATE UNIQUE INDEX reports_by_request ON reports(reporter, request_id)"_s,
            },
            {}};
}

} // namespace

Migrations serverSchema(SqlDialect dialect)
{
    const QList<Migration> steps = {
        devicesVotesAndAudit(),       // 1
        quarantineAndVoterAge(),      // 2
        accountsSessionsAndReports(), // 3
        liveMessageLog(),             // 4
        syncAndVoteFolds(),           // 5
        moderation(),                 // 6
        lockedItems(),                // 7
        livePresence(),               // 8
        analyticsStore(dialect),      // 9 (analytics/AnalyticsSchema.cpp)
        analyticsTopIndex(),          // 10 (analytics/AnalyticsSchema.cpp)
        reportRequestIds(),           // 11
    };
    Migrations migrations;
    for (Migration step : steps) {
        for (QString& statement : step.statements)
            statement = portableSql(statement, dialect);
        migrations.add(std::move(step));
    }
    return migrations;
}

} // namespace SafeScan
