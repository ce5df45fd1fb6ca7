// Integration tests of end-to-end encrypted history sync (SPEC §9) through the real binary:
// POST /v1/sync/push (exactly once per (account, client id, mutation id), conflict rules, limits)
// and GET /v1/sync/pull (cursor paging), with session tokens only.
#include "ServerProcess.h"
#include "SyncTestClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

namespace {

constexpr qint64 HourMs = 60LL * 60 * 1000;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QJsonObject changeOf(const QJsonObject& pulled, const QString& recordId)
{
    for (const QJsonValue& change : pulled.value(u"changes"_s).toArray()) {
        if (change.toObject().value(u"record_id"_s).toString() == recordId)
            return change.toObject();
    }
    return {};
}

} // namespace

class TestServerSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void refusesCallersWithoutAnAccount_data();
    void refusesCallersWithoutAnAccount();
    void appliesEachMutationExactlyOnce();
    void partialBatchRejectsOnlyTheBadMutations();
    void pagesWithoutGapsOrDuplicates();
    void conflictRules_data();
    void conflictRules();
    void storesCiphertextVerbatimAndNoPlaintext();
    void refusesBadPushes_data();
    void refusesBadPushes();
    void refusesHugePushes();
    void refusesBadPullParameters_data();
    void refusesBadPullParameters();
    void keepsAccountsApart();

private:
    // A fresh account (so tests do not see each other's records) and its session token.
    QString newAccount();

    ServerProcess m_server;
    std::unique_ptr<SyncTestClient> m_client;
    QString m_alice; // session token
    QString m_device;
    int m_accounts = 0;
};

QString TestServerSync::newAccount()
{
    const QString name = u"sync-user-%1"_s.arg(++m_accounts);
    if (!m_client->addUser(name))
        return {};
    return m_client->login(name);
}

void TestServerSync::initTestCase()
{
    QVERIFY2(m_server.start({u"--rate-capacity"_s, u"100000"_s}), qPrintable(m_server.errorString()));
    m_client = std::make_unique<SyncTestClient>(m_server);
    m_alice = newAccount();
    QVERIFY(!m_alice.isEmpty());
    m_device = m_client->registerDevice();
    QVERIFY(!m_device.isEmpty());
}

void TestServerSync::cleanupTestCase()
{
    m_client.reset();
    QVERIFY2(m_server.stop(SIGTERM), qPrintable(m_server.errorString()));
}

void TestServerSync::refusesCallersWithoutAnAccount_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("no token") << u""_s << 401 << u"unauthorized"_s;
    QTest::newRow("unknown token") << u"bm90LWEtdG9rZW4tYXQtYWxsLWJ1dC1sb25nLWVub3VnaA"_s << 401
                                   << u"unauthorized"_s;
    QTest::newRow("device token") << u"device"_s << 403 << u"account_required"_s;
}

void TestServerSync::refusesCallersWithoutAnAccount()
{
    QFETCH(QString, caller);
    QFETCH(int, status);
    QFETCH(QString, error);
    const QString token = caller == u"device"_s ? m_device : caller;
    const QString record = SyncTestClient::recordId();
    const HttpReply pushed =
        m_client->push(token, u"c1"_s, {SyncTestClient::put(1, record, now(), SyncTestClient::ciphertext())});
    QCOMPARE(pushed.status, status);
    QCOMPARE(pushed.json.value(u"error"_s).toString(), error);
    const HttpReply pulled = m_client->pull(token, 0);
    QCOMPARE(pulled.status, status);
    QCOMPARE(pulled.json.value(u"error"_s).toString(), error);
    // Nothing reached the account.
    QVERIFY(changeOf(m_client->pull(m_alice, 0).json, record).isEmpty());
}

