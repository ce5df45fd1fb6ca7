// Integration tests of the data rights of SPEC §8 through the real binary: GET /v1/account/export
// (everything the server holds about an account) and DELETE /v1/account (synced history, sync
// clients and sessions removed, votes folded into anonymous aggregates, an audit entry without
// personal data).
#include "ServerProcess.h"
#include "SyncTestClient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

namespace {

QString sha256Hex(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

class TestServerAccountData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void refusesCallersWithoutAnAccount_data();
    void refusesCallersWithoutAnAccount();
    void exportHoldsEverythingAboutTheAccount();
    void deletionRemovesHistoryAndFoldsVotes();
    void deletionRefusesABody();

private:
    // Runs `sql` with `binds` on the server's SQLite file; the rows of its first column.
    QVariantList query(const QString& sql, const QVariantList& binds = {});
    bool exec(const QString& sql, const QVariantList& binds);
    // An account with two synced records (one later deleted), a report with content, a counted
    // vote on `countedItem` and a quarantined one; returns its session token and export.
    QString populatedAccount(const QString& name, const QString& countedItem, QJsonObject& exported);

    ServerProcess m_server;
    std::unique_ptr<SyncTestClient> m_client;
    QString m_device;
};

QVariantList TestServerAccountData::query(const QString& sql, const QVariantList& binds)
{
    QVariantList values;
    {
        QSqlDatabase db = m_server.openDatabase(u"inspect"_s);
        if (db.isOpen()) {
            QSqlQuery query(db);
            query.prepare(sql);
            for (const QVariant& value : binds)
                query.addBindValue(value);
            if (query.exec()) {
                while (query.next())
                    values.append(query.value(0));
            } else {
                qWarning() << "query failed:" << sql;
            }
        }
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
    return values;
}

bool TestServerAccountData::exec(const QString& sql, const QVariantList& binds)
{
    bool ok = false;
    {
        QSqlDatabase db = m_server.openDatabase(u"seed"_s);
        if (db.isOpen()) {
            QSqlQuery query(db);
            query.prepare(sql);
            for (const QVariant& value : binds)
                query.addBindValue(value);
            ok = query.exec();
        }
    }
    QSqlDatabase::removeDatabase(u"seed"_s);
    return ok;
}

void TestServerAccountData::initTestCase()
{
    QVERIFY2(m_server.start({u"--rate-capacity"_s, u"100000"_s}), qPrintable(m_server.errorString()));
    m_client = std::make_unique<SyncTestClient>(m_server);
    m_device = m_client->registerDevice();
    QVERIFY(!m_device.isEmpty());
}

void TestServerAccountData::cleanupTestCase()
{
    m_client.reset();
    QVERIFY2(m_server.stop(SIGTERM), qPrintable(m_server.errorString()));
}

QString TestServerAccountData::populatedAccount(const QString& name, const QString& countedItem,
                                                QJsonObject& exported)
{
    if (!m_client->addUser(name))
        return {};
    const QString token = m_client->login(name);
    const qint64 t = now() - 60000;
    const QString kept = SyncTestClient::recordId(), removed = SyncTestClient::recordId();
    const HttpReply pushed = m_client->push(token, name + u"-laptop"_s,
                                            {SyncTestClient::put(1, kept, t, SyncTestClient::ciphertext()),
                                             SyncTestClient::put(2, removed, t, SyncTestClient::ciphertext()),
                                             SyncTestClient::remove(3, removed, t + 1)});
    if (pushed.status != 200)
        return {};
    const HttpReply report =
        m_client->send("POST", u"/v1/reports"_s,
                       SyncTestClient::json({{u"hash"_s, sha256Hex(name + u"-reported"_s)},
                                             {u"reason"_s, u"phishing"_s},
                                             {u"content"_s, u"https://phish.example/"_s + name}}),
                       token);
    if (report.status != 201)
        return {};
    // Votes under the account's pseudonym (the export names it), as a voting client would leave them.
    const HttpReply first = m_client->send("GET", u"/v1/account/export"_s, {}, token);
    const QString pseudonym = first.json.value(u"pseudonym"_s).toString();
    if (pseudonym.size() != 64)
        return {};
    const QString vote =
        u"INSERT INTO votes(item_hash, voter, vote, voted_at, quarantined) VALUES(?, ?, ?, ?, ?)"_s;
    if (!exec(vote, {countedItem, pseudonym, u"safe"_s, now(), 0}) ||
        !exec(vote, {sha256Hex(name + u"-spam"_s), pseudonym, u"unsafe"_s, now(), 1}))
        return {};
    exported = m_client->send("GET", u"/v1/account/export"_s, {}, token).json;
    return token;
}

void TestServerAccountData::refusesCallersWithoutAnAccount_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("device");
    QTest::addColumn<int>("status");
    QTest::newRow("export, no token") << QByteArray("GET") << u"/v1/account/export"_s << false << 401;
    QTest::newRow("export, device") << QByteArray("GET") << u"/v1/account/export"_s << true << 403;
    QTest::newRow("delete, no token") << QByteArray("DELETE") << u"/v1/account"_s << false << 401;
    QTest::newRow("delete, device") << QByteArray("DELETE") << u"/v1/account"_s << true << 403;
}

void TestServerAccountData::refusesCallersWithoutAnAccount()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(bool, device);
    QFETCH(int, status);
    const HttpReply reply = m_client->send(method, path, {}, device ? m_device : QString());
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json.value(u"error"_s).toString(), device ? u"account_required"_s : u"unauthorized"_s);
}

