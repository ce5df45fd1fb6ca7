// Integration test of the moderation actions "lock" and "unlock" (SPEC §8: a locked item's rating
// is kept by retention) through POST /v1/moderation/actions of the real binary: the answer, the
// audit row, idempotent repeats, the live "moderation" message, and who may lock. What retention
// does with a locked item is tested with a ManualClock in TestRetention.
#include "ApiClient.h"
#include "LiveTestClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

const QString Password = u"lock password"_s;

} // namespace

class TestServerLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void locksAndUnlocksAnItem();
    void refusesLocksOfOtherSubjects_data();
    void refusesLocksOfOtherSubjects();

private:
    ApiReply act(const QString& action, const QJsonObject& subject, const QString& token = {});

    ApiClient m_client;
    QString m_moderator;
    QString m_user;
};

void TestServerLock::initTestCase()
{
    QVERIFY(m_client.addUser(u"mia"_s, u"moderator"_s, Password));
    QVERIFY(m_client.addUser(u"uma"_s, u"user"_s, Password));
    QVERIFY2(m_client.start(), qPrintable(m_client.server().errorString()));
    m_moderator = m_client.login(u"mia"_s, Password);
    m_user = m_client.login(u"uma"_s, Password);
    QVERIFY(!m_moderator.isEmpty() && !m_user.isEmpty());
}

void TestServerLock::cleanupTestCase()
{
    QVERIFY2(m_client.server().stop(SIGTERM), qPrintable(m_client.server().errorString()));
}

ApiReply TestServerLock::act(const QString& action, const QJsonObject& subject, const QString& token)
{
    QJsonObject body = subject;
    body.insert(u"action"_s, action);
    body.insert(u"reason"_s, u"kept for the record"_s);
    return m_client.send("POST", u"/v1/moderation/actions"_s, ApiClient::json(body),
                         token.isEmpty() ? m_moderator : token);
}

void TestServerLock::locksAndUnlocksAnItem()
{
    const QString hash = ApiClient::sha256Hex(u"https://locked.example/"_s);
    const QString device = m_client.registerDevice();
    QVERIFY(!device.isEmpty());
    QCOMPARE(
        m_client.send("PUT", u"/v1/votes/"_s + hash, QByteArray("{\"vote\": \"unsafe\"}"), device).status,
        200);
    const QJsonObject before = m_client.ratingFor(hash);
    QVERIFY(!before.isEmpty());

    Test::LiveClient live;
    QVERIFY(live.open(QUrl(u"ws://127.0.0.1:%1/v1/live"_s.arg(m_client.server().port())), m_moderator));
    QCOMPARE(live.waitForType(u"authenticated"_s).value(u"role"_s).toString(), u"moderator"_s);
    QCOMPARE(live.subscribe(u"moderation"_s).value(u"type"_s).toString(), u"subscribed"_s);

    ApiReply reply = act(u"lock"_s, {{u"hash"_s, hash}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"changed"_s).toBool(), true);
    QCOMPARE(reply.json.value(u"locked"_s).toBool(), true);
    QCOMPARE(reply.json.value(u"id"_s).toString(), u"item:"_s + hash);
    const auto counts = [](const QJsonObject& rating) {
        return QStringList{rating.value(u"verdict"_s).toString(),
                           QString::number(rating.value(u"safe"_s).toInt()),
                           QString::number(rating.value(u"unsafe"_s).toInt())};
    };
    // Locking changes no rating (its confidence decays with time, so not compared).
    QCOMPARE(counts(reply.json.value(u"rating"_s).toObject()), counts(before));
    const qint64 auditId = reply.json.value(u"audit_id"_s).toInteger();
    QVERIFY(auditId > 0);
    const QJsonObject audit = m_client.send("GET", u"/v1/moderation/audit?limit=1"_s, {}, m_moderator)
                                  .json[u"entries"_s][0]
                                  .toObject();
    QCOMPARE(audit.value(u"action"_s).toString(), u"lock"_s);
    QCOMPARE(audit.value(u"subject"_s).toString(), hash);
    QCOMPARE(audit.value(u"actor"_s).toString(), u"mia"_s);
    const QJsonObject message = live.waitFor([](const QJsonObject& f) {
                                        return f.value(u"type"_s).toString() == u"message"_s &&
                                               f.value(u"channel"_s).toString() == u"moderation"_s;
                                    })
                                    .value(u"data"_s)
                                    .toObject();
    QCOMPARE(message.value(u"action"_s).toString(), u"lock"_s);
    QCOMPARE(message.value(u"audit_id"_s).toInteger(), auditId);

    // Repeats change nothing; unlock undoes the lock once.
    reply = act(u"lock"_s, {{u"id"_s, u"item:"_s + hash}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"changed"_s).toBool(), false);
    QCOMPARE(reply.json.value(u"locked"_s).toBool(), true);
    reply = act(u"unlock"_s, {{u"hash"_s, hash}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"changed"_s).toBool(), true);
    QCOMPARE(reply.json.value(u"locked"_s).toBool(), false);
    QVERIFY(reply.json.value(u"audit_id"_s).toInteger() > auditId);
    reply = act(u"unlock"_s, {{u"hash"_s, hash}});
    QCOMPARE(reply.json.value(u"changed"_s).toBool(), false);
    QCOMPARE(counts(m_client.ratingFor(hash)), counts(before));
}

void TestServerLock::refusesLocksOfOtherSubjects_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QJsonObject>("subject");
    QTest::addColumn<QString>("token"); // "user" for the plain user, else the moderator
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QString hex = ApiClient::sha256Hex(u"subject"_s);
    QTest::newRow("lock a voter") << u"lock"_s << QJsonObject{{u"voter"_s, hex}} << QString() << 400
                                  << u"invalid_subject"_s;
    QTest::newRow("unlock a report") << u"unlock"_s << QJsonObject{{u"report_id"_s, 1}} << QString() << 400
                                     << u"invalid_subject"_s;
    QTest::newRow("short hash") << u"lock"_s << QJsonObject{{u"hash"_s, u"abc"_s}} << QString() << 400
                                << u"invalid_hash"_s;
    QTest::newRow("plain user") << u"lock"_s << QJsonObject{{u"hash"_s, hex}} << u"user"_s << 403
                                << QString();
}

void TestServerLock::refusesLocksOfOtherSubjects()
{
    QFETCH(QString, action);
    QFETCH(QJsonObject, subject);
    QFETCH(QString, token);
    QFETCH(int, status);
    QFETCH(QString, error);
    const ApiReply reply = act(action, subject, token == u"user"_s ? m_user : QString());
    QCOMPARE(reply.status, status);
    if (!error.isEmpty())
        QCOMPARE(reply.json.value(u"error"_s).toString(), error);
}

QTEST_GUILESS_MAIN(TestServerLock)
#include "TestServerLock.moc"
