// LiveClient and RatingService's live updates against the real safescan-server on port 0 (SQLite
// and PostgreSQL): another client's vote reaches a subscriber, a dropped connection resumes
// without gap or duplicate, and a resume the server cannot replay (`recovered: false`) makes the
// rating service refetch by REST. Reconnects are driven by a manual scheduler (no sleeping).
#include "../server/ApiClient.h"
#include "ManualClock.h"
#include "ManualScheduler.h"
#include "api/ApiExecutor.h"
#include "community/RatingService.h"
#include "live/LiveClient.h"
#include "localdata/RatingCache.h"
#include "localdata/VoteRepository.h"
#include "store/ClientSchema.h"
#include "store/Database.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using SafeScan::Test::ManualClock;
using SafeScan::Test::ManualScheduler;

namespace {
constexpr int WaitMs = 15'000;

QString hashWithPrefix(const QString& prefix, int n)
{
    return prefix + u"%1"_s.arg(n, 56, 16, QLatin1Char('0'));
}

// The server computes the confidence from the votes' ages at the moment it answers, so two
// answers a moment apart differ in the last digits.
bool sameRating(const RatingInfo& a, const std::optional<RatingInfo>& b)
{
    if (!b) {
        qWarning() << "no rating from the server";
        return false;
    }
    const bool same = a.hash == b->hash && a.safe == b->safe && a.unsafe == b->unsafe &&
                      a.verdict == b->verdict && a.moderated == b->moderated &&
                      std::abs(a.score - b->score) < 1e-4 && std::abs(a.confidence - b->confidence) < 1e-4;
    if (!same)
        qWarning() << a.toJson() << "is not" << b->toJson();
    return same;
}

QList<qint64> offsetsOf(const QSignalSpy& spy, const QString& channel)
{
    QList<qint64> offsets;
    for (const QList<QVariant>& args : spy)
        if (args.at(0).toString() == channel)
            offsets.append(args.at(2).toLongLong());
    return offsets;
}
} // namespace

class TestLiveServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void anotherClientsVoteArrives();
    void resumeWithoutGapOrDuplicate();
    void unrecoverableResumeRefetchesByRest();

private:
    int vote(const QString& hash, const QString& choice);
    bool waitConnected();
    void reconnect();
    std::optional<RatingInfo> serverRating(const QString& hash);

    ApiClient m_api;
    QString m_listenerToken;
    QString m_voterToken;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ManualScheduler> m_scheduler;
    std::unique_ptr<LiveClient> m_live;
};

void TestLiveServer::initTestCase()
{
    // This suite votes often from one device on purpose: loose abuse limits.
    QVERIFY2(m_api.start({u"--rate-capacity"_s, u"100000"_s, u"--vote-limit"_s, u"100000"_s,
                          u"--spam-rapid-votes"_s, u"100000"_s, u"--spam-item-repeats"_s, u"100000"_s}),
             qPrintable(m_api.server().errorString()));
    m_listenerToken = m_api.registerDevice();
    m_voterToken = m_api.registerDevice();
    QVERIFY(!m_listenerToken.isEmpty() && !m_voterToken.isEmpty());
}

void TestLiveServer::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_scheduler = std::make_unique<ManualScheduler>(*m_clock);
    m_live = std::make_unique<LiveClient>(
        m_api.server().url(u"/"_s), [this] { return m_listenerToken; }, *m_clock, *m_scheduler,
        LiveClient::Options{}, [] { return 0.5; });
}

void TestLiveServer::cleanup()
{
    m_live.reset();
    m_scheduler.reset();
    m_clock.reset();
}

int TestLiveServer::vote(const QString& hash, const QString& choice)
{
    return m_api.send("PUT", u"/v1/votes/"_s + hash, ApiClient::json({{u"vote"_s, choice}}), m_voterToken)
        .status;
}

bool TestLiveServer::waitConnected()
{
    return QTest::qWaitFor([this] { return m_live->state() == LiveClient::State::Connected; }, WaitMs);
}

// Drops the connection and lets the backoff's timer fire.
void TestLiveServer::reconnect()
{
    QSignalSpy scheduled(m_live.get(), &LiveClient::reconnectScheduled);
    m_live->dropConnection();
    QCOMPARE(scheduled.size(), 1);
    QCOMPARE(m_live->state(), LiveClient::State::WaitingToReconnect);
    m_scheduler->advance(scheduled.first().at(1).toLongLong());
}

std::optional<RatingInfo> TestLiveServer::serverRating(const QString& hash)
{
    return RatingInfo::fromJson(m_api.ratingFor(hash));
}