void TestServerSync::appliesEachMutationExactlyOnce()
{
    const QString token = newAccount();
    const qint64 t = now() - HourMs;
    const QString a = SyncTestClient::recordId(), b = SyncTestClient::recordId(),
                  c = SyncTestClient::recordId();
    const QJsonArray first{SyncTestClient::put(1, a, t, SyncTestClient::ciphertext()),
                           SyncTestClient::put(2, b, t, SyncTestClient::ciphertext()),
                           SyncTestClient::put(3, c, t, SyncTestClient::ciphertext())};
    HttpReply reply = m_client->push(token, u"laptop"_s, first);
    QCOMPARE(reply.status, 200);
    QCOMPARE(SyncTestClient::ids(reply.json.value(u"applied"_s)), (QList<qint64>{1, 2, 3}));
    QVERIFY(reply.json.value(u"duplicates"_s).toArray().isEmpty());
    const qint64 cursor = m_client->pull(token, 0).json.value(u"cursor"_s).toInteger();
    QCOMPARE(cursor, 3);

    // The same batch again (the answer was lost): acknowledged, not applied.
    for (int attempt = 0; attempt < 3; ++attempt) {
        reply = m_client->push(token, u"laptop"_s, first);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json.value(u"applied"_s).toArray().isEmpty());
        QCOMPARE(SyncTestClient::ids(reply.json.value(u"duplicates"_s)), (QList<qint64>{1, 2, 3}));
    }
    HttpReply pulled = m_client->pull(token, 0);
    QCOMPARE(pulled.json.value(u"changes"_s).toArray().size(), 3);
    QCOMPARE(pulled.json.value(u"cursor"_s).toInteger(), cursor); // no new change sequence numbers

    // An overlapping batch: 2 and 3 are duplicates, 4 (delete b) is new.
    reply =
        m_client->push(token, u"laptop"_s, {first.at(1), first.at(2), SyncTestClient::remove(4, b, t + 1)});
    QCOMPARE(SyncTestClient::ids(reply.json.value(u"duplicates"_s)), (QList<qint64>{2, 3}));
    QCOMPARE(SyncTestClient::ids(reply.json.value(u"applied"_s)), (QList<qint64>{4}));
    pulled = m_client->pull(token, cursor);
    QCOMPARE(pulled.json.value(u"changes"_s).toArray().size(), 1);
    const QJsonObject deleted = changeOf(pulled.json, b);
    QCOMPARE(deleted.value(u"deleted"_s).toBool(), true);
    QVERIFY(!deleted.contains(u"ciphertext"_s));
    QCOMPARE(deleted.value(u"client_id"_s).toString(), u"laptop"_s);

    // Mutation ids are per client: another client's id 1 is new.
    reply =
        m_client->push(token, u"phone"_s,
                       {SyncTestClient::put(1, SyncTestClient::recordId(), t, SyncTestClient::ciphertext())});
    QCOMPARE(SyncTestClient::ids(reply.json.value(u"applied"_s)), (QList<qint64>{1}));
}

void TestServerSync::partialBatchRejectsOnlyTheBadMutations()
{
    const QString token = newAccount();
    const qint64 t = now() - HourMs;
    const QString good1 = SyncTestClient::recordId(), good2 = SyncTestClient::recordId();
    QString uuidV1 = SyncTestClient::recordId();
    uuidV1[14] = u'1'; // a time-based (version 1) UUID: not random
    const QJsonArray batch{
        SyncTestClient::put(10, good1, t, SyncTestClient::ciphertext()),
        SyncTestClient::put(11, SyncTestClient::recordId(), t, u"not base64!"_s),
        SyncTestClient::put(12, SyncTestClient::recordId(), t, SyncTestClient::ciphertext(8)),
        SyncTestClient::put(13, uuidV1, t, SyncTestClient::ciphertext()),
        SyncTestClient::put(14, u"0f2a6c1e9b8d7c6a5f4e3d2c1b0a9f8e7d6c5b4a"_s.left(36), t,
                            SyncTestClient::ciphertext()),
        SyncTestClient::put(15, SyncTestClient::recordId(), now() + 3 * 24 * HourMs,
                            SyncTestClient::ciphertext()),
        SyncTestClient::put(16, SyncTestClient::recordId(), t, SyncTestClient::ciphertext(49 * 1024)),
        QJsonObject{{u"id"_s, 17}, {u"kind"_s, u"vote"_s}, {u"hash"_s, u"ab"_s}},
        SyncTestClient::put(18, good2, t, SyncTestClient::ciphertext()),
    };
    HttpReply reply = m_client->push(token, u"c"_s, batch);
    QCOMPARE(reply.status, 200);
    QCOMPARE(SyncTestClient::ids(reply.json.value(u"applied"_s)), (QList<qint64>{10, 18}));
    QHash<qint64, QString> errors;
    for (const QJsonValue& rejected : reply.json.value(u"rejected"_s).toArray()) {
        const QJsonObject object = rejected.toObject();
        QVERIFY(!object.value(u"message"_s).toString().isEmpty());
        errors.insert(object.value(u"id"_s).toInteger(), object.value(u"error"_s).toString());
    }
    const QHash<qint64, QString> expected{{11, u"invalid_ciphertext"_s}, {12, u"invalid_ciphertext"_s},
                                          {13, u"invalid_record_id"_s},  {14, u"invalid_record_id"_s},
                                          {15, u"invalid_timestamp"_s},  {16, u"record_too_large"_s},
                                          {17, u"unsupported_kind"_s}};
    QCOMPARE(errors, expected);
    const HttpReply pulled = m_client->pull(token, 0);
    QCOMPARE(pulled.json.value(u"changes"_s).toArray().size(), 2);
    QVERIFY(!changeOf(pulled.json, good1).isEmpty());
    QVERIFY(!changeOf(pulled.json, good2).isEmpty());

    // Rejected mutations are consumed: re-sent, every id is a duplicate.
    reply = m_client->push(token, u"c"_s, batch);
    QCOMPARE(SyncTestClient::ids(reply.json.value(u"duplicates"_s)).size(), batch.size());
    QVERIFY(reply.json.value(u"rejected"_s).toArray().isEmpty());
}

