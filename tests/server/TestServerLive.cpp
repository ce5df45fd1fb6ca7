// Integration tests of WebSocket /v1/live against the real binary: rating updates after REST votes
// with (epoch, offset), resume without gap or duplicate, resync when that is impossible, the
// moderation channel's roles and presence, and a table of bad input that never takes the server down.
#include "ApiClient.h"
#include "LiveTestClient.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <csignal>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using SafeScan::Test::LiveClient;

namespace {

const QString Password = u"correct horse battery staple"_s;
constexpr int WaitMs = 10000;

using Reply = ApiReply;

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// An item hash under `prefix` (8 hex digits): the server only ever sees hashes.
QString hashWithPrefix(const QString& prefix, int n)
{
    return prefix + u"%1"_s.arg(n, 56, 16, QLatin1Char('0'));
}

} // namespace

class TestServerLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void voteArrivesWithEpochAndOffset();
    void retractionArrivesToo();
    void resumeHasNoGapAndNoDuplicate();
    void resumeBeyondReplayLimitResyncs();
    void resumeWithOtherEpochOrFutureOffsetResyncs_data();
    void resumeWithOtherEpochOrFutureOffsetResyncs();
    void moderationChannelByRole_data();
    void moderationChannelByRole();
    void presenceIsBroadcastAndClearedOnDisconnect();
    void badMessagesGetErrors_data();
    void badMessagesGetErrors();
    void oversizedMessageClosesWith1009();
    void floodClosesWith1008();
    void authenticationIsRequired();
    void unknownPathIsRefused();
    void strictServerAnnouncesQuarantineAndLimitsConnections();

private:
    Reply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
               const QString& token = {})
    {
        return m_client->send(method, path, body, token);
    }
    QUrl liveUrl(const QString& path = u"/v1/live"_s) const;
    std::unique_ptr<LiveClient> connectAs(const QString& tokenKind, bool viaHeader = false);
    Reply vote(const QString& hash, const QString& choice, const QString& device = u"device"_s);

    ServerProcess m_server;
    std::unique_ptr<ApiClient> m_client;
    QHash<QString, QString> m_tokens; // "device", "device2", "user", "moderator", ... -> token
    QString m_epoch;
};

void TestServerLive::initTestCase()
{
    m_client = std::make_unique<ApiClient>(m_server);
    const QStringList roles{u"user"_s, u"moderator"_s, u"moderator2"_s, u"analyst"_s, u"admin"_s};
    for (const QString& name : roles)
        QVERIFY(
            m_client->addUser(u"the-"_s + name, name == u"moderator2"_s ? u"moderator"_s : name, Password));
    // Loose abuse limits: this suite floods votes on purpose. A short auth timeout.
    QVERIFY2(m_server.start({u"--rate-capacity"_s, u"100000"_s, u"--vote-limit"_s, u"100000"_s,
                             u"--spam-rapid-votes"_s, u"100000"_s, u"--spam-item-repeats"_s, u"100000"_s,
                             u"--live-auth-timeout"_s, u"300"_s}),
             qPrintable(m_server.errorString()));
    for (const QString& device : {u"device"_s, u"device2"_s}) {
        const Reply reply = send("POST", u"/v1/devices"_s);
        QCOMPARE(reply.status, 201);
        m_tokens.insert(device, reply.json.value(u"token"_s).toString());
    }
    for (const QString& name : roles) {
        const QString token = m_client->login(u"the-"_s + name, Password);
        QVERIFY(!token.isEmpty());
        m_tokens.insert(name, token);
    }
}

void TestServerLive::cleanupTestCase()
{
    // SIGTERM with live clients still connected and subscribed: a clean exit all the same.
    auto device = connectAs(u"device"_s);
    auto moderator = connectAs(u"moderator"_s);
    QVERIFY(device && moderator);
    QCOMPARE(device->subscribe(u"ratings:00000000"_s).value(u"type"_s).toString(), u"subscribed"_s);
    QCOMPARE(moderator->subscribe(u"moderation"_s).value(u"type"_s).toString(), u"subscribed"_s);
    moderator->send({{u"type"_s, u"presence"_s}, {u"item"_s, 5}});
    QVERIFY(!moderator->waitForType(u"presence"_s).isEmpty());
    m_client.reset();
    QVERIFY2(m_server.stop(SIGTERM), qPrintable(m_server.errorString()));
    QVERIFY(device->waitDisconnected());
}

