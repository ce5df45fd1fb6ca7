#pragma once

#include "api/ApiContext.h"
#include "api/ApiError.h"
#include "api/RatingInfo.h"
#include "localdata/VoteRepository.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

namespace SafeScan {

class ApiExecutor;
class LiveClient;
class RatingCache;

// The answer to a rating lookup, with where it came from (SPEC §9 degradation: the server, else
// the cache, else unknown).
struct RatingLookup
{
    enum class Source
    {
        Server, // just answered by the server
        Cache,  // from the cache (fresh, or the server could not answer)
        None,   // unknown: no answer and nothing cached
    };
    QString hash;
    Source source = Source::None;
    std::optional<RatingInfo> rating; // set for Server and Cache
    ApiError error;                   // why the server did not answer (Cache fallback, None)
    bool stale = false;               // Cache: older than the cache's TTL (only ever as a fallback)
    qint64 fetchedAtMs = 0;           // Cache: when the server gave it (epoch ms)

    // The server could not answer: the rating (if any) is the cache's, and the UI says "offline".
    bool offline() const { return !error.ok() && error.kind != ApiError::Kind::Invalid; }
};
QString ratingSourceName(RatingLookup::Source source); // "server", "cache", "none"

// What a vote or retraction did.
struct VoteResult
{
    bool recorded = false;            // stored locally with its outbox mutation
    bool sent = false;                // the server acknowledged it
    QString localError;               // why it was not recorded
    ApiError error;                   // why it was not sent; it stays pending in the outbox for sync
    std::optional<RatingInfo> rating; // the item's new rating (vote only)
};

// Community ratings for the client (SPEC §8, §9):
// - lookup(): a fresh cached rating is answered at once; otherwise only the 4-byte hash prefix
//   goes to the server (GET /v1/ratings), the full hash is matched locally (absent: "unrated"),
//   and the answer is cached (TTL 5 min, LRU 1000). When the server cannot answer (offline,
//   circuit open, errors) the cache answers (even an entry past its TTL, marked stale), else the
//   lookup says unknown. Concurrent lookups of one prefix share one request.
// - watch()/unwatch(): with a LiveClient, the prefixes of the items the user is looking at are
//   subscribed (refcounted per item); their live ratings update the cache and emit
//   ratingChanged(); when the live client reports missed messages (`recovered: false`) the
//   watched items of that prefix are refetched by REST. Ratings of other items sharing a prefix
//   are ignored. When the live client's channel limit is reached the least recently watched
//   prefix is given up.
// - vote()/retract(): recorded first in VoteRepository (with the outbox mutation, so nothing is
//   lost when sending fails), then sent (PUT/DELETE /v1/votes/HASH); an acknowledged vote is
//   marked synced and its new rating cached.
// The cache and the vote repository run on the calling thread's database connection.
class RatingService final : public QObject
{
    Q_OBJECT
public:
    using LookupCallback = std::function<void(const RatingLookup&)>;
    using VoteCallback = std::function<void(const VoteResult&)>;

    // `context.token` must give the device token (votes need one).
    RatingService(ApiExecutor& executor, const ApiContext& context, RatingCache& cache, VoteRepository& votes,
                  QObject* parent = nullptr);
    ~RatingService() override;

    // Looks `hash` up (64 hex digits); `done` runs on `receiver` from the event loop.
    // `refresh` skips a fresh cache entry (the cache is then only the fallback).
    void lookup(const QString& hash, QObject* receiver, LookupCallback done, bool refresh = false);
    void vote(const QString& hash, Vote vote, QObject* receiver, VoteCallback done);
    void retract(const QString& hash, QObject* receiver, VoteCallback done);

    // Live updates (optional; `live` must outlive this service or be reset to nullptr first).
    void setLiveClient(LiveClient* live);
    void watch(const QString& hash);
    void unwatch(const QString& hash);
    QStringList watchedHashes() const { return m_watched.keys(); }

signals:
    // A newer rating of an item arrived (a lookup answer or a vote's answer).
    void ratingChanged(const QString& hash, const SafeScan::RatingInfo& rating);
    // The user's vote ("safe", "unsafe") or retraction ("retract") was recorded locally (whether
    // or not it reached the server yet). No item: for analytics, which must not know which.
    void voteRecorded(const QString& vote);

private:
    struct Waiter
    {
        QString hash;
        QPointer<QObject> receiver;
        LookupCallback done;
    };
    void onLookupFinished(const QString& prefix, const QList<RatingInfo>& ratings, const ApiError& error);
    std::optional<RatingInfo> cached(const QString& hash);
    void answer(const Waiter& waiter, const RatingLookup& result);
    void send(const QString& hash, std::optional<Vote> vote, QObject* receiver, VoteCallback done);
    void onLiveRating(const RatingInfo& rating);
    void onRefetchNeeded(const QString& channel);
    void subscribePrefix(const QString& prefix);
    void dropPrefix(const QString& prefix);

    ApiExecutor& m_executor;
    ApiContext m_context;
    RatingCache& m_cache;
    VoteRepository& m_votes;
    QHash<QString, QList<Waiter>> m_waiting; // by prefix: lookups sharing one request
    QPointer<LiveClient> m_live;
    QHash<QString, int> m_watched; // hash → watch count
    QStringList m_watchedPrefixes; // least recently watched first
};

} // namespace SafeScan