void TestLiveServer::anotherClientsVoteArrives()
{
    const QString channel = u"ratings:1a1a1a1a"_s;
    const QString hash = hashWithPrefix(u"1a1a1a1a"_s, 1);
    QSignalSpy updates(m_live.get(), &LiveClient::ratingUpdated);
    QVERIFY(m_live->subscribe({channel}));
    m_live->start();
    QVERIFY(waitConnected());
    QCOMPARE(m_live->role(), u"device"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_live->channels().position(channel).has_value(), WaitMs);
    QCOMPARE(m_live->health().state(), ServiceState::Online);

    QCOMPARE(vote(hash, u"unsafe"_s), 200);
    QTRY_COMPARE_WITH_TIMEOUT(updates.size(), 1, WaitMs);
    const RatingInfo got = updates.first().first().value<RatingInfo>();
    QCOMPARE(got.hash, hash);
    QCOMPARE(got.unsafe, 1);
    QVERIFY(sameRating(got, serverRating(hash)));

    // The server answers our pings: the round trip is measured (on the manual clock: 0 ms).
    QSignalSpy rtt(m_live.get(), &LiveClient::roundTripChanged);
    m_scheduler->advance(25'000);
    QTRY_COMPARE_WITH_TIMEOUT(rtt.size(), 1, WaitMs);
    QCOMPARE(m_live->roundTripMs(), 0);
    m_scheduler->advance(8'000);
    QCOMPARE(m_live->state(), LiveClient::State::Connected);
}

void TestLiveServer::resumeWithoutGapOrDuplicate()
{
    const QString channel = u"ratings:2b2b2b2b"_s;
    const QString hash = hashWithPrefix(u"2b2b2b2b"_s, 1);
    QSignalSpy messages(m_live.get(), &LiveClient::channelMessage);
    QSignalSpy refetch(m_live.get(), &LiveClient::refetchNeeded);
    QSignalSpy updates(m_live.get(), &LiveClient::ratingUpdated);
    QVERIFY(m_live->subscribe({channel}));
    m_live->start();
    QVERIFY(waitConnected());
    QTRY_VERIFY_WITH_TIMEOUT(m_live->channels().position(channel).has_value(), WaitMs);
    QCOMPARE(vote(hash, u"safe"_s), 200);
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, WaitMs);

    for (int round = 0; round < 3; ++round) {
        reconnect(); // the votes below happen while the client is away
        for (int i = 0; i < 4; ++i)
            QCOMPARE(vote(hash, (round + i) % 2 ? u"safe"_s : u"unsafe"_s), 200);
        QVERIFY(waitConnected());
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1 + 4 * (round + 1), WaitMs);
    }
    QCOMPARE(vote(hash, u"unsafe"_s), 200); // and one live again
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 14, WaitMs);

    const QList<qint64> offsets = offsetsOf(messages, channel);
    QList<qint64> consecutive;
    for (qint64 o = offsets.first(); o < offsets.first() + 14; ++o)
        consecutive.append(o);
    QCOMPARE(offsets, consecutive); // no gap, no duplicate, in order
    QCOMPARE(refetch.size(), 0);
    QCOMPARE(m_live->duplicatesDropped(), 0);
    m_scheduler->advance(1'000); // the throttle lets the latest value out
    QVERIFY(sameRating(updates.last().first().value<RatingInfo>(), serverRating(hash)));
}

void TestLiveServer::unrecoverableResumeRefetchesByRest()
{
    const QString prefix = u"3c3c3c3c"_s;
    const QString hash = hashWithPrefix(prefix, 1);
    const QString other = hashWithPrefix(prefix, 2); // same prefix, not watched
    QTemporaryDir dir;
    Database db(dir.filePath(u"client.sqlite"_s), *m_clock, clientSchema());
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    RatingCache cache(db, *m_clock);
    VoteRepository votes(db, *m_clock);
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    ApiExecutor::Options options;
    options.retry.maxAttempts = 1;
    ApiExecutor executor(Service::Api, *m_clock, *m_scheduler, options);
    ApiContext context{&network,      m_api.server().url(u"/"_s), [this] { return m_listenerToken; },
                       m_clock.get(), m_scheduler.get(),          15'000};
    RatingService service(executor, context, cache, votes);
    service.setLiveClient(m_live.get());
    QSignalSpy changed(&service, &RatingService::ratingChanged);
    QSignalSpy refetch(m_live.get(), &LiveClient::refetchNeeded);

    service.watch(hash);
    QCOMPARE(m_live->channels().wanted(), QStringList{u"ratings:"_s + prefix});
    m_live->start();
    QVERIFY(waitConnected());
    QTRY_VERIFY_WITH_TIMEOUT(m_live->channels().position(u"ratings:"_s + prefix).has_value(), WaitMs);
    QCOMPARE(vote(hash, u"safe"_s), 200);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, WaitMs); // live → cache
    QVERIFY(sameRating(*RatingInfo::fromJson(cache.get(hash)->rating), serverRating(hash)));
    QCOMPARE(vote(other, u"safe"_s), 200); // shares the channel; not ours: not cached
    QTRY_COMPARE_WITH_TIMEOUT(m_live->channels().position(u"ratings:"_s + prefix)->offset, 2, WaitMs);
    m_scheduler->advance(1'000);
    QVERIFY(!cache.get(other));

    // 302 changes while away: more than the 300 the server replays.
    QSignalSpy scheduled(m_live.get(), &LiveClient::reconnectScheduled);
    m_live->dropConnection();
    for (int i = 0; i < 302; ++i)
        QCOMPARE(vote(hash, i % 2 ? u"safe"_s : u"unsafe"_s), 200);
    changed.clear();
    m_scheduler->advance(scheduled.first().at(1).toLongLong());
    QTRY_COMPARE_WITH_TIMEOUT(refetch.size(), 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, WaitMs); // the REST refetch's answer
    const std::optional<RatingInfo> now = serverRating(hash);
    QVERIFY(now);
    QVERIFY(sameRating(changed.first().at(1).value<RatingInfo>(), now));
    QVERIFY(sameRating(*RatingInfo::fromJson(cache.get(hash)->rating), now));

    // Live again after the resync.
    QCOMPARE(vote(hash, u"unsafe"_s), 200);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, WaitMs);
    service.unwatch(hash);
    QVERIFY(m_live->channels().wanted().isEmpty());
    service.setLiveClient(nullptr);
}

QTEST_GUILESS_MAIN(TestLiveServer)
#include "TestLiveServer.moc"
