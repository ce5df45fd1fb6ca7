// Unit test of the server's retention job (SPEC §8, §11) against a real SQLite database with the
// server schema, driven by a ManualClock: expired sessions, vote folding (ratings unchanged),
// inactive ratings, and the configurable periods of reports, audit entries and sync tombstones.
#include "ManualClock.h"
#include "ServerOptions.h"
#include "base/Clock.h"
#include "moderation/ModerationStore.h"
#include "ratings/RatingQuery.h"
#include "retention/RetentionJob.h"
#include "storage/ServerSchema.h"
#include "storage/ServerVoteStore.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

QString itemHash(const QString& name)
{
    return QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void removesExpiredSessions();
    void foldsOldVotesWithoutChangingRatings();
    void dropsRatingsWithoutActivity();
    void keepsLockedRatings();
    void keepsDataForTheConfiguredPeriods_data();
    void keepsDataForTheConfiguredPeriods();
    void zeroDaysKeepsForever();
    void secondRunChangesNothing();
    void startRunsAtOnce();
    void commandLineConfiguresPeriods_data();
    void commandLineConfiguresPeriods();

private:
    bool exec(const QString& sql, const QVariantList& binds = {});
    int count(const QString& sql, const QVariantList& binds = {});
    void addVote(const QString& item, const QString& voter, bool safe, qint64 ageMs,
                 bool quarantined = false);
    qint64 now() const { return m_clock.epochMs(); }

    Test::ManualClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

bool TestRetention::exec(const QString& sql, const QVariantList& binds)
{
    QSqlQuery query(m_database->connection());
    query.prepare(sql);
    for (const QVariant& value : binds)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning() << sql << query.lastError().text();
        return false;
    }
    return true;
}

int TestRetention::count(const QString& sql, const QVariantList& binds)
{
    QSqlQuery query(m_database->connection());
    query.prepare(sql);
    for (const QVariant& value : binds)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestRetention::addVote(const QString& item, const QString& voter, bool safe, qint64 ageMs,
                            bool quarantined)
{
    // Voters of different ages, so that reliabilities differ.
    const qint64 since = now() - ageMs - qint64(voter.size()) * 7 * DayMs;
    QVERIFY(exec(u"INSERT INTO votes(item_hash, voter, vote, voted_at, quarantined, voter_since) "
                 u"VALUES(?, ?, ?, ?, ?, ?)"_s,
                 {item, voter, safe ? u"safe"_s : u"unsafe"_s, now() - ageMs, quarantined ? 1 : 0, since}));
}

void TestRetention::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>(m_dir->filePath(u"server.sqlite"_s), m_clock,
                                            serverSchema(SqlDialect::Sqlite));
    QVERIFY2(m_database->open(), qPrintable(m_database->errorString()));
    QVERIFY(exec(u"INSERT INTO accounts(id, username, role, password_hash, created_at) "
                 u"VALUES(1, 'alice', 'user', 'x', ?)"_s,
                 {now()}));
}

