// Integration tests of safescan-server's /v1 API: the real binary, HTTP through
// QNetworkAccessManager, a temporary SQLite database.
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
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray contentType;
};

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
    void prefixLookupReturnsOnlyMatchingHashes();
    void refusesMissingOrUnknownTokens_data();
    void refusesMissingOrUnknownTokens();
    void refusesBadInput_data();
    void refusesBadInput();
    void reportsHealthAndMetrics();
    void databaseHoldsNoToken();
    void shutsDownOnSigint();
    void refusesPostgresForNow();

private:
    Reply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
               const QString& token = {});
    QString registerDevice();
    QJsonObject ratingFor(const QString& hash);

    ServerProcess m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QString m_token;
};

void TestServerApi::initTestCase()
{
    QVERIFY2(m_server.start(u"--rate-capacity 999 --vote-limit 999 --spam-rapid-votes 999"_s.split(u' ')),
             qPrintable(m_server.errorString())); // no abuse limits: TestServerVotes tests them
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_token = registerDevice();
    QVERIFY(!m_token.isEmpty());
}

void TestServerApi::cleanupTestCase()
{
    m_network.reset();
    QVERIFY2(m_server.stop(SIGTERM), qPrintable(m_server.errorString()));
    QCOMPARE(m_server.exitCode(), 0);
}

Reply TestServerApi::send(const QByteArray& method, const QString& path, const QByteArray& body,
                          const QString& token)
{
    QNetworkRequest request(m_server.url(path));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    std::unique_ptr<QNetworkReply> reply(m_network->sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    result.json = QJsonDocument::fromJson(result.body).object();
    return result;
}

QString TestServerApi::registerDevice()
{
    const Reply reply = send("POST", u"/v1/devices"_s);
    if (reply.status != 201)
        return {};
    return reply.json.value(u"token"_s).toString();
}

QJsonObject TestServerApi::ratingFor(const QString& hash)
{
    const Reply reply = send("GET", u"/v1/ratings?prefix="_s + hash.left(8));
    const QJsonArray ratings = reply.json.value(u"ratings"_s).toArray();
    for (const QJsonValue& rating : ratings) {
        if (rating.toObject().value(u"hash"_s).toString() == hash)
            return rating.toObject();
    }
    return {};
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

void TestServerApi::refusesMissingOrUnknownTokens_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QByteArray>("authorization"); // raw header instead of a token, when set
    const QString unknown = u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s;
    QTest::newRow("put, no token") << QByteArray("PUT") << QString() << QByteArray();
    QTest::newRow("put, unknown token") << QByteArray("PUT") << unknown << QByteArray();
    QTest::newRow("put, not bearer") << QByteArray("PUT") << QString() << QByteArray("Basic dXNlcjpwYXNz");
    QTest::newRow("put, bad characters") << QByteArray("PUT") << QString() << QByteArray("Bearer a b\"c");
    QTest::newRow("delete, no token") << QByteArray("DELETE") << QString() << QByteArray();
    QTest::newRow("delete, unknown token") << QByteArray("DELETE") << unknown << QByteArray();
}

void TestServerApi::refusesMissingOrUnknownTokens()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, token);
    QFETCH(QByteArray, authorization);
    const QString hash = sha256Hex(u"https://example.com/auth"_s);
    QNetworkRequest request(m_server.url(u"/v1/votes/"_s + hash));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    std::unique_ptr<QNetworkReply> reply(m_network->sendCustomRequest(request, method, voteBody("safe")));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(u"error"_s).toString(),
             u"unauthorized"_s);
    QVERIFY(ratingFor(hash).isEmpty());
}

