// VoteRepository: one vote per item, replace and retract, each change with its outbox row in the
// same transaction.
#include "ManualClock.h"
#include "localdata/AppState.h"
#include "localdata/ContentHash.h"
#include "localdata/OutboxWriter.h"
#include "localdata/VoteRepository.h"
#include "store/ClientSchema.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

const qint64 kStart = 1'795'000'000'000;

QString hashOf(const QString& content)
{
    return ContentHash::ofCanonicalContent(content);
}

struct OutboxRow
{
    qint64 id = 0;
    QString clientId;
    QString kind;
    QString recordUuid;
    QJsonObject body;
    qint64 createdAt = 0;
    int attempts = 0;
};

QList<OutboxRow> outbox(QSqlDatabase db)
{
    QList<OutboxRow> rows;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT id, client_id, kind, record_uuid, body, created_at, attempts FROM outbox "
                    u"ORDER BY id"_s))
        return rows;
    while (query.next()) {
        rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(),
                     QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object(),
                     query.value(5).toLongLong(), query.value(6).toInt()});
    }
    return rows;
}

// Everything in my_votes, as "hash:vote:voted_at:sync_state".
QStringList votesTable(QSqlDatabase db)
{
    QStringList rows;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT content_hash, vote, voted_at, sync_state FROM my_votes ORDER BY content_hash"_s))
        return {u"(unreadable)"_s};
    while (query.next()) {
        rows.append(u"%1:%2:%3:%4"_s.arg(query.value(0).toString(), query.value(1).toString())
                        .arg(query.value(2).toLongLong())
                        .arg(query.value(3).toString()));
    }
    return rows;
}

} // namespace

class TestVoteRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void voteNames();
    void contentHash();
    void setVote_data();
    void setVote();
    void retract();
    void outboxRowDescribesChange();
    void clientIdCreatedOnceAndKept();
    void pendingAndMarkSynced();
    void allListsNewestFirst();
    void failureLeavesVoteAndOutboxUnchanged_data();
    void failureLeavesVoteAndOutboxUnchanged();
    void refusesBadHash_data();
    void refusesBadHash();
    void storeChecksHashAndVote_data();
    void storeChecksHashAndVote();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<VoteRepository> m_votes;
};

void TestVoteRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<Test::ManualClock>(1000, kStart);
    m_db = std::make_unique<Database>(m_dir->filePath(u"votes.sqlite"_s), *m_clock, clientSchema());
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
    m_votes = std::make_unique<VoteRepository>(*m_db, *m_clock);
}

void TestVoteRepository::cleanup()
{
    m_votes.reset();
    m_db.reset();
}

void TestVoteRepository::voteNames()
{
    QCOMPARE(voteName(Vote::Safe), u"safe"_s);
    QCOMPARE(voteName(Vote::Unsafe), u"unsafe"_s);
    QCOMPARE(voteFromName(u"safe"), std::optional<Vote>(Vote::Safe));
    QCOMPARE(voteFromName(u"unsafe"), std::optional<Vote>(Vote::Unsafe));
    QVERIFY(!voteFromName(u"SAFE").has_value());
    QVERIFY(!voteFromName(u"").has_value());
}