void TestRetention::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestRetention::removesExpiredSessions()
{
    const QString insert =
        u"INSERT INTO sessions(token_hash, account_id, created_at, expires_at) VALUES(?, 1, ?, ?)"_s;
    QVERIFY(exec(insert, {itemHash(u"a"_s), now() - 31 * DayMs, now() - 1}));
    QVERIFY(exec(insert, {itemHash(u"b"_s), now() - 30 * DayMs, now()}));
    QVERIFY(exec(insert, {itemHash(u"c"_s), now() - 29 * DayMs, now() + 1}));
    RetentionJob job(*m_database, m_clock);
    QString error;
    const std::optional<RetentionReport> report = job.runOnce(error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->sessions, 2);
    QCOMPARE(count(u"SELECT count(*) FROM sessions"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM sessions WHERE token_hash = ?"_s, {itemHash(u"c"_s)}), 1);

    // The last one expires as the clock moves on.
    m_clock.advance(2);
    QCOMPARE(job.runOnce(error)->sessions, 1);
    QCOMPARE(count(u"SELECT count(*) FROM sessions"_s), 0);
}

void TestRetention::foldsOldVotesWithoutChangingRatings()
{
    const QString item = itemHash(u"https://mixed.example/"_s);
    addVote(item, u"v1"_s, true, 95 * DayMs);
    addVote(item, u"v22"_s, true, 91 * DayMs);
    addVote(item, u"v333"_s, true, 120 * DayMs);
    addVote(item, u"v4444"_s, false, 100 * DayMs);
    addVote(item, u"spammer"_s, false, 120 * DayMs, true);
    addVote(item, u"fresh"_s, true, 89 * DayMs); // inside the 90 days: stays a raw vote
    addVote(item, u"today"_s, false, 1 * DayMs);

    ServerVoteStore votes(*m_database);
    const RatingQuery ratings(votes, m_clock);
    QString error;
    const std::optional<ItemRating> before = ratings.ratingOf(item, error);
    QVERIFY2(before, qPrintable(error));
    QCOMPARE(before->rating.safe, 4);
    QCOMPARE(before->rating.unsafe, 2);

    RetentionJob job(*m_database, m_clock);
    const std::optional<RetentionReport> report = job.runOnce(error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->votesFolded, 4);
    QCOMPARE(report->votesDropped, 1);
    QCOMPARE(report->ratings, 0); // the item had a vote yesterday
    QCOMPARE(count(u"SELECT count(*) FROM votes"_s), 2);
    QCOMPARE(count(u"SELECT safe_count FROM vote_folds WHERE item_hash = ?"_s, {item}), 3);
    QCOMPARE(count(u"SELECT unsafe_count FROM vote_folds WHERE item_hash = ?"_s, {item}), 1);
    // No voter is left in the aggregate.
    QCOMPARE(count(u"SELECT count(*) FROM votes WHERE voter IN ('v1', 'v22', 'v333', 'v4444', 'spammer')"_s),
             0);

    const std::optional<ItemRating> after = ratings.ratingOf(item, error);
    QVERIFY2(after, qPrintable(error));
    QCOMPARE(after->rating.safe, before->rating.safe);
    QCOMPARE(after->rating.unsafe, before->rating.unsafe);
    QCOMPARE(after->rating.verdict, before->rating.verdict);
    QVERIFY2(qAbs(after->rating.score - before->rating.score) < 1e-9,
             qPrintable(u"%1 vs %2"_s.arg(after->rating.score).arg(before->rating.score)));
    QVERIFY(qAbs(after->rating.confidence - before->rating.confidence) < 1e-9);
    QVERIFY(qAbs(after->rating.effectiveVotes - before->rating.effectiveVotes) < 1e-9);

    // The prefix lookup sees the same.
    const std::optional<QList<ItemRating>> listed = ratings.ratingsWithPrefix(item.left(8), error);
    QVERIFY(listed && listed->size() == 1);
    QCOMPARE(listed->at(0).rating.safe, 4);
}

void TestRetention::dropsRatingsWithoutActivity()
{
    const QString stale = itemHash(u"stale"_s);
    const QString folded = itemHash(u"folded-then-active"_s);
    addVote(stale, u"a"_s, true, 100 * DayMs);
    addVote(stale, u"b"_s, false, 95 * DayMs);
    addVote(folded, u"a"_s, true, 100 * DayMs);
    RetentionJob job(*m_database, m_clock);
    QString error;
    std::optional<RetentionReport> report = job.runOnce(error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->votesFolded, 3);
    QCOMPARE(report->ratings, 2);
    QCOMPARE(count(u"SELECT count(*) FROM vote_folds"_s), 0);
    ServerVoteStore votes(*m_database);
    const RatingQuery ratings(votes, m_clock);
    QCOMPARE(ratings.ratingsWithPrefix(stale.left(8), error)->size(), 0);
    QCOMPARE(ratings.ratingOf(stale, error)->rating.verdict, u"unrated"_s);

    // A fold of an item that is still voted on stays until its last vote is 90 days old.
    addVote(folded, u"b"_s, true, 100 * DayMs);
    addVote(folded, u"c"_s, true, 10 * DayMs);
    report = job.runOnce(error);
    QCOMPARE(report->votesFolded, 1);
    QCOMPARE(report->ratings, 0);
    m_clock.advance(81 * DayMs);
    report = job.runOnce(error);
    QCOMPARE(report->votesFolded, 1);
    QCOMPARE(report->ratings, 1);
    QCOMPARE(count(u"SELECT count(*) FROM vote_folds"_s), 0);
}

void TestRetention::keepsLockedRatings()
{
    const QString locked = itemHash(u"locked"_s);
    const QString unlocked = itemHash(u"unlocked"_s);
    for (const QString& item : {locked, unlocked}) {
        addVote(item, u"a"_s, false, 10 * DayMs);
        addVote(item, u"b"_s, false, 5 * DayMs);
    }
    ModerationStore moderation(*m_database);
    ModerationAction lock;
    lock.kind = ModerationActionKind::Lock;
    lock.itemHash = locked;
    lock.reason = u"known phishing kit"_s;
    lock.actor = u"mia"_s;
    ModerationOutcome outcome = moderation.apply(lock);
    QCOMPARE(outcome.status, ModerationOutcome::Status::Done);
    QVERIFY(outcome.changed);
    QCOMPARE(moderation.apply(lock).changed, false); // already locked

    // 100 days without a vote: both are folded, only the unlocked rating is dropped.
    m_clock.advance(100 * DayMs);
    RetentionJob job(*m_database, m_clock);
    QString error;
    std::optional<RetentionReport> report = job.runOnce(error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->votesFolded, 4);
    QCOMPARE(report->ratings, 1);
    ServerVoteStore votes(*m_database);
    const RatingQuery ratings(votes, m_clock);
    QCOMPARE(ratings.ratingsWithPrefix(unlocked.left(8), error)->size(), 0);
    QCOMPARE(ratings.ratingsWithPrefix(locked.left(8), error)->size(), 1);
    QCOMPARE(count(u"SELECT unsafe_count FROM vote_folds WHERE item_hash = ?"_s, {locked}), 2);

    // However long it stays inactive.
    m_clock.advance(400 * DayMs);
    report = job.runOnce(error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->ratings, 0);
    QCOMPARE(ratings.ratingsWithPrefix(locked.left(8), error)->size(), 1);

    // Unlocked, it goes at the next run.
    ModerationAction unlock = lock;
    unlock.kind = ModerationActionKind::Unlock;
    outcome = moderation.apply(unlock);
    QCOMPARE(outcome.status, ModerationOutcome::Status::Done);
    QVERIFY(outcome.changed);
    QCOMPARE(moderation.apply(unlock).changed, false);
    report = job.runOnce(error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->ratings, 1);
    QCOMPARE(count(u"SELECT count(*) FROM vote_folds"_s), 0);
    // The lock's audit row is 500 days old: the audit log's own period (365 days) removed it.
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'unlock'"_s), 1);
}

void TestRetention::keepsDataForTheConfiguredPeriods_data()
{
    QTest::addColumn<int>("reportDays");
    QTest::addColumn<int>("auditDays");
    QTest::addColumn<int>("tombstoneDays");
    QTest::newRow("defaults") << 180 << 365 << 180;
    QTest::newRow("short") << 7 << 30 << 1;
    QTest::newRow("long") << 1000 << 2000 << 3000;
}

void TestRetention::keepsDataForTheConfiguredPeriods()
{
    QFETCH(int, reportDays);
    QFETCH(int, auditDays);
    QFETCH(int, tombstoneDays);
    const auto addAgedRows = [&](const QString& tag, int days) {
        const QString hash = itemHash(tag);
        const qint64 young = now() - qint64(days) * DayMs + 60000;
        const qint64 old = now() - qint64(days) * DayMs - 60000;
        for (const qint64 at : {young, old}) {
            const QString record = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (tag == u"report"_s) {
                QVERIFY(exec(
                    u"INSERT INTO reports(item_hash, reason, reporter, created_at) VALUES(?, 'scam', 'p', ?)"_s,
                    {hash, at}));
            } else if (tag == u"audit"_s) {
                QVERIFY(exec(u"INSERT INTO audit_log(at, actor, action) VALUES(?, 'admin-cli', 'set_role')"_s,
                             {at}));
            } else {
                // A tombstone and a live record of the same age: only the tombstone expires.
                QVERIFY(
                    exec(u"INSERT INTO sync_records(account_id, record_id, ciphertext, updated_at, deleted, "
                         u"client_id, seq, changed_at) VALUES(1, ?, NULL, ?, 1, 'c', ?, ?)"_s,
                         {record, at, at, at}));
                QVERIFY(
                    exec(u"INSERT INTO sync_records(account_id, record_id, ciphertext, updated_at, deleted, "
                         u"client_id, seq, changed_at) VALUES(1, ?, 'AAAA', ?, 0, 'c', ?, ?)"_s,
                         {QUuid::createUuid().toString(QUuid::WithoutBraces), at, at + 1, at}));
            }
        }
    };
    addAgedRows(u"report"_s, reportDays);
    addAgedRows(u"audit"_s, auditDays);
    addAgedRows(u"tombstone"_s, tombstoneDays);

    RetentionConfig config;
    config.reportDays = reportDays;
    config.auditDays = auditDays;
    config.tombstoneDays = tombstoneDays;
    RetentionJob job(*m_database, m_clock, config);
    QString error;
    const std::optional<RetentionReport> report = job.runOnce(error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->reports, 1);
    QCOMPARE(report->audit, 1);
    QCOMPARE(report->tombstones, 1);
    QCOMPARE(count(u"SELECT count(*) FROM reports"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM sync_records WHERE deleted = 1"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM sync_records WHERE deleted = 0"_s), 2);
}

void TestRetention::zeroDaysKeepsForever()
{
    QVERIFY(exec(u"INSERT INTO reports(item_hash, reason, reporter, created_at) VALUES(?, 'scam', 'p', 0)"_s,
                 {itemHash(u"r"_s)}));
    QVERIFY(exec(u"INSERT INTO audit_log(at, actor, action) VALUES(0, 'admin-cli', 'set_role')"_s));
    addVote(itemHash(u"v"_s), u"voter"_s, true, 1000 * DayMs);
    RetentionConfig config;
    config.voteDays = config.ratingDays = config.reportDays = config.auditDays = config.tombstoneDays = 0;
    RetentionJob job(*m_database, m_clock, config);
    QString error;
    const std::optional<RetentionReport> report = job.runOnce(error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->votesFolded + report->reports + report->audit + report->ratings, 0);
    QCOMPARE(count(u"SELECT count(*) FROM votes"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM reports"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), 1);
}

void TestRetention::secondRunChangesNothing()
{
    const QString item = itemHash(u"twice"_s);
    addVote(item, u"a"_s, true, 100 * DayMs);
    addVote(item, u"b"_s, true, 1 * DayMs);
    RetentionJob job(*m_database, m_clock);
    QString error;
    QCOMPARE(job.runOnce(error)->votesFolded, 1);
    const std::optional<RetentionReport> second = job.runOnce(error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->votesFolded + second->ratings + second->sessions, 0);
    QCOMPARE(count(u"SELECT safe_count FROM vote_folds WHERE item_hash = ?"_s, {item}), 1);
}

void TestRetention::startRunsAtOnce()
{
    QVERIFY(exec(u"INSERT INTO sessions(token_hash, account_id, created_at, expires_at) VALUES(?, 1, 0, 1)"_s,
                 {itemHash(u"s"_s)}));
    RetentionJob job(*m_database, m_clock);
    job.start();
    QCOMPARE(count(u"SELECT count(*) FROM sessions"_s), 0);
    job.stop();
}

void TestRetention::commandLineConfiguresPeriods_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QList<qint64>>(
        "expected"); // votes, ratings, reports, audit, tombstones days; interval ms
    QTest::newRow("defaults") << QStringList{} << true << QList<qint64>{90, 90, 180, 365, 180, 3'600'000};
    QTest::newRow("all set") << QStringList{u"--retention-votes-days=30"_s,
                                            u"--retention-ratings-days=60"_s,
                                            u"--retention-reports-days=7"_s,
                                            u"--retention-audit-days=400"_s,
                                            u"--retention-tombstones-days=14"_s,
                                            u"--retention-interval=60"_s}
                             << true << QList<qint64>{30, 60, 7, 400, 14, 60'000};
    QTest::newRow("zero days") << QStringList{u"--retention-votes-days=0"_s} << false << QList<qint64>{};
    QTest::newRow("negative") << QStringList{u"--retention-audit-days=-5"_s} << false << QList<qint64>{};
    QTest::newRow("text") << QStringList{u"--retention-interval=hourly"_s} << false << QList<qint64>{};
}

void TestRetention::commandLineConfiguresPeriods()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, valid);
    QFETCH(QList<qint64>, expected);
    QString error;
    const std::optional<ServerOptions> options = ServerOptions::parse(
        QStringList{u"safescan-server"_s, u"--data-dir"_s, m_dir->path()} + arguments, error);
    QCOMPARE(options.has_value(), valid);
    if (!valid) {
        QVERIFY(error.contains(u"retention"_s));
        return;
    }
    const RetentionConfig& config = options->retention;
    QCOMPARE((QList<qint64>{config.voteDays, config.ratingDays, config.reportDays, config.auditDays,
                            config.tombstoneDays, config.intervalMs}),
             expected);
}

QTEST_GUILESS_MAIN(TestRetention)
#include "TestRetention.moc"
