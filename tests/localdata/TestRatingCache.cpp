// RatingCache: TTL on the wall clock, at most N entries, least recently used evicted first.
#include "ManualClock.h"
#include "localdata/ContentHash.h"
#include "localdata/RatingCache.h"
#include "store/ClientSchema.h"
#include "store/Database.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

const qint64 kStart = 1'795'000'000'000;
const qint64 kTtl = 5 * 60 * 1000;

QString hashOf(const QString& name)
{
    return ContentHash::ofCanonicalContent(name);
}

QJsonObject rating(const QString& verdict, double score = 0.5)
{
    return {{u"verdict"_s, verdict}, {u"score"_s, score}};
}

} // namespace

class TestRatingCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaults();
    void ttl_data();
    void ttl();
    void staleEntriesAgeOut_data();
    void staleEntriesAgeOut();
    void putRefreshesFetchTime();
    void lruEviction_data();
    void lruEviction();
    void expiredEntriesGoBeforeRecentOnes();
    void thousandEntriesByDefault();
    void missDoesNotTouchOthers();
    void damagedEntryIsAMiss();
    void survivesReopen();
    void refusesBadHash();
    void removeAndClear();

private:
    RatingCache cache(int maxEntries = 1000, qint64 ttlMs = kTtl);
    QStringList survivors(const QStringList& names);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
};

void TestRatingCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<Test::ManualClock>(1000, kStart);
    m_db = std::make_unique<Database>(m_dir->filePath(u"cache.sqlite"_s), *m_clock, clientSchema());
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
}

void TestRatingCache::cleanup()
{
    m_db.reset();
}

RatingCache TestRatingCache::cache(int maxEntries, qint64 ttlMs)
{
    return RatingCache(*m_db, *m_clock, {ttlMs, maxEntries});
}

// Which of `names` are in the table, without touching their recency.
QStringList TestRatingCache::survivors(const QStringList& names)
{
    QStringList found;
    QSqlQuery query(m_db->connection());
    for (const QString& name : names) {
        query.prepare(u"SELECT 1 FROM rating_cache WHERE content_hash = ?"_s);
        query.addBindValue(hashOf(name));
        if (query.exec() && query.next())
            found.append(name);
    }
    return found;
}

void TestRatingCache::defaults()
{
    RatingCache defaults(*m_db, *m_clock);
    QCOMPARE(defaults.options().ttlMs, 5 * 60 * 1000);
    QCOMPARE(defaults.options().maxEntries, 1000);
}