Reply TestServerLive::vote(const QString& hash, const QString& choice, const QString& device)
{
    return send("PUT", u"/v1/votes/"_s + hash, compact({{u"vote"_s, choice}}), m_tokens.value(device));
}

QUrl TestServerLive::liveUrl(const QString& path) const
{
    QUrl url = m_server.url(path);
    url.setScheme(u"ws"_s);
    return url;
}

std::unique_ptr<LiveClient> TestServerLive::connectAs(const QString& tokenKind, bool viaHeader)
{
    auto client = std::make_unique<LiveClient>();
    if (!client->open(liveUrl(), viaHeader ? m_tokens.value(tokenKind) : QString()))
        return nullptr;
    const QJsonObject welcome =
        viaHeader ? client->waitForType(u"authenticated"_s) : client->authenticate(m_tokens.value(tokenKind));
    if (welcome.isEmpty())
        return nullptr;
    if (m_epoch.isEmpty())
        m_epoch = welcome.value(u"epoch"_s).toString();
    return client;
}

void TestServerLive::voteArrivesWithEpochAndOffset()
{
    // Both ways of authenticating.
    auto viaMessage = connectAs(u"device"_s);
    auto viaHeader = connectAs(u"user"_s, true);
    QVERIFY(viaMessage && viaHeader);
    QVERIFY(!m_epoch.isEmpty());
    const QString channel = u"ratings:a1b2c3d4"_s;
    const QJsonObject subscribed = viaMessage->subscribe(u"ratings:A1B2C3D4"_s); // any case
    QCOMPARE(subscribed.value(u"type"_s).toString(), u"subscribed"_s);
    QCOMPARE(subscribed.value(u"channel"_s).toString(), channel);
    QCOMPARE(subscribed.value(u"epoch"_s).toString(), m_epoch);
    QCOMPARE(subscribed.value(u"offset"_s).toInteger(), 0);
    QCOMPARE(viaHeader->subscribe(channel).value(u"type"_s).toString(), u"subscribed"_s);

    const QString hash = hashWithPrefix(u"a1b2c3d4"_s, 1);
    const Reply reply = vote(hash, u"unsafe"_s);
    QCOMPARE(reply.status, 200);
    for (LiveClient* client : {viaMessage.get(), viaHeader.get()}) {
        const QJsonObject update = client->waitForType(u"message"_s);
        QCOMPARE(update.value(u"channel"_s).toString(), channel);
        QCOMPARE(update.value(u"epoch"_s).toString(), m_epoch);
        QCOMPARE(update.value(u"offset"_s).toInteger(), 1);
        QCOMPARE(update.value(u"data"_s).toObject(), reply.json); // GET /v1/ratings' item shape
    }
    // Items under other prefixes do not arrive.
    QCOMPARE(vote(hashWithPrefix(u"ffffffff"_s, 1), u"safe"_s).status, 200);
    QCOMPARE(vote(hash, u"safe"_s).status, 200);
    const QJsonObject second =
        viaMessage->waitFor([](const QJsonObject& f) { return f.value(u"offset"_s).toInteger() == 2; });
    QCOMPARE(second.value(u"data"_s).toObject().value(u"hash"_s).toString(), hash);
    QCOMPARE(viaMessage->messages(channel).size(), 2);
}