void TestServerSync::pagesWithoutGapsOrDuplicates()
{
    const QString token = newAccount();
    const qint64 t = now() - 10 * HourMs;
    QStringList records;
    QJsonArray batch;
    for (int i = 0; i < 25; ++i) {
        records.append(SyncTestClient::recordId());
        batch.append(SyncTestClient::put(i + 1, records.constLast(), t, SyncTestClient::ciphertext()));
    }
    QCOMPARE(m_client->push(token, u"c"_s, batch).status, 200);
    // Five records change again (they move to the end of the sequence), one is deleted.
    QHash<QString, QString> latest;
    QJsonArray edits;
    for (int i = 0; i < 5; ++i) {
        const QString text = SyncTestClient::ciphertext();
        latest.insert(records.at(i * 3), text);
        edits.append(SyncTestClient::put(100 + i, records.at(i * 3), t + 1000, text));
    }
    edits.append(SyncTestClient::remove(200, records.at(1), t + 1000));
    QCOMPARE(m_client->push(token, u"c2"_s, edits).status, 200);

    qint64 cursor = 0;
    qint64 lastSeq = 0;
    QSet<QString> seen;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        QVERIFY(pages < 10);
        const HttpReply page = m_client->pull(token, cursor, 7);
        QCOMPARE(page.status, 200);
        const QJsonArray changes = page.json.value(u"changes"_s).toArray();
        QVERIFY(changes.size() <= 7);
        for (const QJsonValue& value : changes) {
            const QJsonObject change = value.toObject();
            const qint64 seq = change.value(u"seq"_s).toInteger();
            QVERIFY2(seq > lastSeq, "sequence numbers increase");
            lastSeq = seq;
            const QString id = change.value(u"record_id"_s).toString();
            QVERIFY2(!seen.contains(id), "a record appears once");
            seen.insert(id);
            if (latest.contains(id))
                QCOMPARE(change.value(u"ciphertext"_s).toString(), latest.value(id));
            if (id == records.at(1))
                QVERIFY(change.value(u"deleted"_s).toBool());
        }
        QCOMPARE(page.json.value(u"cursor"_s).toInteger(), changes.isEmpty() ? cursor : lastSeq);
        cursor = page.json.value(u"cursor"_s).toInteger();
        more = page.json.value(u"more"_s).toBool();
    }
    QCOMPARE(pages, 4); // 7 + 7 + 7 + 4
    QCOMPARE(seen, QSet<QString>(records.begin(), records.end()));
    const HttpReply end = m_client->pull(token, cursor, 7);
    QVERIFY(end.json.value(u"changes"_s).toArray().isEmpty());
    QCOMPARE(end.json.value(u"cursor"_s).toInteger(), cursor);
    QCOMPARE(end.json.value(u"more"_s).toBool(), false);
}