void TestRatingCache::ttl_data()
{
    QTest::addColumn<qint64>("age"); // ms between put and get (negative: the clock was set back)
    QTest::addColumn<bool>("hit");

    QTest::newRow("just fetched") << qint64(0) << true;
    QTest::newRow("one minute") << qint64(60'000) << true;
    QTest::newRow("last millisecond") << kTtl - 1 << true;
    QTest::newRow("exactly the TTL") << kTtl << false;
    QTest::newRow("a day") << qint64(86'400'000) << false;
    QTest::newRow("clock set back") << qint64(-1) << false;
}

void TestRatingCache::ttl()
{
    QFETCH(qint64, age);
    QFETCH(bool, hit);
    RatingCache ratings = cache();
    const QString hash = hashOf(u"item"_s);
    QVERIFY(ratings.put(hash, rating(u"safe"_s, 0.9)));
    const qint64 fetchedAt = m_clock->epochMs();
    m_clock->advance(age);
    QString error;
    const std::optional<CachedRating> entry = ratings.get(hash, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(entry.has_value(), hit);
    if (hit) {
        QCOMPARE(entry->rating, rating(u"safe"_s, 0.9));
        QCOMPARE(entry->fetchedAtMs, fetchedAt);
        QCOMPARE(entry->contentHash, hash);
    }
    // An expired entry stays, for the offline fallback, marked stale.
    QCOMPARE(ratings.size(), 1);
    const std::optional<CachedRating> stale = ratings.getStale(hash, &error);
    QVERIFY(error.isEmpty());
    QVERIFY(stale.has_value());
    QCOMPARE(stale->stale, !hit);
    QCOMPARE(stale->rating, rating(u"safe"_s, 0.9));
    QCOMPARE(stale->fetchedAtMs, fetchedAt);
}

void TestRatingCache::staleEntriesAgeOut_data()
{
    QTest::addColumn<qint64>("age");
    QTest::addColumn<bool>("kept");
    QTest::newRow("an hour") << qint64(3'600'000) << true;
    QTest::newRow("almost a week") << qint64(7) * 86'400'000 - 1 << true;
    QTest::newRow("a week") << qint64(7) * 86'400'000 << false;
}

void TestRatingCache::staleEntriesAgeOut()
{
    QFETCH(qint64, age);
    QFETCH(bool, kept);
    RatingCache ratings = cache();
    QVERIFY(ratings.put(hashOf(u"old"_s), rating(u"unsafe"_s, 0.8)));
    m_clock->advance(age);
    QVERIFY(!ratings.get(hashOf(u"old"_s)).has_value());
    QVERIFY(ratings.put(hashOf(u"new"_s), rating(u"safe"_s))); // a put drops what is too old
    QCOMPARE(ratings.getStale(hashOf(u"old"_s)).has_value(), kept);
    QCOMPARE(survivors({u"old"_s, u"new"_s}),
             kept ? (QStringList{u"old"_s, u"new"_s}) : QStringList{u"new"_s});
    QVERIFY(!ratings.getStale(hashOf(u"never"_s)).has_value());
}

void TestRatingCache::putRefreshesFetchTime()
{
    RatingCache ratings = cache();
    const QString hash = hashOf(u"item"_s);
    QVERIFY(ratings.put(hash, rating(u"unrated"_s)));
    m_clock->advance(kTtl - 1000);
    QVERIFY(ratings.put(hash, rating(u"unsafe"_s, 0.1)));
    m_clock->advance(2000); // past the first fetch's TTL, within the second's
    const std::optional<CachedRating> entry = ratings.get(hash);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->rating, rating(u"unsafe"_s, 0.1));
    QCOMPARE(ratings.size(), 1);
}

void TestRatingCache::lruEviction_data()
{
    QTest::addColumn<int>("maxEntries");
    QTest::addColumn<QStringList>("steps"); // "put X", "get X", "+ms"
    QTest::addColumn<QStringList>("kept");  // of a..f, in that order

    QTest::newRow("oldest put goes") << 3 << QStringList{u"put a"_s, u"put b"_s, u"put c"_s, u"put d"_s}
                                     << QStringList{u"b"_s, u"c"_s, u"d"_s};
    QTest::newRow("get protects") << 3
                                  << QStringList{u"put a"_s, u"put b"_s, u"put c"_s, u"get a"_s, u"put d"_s}
                                  << QStringList{u"a"_s, u"c"_s, u"d"_s};
    QTest::newRow("put again protects")
        << 3 << QStringList{u"put a"_s, u"put b"_s, u"put c"_s, u"put a"_s, u"put d"_s}
        << QStringList{u"a"_s, u"c"_s, u"d"_s};
    QTest::newRow("gets reorder all") << 3 << QStringList{u"put a"_s, u"put b"_s, u"put c"_s, u"get c"_s,
                                                          u"get b"_s, u"get a"_s, u"put d"_s, u"put e"_s}
                                      << QStringList{u"a"_s, u"d"_s, u"e"_s};
    QTest::newRow("get of a missing item changes nothing")
        << 2 << QStringList{u"put a"_s, u"put b"_s, u"get f"_s, u"put c"_s} << QStringList{u"b"_s, u"c"_s};
    QTest::newRow("time between does not matter, use does")
        << 2 << QStringList{u"put a"_s, u"+1000"_s, u"put b"_s, u"+1000"_s, u"get a"_s, u"put c"_s}
        << QStringList{u"a"_s, u"c"_s};
    QTest::newRow("limit of one") << 1 << QStringList{u"put a"_s, u"put b"_s, u"get b"_s, u"put c"_s}
                                  << QStringList{u"c"_s};
}

void TestRatingCache::lruEviction()
{
    QFETCH(int, maxEntries);
    QFETCH(QStringList, steps);
    QFETCH(QStringList, kept);
    RatingCache ratings = cache(maxEntries);
    for (const QString& step : steps) {
        if (step.startsWith(u'+')) {
            m_clock->advance(step.mid(1).toLongLong());
        } else if (step.startsWith(u"put ")) {
            QVERIFY(ratings.put(hashOf(step.mid(4)), rating(step.mid(4))));
        } else {
            const std::optional<CachedRating> entry = ratings.get(hashOf(step.mid(4)));
            if (entry)
                QCOMPARE(entry->rating, rating(step.mid(4)));
        }
        QVERIFY(ratings.size() <= maxEntries);
    }
    QCOMPARE(survivors({u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s}), kept);
}

void TestRatingCache::expiredEntriesGoBeforeRecentOnes()
{
    RatingCache ratings = cache(3);
    QVERIFY(ratings.put(hashOf(u"old1"_s), rating(u"safe"_s)));
    QVERIFY(ratings.put(hashOf(u"old2"_s), rating(u"safe"_s)));
    m_clock->advance(kTtl);
    QVERIFY(ratings.put(hashOf(u"new1"_s), rating(u"safe"_s)));
    QCOMPARE(ratings.size(), 3); // the expired ones stay (stale reads) while there is room
    QVERIFY(ratings.get(hashOf(u"new1"_s)).has_value());
    QVERIFY(ratings.put(hashOf(u"new2"_s), rating(u"safe"_s)));
    QVERIFY(ratings.put(hashOf(u"new3"_s), rating(u"safe"_s)));
    QCOMPARE(survivors({u"old1"_s, u"old2"_s, u"new1"_s, u"new2"_s, u"new3"_s}),
             (QStringList{u"new1"_s, u"new2"_s, u"new3"_s}));

    RatingCache roomy = cache(10); // same table, no eviction by count
    m_clock->advance(kTtl / 2);
    QVERIFY(roomy.put(hashOf(u"later"_s), rating(u"safe"_s)));
    m_clock->advance(kTtl / 2);
    QCOMPARE(roomy.purgeExpired(), 3);
    QCOMPARE(survivors({u"new1"_s, u"new2"_s, u"new3"_s, u"later"_s}), QStringList{u"later"_s});
}

void TestRatingCache::thousandEntriesByDefault()
{
    RatingCache ratings(*m_db, *m_clock);
    for (int i = 0; i < 1000; ++i)
        QVERIFY(ratings.put(hashOf(QString::number(i)), rating(u"safe"_s)));
    QCOMPARE(ratings.size(), 1000);
    QVERIFY(ratings.get(hashOf(u"0"_s)).has_value()); // 0 is now the most recently used
    QVERIFY(ratings.put(hashOf(u"1000"_s), rating(u"safe"_s)));
    QCOMPARE(ratings.size(), 1000);
    QCOMPARE(survivors({u"0"_s, u"1"_s, u"2"_s, u"1000"_s}), (QStringList{u"0"_s, u"2"_s, u"1000"_s}));
}

void TestRatingCache::missDoesNotTouchOthers()
{
    RatingCache ratings = cache();
    QVERIFY(ratings.put(hashOf(u"a"_s), rating(u"safe"_s)));
    QString error;
    QVERIFY(!ratings.get(hashOf(u"b"_s), &error).has_value());
    QVERIFY(error.isEmpty());
    QCOMPARE(ratings.size(), 1);
}

void TestRatingCache::damagedEntryIsAMiss()
{
    RatingCache ratings = cache();
    const QString hash = hashOf(u"a"_s);
    QVERIFY(ratings.put(hash, rating(u"safe"_s)));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"UPDATE rating_cache SET rating_json = '{broken'"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"damaged"_s));
    QVERIFY(!ratings.get(hash).has_value());
    QCOMPARE(ratings.size(), 0);
}