void TestServerLive::retractionArrivesToo()
{
    auto client = connectAs(u"device"_s);
    QVERIFY(client);
    const QString hash = hashWithPrefix(u"0badf00d"_s, 7);
    QCOMPARE(vote(hash, u"unsafe"_s).status, 200);
    const QJsonObject subscribed = client->subscribe(u"ratings:0badf00d"_s);
    const qint64 at = subscribed.value(u"offset"_s).toInteger();
    QCOMPARE(send("DELETE", u"/v1/votes/"_s + hash, {}, m_tokens.value(u"device"_s)).status, 204);
    const QJsonObject update = client->waitForType(u"message"_s);
    QCOMPARE(update.value(u"offset"_s).toInteger(), at + 1);
    QCOMPARE(update.value(u"data"_s).toObject().value(u"unsafe"_s).toInt(), 0);
}

void TestServerLive::resumeHasNoGapAndNoDuplicate()
{
    const QString prefix = u"5eed5eed"_s;
    const QString channel = u"ratings:"_s + prefix;
    auto first = connectAs(u"device"_s);
    QVERIFY(first);
    QCOMPARE(first->subscribe(channel).value(u"offset"_s).toInteger(), 0);
    QCOMPARE(vote(hashWithPrefix(prefix, 1), u"safe"_s).status, 200);
    QCOMPARE(first->waitForType(u"message"_s).value(u"offset"_s).toInteger(), 1);
    first->close();
    QVERIFY(first->waitDisconnected());

    // Missed while away: offsets 2, 3, 4.
    for (int i = 2; i <= 4; ++i)
        QCOMPARE(vote(hashWithPrefix(prefix, i), u"unsafe"_s, u"device2"_s).status, 200);

    auto again = connectAs(u"device"_s, true);
    QVERIFY(again);
    const QJsonObject subscribed =
        again->subscribe(channel, {{u"epoch"_s, m_epoch}, {u"offsets"_s, QJsonObject{{channel, 1}}}});
    QCOMPARE(subscribed.value(u"type"_s).toString(), u"subscribed"_s);
    QCOMPARE(subscribed.value(u"offset"_s).toInteger(), 4);
    QCOMPARE(vote(hashWithPrefix(prefix, 5), u"unsafe"_s, u"device2"_s).status, 200);
    QVERIFY(again->waitFor([](const QJsonObject& f) { return f.value(u"offset"_s).toInteger() == 5; })
                .contains(u"data"_s));
    // A ping answered after the update: any duplicate sent before would be in front of the pong.
    const qsizetype before = again->frames.size();
    again->send({{u"type"_s, u"ping"_s}});
    QVERIFY(!again->waitForType(u"pong"_s, before).isEmpty());
    const QList<QJsonObject> received = again->messages(channel);
    QList<qint64> offsets;
    for (const QJsonObject& f : received)
        offsets.append(f.value(u"offset"_s).toInteger());
    QCOMPARE(offsets, (QList<qint64>{2, 3, 4, 5}));
    QCOMPARE(received.at(0).value(u"data"_s).toObject().value(u"hash"_s).toString(),
             hashWithPrefix(prefix, 2));
    // The replay comes before "subscribed".
    qsizetype subscribedAt = -1;
    again->waitForType(u"subscribed"_s, 0, &subscribedAt);
    qsizetype firstMessageAt = -1;
    again->waitForType(u"message"_s, 0, &firstMessageAt);
    QVERIFY(firstMessageAt < subscribedAt);
}

void TestServerLive::resumeBeyondReplayLimitResyncs()
{
    const QString prefix = u"77777777"_s;
    const QString channel = u"ratings:"_s + prefix;
    const QString hash = hashWithPrefix(prefix, 1);
    // 302 updates: a client that saw only the first has missed 301 > 300.
    for (int i = 0; i < 302; ++i)
        QCOMPARE(vote(hash, i % 2 ? u"safe"_s : u"unsafe"_s).status, 200);
    auto client = connectAs(u"device"_s);
    QVERIFY(client);
    const QJsonObject lost =
        client->subscribe(channel, {{u"epoch"_s, m_epoch}, {u"offsets"_s, QJsonObject{{channel, 1}}}});
    QCOMPARE(lost.value(u"type"_s).toString(), u"resync"_s);
    QCOMPARE(lost.value(u"recovered"_s).toBool(true), false);
    QCOMPARE(lost.value(u"epoch"_s).toString(), m_epoch);
    QCOMPARE(lost.value(u"offset"_s).toInteger(), 302);
    QVERIFY(client->messages(channel).isEmpty());

    // Exactly 300 missed is still replayed.
    auto close = connectAs(u"device"_s);
    QVERIFY(close);
    const QJsonObject replayed =
        close->subscribe(channel, {{u"epoch"_s, m_epoch}, {u"offsets"_s, QJsonObject{{channel, 2}}}});
    QCOMPARE(replayed.value(u"type"_s).toString(), u"subscribed"_s);
    QCOMPARE(close->messages(channel).size(), 300);
    QCOMPARE(close->messages(channel).constFirst().value(u"offset"_s).toInteger(), 3);
    QCOMPARE(close->messages(channel).constLast().value(u"offset"_s).toInteger(), 302);
}

