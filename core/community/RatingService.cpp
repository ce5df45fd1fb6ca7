#include "RatingService.h"

#include "CommunityLog.h"
#include "ItemHash.h"
#include "api/ApiExecutor.h"
#include "api/DeleteVoteJob.h"
#include "api/PutVoteJob.h"
#include "api/RatingsLookupJob.h"
#include "live/LiveChannels.h"
#include "live/LiveClient.h"
#include "localdata/ContentHash.h"
#include "localdata/RatingCache.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

// Runs `call` on `receiver` from the event loop (never inside the caller's call).
template <typename F>
void later(QObject* receiver, F call)
{
    QMetaObject::invokeMethod(receiver, std::move(call), Qt::QueuedConnection);
}

} // namespace

QString ratingSourceName(RatingLookup::Source source)
{
    switch (source) {
    case RatingLookup::Source::Server:
        return u"server"_s;
    case RatingLookup::Source::Cache:
        return u"cache"_s;
    case RatingLookup::Source::None:
        return u"none"_s;
    }
    return {};
}

RatingService::RatingService(ApiExecutor& executor, const ApiContext& context, RatingCache& cache,
                             VoteRepository& votes, QObject* parent)
    : QObject(parent)
    , m_executor(executor)
    , m_context(context)
    , m_cache(cache)
    , m_votes(votes)
{}

RatingService::~RatingService() = default;

std::optional<RatingInfo> RatingService::cached(const QString& hash)
{
    QString error;
    const std::optional<CachedRating> entry = m_cache.get(hash, &error);
    if (!entry)
        return std::nullopt;
    std::optional<RatingInfo> rating = RatingInfo::fromJson(entry->rating, &error);
    if (!rating || rating->hash != hash) {
        qCWarning(lcCommunity) << "Dropping an unreadable cached rating:" << error;
        m_cache.remove(hash);
        return std::nullopt;
    }
    return rating;
}

void RatingService::lookup(const QString& hash, QObject* receiver, LookupCallback done, bool refresh)
{
    const QString item = ContentHash::normalized(hash);
    if (item.isEmpty()) {
        RatingLookup result;
        result.hash = hash;
        result.error = ApiError::invalid(u"invalid_hash"_s, u"An item hash is 64 hex digits."_s);
        later(receiver, [done = std::move(done), result] { done(result); });
        return;
    }
    if (!refresh) {
        if (std::optional<RatingInfo> rating = cached(item)) {
            RatingLookup result{item, RatingLookup::Source::Cache, rating, {}, false, 0};
            later(receiver, [done = std::move(done), result] { done(result); });
            return;
        }
    }
    const QString prefix = ItemHash::prefixOf(item);
    const bool requestRunning = m_waiting.contains(prefix);
    m_waiting[prefix].append(Waiter{item, receiver, std::move(done)});
    if (requestRunning)
        return;
    auto* job = new RatingsLookupJob(m_context, prefix);
    m_executor.run(job, this, [this, prefix](const ApiCall& call) {
        const auto* lookupJob = static_cast<const RatingsLookupJob*>(call.job());
        onLookupFinished(prefix, call.error().ok() ? lookupJob->ratings() : QList<RatingInfo>{},
                         call.error());
    });
}

void RatingService::onLookupFinished(const QString& prefix, const QList<RatingInfo>& ratings,
                                     const ApiError& error)
{
    const QList<Waiter> waiters = m_waiting.take(prefix);
    for (const Waiter& waiter : waiters) {
        RatingLookup result;
        result.hash = waiter.hash;
        if (error.ok()) {
            RatingInfo rating = RatingInfo::unrated(waiter.hash);
            for (const RatingInfo& candidate : ratings)
                if (candidate.hash == waiter.hash)
                    rating = candidate;
            QString cacheError;
            if (!m_cache.put(waiter.hash, rating.toJson(), &cacheError))
                qCWarning(lcCommunity) << cacheError;
            result.source = RatingLookup::Source::Server;
            result.rating = rating;
            emit ratingChanged(waiter.hash, rating);
        } else {
            result.error = error;
            QString cacheError;
            if (const std::optional<CachedRating> entry = m_cache.getStale(waiter.hash, &cacheError)) {
                result.rating = RatingInfo::fromJson(entry->rating);
                result.stale = entry->stale;
                result.fetchedAtMs = entry->fetchedAtMs;
            }
            if (result.rating && result.rating->hash != waiter.hash)
                result.rating.reset();
            result.source = result.rating ? RatingLookup::Source::Cache : RatingLookup::Source::None;
            qCDebug(lcCommunity) << "Lookup fell back to" << ratingSourceName(result.source) << "after"
                                 << error.toString();
        }
        answer(waiter, result);
    }
}

void RatingService::answer(const Waiter& waiter, const RatingLookup& result)
{
    if (waiter.receiver)
        waiter.done(result);
}

void RatingService::vote(const QString& hash, Vote vote, QObject* receiver, VoteCallback done)
{
    send(hash, vote, receiver, std::move(done));
}

void RatingService::retract(const QString& hash, QObject* receiver, VoteCallback done)
{
    send(hash, std::nullopt, receiver, std::move(done));
}