void TestRatingCache::survivesReopen()
{
    const QString hash = hashOf(u"a"_s);
    QVERIFY(cache().put(hash, rating(u"disputed"_s, 0.5)));
    m_db.reset();
    m_db = std::make_unique<Database>(m_dir->filePath(u"cache.sqlite"_s), *m_clock, clientSchema());
    m_clock->advance(kTtl - 1); // a restart does not reset the TTL
    QVERIFY(cache().get(hash).has_value());
    m_clock->advance(1);
    QVERIFY(!cache().get(hash).has_value());
}

void TestRatingCache::refusesBadHash()
{
    RatingCache ratings = cache();
    QString error;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not a SHA-256 content hash"_s));
    QVERIFY(!ratings.put(u"https://example.org/"_s, rating(u"safe"_s), &error));
    QVERIFY(error.contains(u"SHA-256"_s));
    QCOMPARE(ratings.size(), 0);
    // Upper case is the same hash.
    QVERIFY(ratings.put(hashOf(u"a"_s).toUpper(), rating(u"safe"_s)));
    QVERIFY(ratings.get(hashOf(u"a"_s)).has_value());
}

void TestRatingCache::removeAndClear()
{
    RatingCache ratings = cache();
    QVERIFY(ratings.put(hashOf(u"a"_s), rating(u"safe"_s)));
    QVERIFY(ratings.put(hashOf(u"b"_s), rating(u"safe"_s)));
    QVERIFY(ratings.remove(hashOf(u"a"_s)));
    QCOMPARE(survivors({u"a"_s, u"b"_s}), QStringList{u"b"_s});
    QVERIFY(ratings.clear());
    QCOMPARE(ratings.size(), 0);
}

QTEST_GUILESS_MAIN(TestRatingCache)
#include "TestRatingCache.moc"
