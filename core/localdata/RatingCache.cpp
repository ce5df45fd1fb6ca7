#include "RatingCache.h"

#include "ContentHash.h"
#include "LocalDataLog.h"
#include "base/Clock.h"
#include "store/Database.h"
#include "store/SqlError.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

// Rows fetched before `cutoff` or after `now` are expired.
const QString kExpired = u"(fetched_at <= :cutoff OR fetched_at > :now)"_s;
// The next value of the use counter.
const QString kNextUse = u"(SELECT coalesce(max(last_used), 0) + 1 FROM rating_cache)"_s;

} // namespace

RatingCache::RatingCache(Database& database, const Clock& clock, Options options)
    : m_database(database)
    , m_clock(clock)
    , m_options(options)
{}

RatingCache::RatingCache(Database& database, const Clock& clock)
    : RatingCache(database, clock, Options{})
{}

std::optional<CachedRating> RatingCache::get(const QString& contentHash, QString* error)
{
    return read(contentHash, true, error);
}

std::optional<CachedRating> RatingCache::getStale(const QString& contentHash, QString* error)
{
    return read(contentHash, false, error);
}

std::optional<CachedRating> RatingCache::read(const QString& contentHash, bool freshOnly, QString* error)
{
    const auto failed = [&](const QString& why) {
        localDataFailure(error, u"Cannot read the cached rating of %1: %2"_s.arg(contentHash, why));
        return std::nullopt;
    };
    const QString hash = ContentHash::normalized(contentHash);
    if (hash.isEmpty())
        return failed(u"it is not a SHA-256 content hash"_s);
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return failed(transaction.errorString());
    QSqlDatabase db = transaction.database();

    const qint64 now = m_clock.epochMs();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT rating_json, fetched_at FROM rating_cache WHERE content_hash = ?"_s);
    query.addBindValue(hash);
    if (!query.exec())
        return failed(sqlErrorText(query.lastError()));
    if (!query.next())
        return std::nullopt;
    CachedRating entry{hash, {}, query.value(1).toLongLong()};
    const QJsonDocument json = QJsonDocument::fromJson(query.value(0).toString().toUtf8());
    query.finish();

    const qint64 age = now - entry.fetchedAtMs;
    entry.stale = age >= m_options.ttlMs || age < 0;
    if (!json.isObject()) {
        qCWarning(lcLocalData) << "The cached rating of" << hash << "is damaged; dropping it";
        query.prepare(u"DELETE FROM rating_cache WHERE content_hash = ?"_s);
        query.addBindValue(hash);
        if (!query.exec())
            return failed(sqlErrorText(query.lastError()));
        if (!transaction.commit())
            return failed(transaction.errorString());
        return std::nullopt;
    }
    if (entry.stale && freshOnly)
        return std::nullopt; // kept for getStale()
    entry.rating = json.object();
    if (!freshOnly)
        return entry;
    query.prepare(u"UPDATE rating_cache SET last_used = %1 WHERE content_hash = ?"_s.arg(kNextUse));
    query.addBindValue(hash);
    if (!query.exec())
        return failed(sqlErrorText(query.lastError()));
    if (!transaction.commit())
        return failed(transaction.errorString());
    return entry;
}

