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

} // namespace

Migrations serverSchema()
{
    Migrations migrations;
    migrations.add(devicesVotesAndAudit()); // 1
    return migrations;
}

} // namespace SafeScan
