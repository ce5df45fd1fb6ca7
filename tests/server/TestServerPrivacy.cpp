// What safescan-server keeps (SPEC §8): after a realistic session — devices, accounts, logins
// (one with a wrong password), votes, reports with and without consent, spam, moderation, a sync
// push, analytics events — every column of every table and the server's whole log (stderr, every
// safescan category at debug level) are searched: no scanned URL (but the consented report
// content, in the database only), no IP address, no token and no password is in them.
#include "ApiClient.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

const QString Password = u"privacy password 1"_s;
const QString ModeratorPassword = u"privacy password 2"_s;
const QString ConsentedUrl = u"https://consented.example/login?id=42"_s;
const QStringList ScannedUrls = {u"https://scanned-one.example/a"_s, u"https://scanned-two.example/b?q=1"_s,
                                 u"https://not-consented.example/c"_s, u"https://spam-target.example/"_s};

} // namespace

class TestServerPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesNoUrlAddressTokenOrPassword();
    void keepsTheSecretPrivate();

private:
    QString dumpEveryTable(const ServerProcess& server, QStringList& tables);
};

QString TestServerPrivacy::dumpEveryTable(const ServerProcess& server, QStringList& tables)
{
    QString dump;
    {
        // SQLite or PostgreSQL, whichever the server ran on (ServerProcess::backend()).
        QSqlDatabase db = server.openDatabase(u"privacy"_s);
        if (!db.isOpen())
            return {};
        tables = db.tables(QSql::Tables);
        for (const QString& table : std::as_const(tables)) {
            QSqlQuery query(db);
            if (!query.exec(u"SELECT * FROM \"%1\""_s.arg(table)))
                return {};
            while (query.next()) {
                const QSqlRecord record = query.record();
                for (int i = 0; i < record.count(); ++i) {
                    const QVariant value = record.value(i);
                    const QString text = value.typeId() == QMetaType::QByteArray
                                             ? QString::fromLatin1(value.toByteArray().toHex())
                                             : value.toString();
                    dump += u"%1.%2=%3\n"_s.arg(table, record.fieldName(i), text);
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(u"privacy"_s);
    return dump;
}

void TestServerPrivacy::storesNoUrlAddressTokenOrPassword()
{
    // Everything the server can log, kept for the search below.
    qputenv("QT_LOGGING_RULES", "safescan.*=true");
    ApiClient client;
    client.server().captureLog();
    QVERIFY(client.addUser(u"pat"_s, u"user"_s, Password));
    QVERIFY(client.addUser(u"mod"_s, u"moderator"_s, ModeratorPassword));
    QVERIFY2(client.start(u"--rate-capacity 100000 --vote-limit 999 --spam-item-repeats 3"_s.split(u' ')),
             qPrintable(client.server().errorString()));

    QStringList tokens;
    for (int i = 0; i < 3; ++i)
        tokens.append(client.registerDevice());
    tokens.append(client.login(u"pat"_s, Password));
    const QString moderator = client.login(u"mod"_s, ModeratorPassword);
    tokens.append(moderator);
    QVERIFY(client.login(u"pat"_s, u"wrong password"_s).isEmpty());
    for (const QString& token : std::as_const(tokens))
        QVERIFY(!token.isEmpty());

    const auto put = [&](const QString& url, const char* vote, const QString& token) {
        return client
            .send("PUT", u"/v1/votes/"_s + ApiClient::sha256Hex(url),
                  "{\"vote\": \"" + QByteArray(vote) + "\"}", token)
            .status;
    };
    QCOMPARE(put(ScannedUrls[0], "safe", tokens[0]), 200);
    QCOMPARE(put(ScannedUrls[0], "unsafe", tokens[1]), 200);
    QCOMPARE(put(ScannedUrls[1], "unsafe", tokens[0]), 200);
    QCOMPARE(
        client.send("DELETE", u"/v1/votes/"_s + ApiClient::sha256Hex(ScannedUrls[1]), {}, tokens[0]).status,
        204);
    for (int i = 0; i < 4; ++i) // spam: quarantined and audited
        put(ScannedUrls[3], i % 2 ? "safe" : "unsafe", tokens[2]);

    const auto postReport = [&](const QJsonObject& body, const QString& token) {
        return client.send("POST", u"/v1/reports"_s, ApiClient::json(body), token).status;
    };
    QCOMPARE(postReport({{u"hash"_s, ApiClient::sha256Hex(ConsentedUrl)},
                         {u"reason"_s, u"phishing"_s},
                         {u"note"_s, u"asks for my bank password"_s},
                         {u"content"_s, ConsentedUrl}},
                        tokens[3]),
             201);
    QCOMPARE(
        postReport({{u"hash"_s, ApiClient::sha256Hex(ScannedUrls[2])}, {u"reason"_s, u"scam"_s}}, tokens[0]),
        201);

    // Moderation: a decision, a quarantine and its restore, a dismissal.
    const auto act = [&](const QJsonObject& body) {
        return client.send("POST", u"/v1/moderation/actions"_s, ApiClient::json(body), moderator).status;
    };
    QCOMPARE(act({{u"action"_s, u"confirm_unsafe"_s},
                  {u"hash"_s, ApiClient::sha256Hex(ConsentedUrl)},
                  {u"reason"_s, u"phishing kit"_s}}),
             200);
    QCOMPARE(act({{u"action"_s, u"dismiss_reports"_s},
                  {u"hash"_s, ApiClient::sha256Hex(ScannedUrls[2])},
                  {u"reason"_s, u"harmless"_s}}),
             200);
    const QJsonArray queue =
        client.send("GET", u"/v1/moderation/queue"_s, {}, moderator).json.value(u"entries"_s).toArray();
    QString voter;
    for (const QJsonValue& entry : queue) {
        if (entry[u"kind"_s].toString() == u"voter"_s)
            voter = entry[u"voter"_s].toString();
    }
    QVERIFY(!voter.isEmpty());
    QCOMPARE(act({{u"action"_s, u"restore_voter"_s}, {u"voter"_s, voter}, {u"reason"_s, u"human"_s}}), 200);
    QCOMPARE(act({{u"action"_s, u"quarantine_voter"_s}, {u"voter"_s, voter}, {u"reason"_s, u"again"_s}}),
             200);

    // A sync push (end-to-end encrypted records: opaque to the server) and analytics events.
    const QJsonObject mutation{{u"id"_s, 1},
                               {u"kind"_s, u"put"_s},
                               {u"record_id"_s, u"7a0c3f5e-8a1b-4c2d-9e3f-0a1b2c3d4e5f"_s},
                               {u"updated_at"_s, QDateTime::currentMSecsSinceEpoch()},
                               {u"ciphertext"_s, QString::fromLatin1(QByteArray(48, '\x5a').toBase64())}};
    const ApiReply pushed = client.send(
        "POST", u"/v1/sync/push"_s,
        ApiClient::json({{u"client_id"_s, u"privacy-client"_s}, {u"mutations"_s, QJsonArray{mutation}}}),
        tokens[3]);
    QVERIFY2(pushed.status == 200, pushed.body.constData());
    const QJsonObject scan{
        {u"id"_s, u"3f1e8d2c-5b4a-4c3d-8e2f-1a0b9c8d7e6f"_s},
        {u"type"_s, u"scan"_s},
        {u"time"_s, QDateTime::currentMSecsSinceEpoch()},
        {u"props"_s, QJsonObject{{u"payload_type"_s, u"url"_s}, {u"verdict"_s, u"suspicious"_s}}}};
    const ApiReply events =
        client.send("POST", u"/v1/events"_s,
                    ApiClient::json({{u"install_id"_s, u"0123456789abcdef0123456789abcdef"_s},
                                     {u"events"_s, QJsonArray{scan}}}),
                    tokens[0]);
    QVERIFY2(events.status == 200 && events.json.value(u"accepted"_s).toInt() == 1, events.body.constData());
    QVERIFY2(client.server().stop(SIGTERM), qPrintable(client.server().errorString()));
    qunsetenv("QT_LOGGING_RULES");

    QStringList tables;
    const QString dump = dumpEveryTable(client.server(), tables);
    for (const QString& expected :
         {u"devices"_s, u"votes"_s, u"audit_log"_s, u"accounts"_s, u"sessions"_s, u"reports"_s,
          u"moderation_decisions"_s, u"quarantined_voters"_s, u"sync_records"_s, u"analytics_events"_s})
        QVERIFY2(tables.contains(expected), qPrintable(tables.join(u", "_s)));
    QVERIFY(dump.size() > 2000);

    // Controls: the dump holds what it should.
    QVERIFY(dump.contains(u"reports.content="_s + ConsentedUrl));
    QVERIFY(dump.contains(u"$argon2id$"_s));
    QVERIFY(dump.contains(ApiClient::sha256Hex(tokens[0]))); // only the hash of a token
    QVERIFY(dump.contains(u"audit_log.action=quarantine_voter"_s));

    QCOMPARE(dump.count(ConsentedUrl), 1); // in the consented report, nowhere else
    for (const QString& url : ScannedUrls) {
        QVERIFY2(!dump.contains(url), qPrintable(url));
        QVERIFY2(!dump.contains(QUrl(url).host()), qPrintable(url));
    }
    for (const QString& token : std::as_const(tokens))
        QVERIFY2(!dump.contains(token), qPrintable(token));
    for (const QString& password : {Password, ModeratorPassword, u"wrong password"_s})
        QVERIFY2(!dump.contains(password), qPrintable(password));
    static const QRegularExpression ipv4(u"(^|[^0-9.])(\\d{1,3}\\.){3}\\d{1,3}([^0-9.]|$)"_s);
    const QRegularExpressionMatch address = ipv4.match(dump);
    QVERIFY2(!address.hasMatch(), qPrintable(address.captured()));
    QVERIFY(!dump.contains(u"::1"_s));
    QVERIFY(!dump.contains(u"localhost"_s));

    // The raw SQLite file too (free pages, the WAL): no token, password or unconsented URL.
    const QByteArray raw = client.server().databaseDump();
    for (const QString& secret : tokens + QStringList{Password, ModeratorPassword} + ScannedUrls)
        QVERIFY2(!raw.contains(secret.toUtf8()), qPrintable(secret));

    // The server's log: not even the consented URL.
    const QString log = QString::fromUtf8(client.server().log());
    QVERIFY2(log.contains(u"safescan."_s), qPrintable(log.left(2000))); // control: it logged
    for (const QString& secret : tokens +
                                     QStringList{Password, ModeratorPassword, u"wrong password"_s,
                                                 ConsentedUrl, QUrl(ConsentedUrl).host()} +
                                     ScannedUrls) {
        QVERIFY2(!log.contains(secret), qPrintable(secret));
    }
    // Nor the hash of an item a user voted on (moderation actions name their item: an audit trail).
    for (const QString& url : {ScannedUrls[0], ScannedUrls[1], ScannedUrls[3]}) {
        const qsizetype at = log.indexOf(ApiClient::sha256Hex(url));
        QVERIFY2(at < 0, qPrintable(log.mid(std::max<qsizetype>(0, at - 300), 400)));
    }
    // The database server's address is configuration (PostgreSQL back end): not a client's.
    QString others = log;
    const QUrl database(client.server().databaseUrl());
    if (!database.host().isEmpty())
        others.remove(u"@%1:%2/"_s.arg(database.host()).arg(database.port(5432)));
    const QRegularExpressionMatch logged = ipv4.match(others);
    QVERIFY2(!logged.hasMatch(),
             qPrintable(others.mid(std::max<qsizetype>(0, logged.capturedStart() - 200), 400)));
    QVERIFY(!log.contains(u"::1"_s));
}

void TestServerPrivacy::keepsTheSecretPrivate()
{
    ApiClient client;
    QVERIFY2(client.start(), qPrintable(client.server().errorString()));
    QFile secret(client.server().dataDir() + u"/server.secret"_s);
    QVERIFY(secret.exists());
    const QFileDevice::Permissions shared =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QVERIFY(secret.permissions() & QFileDevice::ReadOwner);
    QCOMPARE(secret.permissions() & shared, QFileDevice::Permissions());
    QVERIFY2(client.server().stop(SIGTERM), qPrintable(client.server().errorString()));
}

QTEST_GUILESS_MAIN(TestServerPrivacy)
#include "TestServerPrivacy.moc"
