// LiveClient against a local QWebSocketServer the test controls (FakeLiveServer), with a manual
// clock and scheduler: dead-connection detection, the reconnect backoff, the bounded outgoing
// queue, duplicate and gap handling, resume after a reconnect, the per-item throttle, presence.
#include "FakeLiveServer.h"
#include "ManualClock.h"
#include "ManualScheduler.h"
#include "live/LiveClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using SafeScan::Test::FakeLiveServer;
using SafeScan::Test::ManualClock;
using SafeScan::Test::ManualScheduler;

namespace {
const QString kChannel = u"ratings:abcdef01"_s;
const QString kHashA = u"abcdef01"_s + QString(56, u'a');
const QString kHashB = u"abcdef01"_s + QString(56, u'b');

QJsonObject rating(const QString& hash, int safe, int unsafe = 0)
{
    RatingInfo info = RatingInfo::unrated(hash);
    info.safe = safe;
    info.unsafe = unsafe;
    return info.toJson();
}
} // namespace

class TestLiveClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void connectsWithBearerToken();
    void noTokenWaitsAndRetries();
    void deadWithoutPong_data();
    void deadWithoutPong();
    void roundTripFromPingPong();
    void notAuthenticatedInTime();
    void backoffSequence_data();
    void backoffSequence();
    void queueIsBounded_data();
    void queueIsBounded();
    void offsets_data();
    void offsets();
    void resumeAfterReconnect();
    void resyncAsksForRefetch();
    void throttleLatestWins();
    void moderationAndPresence();
    void subscriptionLimit();

private:
    LiveClient* makeClient(double random = 1.0, LiveClient::Options options = {});
    bool connectClient();

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ManualScheduler> m_scheduler;
    std::unique_ptr<FakeLiveServer> m_server;
    std::unique_ptr<LiveClient> m_client;
    QString m_token = u"token-123"_s;
};

void TestLiveClient::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_scheduler = std::make_unique<ManualScheduler>(*m_clock);
    m_server = std::make_unique<FakeLiveServer>();
    QVERIFY(m_server->listen());
    m_server->rememberPort();
    m_token = u"token-123"_s;
}

void TestLiveClient::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_scheduler.reset();
    m_clock.reset();
}

LiveClient* TestLiveClient::makeClient(double random, LiveClient::Options options)
{
    m_client = std::make_unique<LiveClient>(
        m_server->baseUrl(), [this] { return m_token; }, *m_clock, *m_scheduler, options,
        [random] { return random; });
    return m_client.get();
}