void TestServerLive::resumeWithOtherEpochOrFutureOffsetResyncs_data()
{
    QTest::addColumn<bool>("otherEpoch");
    QTest::addColumn<qint64>("offset");
    QTest::newRow("other epoch") << true << qint64(1);
    QTest::newRow("offset ahead of the log") << false << qint64(1000);
}

void TestServerLive::resumeWithOtherEpochOrFutureOffsetResyncs()
{
    QFETCH(bool, otherEpoch);
    QFETCH(qint64, offset);
    const QString prefix = u"e90c0000"_s;
    const QString channel = u"ratings:"_s + prefix;
    QCOMPARE(vote(hashWithPrefix(prefix, 1), u"safe"_s).status, 200);
    QCOMPARE(vote(hashWithPrefix(prefix, 1), u"unsafe"_s).status, 200);
    auto client = connectAs(u"device"_s);
    QVERIFY(client);
    const QJsonObject answer =
        client->subscribe(channel, {{u"epoch"_s, otherEpoch ? u"0123456789abcdef"_s : m_epoch},
                                    {u"offsets"_s, QJsonObject{{channel, offset}}}});
    QCOMPARE(answer.value(u"type"_s).toString(), u"resync"_s);
    QCOMPARE(answer.value(u"recovered"_s).toBool(true), false);
    QCOMPARE(answer.value(u"epoch"_s).toString(), m_epoch);
    QVERIFY(answer.value(u"offset"_s).toInteger() >= 2);
    QVERIFY(client->messages(channel).isEmpty());
}

void TestServerLive::moderationChannelByRole_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("device") << u"device"_s << false;
    QTest::newRow("user") << u"user"_s << false;
    QTest::newRow("analyst") << u"analyst"_s << false;
    QTest::newRow("moderator") << u"moderator"_s << true;
    QTest::newRow("admin") << u"admin"_s << true;
}

void TestServerLive::moderationChannelByRole()
{
    QFETCH(QString, caller);
    QFETCH(bool, allowed);
    auto client = connectAs(caller);
    QVERIFY(client);
    const QJsonObject answer = client->subscribe(u"moderation"_s);
    QCOMPARE(answer.value(u"type"_s).toString(), allowed ? u"subscribed"_s : u"error"_s);
    if (!allowed) {
        QCOMPARE(answer.value(u"error"_s).toString(), u"forbidden"_s);
        // Nor may they claim an item.
        client->send({{u"type"_s, u"presence"_s}, {u"item"_s, u"q1"_s}});
        QCOMPARE(client
                     ->waitFor([](const QJsonObject& f) {
                         return f.value(u"type"_s).toString() == u"error"_s &&
                                f.value(u"message"_s).toString().contains(u"presence"_s);
                     })
                     .value(u"error"_s)
                     .toString(),
                 u"forbidden"_s);
    }
}