void TestVoteRepository::contentHash()
{
    // FIPS 180-2 test vector; UTF-8 of the canonical content.
    QCOMPARE(ContentHash::ofCanonicalContent(u"abc"),
             u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
    QCOMPARE(ContentHash::ofCanonicalContent(u"é"),
             ContentHash::normalized(u"4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c"_s));
    const QString upper = u"BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"_s;
    QCOMPARE(ContentHash::normalized(upper), upper.toLower());
    QVERIFY(ContentHash::normalized(upper.left(63)).isEmpty());
    QVERIFY(ContentHash::normalized(upper.left(63) + u'x').isEmpty());
}

void TestVoteRepository::setVote_data()
{
    QTest::addColumn<QStringList>(
        "sequence");                    // "safe" / "unsafe" / "retract", one step per ms... or "+N" to wait
    QTest::addColumn<QString>("final"); // expected vote afterwards, empty when none
    QTest::addColumn<int>("outboxRows");
    QTest::addColumn<QList<bool>>("changed"); // per vote/retract step

    QTest::newRow("first vote") << QStringList{u"safe"_s} << u"safe"_s << 1 << QList<bool>{true};
    QTest::newRow("replace") << QStringList{u"safe"_s, u"+5"_s, u"unsafe"_s} << u"unsafe"_s << 2
                             << QList<bool>{true, true};
    QTest::newRow("same vote again changes nothing")
        << QStringList{u"unsafe"_s, u"+5"_s, u"unsafe"_s} << u"unsafe"_s << 1 << QList<bool>{true, false};
    QTest::newRow("replace within one millisecond")
        << QStringList{u"safe"_s, u"unsafe"_s, u"safe"_s} << u"safe"_s << 3 << QList<bool>{true, true, true};
    QTest::newRow("vote, retract, vote") << QStringList{u"safe"_s, u"retract"_s, u"+1"_s, u"unsafe"_s}
                                         << u"unsafe"_s << 3 << QList<bool>{true, true, true};
    QTest::newRow("retract without vote")
        << QStringList{u"retract"_s} << QString() << 0 << QList<bool>{false};
    QTest::newRow("retract twice") << QStringList{u"unsafe"_s, u"retract"_s, u"retract"_s} << QString() << 2
                                   << QList<bool>{true, true, false};
}

void TestVoteRepository::setVote()
{
    QFETCH(QStringList, sequence);
    QFETCH(QString, final);
    QFETCH(int, outboxRows);
    QFETCH(QList<bool>, changed);
    const QString hash = hashOf(u"https://example.org/"_s);
    QList<bool> seen;
    qint64 lastVotedAt = 0;
    qint64 lastMutation = 0;
    for (const QString& step : sequence) {
        if (step.startsWith(u'+')) {
            m_clock->advance(step.mid(1).toLongLong());
            continue;
        }
        const VoteChange change =
            step == u"retract" ? m_votes->retract(hash) : m_votes->setVote(hash, *voteFromName(step));
        QVERIFY2(change.ok, qPrintable(change.error));
        seen.append(change.changed);
        QCOMPARE(change.mutationId != 0, change.changed);
        if (change.changed) {
            QVERIFY(change.mutationId > lastMutation); // increasing mutation ids
            lastMutation = change.mutationId;
        }
        if (const std::optional<MyVote> now = m_votes->vote(hash); now && change.changed) {
            QVERIFY2(now->votedAtMs > lastVotedAt, "voted_at must increase with every change");
            lastVotedAt = now->votedAtMs;
        }
    }
    QCOMPARE(seen, changed);
    const std::optional<MyVote> stored = m_votes->vote(hash);
    QCOMPARE(stored.has_value(), !final.isEmpty());
    if (stored) {
        QCOMPARE(voteName(stored->vote), final);
        QCOMPARE(stored->contentHash, hash);
        QVERIFY(!stored->synced);
    }
    QCOMPARE(outbox(m_db->connection()).size(), outboxRows);
}

void TestVoteRepository::retract()
{
    const QString a = hashOf(u"a"_s);
    const QString b = hashOf(u"b"_s);
    QVERIFY(m_votes->setVote(a, Vote::Safe).ok);
    QVERIFY(m_votes->setVote(b, Vote::Unsafe).ok);
    const VoteChange change = m_votes->retract(a);
    QVERIFY(change.ok);
    QVERIFY(change.changed);
    QVERIFY(!m_votes->vote(a).has_value());
    QCOMPARE(m_votes->vote(b)->vote, Vote::Unsafe); // others untouched
    QCOMPARE(votesTable(m_db->connection()).size(), 1);
}

void TestVoteRepository::outboxRowDescribesChange()
{
    const QString hash = hashOf(u"WIFI:S:home;;"_s);
    const VoteChange set = m_votes->setVote(hash.toUpper(), Vote::Unsafe); // stored lowercase
    QVERIFY(set.ok);
    const qint64 votedAt = m_clock->epochMs();
    m_clock->advance(2000);
    const VoteChange retracted = m_votes->retract(hash);
    QVERIFY(retracted.ok);

    const QList<OutboxRow> rows = outbox(m_db->connection());
    QCOMPARE(rows.size(), 2);
    const QString clientId = AppState(*m_db).text(OutboxWriter::clientIdKey());
    QVERIFY(!QUuid::fromString(clientId).isNull());

    QCOMPARE(rows[0].id, set.mutationId);
    QCOMPARE(rows[0].kind, u"vote"_s);
    QCOMPARE(rows[0].clientId, clientId);
    QCOMPARE(rows[0].recordUuid, hash);
    QCOMPARE(rows[0].createdAt, votedAt);
    QCOMPARE(rows[0].attempts, 0);
    QCOMPARE(rows[0].body, (QJsonObject{{u"op"_s, u"set"_s},
                                        {u"content_hash"_s, hash},
                                        {u"vote"_s, u"unsafe"_s},
                                        {u"voted_at"_s, votedAt}}));

    QCOMPARE(rows[1].id, retracted.mutationId);
    QCOMPARE(rows[1].kind, u"vote"_s);
    QCOMPARE(rows[1].recordUuid, hash);
    QCOMPARE(rows[1].body,
             (QJsonObject{
                 {u"op"_s, u"retract"_s}, {u"content_hash"_s, hash}, {u"retracted_at"_s, votedAt + 2000}}));
    // Votes stay hash-only: no content in the outbox.
    QVERIFY(!QJsonDocument(rows[0].body).toJson().contains("WIFI"));
}

void TestVoteRepository::clientIdCreatedOnceAndKept()
{
    AppState state(*m_db);
    // Migration 2 creates the id; without it the first mutation does.
    QVERIFY(!QUuid::fromString(state.text(OutboxWriter::clientIdKey())).isNull());
    QVERIFY(state.remove(OutboxWriter::clientIdKey()));
    QVERIFY(m_votes->setVote(hashOf(u"1"_s), Vote::Safe).ok);
    const QString first = state.text(OutboxWriter::clientIdKey());
    QVERIFY(!QUuid::fromString(first).isNull());
    QVERIFY(m_votes->setVote(hashOf(u"2"_s), Vote::Safe).ok);
    QCOMPARE(state.text(OutboxWriter::clientIdKey()), first);

    // An existing id (e.g. restored from a backup) is used as it is.
    QVERIFY(state.setValue(OutboxWriter::clientIdKey(), u"existing-client"_s));
    QVERIFY(m_votes->setVote(hashOf(u"3"_s), Vote::Unsafe).ok);
    const QList<OutboxRow> rows = outbox(m_db->connection());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].clientId, first);
    QCOMPARE(rows[1].clientId, first);
    QCOMPARE(rows[2].clientId, u"existing-client"_s);
}

