// Two safescan-server instances on one PostgreSQL database (issue #5, SPEC §8): a vote or a
// moderation action made through instance A reaches the WebSocket clients of instance B with the
// same (epoch, offset) that A's clients see, and B's rating lookup cache is invalidated by it;
// moderators' presence is shared too, and a dead instance's claims expire.
// PostgreSQL only (LISTEN/NOTIFY is what joins the instances), see tests/server/CMakeLists.txt.
#include "ApiClient.h"
#include "LiveTestClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using SafeScan::Test::LiveClient;

namespace {

const QString Password = u"instances password"_s;

QUrl liveUrl(ServerProcess& server)
{
    return QUrl(u"ws://127.0.0.1:%1/v1/live"_s.arg(server.port()));
}

auto messageOn(const QString& channel)
{
    return [channel](const QJsonObject& frame) {
        return frame.value(u"type"_s).toString() == u"message"_s &&
               frame.value(u"channel"_s).toString() == channel;
    };
}

// A presence frame for `item` (null: a claim cleared) of `moderator` (0: anyone's).
auto presence(const QJsonValue& item, qint64 moderator = 0)
{
    return [item, moderator](const QJsonObject& frame) {
        return frame.value(u"type"_s).toString() == u"presence"_s && frame.value(u"item"_s) == item &&
               (moderator == 0 || frame.value(u"moderator"_s).toInteger() == moderator);
    };
}

// Short enough for a dead instance's claim to expire within a test (sweeps every TTL / 4).
const QString PresenceTtl = u"3000"_s;

// What a rating says, without its confidence (which decays with time between two reads).
QStringList counts(const QJsonObject& rating)
{
    return {rating.value(u"hash"_s).toString(), rating.value(u"verdict"_s).toString(),
            QString::number(rating.value(u"safe"_s).toInt()),
            QString::number(rating.value(u"unsafe"_s).toInt()),
            rating.value(u"moderated"_s).toBool() ? u"moderated"_s : u"community"_s};
}

} // namespace

class TestServerInstances : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void voteOnOneReachesClientsOfTheOther();
    void moderationOnOneReachesModeratorsOfTheOther();
    void presenceIsSharedAndExpiresWithItsInstance();

private:
    ApiClient m_a;
    ApiClient m_b;
    QString m_moderator;
};

void TestServerInstances::initTestCase()
{
    QVERIFY2(ServerProcess::backend() == ServerProcess::Backend::Postgres,
             "TestServerInstances runs on PostgreSQL only (SAFESCAN_TEST_BACKEND=postgres)");
    m_b.server().useDatabaseOf(m_a.server());
    const QStringList options =
        (u"--rate-capacity 100000 --vote-limit 999 --spam-rapid-votes 999 --presence-ttl "_s + PresenceTtl)
            .split(u' ');
    QVERIFY2(m_a.start(options), qPrintable(m_a.server().errorString()));
    QVERIFY2(m_b.start(options), qPrintable(m_b.server().errorString()));
    QVERIFY(m_a.addUser(u"mia"_s, u"moderator"_s, Password));
    QCOMPARE(m_b.databaseUrl(), m_a.databaseUrl());
    QVERIFY(m_a.server().port() != m_b.server().port());
    m_moderator = m_a.login(u"mia"_s, Password);
    QVERIFY(!m_moderator.isEmpty());
}

void TestServerInstances::cleanupTestCase()
{
    QVERIFY2(m_b.server().stop(SIGTERM), qPrintable(m_b.server().errorString()));
    QVERIFY2(m_a.server().stop(SIGTERM), qPrintable(m_a.server().errorString()));
}