void TestServerSync::conflictRules_data()
{
    QTest::addColumn<bool>("storedDeleted");
    QTest::addColumn<qint64>("incomingDelta"); // incoming updated_at − stored updated_at
    QTest::addColumn<bool>("incomingDeleted");
    QTest::addColumn<bool>("incomingWins");
    QTest::newRow("newer edit wins") << false << qint64(1) << false << true;
    QTest::newRow("older edit loses") << false << qint64(-1) << false << false;
    QTest::newRow("equal edit: server wins") << false << qint64(0) << false << false;
    QTest::newRow("newer deletion wins") << false << qint64(5) << true << true;
    QTest::newRow("deletion wins over an edit of the same time") << false << qint64(0) << true << true;
    QTest::newRow("older deletion loses to a newer edit") << false << qint64(-5) << true << false;
    QTest::newRow("edit older than the deletion loses") << true << qint64(-1) << false << false;
    QTest::newRow("edit at the deletion's time loses") << true << qint64(0) << false << false;
    QTest::newRow("edit newer than the deletion revives") << true << qint64(1) << false << true;
    QTest::newRow("second deletion at the same time: server wins") << true << qint64(0) << true << false;
}

void TestServerSync::conflictRules()
{
    QFETCH(bool, storedDeleted);
    QFETCH(qint64, incomingDelta);
    QFETCH(bool, incomingDeleted);
    QFETCH(bool, incomingWins);
    const QString token = newAccount();
    const QString record = SyncTestClient::recordId();
    const qint64 t = now() - HourMs;
    const QString stored = SyncTestClient::ciphertext();
    const QJsonObject first =
        storedDeleted ? SyncTestClient::remove(1, record, t) : SyncTestClient::put(1, record, t, stored);
    QCOMPARE(m_client->push(token, u"device-a"_s, {first}).status, 200);
    const qint64 cursor = m_client->pull(token, 0).json.value(u"cursor"_s).toInteger();

    const QString incoming = SyncTestClient::ciphertext();
    const QJsonObject second = incomingDeleted ? SyncTestClient::remove(1, record, t + incomingDelta)
                                               : SyncTestClient::put(1, record, t + incomingDelta, incoming);
    const HttpReply reply = m_client->push(token, u"device-b"_s, {second});
    QCOMPARE(reply.status, 200);
    QCOMPARE(SyncTestClient::ids(reply.json.value(u"applied"_s)), QList<qint64>{1});
    QCOMPARE(SyncTestClient::ids(reply.json.value(u"superseded"_s)).isEmpty(), incomingWins);

    const HttpReply all = m_client->pull(token, 0);
    const QJsonObject change = changeOf(all.json, record);
    const bool deleted = incomingWins ? incomingDeleted : storedDeleted;
    QCOMPARE(change.value(u"deleted"_s).toBool(), deleted);
    QCOMPARE(change.value(u"updated_at"_s).toInteger(), incomingWins ? t + incomingDelta : t);
    QCOMPARE(change.value(u"client_id"_s).toString(), incomingWins ? u"device-b"_s : u"device-a"_s);
    if (!deleted)
        QCOMPARE(change.value(u"ciphertext"_s).toString(), incomingWins ? incoming : stored);
    // Only a winning change is a new change for the other devices.
    QCOMPARE(m_client->pull(token, cursor).json.value(u"changes"_s).toArray().size(), incomingWins ? 1 : 0);
}

void TestServerSync::storesCiphertextVerbatimAndNoPlaintext()
{
    const QString token = newAccount();
    const QString record = SyncTestClient::recordId();
    const QString sealed = SyncTestClient::ciphertext(300);
    const qint64 t = now() - HourMs;

    // A plaintext field anywhere in a mutation refuses the whole push: nothing is applied or consumed.
    for (const QString& field : {u"content"_s, u"note"_s, u"host"_s, u"payload_type"_s}) {
        QJsonObject mutation = SyncTestClient::put(1, record, t, sealed);
        mutation.insert(field, u"https://bank.example/login"_s);
        const HttpReply reply = m_client->push(token, u"c"_s, {mutation});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(u"error"_s).toString(), u"unknown_field"_s);
    }
    HttpReply reply = m_client->push(token, u"c"_s, {SyncTestClient::put(1, record, t, sealed)});
    QCOMPARE(SyncTestClient::ids(reply.json.value(u"applied"_s)), QList<qint64>{1});
    QCOMPARE(changeOf(m_client->pull(token, 0).json, record).value(u"ciphertext"_s).toString(), sealed);

    // The database holds exactly the text sent, and nothing else of the record.
    {
        QSqlDatabase db = m_server.openDatabase(u"verbatim"_s);
        QVERIFY(db.isOpen());
        QSqlQuery query(db);
        query.prepare(u"SELECT ciphertext, updated_at, deleted FROM sync_records WHERE record_id = ?"_s);
        query.addBindValue(record);
        QVERIFY(query.exec());
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), sealed);
        QCOMPARE(query.value(1).toLongLong(), t);
        QCOMPARE(query.value(2).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(u"verbatim"_s);
}

