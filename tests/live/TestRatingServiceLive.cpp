// RatingService with a LiveClient (on FakeLiveServer) and a scripted REST network: watched items
// subscribe their prefix once, live ratings of watched items reach the cache and ratingChanged
// (others sharing the prefix do not), `resync` refetches the watched items by REST, and the
// channel limit gives up the least recently watched prefix.
#include "../api/ApiFixture.h"
#include "FakeLiveServer.h"
#include "api/ApiExecutor.h"
#include "community/RatingService.h"
#include "live/LiveClient.h"
#include "localdata/RatingCache.h"
#include "localdata/VoteRepository.h"
#include "store/ClientSchema.h"
#include "store/Database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

namespace {
QString hashWith(const QString& prefix, QChar fill)
{
    return prefix + QString(56, fill);
}
QJsonObject rating(const QString& hash, int unsafe)
{
    RatingInfo info = RatingInfo::unrated(hash);
    info.unsafe = unsafe;
    info.verdict = RatingVerdict::Unsafe;
    return info.toJson();
}
} // namespace

class TestRatingServiceLive : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void watchingSubscribesEachPrefixOnce();
    void liveRatingsOfWatchedItemsOnly();
    void resyncRefetchesByRest();
    void channelLimitGivesUpTheOldestPrefix();

private:
    void makeService(int maxChannels = 64);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ApiFixture> m_f;
    std::unique_ptr<FakeLiveServer> m_server;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RatingCache> m_cache;
    std::unique_ptr<VoteRepository> m_votes;
    std::unique_ptr<ApiExecutor> m_executor;
    std::unique_ptr<LiveClient> m_live;
    std::unique_ptr<RatingService> m_service;
};

void TestRatingServiceLive::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_f = std::make_unique<ApiFixture>();
    m_server = std::make_unique<FakeLiveServer>();
    QVERIFY(m_server->listen());
    m_db = std::make_unique<Database>(m_dir->filePath(u"client.sqlite"_s), m_f->clock, clientSchema());
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
    m_cache = std::make_unique<RatingCache>(*m_db, m_f->clock);
    m_votes = std::make_unique<VoteRepository>(*m_db, m_f->clock);
    ApiExecutor::Options options;
    options.retry.maxAttempts = 1;
    m_executor = std::make_unique<ApiExecutor>(Service::Api, m_f->clock, m_f->scheduler, options);
}

void TestRatingServiceLive::makeService(int maxChannels)
{
    LiveClient::Options options;
    options.maxChannels = maxChannels;
    m_live = std::make_unique<LiveClient>(
        m_server->baseUrl(), [] { return u"t"_s; }, m_f->clock, m_f->scheduler, options, [] { return 1.0; });
    m_service = std::make_unique<RatingService>(*m_executor, m_f->context(), *m_cache, *m_votes);
    m_service->setLiveClient(m_live.get());
}

void TestRatingServiceLive::cleanup()
{
    m_service.reset();
    m_live.reset();
    m_executor.reset();
    m_votes.reset();
    m_cache.reset();
    m_db.reset();
    m_server.reset();
    m_f.reset();
}

void TestRatingServiceLive::watchingSubscribesEachPrefixOnce()
{
    makeService();
    const QString a = hashWith(u"aaaa0001"_s, u'1');
    const QString b = hashWith(u"aaaa0001"_s, u'2'); // same prefix
    const QString c = hashWith(u"cccc0003"_s, u'3');
    m_service->watch(a);
    m_service->watch(a.toUpper());
    m_service->watch(b);
    m_service->watch(u"not a hash"_s);
    QCOMPARE(m_live->channels().wanted(), QStringList{u"ratings:aaaa0001"_s});
    m_live->start();
    QTRY_COMPARE(m_server->receivedOfType(u"subscribe"_s).size(), 1);
    m_service->watch(c);
    QTRY_COMPARE(m_server->receivedOfType(u"subscribe"_s).size(), 2);
    QCOMPARE(m_live->channels().wanted(), (QStringList{u"ratings:aaaa0001"_s, u"ratings:cccc0003"_s}));

    m_service->unwatch(a); // watched twice: still watched
    m_service->unwatch(b);
    QCOMPARE(m_live->channels().count(), 2);
    m_service->unwatch(a);
    QCOMPARE(m_live->channels().wanted(), QStringList{u"ratings:cccc0003"_s});
    QTRY_COMPARE(m_server->receivedOfType(u"unsubscribe"_s).size(), 1);
    QCOMPARE(m_server->receivedOfType(u"unsubscribe"_s).first().value(u"channels"_s).toArray(),
             QJsonArray{u"ratings:aaaa0001"_s});
    QCOMPARE(m_service->watchedHashes(), QStringList{c});
}

void TestRatingServiceLive::liveRatingsOfWatchedItemsOnly()
{
    makeService();
    const QString watched = hashWith(u"bbbb0002"_s, u'1');
    const QString sibling = hashWith(u"bbbb0002"_s, u'2');
    QSignalSpy changed(m_service.get(), &RatingService::ratingChanged);
    m_service->watch(watched);
    m_live->start();
    QTRY_VERIFY(m_live->channels().position(u"ratings:bbbb0002"_s).has_value());
    m_server->sendMessage(u"ratings:bbbb0002"_s, 1, rating(sibling, 4));
    m_server->sendMessage(u"ratings:bbbb0002"_s, 2, rating(watched, 5));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toString(), watched);
    QCOMPARE(m_cache->get(watched)->rating, rating(watched, 5));
    QVERIFY(!m_cache->getStale(sibling));
    QCOMPARE(m_f->network.requests().size(), 0); // nothing asked by REST
}

void TestRatingServiceLive::resyncRefetchesByRest()
{
    const QString watched = hashWith(u"dddd0004"_s, u'1');
    m_server->resyncChannels = QStringList{u"ratings:dddd0004"_s};
    makeService();
    QSignalSpy changed(m_service.get(), &RatingService::ratingChanged);
    m_f->network.enqueue(FakeResponse::json(
        200, QJsonDocument(QJsonObject{{u"ratings"_s, QJsonArray{rating(watched, 7)}}}).toJson()));
    m_service->watch(watched);
    m_live->start();
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(m_f->network.requests().size(), 1);
    QCOMPARE(m_f->network.requests().first().url.query(), u"prefix=dddd0004"_s);
    QCOMPARE(changed.first().at(1).value<RatingInfo>().unsafe, 7);
    QCOMPARE(m_cache->get(watched)->rating, rating(watched, 7));
}

void TestRatingServiceLive::channelLimitGivesUpTheOldestPrefix()
{
    makeService(2);
    const QString one = hashWith(u"00000001"_s, u'1');
    const QString two = hashWith(u"00000002"_s, u'2');
    const QString three = hashWith(u"00000003"_s, u'3');
    m_service->watch(one);
    m_service->watch(two);
    m_service->watch(one); // watched again: now the most recent
    m_service->watch(three);
    QCOMPARE(m_live->channels().wanted(), (QStringList{u"ratings:00000001"_s, u"ratings:00000003"_s}));
    QStringList watched = m_service->watchedHashes();
    watched.sort();
    QCOMPARE(watched, (QStringList{one, three}));
}

QTEST_GUILESS_MAIN(TestRatingServiceLive)
#include "TestRatingServiceLive.moc"
