#include "ServerSchema.h"

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

} // namespace

Migrations serverSchema(SqlDialect dialect)
{
    const QList<Migration> steps = {
        devicesVotesAndAudit(),       // 1
        quarantineAndVoterAge(),      // 2
        accountsSessionsAndReports(), // 3
        liveMessageLog(),             // 4
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