void TestServerLive::presenceIsBroadcastAndClearedOnDisconnect()
{
    auto alice = connectAs(u"moderator"_s);
    auto bob = connectAs(u"moderator2"_s, true);
    QVERIFY(alice && bob);
    QCOMPARE(alice->subscribe(u"moderation"_s).value(u"type"_s).toString(), u"subscribed"_s);
    QCOMPARE(bob->subscribe(u"moderation"_s).value(u"type"_s).toString(), u"subscribed"_s);

    alice->send({{u"type"_s, u"presence"_s}, {u"item"_s, u"queue-42"_s}});
    const QJsonObject claim = bob->waitForType(u"presence"_s);
    QCOMPARE(claim.value(u"item"_s).toString(), u"queue-42"_s);
    const qint64 aliceId = claim.value(u"moderator"_s).toInteger();
    QVERIFY(aliceId > 0);

    // A moderator arriving later gets the current claims.
    auto admin = connectAs(u"admin"_s);
    QVERIFY(admin);
    QCOMPARE(admin->subscribe(u"moderation"_s).value(u"type"_s).toString(), u"subscribed"_s);
    QCOMPARE(admin->waitForType(u"presence"_s).value(u"item"_s).toString(), u"queue-42"_s);

    // Gone with the connection.
    alice->close();
    QVERIFY(alice->waitDisconnected());
    qsizetype index = -1;
    const QJsonObject cleared = bob->waitFor(
        [](const QJsonObject& f) {
            return f.value(u"type"_s).toString() == u"presence"_s && f.value(u"item"_s).isNull();
        },
        &index);
    QCOMPARE(cleared.value(u"moderator"_s).toInteger(), aliceId);
    QVERIFY(!admin
                 ->waitFor([](const QJsonObject& f) {
                     return f.value(u"item"_s).isNull() && f.contains(u"moderator"_s);
                 })
                 .isEmpty());
}

void TestServerLive::badMessagesGetErrors_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("error");
    QTest::newRow("garbage") << u"\u0001\u0002 not json"_s << u"malformed_json"_s;
    QTest::newRow("truncated") << u"{\"type\":\"subscribe\",\"chan"_s << u"malformed_json"_s;
    QTest::newRow("array") << u"[1,2,3]"_s << u"invalid_type"_s;
    QTest::newRow("no type") << u"{\"channels\":[]}"_s << u"invalid_type"_s;
    QTest::newRow("type not a string") << u"{\"type\":7}"_s << u"invalid_type"_s;
    QTest::newRow("unknown type") << u"{\"type\":\"launch\"}"_s << u"unknown_type"_s;
    QTest::newRow("unknown field") << u"{\"type\":\"ping\",\"x\":1}"_s << u"unknown_field"_s;
    QTest::newRow("channels not an array")
        << u"{\"type\":\"subscribe\",\"channels\":\"ratings:00000000\"}"_s << u"invalid_type"_s;
    QTest::newRow("empty channels") << u"{\"type\":\"subscribe\",\"channels\":[]}"_s << u"invalid_type"_s;
    QTest::newRow("bad channel") << u"{\"type\":\"subscribe\",\"channels\":[\"ratings:xyz\"]}"_s
                                 << u"invalid_channel"_s;
    QTest::newRow("channel not a string")
        << u"{\"type\":\"subscribe\",\"channels\":[42]}"_s << u"invalid_channel"_s;
    QTest::newRow("resume not an object")
        << u"{\"type\":\"subscribe\",\"channels\":[\"ratings:00000000\"],\"resume\":3}"_s
        << u"invalid_type"_s;
    QTest::newRow("negative offset")
        << u"{\"type\":\"subscribe\",\"channels\":[\"ratings:00000000\"],"
           u"\"resume\":{\"epoch\":\"e\",\"offsets\":{\"ratings:00000000\":-1}}}"_s
        << u"invalid_value"_s;
    QTest::newRow("offset of another channel")
        << u"{\"type\":\"subscribe\",\"channels\":[\"ratings:00000000\"],"
           u"\"resume\":{\"epoch\":\"e\",\"offsets\":{\"ratings:11111111\":1}}}"_s
        << u"invalid_value"_s;
    QTest::newRow("too many channels") << u"{\"type\":\"subscribe\",\"channels\":[%1]}"_s.arg(
                                              QStringList(65, u"\"ratings:00000000\""_s).join(u','))
                                       << u"too_many_subscriptions"_s;
    QTest::newRow("deep nesting") << QString(40, u'{').replace(u"{"_s, u"{\"a\":"_s) + u"1"_s +
                                         QString(40, u'}')
                                  << u"too_deep"_s;
    QTest::newRow("second auth") << u"{\"type\":\"auth\",\"token\":\"abc\"}"_s << u"already_authenticated"_s;
}

