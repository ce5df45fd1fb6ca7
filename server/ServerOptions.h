#pragma once

#include "retention/RetentionConfig.h"
#include "storage/DatabaseUrl.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace SafeScan {

// The command line of safescan-server, parsed and checked. --help and --version are handled by
// parse() itself (it prints and exits 0, as QCommandLineParser does).
struct ServerOptions
{
    QHostAddress address;
    quint16 port = 0;
    QString dataDir;      // holds the server secret (and the default database)
    DatabaseUrl database; // --database: a SQLite file or PostgreSQL
    QString databasePath; // the SQLite file (empty on PostgreSQL)

    // Abuse control (SPEC §8). The defaults are the spec's; tests loosen or tighten them.
    int rateCapacity = 60;           // --rate-capacity: requests per address in a burst
    double rateRefillPerSecond = 20; // --rate-refill: tokens per second
    int votesPerWindow = 3;          // --vote-limit: votes per voter per 5 minutes
    int spamRapidVotes = 10;         // --spam-rapid-votes: votes a minute that flag a voter
    int spamItemRepeats = 5;         // --spam-item-repeats: more votes on one item a minute flag

    // POST /v1/events: batches per caller (device or account) in a burst and per second; each
    // client address gets ten times both.
    int eventsRateCapacity = 30;          // --events-rate-capacity
    double eventsRateRefillPerSecond = 1; // --events-rate-refill

    // WebSocket /v1/live: a connection that has not authenticated by then is closed.
    int liveAuthTimeoutMs = 5000; // --live-auth-timeout
    // --trusted-proxy (repeatable or comma-separated): reverse proxies whose X-Forwarded-For is
    // believed for the per-address limits (docs/deploy.md).
    QList<QHostAddress> trustedProxies;
    // A moderator's presence claim outlives a dead instance by this much (other instances sweep).
    int presenceTtlMs = 30000; // --presence-ttl
    // Retention (--retention-*-days, --retention-interval in seconds); see docs/api.md.
    RetentionConfig retention;

    // Exit code 2 and a message on stderr when the command line is wrong.
    static std::optional<ServerOptions> parse(const QStringList& arguments, QString& error);
};

} // namespace SafeScan