bool RatingCache::put(const QString& contentHash, const QJsonObject& rating, QString* error)
{
    const auto failed = [&](const QString& why) {
        return localDataFailure(error, u"Cannot cache the rating of %1: %2"_s.arg(contentHash, why));
    };
    const QString hash = ContentHash::normalized(contentHash);
    if (hash.isEmpty())
        return failed(u"it is not a SHA-256 content hash"_s);
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return failed(transaction.errorString());
    QSqlDatabase db = transaction.database();

    const qint64 now = m_clock.epochMs();
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO rating_cache(content_hash, rating_json, fetched_at, last_used) "
                  u"VALUES(:hash, :json, :now, %1) ON CONFLICT(content_hash) DO UPDATE SET "
                  u"rating_json = excluded.rating_json, fetched_at = excluded.fetched_at, "
                  u"last_used = excluded.last_used"_s.arg(kNextUse));
    query.bindValue(u":hash"_s, hash);
    query.bindValue(u":json"_s, QString::fromUtf8(QJsonDocument(rating).toJson(QJsonDocument::Compact)));
    query.bindValue(u":now"_s, now);
    if (!query.exec())
        return failed(sqlErrorText(query.lastError()));

    query.prepare(u"DELETE FROM rating_cache WHERE "_s + kExpired);
    query.bindValue(u":cutoff"_s, now - std::max(m_options.maxStaleMs, m_options.ttlMs));
    query.bindValue(u":now"_s, now);
    if (!query.exec())
        return failed(sqlErrorText(query.lastError()));
    const int expired = query.numRowsAffected();

    // Beyond the limit: expired entries first, then the least recently used.
    query.prepare(u"DELETE FROM rating_cache WHERE content_hash IN (SELECT content_hash FROM rating_cache "
                  u"ORDER BY CASE WHEN "_s +
                  kExpired +
                  u" THEN 0 ELSE 1 END, last_used "
                  u"LIMIT max(0, (SELECT count(*) FROM rating_cache) - :max))"_s);
    query.bindValue(u":cutoff"_s, now - m_options.ttlMs);
    query.bindValue(u":now"_s, now);
    query.bindValue(u":max"_s, std::max(m_options.maxEntries, 0));
    if (!query.exec())
        return failed(sqlErrorText(query.lastError()));
    const int evicted = query.numRowsAffected();
    if (!transaction.commit())
        return failed(transaction.errorString());
    if (expired > 0 || evicted > 0)
        qCDebug(lcLocalData) << "Rating cache: dropped" << expired << "too old and evicted" << evicted;
    return true;
}

bool RatingCache::remove(const QString& contentHash, QString* error)
{
    const QString hash = ContentHash::normalized(contentHash);
    if (hash.isEmpty())
        return localDataFailure(
            error, u"Cannot remove the cached rating of %1: not a SHA-256 content hash"_s.arg(contentHash));
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return localDataFailure(error, u"Cannot remove a cached rating: "_s + m_database.errorString());
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM rating_cache WHERE content_hash = ?"_s);
    query.addBindValue(hash);
    if (!query.exec())
        return localDataFailure(error,
                                u"Cannot remove a cached rating: "_s + sqlErrorText(query.lastError()));
    return true;
}

int RatingCache::purgeExpired(QString* error)
{
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen()) {
        localDataFailure(error, u"Cannot purge the rating cache: "_s + m_database.errorString());
        return -1;
    }
    const qint64 now = m_clock.epochMs();
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM rating_cache WHERE "_s + kExpired);
    query.bindValue(u":cutoff"_s, now - m_options.ttlMs);
    query.bindValue(u":now"_s, now);
    if (!query.exec()) {
        localDataFailure(error, u"Cannot purge the rating cache: "_s + sqlErrorText(query.lastError()));
        return -1;
    }
    return query.numRowsAffected();
}

bool RatingCache::clear(QString* error)
{
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return localDataFailure(error, u"Cannot clear the rating cache: "_s + m_database.errorString());
    QSqlQuery query(db);
    if (!query.exec(u"DELETE FROM rating_cache"_s))
        return localDataFailure(error,
                                u"Cannot clear the rating cache: "_s + sqlErrorText(query.lastError()));
    return true;
}

int RatingCache::size(QString* error)
{
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen()) {
        localDataFailure(error, u"Cannot count the rating cache: "_s + m_database.errorString());
        return -1;
    }
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) FROM rating_cache"_s) || !query.next()) {
        localDataFailure(error, u"Cannot count the rating cache: "_s + sqlErrorText(query.lastError()));
        return -1;
    }
    return query.value(0).toInt();
}

} // namespace SafeScan