void TestServerLive::badMessagesGetErrors()
{
    QFETCH(QString, message);
    QFETCH(QString, error);
    auto client = connectAs(u"device"_s);
    QVERIFY(client);
    client->sendRaw(message);
    const QJsonObject answer = client->waitForType(u"error"_s);
    QCOMPARE(answer.value(u"error"_s).toString(), error);
    QVERIFY(!answer.value(u"message"_s).toString().isEmpty());
    // Still connected and answering.
    client->send({{u"type"_s, u"ping"_s}, {u"id"_s, 9}});
    QCOMPARE(client->waitForType(u"pong"_s).value(u"id"_s).toInt(), 9);
    QVERIFY(!client->disconnected);
}

void TestServerLive::oversizedMessageClosesWith1009()
{
    auto client = connectAs(u"device"_s);
    QVERIFY(client);
    client->sendRaw(u"{\"type\":\"ping\",\"id\":\"%1\"}"_s.arg(QString(20 * 1024, u'x')));
    QVERIFY(client->waitDisconnected());
    QCOMPARE(client->closeCode, 1009);
    QCOMPARE(send("GET", u"/v1/health"_s).status, 200);

    auto binary = connectAs(u"device"_s);
    QVERIFY(binary);
    binary->sendBinary(QByteArray("\x00\x01", 2));
    QCOMPARE(binary->waitForType(u"error"_s).value(u"error"_s).toString(), u"unsupported"_s);
}

void TestServerLive::floodClosesWith1008()
{
    auto client = connectAs(u"device"_s);
    QVERIFY(client);
    for (int i = 0; i < 200; ++i)
        client->send({{u"type"_s, u"ping"_s}});
    QCOMPARE(client
                 ->waitFor(
                     [](const QJsonObject& f) { return f.value(u"error"_s).toString() == u"rate_limited"_s; })
                 .value(u"type"_s)
                 .toString(),
             u"error"_s);
    QVERIFY(client->waitDisconnected());
    QCOMPARE(client->closeCode, 1008);
    // Others are unaffected.
    auto other = connectAs(u"device"_s);
    QVERIFY(other);
    other->send({{u"type"_s, u"ping"_s}});
    QCOMPARE(other->waitForType(u"pong"_s).value(u"type"_s).toString(), u"pong"_s);
}

void TestServerLive::authenticationIsRequired()
{
    // Messages before authentication are refused; the connection is closed after the timeout.
    LiveClient silent;
    QVERIFY(silent.open(liveUrl()));
    silent.send({{u"type"_s, u"subscribe"_s}, {u"channels"_s, QJsonArray{u"ratings:00000000"_s}}});
    QCOMPARE(silent.waitForType(u"error"_s).value(u"error"_s).toString(), u"unauthorized"_s);
    QVERIFY(silent.waitDisconnected());
    QCOMPARE(silent.closeCode, 1008);

    // A wrong token, by message or header, closes at once.
    LiveClient wrong;
    QVERIFY(wrong.open(liveUrl()));
    wrong.send({{u"type"_s, u"auth"_s}, {u"token"_s, u"not-a-real-token"_s}});
    QCOMPARE(wrong.waitForType(u"error"_s).value(u"error"_s).toString(), u"unauthorized"_s);
    QVERIFY(wrong.waitDisconnected());
    QCOMPARE(wrong.closeCode, 1008);

    LiveClient wrongHeader;
    QVERIFY(wrongHeader.open(liveUrl(), u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s));
    QVERIFY(wrongHeader.waitDisconnected());
    QCOMPARE(wrongHeader.closeCode, 1008);
}