void RatingService::send(const QString& hash, std::optional<Vote> vote, QObject* receiver, VoteCallback done)
{
    const QString item = ContentHash::normalized(hash);
    const VoteChange change = item.isEmpty()
                                  ? VoteChange{false, false, 0, u"An item hash is 64 hex digits."_s}
                              : vote ? m_votes.setVote(item, *vote)
                                     : m_votes.retract(item);
    if (!change.ok) {
        VoteResult result;
        result.localError = change.error;
        later(receiver, [done = std::move(done), result] { done(result); });
        return;
    }
    emit voteRecorded(vote ? voteName(*vote) : u"retract"_s);
    qint64 votedAtMs = 0;
    if (vote) {
        const std::optional<MyVote> stored = m_votes.vote(item);
        votedAtMs = stored ? stored->votedAtMs : 0;
        if (stored && stored->synced) { // the same vote, already acknowledged: nothing to send
            VoteResult result;
            result.recorded = result.sent = true;
            result.rating = cached(item);
            later(receiver, [done = std::move(done), result] { done(result); });
            return;
        }
    }
    ApiJob* job = vote ? static_cast<ApiJob*>(new PutVoteJob(m_context, item, *vote == Vote::Safe))
                       : static_cast<ApiJob*>(new DeleteVoteJob(m_context, item));
    // The outcome is recorded here even when the receiver is gone by then.
    m_executor.run(job, this,
                   [this, item, votedAtMs, isVote = vote.has_value(), receiver = QPointer<QObject>(receiver),
                    done = std::move(done)](const ApiCall& call) {
                       VoteResult result;
                       result.recorded = true;
                       result.error = call.error();
                       result.sent = call.error().ok();
                       if (result.sent && isVote) {
                           const RatingInfo& rating = static_cast<const PutVoteJob*>(call.job())->rating();
                           result.rating = rating;
                           m_votes.markSynced(item, votedAtMs);
                           m_cache.put(item, rating.toJson());
                           emit ratingChanged(item, rating);
                       } else if (result.sent) {
                           m_cache.remove(item); // the rating changed; the next lookup asks
                       } else {
                           qCInfo(lcCommunity) << "Vote kept for sync:" << call.error().toString();
                       }
                       if (receiver)
                           done(result);
                   });
}

void RatingService::setLiveClient(LiveClient* live)
{
    if (m_live)
        m_live->disconnect(this);
    m_live = live;
    if (!live)
        return;
    connect(live, &LiveClient::ratingUpdated, this, &RatingService::onLiveRating);
    connect(live, &LiveClient::refetchNeeded, this, &RatingService::onRefetchNeeded);
    const QStringList prefixes = m_watchedPrefixes;
    m_watchedPrefixes.clear();
    for (const QString& prefix : prefixes)
        subscribePrefix(prefix);
}

void RatingService::watch(const QString& hash)
{
    const QString item = ContentHash::normalized(hash);
    if (item.isEmpty())
        return;
    ++m_watched[item];
    subscribePrefix(ItemHash::prefixOf(item)); // also when watched already: now the most recent
}

void RatingService::unwatch(const QString& hash)
{
    const QString item = ContentHash::normalized(hash);
    const auto found = m_watched.find(item);
    if (found == m_watched.end() || --*found > 0)
        return;
    m_watched.erase(found);
    const QString prefix = ItemHash::prefixOf(item);
    for (auto it = m_watched.cbegin(); it != m_watched.cend(); ++it)
        if (ItemHash::prefixOf(it.key()) == prefix)
            return; // another watched item shares the prefix
    m_watchedPrefixes.removeAll(prefix);
    if (m_live)
        m_live->unsubscribe({LiveChannels::ratingsChannel(prefix)});
}

void RatingService::subscribePrefix(const QString& prefix)
{
    m_watchedPrefixes.removeAll(prefix);
    m_watchedPrefixes.append(prefix);
    if (!m_live)
        return;
    const QString channel = LiveChannels::ratingsChannel(prefix);
    while (!m_live->subscribe({channel}) && m_watchedPrefixes.size() > 1) {
        const QString oldest = m_watchedPrefixes.first(); // a copy: dropPrefix() changes the list
        qCInfo(lcCommunity) << "Live channel limit reached: no longer watching" << oldest;
        dropPrefix(oldest);
    }
}

void RatingService::dropPrefix(const QString& prefix)
{
    m_watchedPrefixes.removeAll(prefix);
    m_watched.removeIf([&](const auto& entry) { return ItemHash::prefixOf(entry.key()) == prefix; });
    if (m_live)
        m_live->unsubscribe({LiveChannels::ratingsChannel(prefix)});
}

void RatingService::onLiveRating(const RatingInfo& rating)
{
    if (!m_watched.contains(rating.hash))
        return; // another item that shares a watched prefix
    QString error;
    if (!m_cache.put(rating.hash, rating.toJson(), &error))
        qCWarning(lcCommunity) << error;
    emit ratingChanged(rating.hash, rating);
}

void RatingService::onRefetchNeeded(const QString& channel)
{
    if (!LiveChannels::isRatings(channel))
        return;
    const QString prefix = channel.mid(channel.indexOf(u':') + 1);
    for (auto it = m_watched.cbegin(); it != m_watched.cend(); ++it) {
        if (ItemHash::prefixOf(it.key()) == prefix) {
            qCDebug(lcCommunity) << "Refetching" << it.key() << "after missed live messages";
            lookup(
                it.key(), this, [](const RatingLookup&) {}, true);
        }
    }
}

} // namespace SafeScan
