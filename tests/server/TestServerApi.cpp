// Integration tests of safescan-server's /v1 API: the real binary, HTTP through
// QNetworkAccessManager, a temporary SQLite database or PostgreSQL (ServerProcess).
#include "ApiClient.h"
#include "ServerProcess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

using Reply = ApiReply;

QString sha256Hex(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// A full-length hash that starts with `prefix`.
QString hashWithPrefix(const QString& prefix, const QString& seed)
{
    return prefix + sha256Hex(seed).mid(prefix.size());
}

QByteArray voteBody(const char* vote)
{
    return "{\"vote\": \"" + QByteArray(vote) + "\"}";
}

} // namespace

class TestServerApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void registersDevices();
    void voteReturnsTheRating();
    void newVoteReplacesTheOldOne();
    void retractsVotes();
    void reportRequestIdStoresOnce();
    void prefixLookupReturnsOnlyMatchingHashes();
    void reportsHealthAndMetrics();
    void shutsDownOnSigint();
    void refusesBadOrUnreachableDatabases_data();
    void refusesBadOrUnreachableDatabases();
    void printsItsVersion();
    void survivesALostDatabaseConnection();

private:
    Reply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
               const QString& token = {})
    {
        return m_client->send(method, path, body, token);
    }
    QString registerDevice() { return m_client->registerDevice(); }
    QJsonObject ratingFor(const QString& hash) { return m_client->ratingFor(hash); }

    ServerProcess m_server;
    std::unique_ptr<ApiClient> m_client;
    QString m_token;
};

void TestServerApi::initTestCase()
{
    QVERIFY2(m_server.start(u"--rate-capacity 999 --vote-limit 999 --spam-rapid-votes 999"_s.split(u' ')),
             qPrintable(m_server.errorString())); // no abuse limits: TestServerVotes tests them
    m_client = std::make_unique<ApiClient>(m_server);
    m_token = registerDevice();
    QVERIFY(!m_token.isEmpty());
}

void TestServerApi::cleanupTestCase()
{
    m_client.reset();
    QVERIFY2(m_server.stop(SIGTERM), qPrintable(m_server.errorString()));
    QCOMPARE(m_server.exitCode(), 0);
}

void TestServerApi::registersDevices()
{
    const Reply reply = send("POST", u"/v1/devices"_s);
    QCOMPARE(reply.status, 201);
    QVERIFY(reply.contentType.startsWith("application/json"));
    const QString token = reply.json.value(u"token"_s).toString();
    // 32 random bytes, base64url without padding.
    QCOMPARE(token.size(), 43);
    QCOMPARE(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding).size(), 32);
    QVERIFY(token != m_token);
}

void TestServerApi::voteReturnsTheRating()
{
    const QString hash = sha256Hex(u"https://example.com/vote"_s);
    const Reply reply = send("PUT", u"/v1/votes/"_s + hash, voteBody("safe"), m_token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"hash"_s).toString(), hash);
    QCOMPARE(reply.json.value(u"safe"_s).toInt(), 1);
    QCOMPARE(reply.json.value(u"unsafe"_s).toInt(), 0);
    QCOMPARE(reply.json.value(u"moderated"_s).toBool(), false);
    for (const QString& key : {u"score"_s, u"confidence"_s, u"verdict"_s})
        QVERIFY2(reply.json.contains(key), qPrintable(key));
    for (const QString& key : reply.json.keys()) // not confidence: the lookup aggregates again, later
        QVERIFY(key == u"confidence"_s || ratingFor(hash).value(key) == reply.json.value(key));
}

void TestServerApi::newVoteReplacesTheOldOne()
{
    const QString hash = sha256Hex(u"https://example.com/replace"_s);
    const QString other = registerDevice();
    QCOMPARE(send("PUT", u"/v1/votes/"_s + hash, voteBody("safe"), m_token).status, 200);
    QCOMPARE(send("PUT", u"/v1/votes/"_s + hash, voteBody("safe"), other).json.value(u"safe"_s).toInt(), 2);
    // Upper-case hex names the same item.
    const Reply replaced = send("PUT", u"/v1/votes/"_s + hash.toUpper(), voteBody("unsafe"), m_token);
    QCOMPARE(replaced.status, 200);
    QCOMPARE(replaced.json.value(u"safe"_s).toInt(), 1);
    QCOMPARE(replaced.json.value(u"unsafe"_s).toInt(), 1);
    QCOMPARE(ratingFor(hash).value(u"unsafe"_s).toInt(), 1);
}