void TestServerLive::unknownPathIsRefused()
{
    // The upgrade is refused (404) on any other path.
    LiveClient client;
    QVERIFY(!client.open(liveUrl(u"/v1/ratings"_s), m_tokens.value(u"device"_s)));
    QVERIFY(client.frames.isEmpty());
    QCOMPARE(send("GET", u"/v1/health"_s).status, 200);
    // A plain GET of /v1/live is told to upgrade.
    const Reply plain = send("GET", u"/v1/live"_s);
    QCOMPARE(plain.status, 426);
    QCOMPARE(plain.json.value(u"error"_s).toString(), u"upgrade_required"_s);
}

void TestServerLive::strictServerAnnouncesQuarantineAndLimitsConnections()
{
    // Three votes a minute flag a voter; ten requests (connections included) per address.
    ServerProcess strict;
    QVERIFY2(strict.start({u"--spam-rapid-votes"_s, u"3"_s, u"--vote-limit"_s, u"1000"_s,
                           u"--rate-capacity"_s, u"10"_s, u"--rate-refill"_s, u"0.001"_s}),
             qPrintable(strict.errorString()));
    ApiClient strictClient(strict);
    auto request = [&](const QByteArray& method, const QString& path, const QByteArray& body,
                       const QString& token) { return strictClient.send(method, path, body, token); };
    const QString token = request("POST", u"/v1/devices"_s, {}, {}).json.value(u"token"_s).toString(); // 1
    QVERIFY(!token.isEmpty());
    QUrl url = strict.url(u"/v1/live"_s);
    url.setScheme(u"ws"_s);
    LiveClient client;
    QVERIFY(client.open(url, token)); // 2
    QVERIFY(!client.waitForType(u"authenticated"_s).isEmpty());
    const QStringList prefixes{u"11111111"_s, u"22222222"_s, u"33333333"_s};
    for (const QString& prefix : prefixes)
        QCOMPARE(client.subscribe(u"ratings:"_s + prefix).value(u"type"_s).toString(), u"subscribed"_s);
    for (const QString& prefix : prefixes) // 3, 4, 5: the third flags the voter
        QCOMPARE(request("PUT", u"/v1/votes/"_s + hashWithPrefix(prefix, 1),
                         compact({{u"vote"_s, u"safe"_s}}), token)
                     .status,
                 200);
    // The earlier items' ratings lost their (now quarantined) vote, and say so live.
    for (const QString& prefix : {prefixes.at(0), prefixes.at(1)}) {
        const QString channel = u"ratings:"_s + prefix;
        QVERIFY(QTest::qWaitFor([&] { return client.messages(channel).size() == 2; }, WaitMs));
        QCOMPARE(client.messages(channel).at(0).value(u"data"_s).toObject().value(u"safe"_s).toInt(), 1);
        QCOMPARE(client.messages(channel).at(1).value(u"data"_s).toObject().value(u"safe"_s).toInt(), 0);
        QCOMPARE(client.messages(channel).at(1).value(u"offset"_s).toInteger(), 2);
    }
    QVERIFY(QTest::qWaitFor([&] { return client.messages(u"ratings:33333333"_s).size() == 1; }, WaitMs));
    QCOMPARE(
        client.messages(u"ratings:33333333"_s).at(0).value(u"data"_s).toObject().value(u"safe"_s).toInt(), 0);

    // Connections spend the address's tokens: five are left.
    std::vector<std::unique_ptr<LiveClient>> more;
    int refused = 0;
    for (int i = 0; i < 8; ++i) {
        more.push_back(std::make_unique<LiveClient>());
        QVERIFY(more.back()->open(url, token));
        const QJsonObject first = more.back()->waitFor([](const QJsonObject& f) { return !f.isEmpty(); });
        if (first.isEmpty()) {
            QVERIFY(more.back()->waitDisconnected());
            QCOMPARE(more.back()->closeCode, 1008);
            QCOMPARE(more.back()->closeReason, u"too many requests"_s);
            ++refused;
        }
    }
    QCOMPARE(refused, 3);
    QVERIFY(strict.stop(SIGTERM));
}

QTEST_GUILESS_MAIN(TestServerLive)
#include "TestServerLive.moc"
