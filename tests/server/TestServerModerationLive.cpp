// Live updates of moderation (SPEC §8, §9): a moderation action and a new report reach the
// moderators subscribed to the "moderation" channel of /v1/live, through the real binary.
#include "ApiClient.h"
#include "LiveTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

const QString Password = u"moderation live password"_s;

QString hashOf(const char* seed)
{
    return ApiClient::sha256Hex(QString::fromLatin1(seed));
}

auto on(const QString& channel)
{
    return [channel](const QJsonObject& frame) {
        return frame.value(u"type"_s).toString() == u"message"_s &&
               frame.value(u"channel"_s).toString() == channel;
    };
}

} // namespace

class TestServerModerationLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void actionsReachLiveSubscribers();
    void newReportReachesModerators();

private:
    ApiReply act(const QJsonObject& action);
    QUrl liveUrl() { return QUrl(u"ws://127.0.0.1:%1/v1/live"_s.arg(m_client.server().port())); }

    ApiClient m_client;
    QString m_moderator;
    QString m_user;
};

void TestServerModerationLive::initTestCase()
{
    QVERIFY(m_client.addUser(u"mia"_s, u"moderator"_s, Password));
    QVERIFY(m_client.addUser(u"uma"_s, u"user"_s, Password));
    QVERIFY2(m_client.start(u"--rate-capacity 100000 --vote-limit 999 --spam-rapid-votes 999"_s.split(u' ')),
             qPrintable(m_client.server().errorString()));
    m_moderator = m_client.login(u"mia"_s, Password);
    m_user = m_client.login(u"uma"_s, Password);
    QVERIFY(!m_moderator.isEmpty() && !m_user.isEmpty());
}

void TestServerModerationLive::cleanupTestCase()
{
    QVERIFY2(m_client.server().stop(SIGTERM), qPrintable(m_client.server().errorString()));
}

ApiReply TestServerModerationLive::act(const QJsonObject& action)
{
    return m_client.send("POST", u"/v1/moderation/actions"_s, ApiClient::json(action), m_moderator);
}

void TestServerModerationLive::actionsReachLiveSubscribers()
{
    const QString hash = hashOf("live");
    const QString ratings = u"ratings:"_s + hash.left(8);
    Test::LiveClient live;
    QVERIFY(live.open(liveUrl(), m_moderator));
    QCOMPARE(live.waitForType(u"authenticated"_s).value(u"role"_s).toString(), u"moderator"_s);
    QCOMPARE(live.subscribe(u"moderation"_s).value(u"type"_s).toString(), u"subscribed"_s);
    QCOMPARE(live.subscribe(ratings).value(u"type"_s).toString(), u"subscribed"_s);

    const ApiReply reply =
        act({{u"action"_s, u"confirm_unsafe"_s}, {u"hash"_s, hash}, {u"reason"_s, u"live check"_s}});
    QCOMPARE(reply.status, 200);
    const QJsonObject queued = live.waitFor(on(u"moderation"_s)).value(u"data"_s).toObject();
    QCOMPARE(queued.value(u"type"_s).toString(), u"queue_changed"_s);
    QCOMPARE(queued.value(u"action"_s).toString(), u"confirm_unsafe"_s);
    QCOMPARE(queued.value(u"id"_s).toString(), u"item:"_s + hash);
    QCOMPARE(queued.value(u"audit_id"_s).toInteger(), reply.json.value(u"audit_id"_s).toInteger());
    const QJsonObject rating = live.waitFor(on(ratings)).value(u"data"_s).toObject();
    QCOMPARE(rating.value(u"hash"_s).toString(), hash);
    QCOMPARE(rating.value(u"verdict"_s).toString(), u"unsafe"_s);
    QCOMPARE(rating.value(u"moderated"_s).toBool(), true);

    // A repeat changes nothing and publishes nothing.
    const qsizetype before = live.frames.size();
    QCOMPARE(act({{u"action"_s, u"confirm_unsafe"_s}, {u"hash"_s, hash}, {u"reason"_s, u"again"_s}})
                 .json.value(u"changed"_s)
                 .toBool(),
             false);
    live.send({{u"type"_s, u"ping"_s}, {u"id"_s, 7}});
    live.waitForType(u"pong"_s, before);
    QCOMPARE(live.messages(u"moderation"_s).size(), 1);
    QCOMPARE(live.messages(ratings).size(), 1);
}

// POST /v1/reports: the moderators' queue updates live, with the item and the report id only.
void TestServerModerationLive::newReportReachesModerators()
{
    const QString hash = hashOf("reported live");
    Test::LiveClient live;
    QVERIFY(live.open(liveUrl(), m_moderator));
    QCOMPARE(live.subscribe(u"moderation"_s).value(u"type"_s).toString(), u"subscribed"_s);
    Test::LiveClient user;
    QVERIFY(user.open(liveUrl(), m_user));
    QCOMPARE(user.waitForType(u"authenticated"_s).value(u"role"_s).toString(), u"user"_s);

    const QString content = u"https://reported-live.example/login"_s;
    const ApiReply reply = m_client.send(
        "POST", u"/v1/reports"_s,
        ApiClient::json({{u"hash"_s, hash}, {u"reason"_s, u"phishing"_s}, {u"content"_s, content}}), m_user);
    QCOMPARE(reply.status, 201);
    const QJsonObject frame = live.waitFor(on(u"moderation"_s));
    QCOMPARE(frame.value(u"data"_s).toObject(),
             (QJsonObject{{u"type"_s, u"queue_changed"_s},
                          {u"action"_s, u"report"_s},
                          {u"id"_s, u"item:"_s + hash},
                          {u"report_id"_s, reply.json.value(u"id"_s).toInteger()}}));
    QVERIFY(!QJsonDocument(frame).toJson().contains(content.toUtf8()));
    // The queue the moderator fetches on that message has the item.
    const ApiReply queue = m_client.send("GET", u"/v1/moderation/queue?limit=200"_s, {}, m_moderator);
    QCOMPARE(queue.status, 200);
    bool listed = false;
    for (const QJsonValue& entry : queue.json.value(u"entries"_s).toArray())
        listed = listed || entry[u"id"_s].toString() == u"item:"_s + hash;
    QVERIFY(listed);
    // A second report of the same item is announced too.
    QCOMPARE(m_client
                 .send("POST", u"/v1/reports"_s,
                       ApiClient::json({{u"hash"_s, hash}, {u"reason"_s, u"other"_s}}), m_user)
                 .status,
             201);
    QTRY_COMPARE_WITH_TIMEOUT(live.messages(u"moderation"_s).size(), 2, Test::LiveWaitMs);
    // Not sent to whom cannot subscribe to "moderation": a plain user.
    QCOMPARE(user.subscribe(u"moderation"_s).value(u"error"_s).toString(), u"forbidden"_s);
    QVERIFY(user.messages(u"moderation"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestServerModerationLive)
#include "TestServerModerationLive.moc"