void TestVoteRepository::pendingAndMarkSynced()
{
    const QString a = hashOf(u"a"_s);
    const QString b = hashOf(u"b"_s);
    const QString c = hashOf(u"c"_s);
    QVERIFY(m_votes->setVote(b, Vote::Safe).ok);
    m_clock->advance(10);
    QVERIFY(m_votes->setVote(a, Vote::Unsafe).ok);
    m_clock->advance(10);
    QVERIFY(m_votes->setVote(c, Vote::Safe).ok);

    QList<MyVote> pending = m_votes->pending();
    QCOMPARE(pending.size(), 3);
    QCOMPARE(pending[0].contentHash, b); // oldest first
    QCOMPARE(pending[1].contentHash, a);
    QCOMPARE(pending[2].contentHash, c);
    QCOMPARE(m_votes->pending(2).size(), 2);

    const qint64 aVotedAt = pending[1].votedAtMs;
    QVERIFY(m_votes->markSynced(a, aVotedAt));
    QVERIFY(m_votes->vote(a)->synced);
    pending = m_votes->pending();
    QCOMPARE(pending.size(), 2);
    QVERIFY(!pending.contains(*m_votes->vote(a)));

    // A newer vote on b than the acknowledged one stays pending.
    const qint64 bVotedAt = pending[0].votedAtMs;
    QVERIFY(m_votes->setVote(b, Vote::Unsafe).ok);
    QVERIFY(!m_votes->markSynced(b, bVotedAt));
    QVERIFY(!m_votes->vote(b)->synced);
    // Changing a synced vote makes it pending again.
    QVERIFY(m_votes->setVote(a, Vote::Safe).ok);
    QVERIFY(!m_votes->vote(a)->synced);
    QCOMPARE(m_votes->pending().size(), 3);
    QVERIFY(!m_votes->markSynced(hashOf(u"never voted"_s), 0));
}