void TestServerApi::retractsVotes()
{
    const QString hash = sha256Hex(u"https://example.com/retract"_s);
    const QString other = registerDevice();
    QCOMPARE(send("PUT", u"/v1/votes/"_s + hash, voteBody("unsafe"), m_token).status, 200);
    QCOMPARE(send("PUT", u"/v1/votes/"_s + hash, voteBody("safe"), other).status, 200);

    const Reply retracted = send("DELETE", u"/v1/votes/"_s + hash, {}, other);
    QCOMPARE(retracted.status, 204);
    QVERIFY(retracted.body.isEmpty());
    QCOMPARE(ratingFor(hash).value(u"safe"_s).toInt(), 0);
    QCOMPARE(ratingFor(hash).value(u"unsafe"_s).toInt(), 1);
    // Retracting twice is harmless; the last retraction removes the item from lookups.
    QCOMPARE(send("DELETE", u"/v1/votes/"_s + hash, {}, other).status, 204);
    QCOMPARE(send("DELETE", u"/v1/votes/"_s + hash, {}, m_token).status, 204);
    QVERIFY(ratingFor(hash).isEmpty());
}

// A report sent again with its request id (a lost answer, the outbox after a crash) is stored
// once; the same id from another reporter is another report; a bad id is refused.
void TestServerApi::reportRequestIdStoresOnce()
{
    const QString hash = sha256Hex(u"https://example.com/reported-twice"_s);
    const auto body = [&](const QJsonValue& requestId) {
        QJsonObject object{{u"hash"_s, hash}, {u"reason"_s, u"scam"_s}};
        if (!requestId.isUndefined())
            object.insert(u"request_id"_s, requestId);
        return ApiClient::json(object);
    };
    const QString id = u"2f0c8a4e-5b7d-4c1e-9a3f-0d6b7e8f9a10"_s;
    const Reply first = send("POST", u"/v1/reports"_s, body(id), m_token);
    QCOMPARE(first.status, 201);
    const Reply again = send("POST", u"/v1/reports"_s, body(id), m_token);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(u"id"_s).toInteger(), first.json.value(u"id"_s).toInteger());
    const Reply other = send("POST", u"/v1/reports"_s, body(id), registerDevice());
    QCOMPARE(other.status, 201);
    QVERIFY(other.json.value(u"id"_s).toInteger() != first.json.value(u"id"_s).toInteger());
    const Reply without = send("POST", u"/v1/reports"_s, body(QJsonValue(QJsonValue::Undefined)), m_token);
    const Reply without2 = send("POST", u"/v1/reports"_s, body(QJsonValue(QJsonValue::Undefined)), m_token);
    QCOMPARE(without.status, 201); // no id: each POST is a report, as before
    QCOMPARE(without2.status, 201);
    QVERIFY(without.json.value(u"id"_s) != without2.json.value(u"id"_s));
    for (const QJsonValue& bad :
         {QJsonValue(u""_s), QJsonValue(u"has space"_s), QJsonValue(QString(65, u'a'))}) {
        const Reply refused = send("POST", u"/v1/reports"_s, body(bad), m_token);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json.value(u"error"_s).toString(), u"invalid_request_id"_s);
    }
    QCOMPARE(send("POST", u"/v1/reports"_s, body(QJsonValue(7)), m_token).json.value(u"error"_s).toString(),
             u"invalid_type"_s);
}

void TestServerApi::prefixLookupReturnsOnlyMatchingHashes()
{
    const QStringList matching = {hashWithPrefix(u"c0ffee00"_s, u"a"_s),
                                  hashWithPrefix(u"c0ffee00"_s, u"b"_s)};
    const QStringList others = {hashWithPrefix(u"c0ffee01"_s, u"c"_s), hashWithPrefix(u"c0ffedff"_s, u"d"_s),
                                hashWithPrefix(u"c0ffee0"_s, u"e"_s)};
    for (const QString& hash : matching + others)
        QCOMPARE(send("PUT", u"/v1/votes/"_s + hash, voteBody("safe"), m_token).status, 200);

    for (const QString& prefix : {u"c0ffee00"_s, u"C0FFEE00"_s}) {
        const Reply reply = send("GET", u"/v1/ratings?prefix="_s + prefix);
        QCOMPARE(reply.status, 200);
        QStringList hashes;
        const QJsonArray ratings = reply.json.value(u"ratings"_s).toArray();
        for (const QJsonValue& rating : ratings)
            hashes.append(rating.toObject().value(u"hash"_s).toString());
        hashes.sort();
        QStringList expected = matching;
        if (others.last().startsWith(u"c0ffee00"_s))
            expected.append(others.last());
        expected.sort();
        QCOMPARE(hashes, expected);
    }
    const Reply none = send("GET", u"/v1/ratings?prefix=00000000"_s);
    QCOMPARE(none.status, 200);
    QCOMPARE(none.json.value(u"ratings"_s).toArray().size(), 0);
}