void TestServerSync::refusesBadPushes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    const QString r = SyncTestClient::recordId();
    const auto push = [](const QJsonValue& mutations) {
        return SyncTestClient::json({{u"client_id"_s, u"c"_s}, {u"mutations"_s, mutations}});
    };
    const QString c = SyncTestClient::ciphertext();
    const qint64 t = now();
    QTest::newRow("garbage") << QByteArray("\x01\xff garbage") << u"malformed_json"_s;
    QTest::newRow("truncated") << QByteArray(R"({"client_id":"c","mutations":[{"id":1,)")
                               << u"malformed_json"_s;
    QTest::newRow("array body") << QByteArray("[]") << u"invalid_type"_s;
    QTest::newRow("no client_id") << SyncTestClient::json({{u"mutations"_s, QJsonArray{}}})
                                  << u"invalid_client_id"_s;
    QTest::newRow("client_id number")
        << SyncTestClient::json({{u"client_id"_s, 5}, {u"mutations"_s, QJsonArray{}}})
        << u"invalid_client_id"_s;
    QTest::newRow("client_id with spaces")
        << SyncTestClient::json({{u"client_id"_s, u"a b"_s}, {u"mutations"_s, QJsonArray{}}})
        << u"invalid_client_id"_s;
    QTest::newRow("unknown top-level field")
        << SyncTestClient::json({{u"client_id"_s, u"c"_s}, {u"mutations"_s, QJsonArray{}}, {u"x"_s, 1}})
        << u"unknown_field"_s;
    QTest::newRow("no mutations") << SyncTestClient::json({{u"client_id"_s, u"c"_s}}) << u"invalid_type"_s;
    QTest::newRow("mutations object") << push(QJsonObject{}) << u"invalid_type"_s;
    QTest::newRow("mutation not object") << push(QJsonArray{1}) << u"invalid_type"_s;
    QTest::newRow("id missing") << push(QJsonArray{QJsonObject{{u"kind"_s, u"put"_s}}}) << u"invalid_type"_s;
    QTest::newRow("id string") << push(QJsonArray{QJsonObject{{u"id"_s, u"1"_s}, {u"kind"_s, u"put"_s}}})
                               << u"invalid_type"_s;
    QTest::newRow("id zero") << push(QJsonArray{SyncTestClient::put(0, r, t, c)}) << u"invalid_type"_s;
    QTest::newRow("id fraction") << push(QJsonArray{QJsonObject{{u"id"_s, 1.5}, {u"kind"_s, u"put"_s}}})
                                 << u"invalid_type"_s;
    QTest::newRow("kind missing") << push(QJsonArray{QJsonObject{{u"id"_s, 1}}}) << u"invalid_type"_s;
    QTest::newRow("record_id number")
        << push(QJsonArray{QJsonObject{
               {u"id"_s, 1}, {u"kind"_s, u"delete"_s}, {u"record_id"_s, 7}, {u"updated_at"_s, t}}})
        << u"invalid_type"_s;
    QTest::newRow("updated_at string")
        << push(QJsonArray{QJsonObject{
               {u"id"_s, 1}, {u"kind"_s, u"delete"_s}, {u"record_id"_s, r}, {u"updated_at"_s, u"now"_s}}})
        << u"invalid_type"_s;
    QTest::newRow("ciphertext missing")
        << push(QJsonArray{
               QJsonObject{{u"id"_s, 1}, {u"kind"_s, u"put"_s}, {u"record_id"_s, r}, {u"updated_at"_s, t}}})
        << u"invalid_type"_s;
    QTest::newRow("ciphertext object") << push(QJsonArray{QJsonObject{{u"id"_s, 1},
                                                                      {u"kind"_s, u"put"_s},
                                                                      {u"record_id"_s, r},
                                                                      {u"updated_at"_s, t},
                                                                      {u"ciphertext"_s, QJsonObject{}}}})
                                       << u"invalid_type"_s;
    QTest::newRow("ciphertext on a delete") << push(QJsonArray{QJsonObject{{u"id"_s, 1},
                                                                           {u"kind"_s, u"delete"_s},
                                                                           {u"record_id"_s, r},
                                                                           {u"updated_at"_s, t},
                                                                           {u"ciphertext"_s, c}}})
                                            << u"unknown_field"_s;
    QTest::newRow("ids not increasing")
        << push(QJsonArray{SyncTestClient::put(2, r, t, c), SyncTestClient::put(1, r, t, c)})
        << u"invalid_order"_s;
    QTest::newRow("repeated id") << push(QJsonArray{SyncTestClient::put(3, r, t, c),
                                                    SyncTestClient::put(3, r, t, c)})
                                 << u"invalid_order"_s;
}