void TestVoteRepository::allListsNewestFirst()
{
    const QString a = hashOf(u"a"_s);
    const QString b = hashOf(u"b"_s);
    QVERIFY(m_votes->all().isEmpty());
    QVERIFY(m_votes->setVote(a, Vote::Safe).ok);
    m_clock->advance(10);
    QVERIFY(m_votes->setVote(b, Vote::Unsafe).ok);
    QVERIFY(m_votes->markSynced(a, m_votes->vote(a)->votedAtMs));
    QList<MyVote> all = m_votes->all();
    QCOMPARE(all.size(), 2); // synced ones too
    QCOMPARE(all[0].contentHash, b);
    QCOMPARE(all[1].contentHash, a);
    QVERIFY(all[1].synced);
    QCOMPARE(m_votes->all(1).size(), 1);
    QVERIFY(m_votes->retract(b).ok);
    all = m_votes->all();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].contentHash, a);
}

void TestVoteRepository::failureLeavesVoteAndOutboxUnchanged_data()
{
    QTest::addColumn<QString>("before");  // the vote before: "", "safe"
    QTest::addColumn<QString>("action");  // "unsafe", "retract"
    QTest::addColumn<QString>("failing"); // the table whose write is made to fail

    QTest::newRow("new vote, outbox fails") << QString() << u"unsafe"_s << u"outbox"_s;
    QTest::newRow("replace, outbox fails") << u"safe"_s << u"unsafe"_s << u"outbox"_s;
    QTest::newRow("retract, outbox fails") << u"safe"_s << u"retract"_s << u"outbox"_s;
    QTest::newRow("new vote, vote write fails") << QString() << u"unsafe"_s << u"my_votes"_s;
    QTest::newRow("replace, vote write fails") << u"safe"_s << u"unsafe"_s << u"my_votes"_s;
    QTest::newRow("retract, vote write fails") << u"safe"_s << u"retract"_s << u"my_votes"_s;
}

