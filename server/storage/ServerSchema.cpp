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
                u"id INTEGER PRIMARY KEY, "
                u"token_hash TEXT NOT NULL UNIQUE CHECK(length(token_hash) = 64), "
                u"created_at INTEGER NOT NULL)"_s,
                u"CREATE TABLE votes("
                u"item_hash TEXT NOT NULL CHECK(length(item_hash) = 64), "
                u"voter TEXT NOT NULL, "
                u"vote TEXT NOT NULL CHECK(vote IN ('safe', 'unsafe')), "
                u"voted_at INTEGER NOT NULL, "
                u"PRIMARY KEY(item_hash, voter)) WITHOUT ROWID"_s,
                // Rate limits and data-rights requests look votes up by voter.
                u"CREATE INDEX votes_by_voter ON votes(voter)"_s,
                u"CREATE TABLE audit_log("
                u"id INTEGER PRIMARY KEY, "
                u"at INTEGER NOT NULL, "
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
                u"ALTER TABLE votes ADD COLUMN voter_since INTEGER"_s,
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
                u"id INTEGER PRIMARY KEY, "
                u"username TEXT NOT NULL UNIQUE, "
                u"role TEXT NOT NULL CHECK(role IN ('user', 'moderator', 'analyst', 'admin')), "
                u"password_hash TEXT NOT NULL, "
                u"created_at INTEGER NOT NULL)"_s,
                u"CREATE TABLE sessions("
                u"token_hash TEXT PRIMARY KEY CHECK(length(token_hash) = 64), "
                u"account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, "
                u"created_at INTEGER NOT NULL, "
                u"expires_at INTEGER NOT NULL)"_s,
                u"CREATE INDEX sessions_by_account ON sessions(account_id)"_s,
                u"CREATE TABLE reports("
                u"id INTEGER PRIMARY KEY, "
                u"item_hash TEXT NOT NULL CHECK(length(item_hash) = 64), "
                u"reason TEXT NOT NULL CHECK(reason IN ('phishing', 'malware', 'scam', 'other')), "
                u"note TEXT, "
                u"content TEXT, "
                u"reporter TEXT NOT NULL, "
                u"created_at INTEGER NOT NULL)"_s,
                u"CREATE INDEX reports_by_item ON reports(item_hash)"_s,
            },
            {}};
}

} // namespace

Migrations serverSchema()
{
    Migrations migrations;
    migrations.add(devicesVotesAndAudit());       // 1
    migrations.add(quarantineAndVoterAge());      // 2
    migrations.add(accountsSessionsAndReports()); // 3
    return migrations;
}

} // namespace SafeScan