void TestServerInstances::voteOnOneReachesClientsOfTheOther()
{
    const QString hash = ApiClient::sha256Hex(u"https://two-instances.example/"_s);
    const QString channel = u"ratings:"_s + hash.left(8);
    const QString device = m_a.registerDevice();
    QVERIFY(!device.isEmpty());

    LiveClient onA;
    LiveClient onB;
    QVERIFY(onA.open(liveUrl(m_a.server()), device));
    QVERIFY(onB.open(liveUrl(m_b.server()), device)); // a device token made on A works on B
    const QString epoch = onA.waitForType(u"authenticated"_s).value(u"epoch"_s).toString();
    QVERIFY(!epoch.isEmpty());
    QCOMPARE(onB.waitForType(u"authenticated"_s).value(u"epoch"_s).toString(), epoch);
    const QJsonObject subscribed = onB.subscribe(channel);
    QCOMPARE(subscribed.value(u"type"_s).toString(), u"subscribed"_s);
    const qint64 at = subscribed.value(u"offset"_s).toInteger();
    QCOMPARE(onA.subscribe(channel).value(u"offset"_s).toInteger(), at);

    // B caches "not rated" for the prefix before the vote.
    QVERIFY(m_b.ratingFor(hash).isEmpty());

    const ApiReply reply =
        m_a.send("PUT", u"/v1/votes/"_s + hash, QByteArray("{\"vote\": \"unsafe\"}"), device);
    QCOMPARE(reply.status, 200);
    for (LiveClient* client : {&onB, &onA}) {
        const QJsonObject update = client->waitFor(messageOn(channel));
        QCOMPARE(update.value(u"epoch"_s).toString(), epoch);
        QCOMPARE(update.value(u"offset"_s).toInteger(), at + 1);
        QCOMPARE(update.value(u"data"_s).toObject(), reply.json);
    }
    // B's cached lookup was dropped by the change it heard of through PostgreSQL.
    const QJsonObject onBNow = m_b.ratingFor(hash);
    QCOMPARE(counts(onBNow), counts(reply.json));
    QCOMPARE(onBNow.value(u"unsafe"_s).toInteger(), 1);

    // A second vote, made on B, reaches A's client with the next offset.
    const QString other = m_b.registerDevice();
    QVERIFY(!other.isEmpty());
    const ApiReply second =
        m_b.send("PUT", u"/v1/votes/"_s + hash, QByteArray("{\"vote\": \"unsafe\"}"), other);
    QCOMPARE(second.status, 200);
    const QJsonObject back = onA.waitFor([&](const QJsonObject& f) {
        return messageOn(channel)(f) && f.value(u"offset"_s).toInteger() == at + 2;
    });
    QCOMPARE(back.value(u"data"_s).toObject(), second.json);
    QCOMPARE(counts(m_a.ratingFor(hash)), counts(second.json));
    QCOMPARE(second.json.value(u"unsafe"_s).toInteger(), 2);
    QCOMPARE(onB.waitFor([&](const QJsonObject& f) {
                    return messageOn(channel)(f) && f.value(u"offset"_s).toInteger() == at + 2;
                })
                 .value(u"data"_s)
                 .toObject(),
             second.json);
}

void TestServerInstances::moderationOnOneReachesModeratorsOfTheOther()
{
    const QString hash = ApiClient::sha256Hex(u"https://moderated-elsewhere.example/"_s);
    const QString ratings = u"ratings:"_s + hash.left(8);
    LiveClient moderatorOnB;
    QVERIFY(moderatorOnB.open(liveUrl(m_b.server()), m_moderator)); // session made on A
    QCOMPARE(moderatorOnB.waitForType(u"authenticated"_s).value(u"role"_s).toString(), u"moderator"_s);
    QCOMPARE(moderatorOnB.subscribe(u"moderation"_s).value(u"type"_s).toString(), u"subscribed"_s);
    QCOMPARE(moderatorOnB.subscribe(ratings).value(u"type"_s).toString(), u"subscribed"_s);
    QVERIFY(m_b.ratingFor(hash).isEmpty());

    const ApiReply reply =
        m_a.send("POST", u"/v1/moderation/actions"_s,
                 ApiClient::json(
                     {{u"action"_s, u"confirm_unsafe"_s}, {u"hash"_s, hash}, {u"reason"_s, u"phishing"_s}}),
                 m_moderator);
    QCOMPARE(reply.status, 200);
    const QJsonObject queued = moderatorOnB.waitFor(messageOn(u"moderation"_s)).value(u"data"_s).toObject();
    QCOMPARE(queued.value(u"type"_s).toString(), u"queue_changed"_s);
    QCOMPARE(queued.value(u"action"_s).toString(), u"confirm_unsafe"_s);
    QCOMPARE(queued.value(u"id"_s).toString(), u"item:"_s + hash);
    QCOMPARE(queued.value(u"audit_id"_s).toInteger(), reply.json.value(u"audit_id"_s).toInteger());
    const QJsonObject rating = moderatorOnB.waitFor(messageOn(ratings)).value(u"data"_s).toObject();
    QCOMPARE(rating.value(u"verdict"_s).toString(), u"unsafe"_s);
    QCOMPARE(rating.value(u"moderated"_s).toBool(), true);
    // B's lookup shows the decision at once, not its cached "not rated".
    QCOMPARE(m_b.ratingFor(hash).value(u"moderated"_s).toBool(), true);
}