void TestVoteRepository::failureLeavesVoteAndOutboxUnchanged()
{
    QFETCH(QString, before);
    QFETCH(QString, action);
    QFETCH(QString, failing);
    const QString hash = hashOf(u"https://bank.example/login"_s);
    if (!before.isEmpty())
        QVERIFY(m_votes->setVote(hash, *voteFromName(before)).ok);
    m_clock->advance(1000);
    QSqlDatabase db = m_db->connection();
    if (before.isEmpty()) // no mutation yet: let the failing call be the one to create the client id
        QVERIFY(AppState(*m_db).remove(OutboxWriter::clientIdKey()));
    const QStringList votesBefore = votesTable(db);
    const int outboxBefore = int(outbox(db).size());
    const bool hadClientId = AppState(*m_db).contains(OutboxWriter::clientIdKey());

    // A trigger on this connection only, so the write fails inside the repository's transaction.
    QSqlQuery query(db);
    for (const QString& event : {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s}) {
        QVERIFY2(query.exec(u"CREATE TEMP TRIGGER fail_%1 BEFORE %1 ON main.%2 "
                            u"BEGIN SELECT RAISE(ABORT, 'forced failure'); END"_s.arg(event, failing)),
                 qPrintable(query.lastError().text()));
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"forced failure"_s));
    if (failing == u"outbox")
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"forced failure"_s)); // OutboxWriter's own
    const VoteChange change =
        action == u"retract" ? m_votes->retract(hash) : m_votes->setVote(hash, Vote::Unsafe);
    QVERIFY(!change.ok);
    QVERIFY(!change.changed);
    QCOMPARE(change.mutationId, 0);
    QVERIFY2(change.error.contains(u"forced failure"_s), qPrintable(change.error));

    QCOMPARE(votesTable(db), votesBefore);
    QCOMPARE(outbox(db).size(), outboxBefore);
    // The client id created in the failed transaction went with it.
    QCOMPARE(AppState(*m_db).contains(OutboxWriter::clientIdKey()), hadClientId);

    // Nothing was left half done: once the failure is gone, the same call works.
    for (const QString& event : {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s})
        QVERIFY(query.exec(u"DROP TRIGGER temp.fail_%1"_s.arg(event)));
    const VoteChange retry =
        action == u"retract" ? m_votes->retract(hash) : m_votes->setVote(hash, Vote::Unsafe);
    QVERIFY2(retry.ok && retry.changed, qPrintable(retry.error));
    QCOMPARE(outbox(db).size(), outboxBefore + 1);
}

void TestVoteRepository::refusesBadHash_data()
{
    QTest::addColumn<QString>("hash");
    QTest::newRow("empty") << QString();
    QTest::newRow("content instead of hash") << u"https://example.org/"_s;
    QTest::newRow("63 digits") << hashOf(u"x"_s).left(63);
    QTest::newRow("65 digits") << hashOf(u"x"_s) + u"0"_s;
    QTest::newRow("not hex") << QString(64, u'g');
}

void TestVoteRepository::refusesBadHash()
{
    QFETCH(QString, hash);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not a SHA-256 content hash"_s));
    const VoteChange change = m_votes->setVote(hash, Vote::Safe);
    QVERIFY(!change.ok);
    QVERIFY(change.error.contains(u"SHA-256"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not a SHA-256 content hash"_s));
    QVERIFY(!m_votes->retract(hash).ok);
    QVERIFY(votesTable(m_db->connection()).isEmpty());
    QVERIFY(outbox(m_db->connection()).isEmpty());
}

void TestVoteRepository::storeChecksHashAndVote_data()
{
    QTest::addColumn<QString>("hash");
    QTest::addColumn<QString>("vote");
    QTest::addColumn<bool>("accepted");
    const QString good = hashOf(u"x"_s);
    QTest::newRow("valid") << good << u"safe"_s << true;
    QTest::newRow("unknown vote") << good << u"maybe"_s << false;
    QTest::newRow("uppercase hash") << good.toUpper() << u"safe"_s << false;
    QTest::newRow("short hash") << good.left(8) << u"unsafe"_s << false;
}

// The table's own constraints, for writers that bypass the repository.
void TestVoteRepository::storeChecksHashAndVote()
{
    QFETCH(QString, hash);
    QFETCH(QString, vote);
    QFETCH(bool, accepted);
    QSqlQuery query(m_db->connection());
    query.prepare(u"INSERT INTO my_votes(content_hash, vote, voted_at) VALUES(?, ?, 1)"_s);
    query.addBindValue(hash);
    query.addBindValue(vote);
    QCOMPARE(query.exec(), accepted);
}

QTEST_GUILESS_MAIN(TestVoteRepository)
#include "TestVoteRepository.moc"