void TestServerSync::refusesBadPushes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const QString token = newAccount();
    const HttpReply reply = m_client->send("POST", u"/v1/sync/push"_s, body, token);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json.value(u"error"_s).toString(), error);
    QVERIFY(!reply.json.value(u"message"_s).toString().isEmpty());
    // Nothing was applied or consumed.
    QVERIFY(m_client->pull(token, 0).json.value(u"changes"_s).toArray().isEmpty());
    const HttpReply next = m_client->push(
        token, u"c"_s,
        {SyncTestClient::put(1, SyncTestClient::recordId(), now(), SyncTestClient::ciphertext())});
    QCOMPARE(SyncTestClient::ids(next.json.value(u"applied"_s)), QList<qint64>{1});
}

void TestServerSync::refusesHugePushes()
{
    const qint64 t = now();
    QJsonArray many;
    for (int i = 1; i <= 501; ++i)
        many.append(SyncTestClient::remove(i, SyncTestClient::recordId(), t));
    HttpReply reply = m_client->push(m_alice, u"huge"_s, many);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.json.value(u"error"_s).toString(), u"too_many_mutations"_s);

    // 500 is allowed (and fits the 1 MiB body limit).
    many.removeLast();
    reply = m_client->push(m_alice, u"huge"_s, many);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"applied"_s).toArray().size(), 500);

    // A body over 1 MiB.
    QJsonArray big;
    for (int i = 1; i <= 20; ++i)
        big.append(SyncTestClient::put(1000 + i, SyncTestClient::recordId(), t,
                                       SyncTestClient::ciphertext(48 * 1024)));
    reply = m_client->push(m_alice, u"huge"_s, big);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.json.value(u"error"_s).toString(), u"payload_too_large"_s);
}

void TestServerSync::refusesBadPullParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("error");
    QTest::newRow("negative cursor") << u"cursor=-1"_s << u"invalid_cursor"_s;
    QTest::newRow("text cursor") << u"cursor=abc"_s << u"invalid_cursor"_s;
    QTest::newRow("empty cursor") << u"cursor="_s << u"invalid_cursor"_s;
    QTest::newRow("huge cursor") << u"cursor=99999999999999999999999"_s << u"invalid_cursor"_s;
    QTest::newRow("repeated cursor") << u"cursor=1&cursor=2"_s << u"invalid_cursor"_s;
    QTest::newRow("limit zero") << u"limit=0"_s << u"invalid_limit"_s;
    QTest::newRow("limit too big") << u"limit=1001"_s << u"invalid_limit"_s;
    QTest::newRow("unknown parameter") << u"since=3"_s << u"unknown_field"_s;
}

void TestServerSync::refusesBadPullParameters()
{
    QFETCH(QString, query);
    QFETCH(QString, error);
    const HttpReply reply = m_client->send("GET", u"/v1/sync/pull?"_s + query, {}, m_alice);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json.value(u"error"_s).toString(), error);
}

void TestServerSync::keepsAccountsApart()
{
    const QString alice = newAccount();
    const QString bob = newAccount();
    const QString record = SyncTestClient::recordId();
    QCOMPARE(m_client
                 ->push(alice, u"same-client"_s,
                        {SyncTestClient::put(1, record, now(), SyncTestClient::ciphertext())})
                 .status,
             200);
    // Bob's client of the same name starts its own mutation ids; his pull sees none of Alice's records.
    const HttpReply reply = m_client->push(bob, u"same-client"_s, {SyncTestClient::remove(1, record, now())});
    QCOMPARE(SyncTestClient::ids(reply.json.value(u"applied"_s)), QList<qint64>{1});
    QVERIFY(!changeOf(m_client->pull(alice, 0).json, record).value(u"deleted"_s).toBool());
    QCOMPARE(m_client->pull(bob, 0).json.value(u"changes"_s).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestServerSync)
#include "TestServerSync.moc"
