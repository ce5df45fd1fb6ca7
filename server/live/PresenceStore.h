#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace SafeScan {

class Database;

// One moderator's claim: which queue item a moderator's connection has open (WebSocket presence).
struct PresenceClaim
{
    QString session; // "<instance>:<connection number>": one per connection, unique
    qint64 moderator = 0;
    QString item; // the item as the client sent it, compact JSON (a string or an integer)
    qint64 expiresAt = 0;
};

// The moderators' presence shared by every server instance on one database (table live_presence).
// Each instance writes its own connections' claims with an expiry and keeps refreshing them while
// it runs; a claim of an instance that died is not refreshed and expires, and whichever instance
// sweeps first removes it (and announces the change). Times are the database clock's epoch ms.
class PresenceStore
{
public:
    explicit PresenceStore(Database& database);

    // Sets (or replaces) the claim of `session`.
    bool set(const PresenceClaim& claim, QString& error);
    // Removes one session's claim; true when there was one (nullopt on failure).
    std::optional<bool> clear(const QString& session, QString& error);
    // Removes every claim of `instance` (its shutdown); the number removed.
    std::optional<int> clearInstance(const QString& instance, QString& error);
    // Moves the expiry of every claim of `instance` to `expiresAt`.
    bool refresh(const QString& instance, qint64 expiresAt, QString& error);
    // Removes the claims that expired by `now`; the number removed.
    std::optional<int> removeExpired(qint64 now, QString& error);
    // Every claim that has not expired at `now`, by session.
    std::optional<QList<PresenceClaim>> current(qint64 now, QString& error);

private:
    Database& m_database;
};

} // namespace SafeScan