void TestServerApi::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QString vote = u"/v1/votes/"_s + sha256Hex(u"https://example.com/bad"_s);
    const auto row = [&](const char* name, const QByteArray& body, int status, const QString& error) {
        QTest::newRow(name) << QByteArray("PUT") << vote << body << status << error;
    };
    row("garbage", "this is not json", 400, u"malformed_json"_s);
    row("binary garbage", QByteArray("\x00\x01\x02\xff", 4), 400, u"malformed_json"_s);
    row("truncated", "{\"vote\": \"sa", 400, u"malformed_json"_s);
    row("empty body", "", 400, u"malformed_json"_s);
    row("number instead of string", "{\"vote\": 1}", 400, u"invalid_type"_s);
    row("null vote", "{\"vote\": null}", 400, u"invalid_type"_s);
    row("missing vote", "{}", 400, u"invalid_type"_s);
    row("object vote", "{\"vote\": {\"safe\": true}}", 400, u"invalid_type"_s);
    row("unknown value", "{\"vote\": \"maybe\"}", 400, u"invalid_value"_s);
    row("array instead of object", "[\"safe\"]", 400, u"invalid_type"_s);
    row("bare string", "\"safe\"", 400, u"malformed_json"_s); // Qt 6.4 accepts only objects and arrays
    row("unknown field", "{\"vote\": \"safe\", \"content\": \"https://x\"}", 400, u"unknown_field"_s);
    row("deep nesting", "{\"vote\": " + QByteArray(40, '[') + QByteArray(40, ']') + "}", 400, u"too_deep"_s);
    row("very deep nesting", "{\"vote\": " + QByteArray(20000, '[') + QByteArray(20000, ']') + "}", 400,
        u"malformed_json"_s);
    row("unclosed deep nesting", QByteArray(60000, '['), 400, u"malformed_json"_s);
    row("invalid UTF-8 value", "{\"vote\": \"\xff\xfe\"}", 400, u"malformed_json"_s);
    row("invalid UTF-8 key", "{\"v\xc3\x28te\": \"safe\"}", 400, u"malformed_json"_s);
    row("100 KB body", "{\"vote\": \"" + QByteArray(100 * 1024, 'a') + "\"}", 413, u"payload_too_large"_s);
    const auto other = [](const char* name, const char* method, const QString& path, int status,
                          const QString& error, const QByteArray& body = {}) {
        QTest::newRow(name) << QByteArray(method) << path << body << status << error;
    };
    other("short hash", "PUT", u"/v1/votes/abcdef"_s, 400, u"invalid_hash"_s, voteBody("safe"));
    other("non-hex hash", "PUT", u"/v1/votes/"_s + QString(64, u'z'), 400, u"invalid_hash"_s,
          voteBody("safe"));
    other("65-digit hash", "DELETE", vote + u"0"_s, 400, u"invalid_hash"_s);
    other("no prefix", "GET", u"/v1/ratings"_s, 400, u"invalid_prefix"_s);
    other("short prefix", "GET", u"/v1/ratings?prefix=abc"_s, 400, u"invalid_prefix"_s);
    other("long prefix", "GET", u"/v1/ratings?prefix=123456789"_s, 400, u"invalid_prefix"_s);
    other("non-hex prefix", "GET", u"/v1/ratings?prefix=zzzzzzzz"_s, 400, u"invalid_prefix"_s);
    other("two prefixes", "GET", u"/v1/ratings?prefix=00000000&prefix=11111111"_s, 400, u"invalid_prefix"_s);
    other("device with garbage", "POST", u"/v1/devices"_s, 400, u"malformed_json"_s, "{{{");
    other("device with 100 KB", "POST", u"/v1/devices"_s, 413, u"payload_too_large"_s,
          QByteArray(100 * 1024, ' '));
    other("unknown route", "GET", u"/v1/nope"_s, 404, u"not_found"_s);
    other("unknown version", "GET", u"/v2/ratings?prefix=00000000"_s, 404, u"not_found"_s);
    other("root", "GET", u"/"_s, 404, u"not_found"_s);
    other("wrong method", "POST", u"/v1/ratings"_s, 404, u"not_found"_s);
    other("vote without hash", "PUT", u"/v1/votes/"_s, 404, u"not_found"_s, voteBody("safe"));
}

void TestServerApi::refusesBadInput()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    const Reply reply = send(method, path, body, m_token);
    QCOMPARE(reply.status, status);
    QVERIFY2(reply.contentType.startsWith("application/json"), reply.contentType.constData());
    QCOMPARE(reply.json.value(u"error"_s).toString(), error);
    QVERIFY(!reply.json.value(u"message"_s).toString().isEmpty());
    // The server is still there.
    QCOMPARE(send("GET", u"/v1/health"_s).status, 200);
}

void TestServerApi::reportsHealthAndMetrics()
{
    const Reply health = send("GET", u"/v1/health"_s);
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json, (QJsonObject{{u"status"_s, u"ok"_s}, {u"database"_s, u"ok"_s}}));

    QCOMPARE(send("PUT", u"/v1/votes/"_s + sha256Hex(u"metrics"_s), voteBody("unsafe"), m_token).status, 200);
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

void TestServerApi::databaseHoldsNoToken()
{
    const QString token = registerDevice();
    QCOMPARE(send("PUT", u"/v1/votes/"_s + sha256Hex(u"privacy"_s), voteBody("safe"), token).status, 200);
    QByteArray everything;
    for (const QString& suffix : {u""_s, u"-wal"_s, u"-journal"_s}) {
        QFile file(m_server.databasePath() + suffix);
        if (file.open(QIODevice::ReadOnly))
            everything += file.readAll();
    }
    QVERIFY(everything.size() > 1000);
    QVERIFY(!everything.contains(token.toLatin1()));
    QVERIFY(!everything.contains(m_token.toLatin1()));
    QVERIFY(!everything.contains(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding)));
    // Only the hash is kept, which is how the server recognises the token.
    QVERIFY(
        everything.contains(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex()));

    QFile secret(m_server.dataDir() + u"/server.secret"_s);
    QVERIFY(secret.exists());
    const QFileDevice::Permissions shared =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QVERIFY(secret.permissions() & QFileDevice::ReadOwner);
    QCOMPARE(secret.permissions() & shared, QFileDevice::Permissions());
}

void TestServerApi::shutsDownOnSigint()
{
    ServerProcess second;
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    QVERIFY(second.port() != m_server.port());
    QVERIFY2(second.stop(SIGINT), qPrintable(second.errorString()));
}

void TestServerApi::refusesPostgresForNow()
{
    QProcess process;
    process.start(QStringLiteral(SAFESCAN_SERVER_BINARY),
                  {u"--listen"_s, u"127.0.0.1:0"_s, u"--database"_s, u"postgres://u:p@127.0.0.1:5432/db"_s});
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("not supported yet"));

    process.start(QStringLiteral(SAFESCAN_SERVER_BINARY), {u"--version"_s});
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().startsWith("safescan-server "));
}

QTEST_GUILESS_MAIN(TestServerApi)
#include "TestServerApi.moc"