void TestServerAccountData::exportHoldsEverythingAboutTheAccount()
{
    const QString item = sha256Hex(u"carol-item"_s);
    QJsonObject exported;
    const QString token = populatedAccount(u"carol"_s, item, exported);
    QVERIFY(!token.isEmpty());
    QVERIFY(!m_client->login(u"carol"_s).isEmpty()); // a second session

    const HttpReply reply = m_client->send("GET", u"/v1/account/export"_s, {}, token);
    QCOMPARE(reply.status, 200);
    const QJsonObject document = reply.json;
    const QJsonObject account = document.value(u"account"_s).toObject();
    QCOMPARE(account.value(u"username"_s).toString(), u"carol"_s);
    QCOMPARE(account.value(u"role"_s).toString(), u"user"_s);
    QVERIFY(account.value(u"created_at"_s).toInteger() > 0);
    QVERIFY(!account.contains(u"password_hash"_s));

    const QJsonArray sessions = document.value(u"sessions"_s).toArray();
    QCOMPARE(sessions.size(), 2);
    QCOMPARE(sessions.at(0).toObject().keys(), (QStringList{u"created_at"_s, u"expires_at"_s}));

    const QJsonArray votes = document.value(u"votes"_s).toArray();
    QCOMPARE(votes.size(), 2);
    int quarantined = 0;
    for (const QJsonValue& vote : votes) {
        quarantined += vote.toObject().value(u"quarantined"_s).toBool() ? 1 : 0;
        if (vote.toObject().value(u"hash"_s).toString() == item)
            QCOMPARE(vote.toObject().value(u"vote"_s).toString(), u"safe"_s);
    }
    QCOMPARE(quarantined, 1);

    const QJsonArray reports = document.value(u"reports"_s).toArray();
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.at(0).toObject().value(u"content"_s).toString(), u"https://phish.example/carol"_s);
    QCOMPARE(reports.at(0).toObject().value(u"reason"_s).toString(), u"phishing"_s);

    const QJsonArray clients = document.value(u"sync_clients"_s).toArray();
    QCOMPARE(clients.size(), 1);
    QCOMPARE(clients.at(0).toObject().value(u"client_id"_s).toString(), u"carol-laptop"_s);
    QCOMPARE(clients.at(0).toObject().value(u"last_mutation"_s).toInteger(), 3);

    const QJsonArray records = document.value(u"sync_records"_s).toArray();
    QCOMPARE(records.size(), 2);
    const QJsonArray pulled = m_client->pull(token, 0).json.value(u"changes"_s).toArray();
    for (int i = 0; i < records.size(); ++i) {
        const QJsonObject record = records.at(i).toObject();
        const QJsonObject change = pulled.at(i).toObject();
        QCOMPARE(record.value(u"record_id"_s), change.value(u"record_id"_s));
        QCOMPARE(record.value(u"deleted"_s), change.value(u"deleted"_s));
        if (!record.value(u"deleted"_s).toBool())
            QCOMPARE(record.value(u"ciphertext"_s).toString(), change.value(u"ciphertext"_s).toString());
        else
            QVERIFY(record.value(u"ciphertext"_s).isNull());
    }
    const QJsonArray audit = document.value(u"audit"_s).toArray();
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.at(0).toObject().value(u"action"_s).toString(), u"add_user"_s);
    QCOMPARE(audit.at(0).toObject().value(u"subject"_s).toString(), u"carol"_s);

    // No secrets in the export: no password hash, no token or token hash.
    QVERIFY(!reply.body.contains("$argon2"));
    QVERIFY(!reply.body.contains(token.toLatin1()));
    QVERIFY(
        !reply.body.contains(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(document.value(u"pseudonym"_s).toString(), exported.value(u"pseudonym"_s).toString());
}

void TestServerAccountData::deletionRemovesHistoryAndFoldsVotes()
{
    const QString item = sha256Hex(u"erin-item"_s);
    QJsonObject exported;
    const QString token = populatedAccount(u"erin"_s, item, exported);
    QVERIFY(!token.isEmpty());
    const QString pseudonym = exported.value(u"pseudonym"_s).toString();
    const qint64 accountId = exported.value(u"account"_s).toObject().value(u"id"_s).toInteger();
    // Another voter on the same item, and another account whose data must stay.
    QVERIFY(exec(
        u"INSERT INTO votes(item_hash, voter, vote, voted_at, quarantined) VALUES(?, 'someone', 'safe', ?, 0)"_s,
        {item, now()}));
    QJsonObject frankExport;
    const QString frank = populatedAccount(u"frank"_s, item, frankExport);
    QVERIFY(!frank.isEmpty());
    const QString prefix = u"/v1/ratings?prefix="_s + item.left(8);
    const QJsonObject before =
        m_client->send("GET", prefix).json.value(u"ratings"_s).toArray().at(0).toObject();
    QCOMPARE(before.value(u"safe"_s).toInt(), 3);

    const HttpReply reply = m_client->send("DELETE", u"/v1/account"_s, {}, token);
    QCOMPARE(reply.status, 200);
    const QJsonObject deleted = reply.json.value(u"deleted"_s).toObject();
    QCOMPARE(deleted.value(u"records"_s).toInt(), 2);
    QCOMPARE(deleted.value(u"sync_clients"_s).toInt(), 1);
    QCOMPARE(deleted.value(u"sessions"_s).toInt(), 1);
    QCOMPARE(deleted.value(u"votes_folded"_s).toInt(), 1);
    QCOMPARE(deleted.value(u"votes_dropped"_s).toInt(), 1);
    QCOMPARE(deleted.value(u"reports_anonymised"_s).toInt(), 1);
    QCOMPARE(deleted.value(u"audit_anonymised"_s).toInt(), 1); // admin-cli's add_user entry

    // The session is gone with the account, and so is the login.
    QCOMPARE(m_client->send("GET", u"/v1/account/export"_s, {}, token).status, 401);
    QCOMPARE(m_client->pull(token, 0).status, 401);
    QVERIFY(m_client->login(u"erin"_s).isEmpty());

    // Nothing keyed by the account or its pseudonym remains, except the anonymous aggregate.
    QCOMPARE(query(u"SELECT count(*) FROM accounts WHERE id = ?"_s, {accountId}).value(0).toInt(), 0);
    for (const QString& table : {u"sync_records"_s, u"sync_clients"_s, u"sync_accounts"_s, u"sessions"_s})
        QCOMPARE(
            query(u"SELECT count(*) FROM %1 WHERE account_id = ?"_s.arg(table), {accountId}).value(0).toInt(),
            0);
    QCOMPARE(query(u"SELECT count(*) FROM votes WHERE voter = ?"_s, {pseudonym}).value(0).toInt(), 0);
    QCOMPARE(query(u"SELECT count(*) FROM reports WHERE reporter = ?"_s, {pseudonym}).value(0).toInt(), 0);
    QCOMPARE(
        query(
            u"SELECT count(*) FROM audit_log WHERE subject = 'erin' OR actor = 'erin' OR detail LIKE '%erin%'"_s)
            .value(0)
            .toInt(),
        0);
    QCOMPARE(query(u"SELECT safe_count FROM vote_folds WHERE item_hash = ?"_s, {item}).value(0).toInt(), 1);
    const QJsonObject after =
        m_client->send("GET", prefix).json.value(u"ratings"_s).toArray().at(0).toObject();
    QCOMPARE(after.value(u"safe"_s).toInt(), 3);
    QCOMPARE(after.value(u"unsafe"_s).toInt(), 0);
    QCOMPARE(after.value(u"score"_s).toDouble(), 1.0);

    // One audit entry, with counts only.
    const QVariantList details =
        query(u"SELECT coalesce(actor, '') || '|' || coalesce(subject, '') || '|' || coalesce(detail, '') "
              u"FROM audit_log WHERE action = 'delete_account'"_s);
    QCOMPARE(details.size(), 1);
    const QString detail = details.at(0).toString();
    QVERIFY2(!detail.contains(u"erin"_s) && !detail.contains(pseudonym), qPrintable(detail));
    QVERIFY(detail.contains(u"\"records\":2"_s));

    // Frank keeps everything.
    QCOMPARE(m_client->pull(frank, 0).json.value(u"changes"_s).toArray().size(), 2);
    QCOMPARE(
        m_client->send("GET", u"/v1/account/export"_s, {}, frank).json.value(u"votes"_s).toArray().size(), 2);
}

void TestServerAccountData::deletionRefusesABody()
{
    QVERIFY(m_client->addUser(u"grace"_s));
    const QString token = m_client->login(u"grace"_s);
    const HttpReply reply = m_client->send("DELETE", u"/v1/account"_s, "{\"really\":true}", token);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json.value(u"error"_s).toString(), u"unexpected_body"_s);
    QCOMPARE(m_client->send("GET", u"/v1/account/export"_s, {}, token).status, 200);
}

QTEST_GUILESS_MAIN(TestServerAccountData)
#include "TestServerAccountData.moc"
