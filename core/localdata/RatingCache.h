#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace SafeScan {

class Clock;
class Database;

// A community rating as the server last answered it for one item.
struct CachedRating
{
    QString contentHash;    // 64 lowercase hex digits
    QJsonObject rating;     // as the server sent it
    qint64 fetchedAtMs = 0; // epoch ms
    bool stale = false;     // older than the TTL (only getStale() answers such entries)
};

// The cache of community ratings (table rating_cache, clientSchema() migration 3; SPEC §7, §9):
// an entry is fresh for `ttlMs` (5 minutes) from when it was fetched; at most `maxEntries` (1000)
// are kept, expired ones evicted first, then the least recently used. An expired entry is kept
// (up to `maxStaleMs`, 7 days) as the offline fallback: get() ignores it, getStale() answers it
// marked stale (SPEC §9: "rating from the server, else the cache, else unknown"). SQLite alone
// holds it (a primary-key lookup plus a one-row update per get; no in-memory mirror to keep
// coherent between threads).
//
// Freshness is judged on the wall clock (epoch ms), because entries outlive the process; an entry
// stamped in the future (the clock was set back) counts as expired. Recency is a use counter, so
// the LRU order does not depend on the clock's resolution.
//
// Each call opens its own transaction on the calling thread's connection, so it must not be
// called while that thread already has one open.
class RatingCache
{
public:
    struct Options
    {
        qint64 ttlMs = 5 * 60 * 1000;
        int maxEntries = 1000;
        qint64 maxStaleMs = qint64(7) * 24 * 60 * 60 * 1000; // expired entries are dropped after this
    };

    RatingCache(Database& database, const Clock& clock, Options options);
    RatingCache(Database& database, const Clock& clock);

    // The fresh entry for the item, marked as just used. An expired entry is a miss (and stays
    // for getStale()); a damaged one is removed. A miss on failure too, with `error` set (the
    // caller falls back as if uncached).
    std::optional<CachedRating> get(const QString& contentHash, QString* error = nullptr);
    // The entry whatever its age (`stale` says whether it expired), for when the server cannot
    // answer. Does not change its recency.
    std::optional<CachedRating> getStale(const QString& contentHash, QString* error = nullptr);
    // Stores (or replaces) the item's rating as fetched now and most recently used, then removes
    // entries older than maxStaleMs and, beyond maxEntries, expired entries first, then the least
    // recently used.
    bool put(const QString& contentHash, const QJsonObject& rating, QString* error = nullptr);
    bool remove(const QString& contentHash, QString* error = nullptr);
    // Removes every expired entry; returns how many, -1 on failure.
    int purgeExpired(QString* error = nullptr);
    bool clear(QString* error = nullptr);
    // Entries stored, expired ones included until they are purged; -1 on failure.
    int size(QString* error = nullptr);

    Options options() const { return m_options; }

private:
    std::optional<CachedRating> read(const QString& contentHash, bool freshOnly, QString* error);

    Database& m_database;
    const Clock& m_clock;
    const Options m_options;
};

} // namespace SafeScan