void TestServerInstances::presenceIsSharedAndExpiresWithItsInstance()
{
    LiveClient onB;
    QVERIFY(onB.open(liveUrl(m_b.server()), m_moderator));
    QCOMPARE(onB.subscribe(u"moderation"_s).value(u"type"_s).toString(), u"subscribed"_s);

    // A claim made on A reaches B's moderators, and so does its end when A's moderator leaves.
    LiveClient onA;
    QVERIFY(onA.open(liveUrl(m_a.server()), m_moderator));
    QCOMPARE(onA.waitForType(u"authenticated"_s).value(u"role"_s).toString(), u"moderator"_s);
    onA.send({{u"type"_s, u"presence"_s}, {u"item"_s, u"item:claimed-on-a"_s}});
    const QJsonObject claim = onB.waitFor(presence(u"item:claimed-on-a"_s));
    const qint64 moderator = claim.value(u"moderator"_s).toInteger();
    QVERIFY2(moderator > 0, "B's moderator did not see the claim made on A");
    // A moderator arriving on B later is told the claims of every instance.
    LiveClient late;
    QVERIFY(late.open(liveUrl(m_b.server()), m_moderator));
    QCOMPARE(late.subscribe(u"moderation"_s).value(u"type"_s).toString(), u"subscribed"_s);
    QVERIFY(!late.waitFor(presence(u"item:claimed-on-a"_s, moderator)).isEmpty());
    onA.close();
    QVERIFY(onA.waitDisconnected());
    QVERIFY(!onB.waitFor(presence(QJsonValue::Null, moderator)).isEmpty());
    QVERIFY(!late.waitFor(presence(QJsonValue::Null, moderator)).isEmpty());

    // An instance that dies without a word: its claim expires, and B tells its moderators.
    ApiClient third;
    third.server().useDatabaseOf(m_a.server());
    QVERIFY2(third.start({u"--presence-ttl"_s, PresenceTtl}), qPrintable(third.server().errorString()));
    LiveClient onThird;
    QVERIFY(onThird.open(liveUrl(third.server()), m_moderator));
    QCOMPARE(onThird.waitForType(u"authenticated"_s).value(u"role"_s).toString(), u"moderator"_s);
    onThird.send({{u"type"_s, u"presence"_s}, {u"item"_s, 4242}});
    qsizetype at = -1;
    QVERIFY(!onB.waitFor(presence(4242, moderator), &at).isEmpty());
    // Not dropped while its instance runs: it refreshes the claim (1.5 TTL without a clear).
    QTest::qWait(PresenceTtl.toInt() * 3 / 2);
    for (qsizetype i = at; i < onB.frames.size(); ++i)
        QVERIFY2(!presence(QJsonValue::Null, moderator)(onB.frames.at(i)), "a live instance's claim expired");
    third.server().stop(SIGKILL); // exits abnormally: that is the point
    const QJsonObject expired = onB.waitFor(presence(QJsonValue::Null, moderator), nullptr, at + 1);
    QVERIFY2(!expired.isEmpty(), "the dead instance's claim never expired on B");
}

QTEST_GUILESS_MAIN(TestServerInstances)
#include "TestServerInstances.moc"