void TestServerApi::reportsHealthAndMetrics()
{
    const Reply health = send("GET", u"/v1/health"_s);
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json, (QJsonObject{{u"status"_s, u"ok"_s}, {u"database"_s, u"ok"_s}}));

    QCOMPARE(send("PUT", u"/v1/votes/"_s + sha256Hex(u"metrics"_s), voteBody("unsafe"), m_token).status, 200);
    QCOMPARE(send("PUT", u"/v1/votes/"_s + sha256Hex(u"metrics"_s), voteBody("safe")).status, 401);
    QCOMPARE(send("GET", u"/v1/nope"_s).status, 404);
    const Reply metrics = send("GET", u"/v1/metrics"_s);
    QCOMPARE(metrics.status, 200);
    QVERIFY(metrics.contentType.startsWith("text/plain"));
    const QByteArray text = metrics.body;
    QVERIFY2(text.contains("# TYPE safescan_http_requests_total counter"), text.constData());
    QVERIFY2(
        text.contains("safescan_http_requests_total{method=\"POST\",route=\"/v1/devices\",status=\"201\"}"),
        text.constData());
    QVERIFY2(text.contains("route=\"/v1/votes/{hash}\",status=\"401\"}"), text.constData());
    QVERIFY2(text.contains("route=\"unmatched\",status=\"404\"}"), text.constData());
    QVERIFY2(text.contains("safescan_votes_total{vote=\"unsafe\"} "), text.constData());
    QVERIFY(!text.contains("safescan_votes_total{vote=\"unsafe\"} 0\n"));
}

void TestServerApi::shutsDownOnSigint()
{
    ServerProcess second;
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    QVERIFY(second.port() != m_server.port());
    QVERIFY2(second.stop(SIGINT), qPrintable(second.errorString()));
}

void TestServerApi::refusesBadOrUnreachableDatabases_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unknown scheme") << u"mysql://u:secretpw@127.0.0.1/db"_s << 2 << QByteArray("unsupported");
    QTest::newRow("no scheme") << u"/tmp/x.db"_s << 2 << QByteArray("--database expects");
    QTest::newRow("bad port") << u"postgres://u:secretpw@127.0.0.1:99999/db"_s << 2
                              << QByteArray("not a port number");
    QTest::newRow("bad parameter") << u"postgres://u:secretpw@127.0.0.1/db?sslmode=a%20b"_s << 2
                                   << QByteArray("sslmode");
    QTest::newRow("password parameter")
        << u"postgresql://127.0.0.1/db?password=secretpw"_s << 2 << QByteArray("in the URL itself");
    // Nothing listens on port 1: the server says it cannot connect, it does not crash or hang.
    QTest::newRow("unreachable") << u"postgres://u:secretpw@127.0.0.1:1/db"_s << 1
                                 << QByteArray("Cannot open the database \"postgres://u@127.0.0.1:1/db\"");
}

void TestServerApi::refusesBadOrUnreachableDatabases()
{
    QFETCH(QString, url);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    QTemporaryDir dir;
    QProcess process;
    process.start(QStringLiteral(SAFESCAN_SERVER_BINARY),
                  {u"--listen"_s, u"127.0.0.1:0"_s, u"--data-dir"_s, dir.path(), u"--database"_s, url});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), exitCode);
    const QByteArray error = process.readAllStandardError();
    QVERIFY2(error.contains(message), error.constData());
    QVERIFY2(!error.contains("secretpw"), error.constData());
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestServerApi::printsItsVersion()
{
    QProcess process;
    process.start(QStringLiteral(SAFESCAN_SERVER_BINARY), {u"--version"_s});
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().startsWith("safescan-server "));
}

// PostgreSQL restarts, failovers and pg_terminate_backend: the request that meets the dead
// connection fails with 503/500, the next ones work on a new connection.
void TestServerApi::survivesALostDatabaseConnection()
{
    if (ServerProcess::backend() != ServerProcess::Backend::Postgres)
        QSKIP("a SQLite file has no connection to lose");
    QCOMPARE(send("GET", u"/v1/health"_s).status, 200);
    {
        QSqlDatabase db = m_server.openDatabase(u"terminator"_s);
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity "
                           u"WHERE datname = current_database() AND pid <> pg_backend_pid()"_s));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toInt() >= 2); // the request thread's connection and the notifier's
    }
    QSqlDatabase::removeDatabase(u"terminator"_s);
    const int first = send("GET", u"/v1/health"_s).status;
    QVERIFY2(first == 200 || first == 503, QByteArray::number(first).constData());
    QCOMPARE(send("GET", u"/v1/health"_s).status, 200);
    const QString token = registerDevice();
    QVERIFY(!token.isEmpty());
    QCOMPARE(send("PUT", u"/v1/votes/"_s + sha256Hex(u"after reconnect"_s), voteBody("safe"), token).status,
             200);
}

QTEST_GUILESS_MAIN(TestServerApi)
#include "TestServerApi.moc"