bool TestLiveClient::connectClient()
{
    if (!m_client)
        makeClient();
    m_client->start();
    return QTest::qWaitFor([this] { return m_client->state() == LiveClient::State::Connected; }, 10'000);
}

void TestLiveClient::connectsWithBearerToken()
{
    makeClient();
    QCOMPARE(m_client->liveUrl(), QUrl(u"ws://127.0.0.1:%1/v1/live"_s.arg(m_server->port())));
    QSignalSpy states(m_client.get(), &LiveClient::stateChanged);
    QVERIFY(connectClient());
    QCOMPARE(m_server->authorizations, QList<QByteArray>{"Bearer token-123"});
    QCOMPARE(m_client->role(), u"device"_s);
    QCOMPARE(m_client->health().state(), ServiceState::Online);
    QCOMPARE(states.first().first().value<LiveClient::State>(), LiveClient::State::Connecting);
    QCOMPARE(states.last().first().value<LiveClient::State>(), LiveClient::State::Connected);
}

void TestLiveClient::noTokenWaitsAndRetries()
{
    m_token.clear();
    makeClient();
    QSignalSpy scheduled(m_client.get(), &LiveClient::reconnectScheduled);
    m_client->start();
    QCOMPARE(m_client->state(), LiveClient::State::WaitingToReconnect);
    QCOMPARE(scheduled.size(), 1);
    QCOMPARE(m_server->connections, 0);
    m_token = u"late-token"_s;
    m_scheduler->advance(scheduled.first().at(1).toLongLong());
    QTRY_COMPARE(m_client->state(), LiveClient::State::Connected);
    QCOMPARE(m_server->authorizations, QList<QByteArray>{"Bearer late-token"});
}

void TestLiveClient::deadWithoutPong_data()
{
    QTest::addColumn<bool>("answerPings");
    QTest::newRow("pongs arrive") << true;
    QTest::newRow("no pong") << false;
}

void TestLiveClient::deadWithoutPong()
{
    QFETCH(bool, answerPings);
    m_server->answerPings = answerPings;
    QVERIFY(connectClient());
    m_scheduler->advance(24'999);
    QCOMPARE(m_server->receivedOfType(u"ping"_s).size(), 0);
    m_scheduler->advance(1);
    QTRY_COMPARE(m_server->receivedOfType(u"ping"_s).size(), 1);
    if (answerPings)
        QTRY_COMPARE(m_client->roundTripMs(), 0);
    m_scheduler->advance(7'999);
    QCOMPARE(m_client->state(), LiveClient::State::Connected);
    m_scheduler->advance(1);
    if (answerPings) {
        QCOMPARE(m_client->state(), LiveClient::State::Connected);
        m_scheduler->advance(25'000 - 8'000); // the next ping
        QTRY_COMPARE(m_server->receivedOfType(u"ping"_s).size(), 2);
        return;
    }
    QCOMPARE(m_client->state(), LiveClient::State::WaitingToReconnect);
    QCOMPARE(m_client->health().state(), ServiceState::Offline);
    QCOMPARE(m_client->health().lastError().kind, ApiError::Kind::Timeout);
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestLiveClient::roundTripFromPingPong()
{
    m_server->answerPings = false;
    QVERIFY(connectClient());
    QSignalSpy rtt(m_client.get(), &LiveClient::roundTripChanged);
    m_scheduler->advance(25'000);
    QTRY_COMPARE(m_server->receivedOfType(u"ping"_s).size(), 1);
    m_scheduler->advance(137);
    const QJsonValue id = m_server->receivedOfType(u"ping"_s).first().value(u"id"_s);
    m_server->sendToAll({{u"type"_s, u"pong"_s}, {u"id"_s, 999}}); // not the ping's id: ignored
    m_server->sendToAll({{u"type"_s, u"pong"_s}, {u"id"_s, id}});
    QTRY_COMPARE(rtt.size(), 1);
    QCOMPARE(rtt.first().first().toLongLong(), 137);
    QCOMPARE(m_client->roundTripMs(), 137);
    m_scheduler->advance(8'000);
    QCOMPARE(m_client->state(), LiveClient::State::Connected);
}

void TestLiveClient::notAuthenticatedInTime()
{
    m_server->authenticate = false;
    makeClient();
    m_client->start();
    QTRY_COMPARE(m_server->connections, 1);
    m_scheduler->advance(9'999);
    QCOMPARE(m_client->state(), LiveClient::State::Connecting);
    m_scheduler->advance(1);
    QCOMPARE(m_client->state(), LiveClient::State::WaitingToReconnect);
    QCOMPARE(m_client->health().lastError().kind, ApiError::Kind::Timeout);
}

void TestLiveClient::backoffSequence_data()
{
    QTest::addColumn<bool>("refuse");
    QTest::addColumn<double>("random");
    QTest::addColumn<int>("breakerThreshold");
    QTest::addColumn<QList<qint64>>("delays");
    const QList<qint64> ceilings{1'000, 2'000, 4'000, 8'000, 16'000, 30'000, 30'000, 30'000};
    const QList<qint64> halves{500, 1'000, 2'000, 4'000, 8'000, 15'000, 15'000, 15'000};
    const int never = 1'000;
    QTest::newRow("closed at once, jitter at its ceiling") << false << 1.0 << never << ceilings;
    QTest::newRow("closed at once, half jitter") << false << 0.5 << never << halves;
    QTest::newRow("refused, jitter at its ceiling") << true << 1.0 << never << ceilings;
    QTest::newRow("refused, no wait") << true << 0.0 << never << QList<qint64>(8, 0);
    // The live service's breaker: the fifth failure in a row opens it for 60 s, and each failed
    // probe opens it again.
    const QList<qint64> open{60'000, 60'000, 60'000, 60'000};
    QTest::newRow("breaker, ceiling")
        << false << 1.0 << 5 << QList<qint64>{1'000, 2'000, 4'000, 8'000} + open;
    QTest::newRow("breaker, refused, no wait") << true << 0.0 << 5 << QList<qint64>{0, 0, 0, 0} + open;
}

void TestLiveClient::backoffSequence()
{
    QFETCH(bool, refuse);
    QFETCH(double, random);
    QFETCH(int, breakerThreshold);
    QFETCH(QList<qint64>, delays);
    if (refuse)
        m_server->stopListening();
    else
        m_server->closeOnConnect = true;
    LiveClient::Options options;
    options.breaker.failureThreshold = breakerThreshold;
    makeClient(random, options);
    QSignalSpy scheduled(m_client.get(), &LiveClient::reconnectScheduled);
    m_client->start();
    for (qsizetype i = 0; i < delays.size(); ++i) {
        QTRY_COMPARE(scheduled.size(), i + 1);
        QCOMPARE(scheduled.at(i).at(0).toInt(), int(i + 1));
        QCOMPARE(scheduled.at(i).at(1).toLongLong(), delays.at(i));
        QCOMPARE(m_client->state(), LiveClient::State::WaitingToReconnect);
        if (delays.at(i) > 0) {
            m_scheduler->advance(delays.at(i) - 1);
            QCOMPARE(m_client->state(), LiveClient::State::WaitingToReconnect);
        }
        m_scheduler->advance(delays.at(i) > 0 ? 1 : 0);
        QCOMPARE(m_client->state(), LiveClient::State::Connecting);
    }
    const bool opened = delays.size() >= breakerThreshold;
    QCOMPARE(m_client->health().state(), opened ? ServiceState::CircuitOpen : ServiceState::Offline);
    if (!refuse) // every failure was a connection the server accepted and closed (one more may be in flight)
        QVERIFY(m_server->connections >= int(delays.size()));

    // Once a connection is authenticated, the count starts again. The attempt in flight began
    // while the server still refused or closed: it may fail, then the next one connects.
    m_server->closeOnConnect = false;
    if (refuse)
        QVERIFY(m_server->listen(m_server->baseUrl().port()));
    for (int i = 0; i < 3 && m_client->state() != LiveClient::State::Connected; ++i) {
        QTRY_VERIFY(m_client->state() != LiveClient::State::Connecting);
        if (m_client->state() == LiveClient::State::WaitingToReconnect)
            m_scheduler->advance(m_scheduler->nextDelayMs()); // exactly the reconnect timer
    }
    QTRY_COMPARE(m_client->state(), LiveClient::State::Connected);
    QCOMPARE(m_client->reconnectAttempt(), 0);
    QCOMPARE(m_client->health().state(), ServiceState::Online);
    QCOMPARE(m_client->breaker().state(), CircuitBreaker::State::Closed);
    const qsizetype before = scheduled.size();
    m_server->closeAll();
    QTRY_COMPARE(scheduled.size(), before + 1);
    QCOMPARE(scheduled.last().at(0).toInt(), 1);
    QCOMPARE(scheduled.last().at(1).toLongLong(), delays.first());
}

void TestLiveClient::queueIsBounded_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("sent");
    QTest::addColumn<int>("dropped");
    QTest::newRow("under") << 64 << 10 << 0;
    QTest::newRow("exactly full") << 64 << 64 << 0;
    QTest::newRow("over by six") << 64 << 70 << 6;
    QTest::newRow("capacity one") << 1 << 5 << 4;
}

void TestLiveClient::queueIsBounded()
{
    QFETCH(int, capacity);
    QFETCH(int, sent);
    QFETCH(int, dropped);
    LiveClient::Options options;
    options.maxQueued = capacity;
    makeClient(1.0, options);
    QSignalSpy droppedSpy(m_client.get(), &LiveClient::outgoingDropped);
    for (int i = 0; i < sent; ++i)
        m_client->send({{u"type"_s, u"presence"_s}, {u"item"_s, i}});
    QCOMPARE(m_client->queuedCount(), std::min(sent, capacity));
    QCOMPARE(m_client->droppedCount(), dropped);
    QCOMPARE(droppedSpy.size(), dropped);
    QVERIFY(connectClient());
    QTRY_COMPARE(m_server->receivedOfType(u"presence"_s).size(), std::min(sent, capacity));
    const QList<QJsonObject> got = m_server->receivedOfType(u"presence"_s);
    for (qsizetype i = 0; i < got.size(); ++i) // the oldest were dropped, the rest kept in order
        QCOMPARE(got.at(i).value(u"item"_s).toInt(), dropped + int(i));
    QCOMPARE(m_client->queuedCount(), 0);
}

void TestLiveClient::offsets_data()
{
    QTest::addColumn<QList<qint64>>("arriving");
    QTest::addColumn<QList<qint64>>("delivered");
    QTest::addColumn<int>("duplicates");
    QTest::addColumn<int>("refetches");
    QTest::newRow("in order") << QList<qint64>{6, 7, 8} << QList<qint64>{6, 7, 8} << 0 << 0;
    QTest::newRow("repeated") << QList<qint64>{6, 6, 7, 7, 7, 8} << QList<qint64>{6, 7, 8} << 3 << 0;
    QTest::newRow("old ones again") << QList<qint64>{6, 7, 3, 5, 8} << QList<qint64>{6, 7, 8} << 2 << 0;
    QTest::newRow("gap") << QList<qint64>{6, 9, 10} << QList<qint64>{6, 9, 10} << 0 << 1;
    QTest::newRow("already had it") << QList<qint64>{5, 6} << QList<qint64>{6} << 1 << 0;
}

void TestLiveClient::offsets()
{
    QFETCH(QList<qint64>, arriving);
    QFETCH(QList<qint64>, delivered);
    QFETCH(int, duplicates);
    QFETCH(int, refetches);
    m_server->subscribedOffset = 5;
    makeClient();
    QVERIFY(m_client->subscribe({kChannel}));
    QVERIFY(connectClient());
    QTRY_COMPARE(m_client->channels().position(kChannel).value_or(ChannelPosition{}).offset, 5);
    QSignalSpy messages(m_client.get(), &LiveClient::channelMessage);
    QSignalSpy refetch(m_client.get(), &LiveClient::refetchNeeded);
    for (qint64 offset : arriving)
        m_server->sendMessage(kChannel, offset, rating(kHashA, int(offset)));
    m_server->sendMessage(kChannel, 1000, rating(kHashA, 1000)); // a marker: everything before has arrived
    QTRY_COMPARE(m_client->channels().position(kChannel)->offset, 1000);
    QList<qint64> got;
    for (const QList<QVariant>& args : std::as_const(messages))
        got.append(args.at(2).toLongLong());
    got.removeLast();
    QCOMPARE(got, delivered);
    QCOMPARE(m_client->duplicatesDropped(), duplicates);
    QCOMPARE(refetch.size(), refetches + 1); // the marker skips ahead too
}

void TestLiveClient::resumeAfterReconnect()
{
    m_server->subscribedOffset = 5;
    QVERIFY(connectClient());
    QVERIFY(m_client->subscribe({u"RATINGS:ABCDEF01"_s, u"ratings:00000000"_s}));
    QTRY_COMPARE(m_server->receivedOfType(u"subscribe"_s).size(), 1);
    QVERIFY(!m_server->receivedOfType(u"subscribe"_s).first().contains(u"resume"_s));
    m_server->sendMessage(kChannel, 6, rating(kHashA, 1));
    QTRY_COMPARE(m_client->channels().position(kChannel)->offset, 6);
    m_client->unsubscribe({u"ratings:00000000"_s});
    QTRY_COMPARE(m_server->receivedOfType(u"unsubscribe"_s).size(), 1);

    QSignalSpy scheduled(m_client.get(), &LiveClient::reconnectScheduled);
    m_server->closeAll();
    QTRY_COMPARE(scheduled.size(), 1);
    m_scheduler->advance(scheduled.first().at(1).toLongLong());
    QTRY_COMPARE(m_server->receivedOfType(u"subscribe"_s).size(), 2);
    const QJsonObject again = m_server->receivedOfType(u"subscribe"_s).last();
    QCOMPARE(again.value(u"channels"_s).toArray(), QJsonArray{kChannel});
    QCOMPARE(again.value(u"resume"_s).toObject(),
             (QJsonObject{{u"epoch"_s, m_server->epoch}, {u"offsets"_s, QJsonObject{{kChannel, 6}}}}));
}

void TestLiveClient::resyncAsksForRefetch()
{
    m_server->resyncChannels = QStringList{kChannel};
    m_server->subscribedOffset = 42;
    makeClient();
    QSignalSpy refetch(m_client.get(), &LiveClient::refetchNeeded);
    QVERIFY(m_client->subscribe({kChannel}));
    QVERIFY(connectClient());
    QTRY_COMPARE(refetch.size(), 1);
    QCOMPARE(refetch.first().first().toString(), kChannel);
    QCOMPARE(m_client->channels().position(kChannel), (ChannelPosition{m_server->epoch, 42}));
    QSignalSpy messages(m_client.get(), &LiveClient::channelMessage);
    m_server->sendMessage(kChannel, 42, rating(kHashA, 1)); // had it (in the refetch)
    m_server->sendMessage(kChannel, 43, rating(kHashA, 2));
    QTRY_COMPARE(messages.size(), 1);
    QCOMPARE(messages.first().at(2).toLongLong(), 43);
}

void TestLiveClient::throttleLatestWins()
{
    makeClient();
    QVERIFY(m_client->subscribe({kChannel}));
    QVERIFY(connectClient());
    QTRY_COMPARE(m_server->receivedOfType(u"subscribe"_s).size(), 1); // answered before our messages
    QSignalSpy updates(m_client.get(), &LiveClient::ratingUpdated);
    QSignalSpy messages(m_client.get(), &LiveClient::channelMessage);
    for (int i = 1; i <= 4; ++i)
        m_server->sendMessage(kChannel, i, rating(kHashA, i));
    m_server->sendMessage(kChannel, 5, rating(kHashB, 7));
    QTRY_COMPARE(messages.size(), 5);
    QCOMPARE(updates.size(), 2); // the first of each item at once
    QCOMPARE(updates.at(0).first().value<RatingInfo>().safe, 1);
    QCOMPARE(updates.at(1).first().value<RatingInfo>().hash, kHashB);
    m_scheduler->advance(999);
    QCOMPARE(updates.size(), 2);
    m_scheduler->advance(1);
    QCOMPARE(updates.size(), 3);
    QCOMPARE(updates.last().first().value<RatingInfo>().safe, 4); // the latest, once
    m_scheduler->advance(5'000);
    QCOMPARE(updates.size(), 3);
    m_server->sendMessage(kChannel, 6, rating(kHashA, 5)); // a quiet second later: at once
    QTRY_COMPARE(updates.size(), 4);
    QCOMPARE(updates.last().first().value<RatingInfo>().safe, 5);
}

void TestLiveClient::moderationAndPresence()
{
    QVERIFY(connectClient());
    QVERIFY(m_client->subscribe({u"moderation"_s}));
    QSignalSpy presence(m_client.get(), &LiveClient::presenceChanged);
    QSignalSpy moderation(m_client.get(), &LiveClient::moderationMessage);
    m_client->setPresence(17);
    QTRY_COMPARE(m_server->receivedOfType(u"presence"_s).size(), 1);
    m_server->sendToAll({{u"type"_s, u"presence"_s}, {u"moderator"_s, 3}, {u"item"_s, u"r-9"_s}});
    m_server->sendMessage(u"moderation"_s, 1, {{u"kind"_s, u"report"_s}});
    QTRY_COMPARE(moderation.size(), 1);
    QCOMPARE(presence.size(), 1);
    QCOMPARE(presence.first().at(0).toJsonValue(), QJsonValue(3));
    QCOMPARE(presence.first().at(1).toJsonValue(), QJsonValue(u"r-9"_s));
    QCOMPARE(moderation.first().first().toJsonObject().value(u"kind"_s).toString(), u"report"_s);

    // Presence is claimed again after a reconnect (the server clears it on disconnect).
    QSignalSpy scheduled(m_client.get(), &LiveClient::reconnectScheduled);
    m_client->dropConnection();
    QCOMPARE(scheduled.size(), 1);
    m_scheduler->advance(scheduled.first().at(1).toLongLong());
    QTRY_COMPARE(m_server->receivedOfType(u"presence"_s).size(), 2);
    QCOMPARE(m_server->receivedOfType(u"presence"_s).last().value(u"item"_s).toInt(), 17);
}

void TestLiveClient::subscriptionLimit()
{
    LiveClient::Options options;
    options.maxChannels = 3;
    makeClient(1.0, options);
    QVERIFY(!m_client->subscribe({u"ratings:xyz"_s}));
    QVERIFY(m_client->subscribe({u"ratings:00000001"_s, u"ratings:00000002"_s}));
    QVERIFY(m_client->subscribe({u"ratings:00000002"_s})); // already wanted: no change
    QVERIFY(!m_client->subscribe({u"ratings:00000003"_s, u"ratings:00000004"_s}));
    QCOMPARE(m_client->channels().count(), 2);
    QVERIFY(m_client->subscribe({u"ratings:00000003"_s}));
    QVERIFY(connectClient());
    QTRY_COMPARE(m_server->receivedOfType(u"subscribe"_s).size(), 1);
    QCOMPARE(m_server->receivedOfType(u"subscribe"_s).first().value(u"channels"_s).toArray().size(), 3);
}

QTEST_GUILESS_MAIN(TestLiveClient)
#include "TestLiveClient.moc"
