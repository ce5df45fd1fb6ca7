// Moderation below HTTP: ModerationStore's actions and their audit rows in one transaction,
// decisions as RatingQuery applies them, the queue order, the live messages of a change, and
// the moderation migration listing voters quarantined before it. A temporary SQLite file and a ManualClock.
#include "ManualClock.h"
#include "live/LivePublisher.h"
#include "moderation/DecisionStore.h"
#include "moderation/ModerationEvents.h"
#include "moderation/ModerationQueue.h"
#include "moderation/ModerationStore.h"
#include "moderation/QueueStore.h"
#include "ratings/RatingQuery.h"
#include "storage/AccountStore.h"
#include "storage/ServerSchema.h"
#include "storage/ServerVoteStore.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

QString hex(const QString& seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256).toHex());
}

class RecordingPublisher final : public LivePublisher
{
public:
    void publish(const QString& channel, const QJsonObject& message) override
    {
        messages.append({channel, message});
    }
    QList<std::pair<QString, QJsonObject>> messages;
};

int auditRows(Database& database)
{
    QSqlQuery query(database.connection());
    return query.exec(u"SELECT COUNT(*) FROM audit_log"_s) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestModerationStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void decisionsOverrideRatingsAndAreAudited();
    void failedActionsWriteNothing();
    void quarantinePublishesEveryAffectedRating();
    void listedVotersStayQuarantined();
    void queueIsOrderedAndPaged();
    void migrationListsVotersQuarantinedBefore();

private:
    ModerationAction action(ModerationActionKind kind, const QString& subject) const;
    void castVote(const QString& item, const QString& voter, bool safe);

    Test::ManualClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ServerVoteStore> m_votes;
    std::unique_ptr<DecisionStore> m_decisions;
    std::unique_ptr<RatingQuery> m_ratings;
    std::unique_ptr<ModerationStore> m_store;
};

void TestModerationStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>(m_dir->filePath(u"server.sqlite"_s), m_clock,
                                            serverSchema(SqlDialect::Sqlite));
    QVERIFY2(m_database->open(), qPrintable(m_database->errorString()));
    m_votes = std::make_unique<ServerVoteStore>(*m_database);
    m_decisions = std::make_unique<DecisionStore>(*m_database);
    m_ratings = std::make_unique<RatingQuery>(*m_votes, *m_decisions, m_clock);
    m_store = std::make_unique<ModerationStore>(*m_database);
}

void TestModerationStore::cleanup()
{
    m_store.reset();
    m_ratings.reset();
    m_decisions.reset();
    m_votes.reset();
    m_database.reset();
    m_dir.reset();
}

ModerationAction TestModerationStore::action(ModerationActionKind kind, const QString& subject) const
{
    ModerationAction result;
    result.kind = kind;
    (actsOnVoter(kind) ? result.voter : result.itemHash) = subject;
    result.reason = u"because"_s;
    result.actor = u"mia"_s;
    return result;
}

void TestModerationStore::castVote(const QString& item, const QString& voter, bool safe)
{
    QString error;
    QVERIFY2(m_votes->castVote(item, {voter, 0},
                               safe ? ServerVoteStore::Choice::Safe : ServerVoteStore::Choice::Unsafe, false,
                               error),
             qPrintable(error));
}

void TestModerationStore::decisionsOverrideRatingsAndAreAudited()
{
    const QString voted = u"abcd0000"_s + hex(u"voted"_s).mid(8);
    const QString unvoted = u"abcd0000"_s + hex(u"unvoted"_s).mid(8);
    castVote(voted, hex(u"v1"_s), true);

    ModerationOutcome outcome = m_store->apply(action(ModerationActionKind::ConfirmUnsafe, voted));
    QCOMPARE(outcome.status, ModerationOutcome::Status::Done);
    QVERIFY(outcome.changed);
    QCOMPARE(outcome.affectedItems, QStringList{voted});
    QCOMPARE(auditRows(*m_database), 1);
    QCOMPARE(m_store->apply(action(ModerationActionKind::ConfirmSafe, unvoted)).status,
             ModerationOutcome::Status::Done);

    QString error;
    const std::optional<QList<ItemRating>> ratings = m_ratings->ratingsWithPrefix(u"abcd0000"_s, error);
    QVERIFY(ratings);
    QCOMPARE(ratings->size(), 2);
    QVERIFY(ratings->at(0).hash < ratings->at(1).hash);
    for (const ItemRating& rating : *ratings) {
        QVERIFY(rating.rating.moderated);
        QCOMPARE(rating.rating.verdict, rating.hash == voted ? u"unsafe"_s : u"safe"_s);
        QCOMPARE(rating.rating.safe, rating.hash == voted ? 1 : 0);
    }

    // Without decisions (the two-argument RatingQuery) the community verdict stays.
    const RatingQuery plain(*m_votes, m_clock);
    QVERIFY(!plain.ratingOf(voted, error)->rating.moderated);

    outcome = m_store->apply(action(ModerationActionKind::ClearDecision, voted));
    QVERIFY(outcome.changed);
    QVERIFY(!m_ratings->ratingOf(voted, error)->rating.moderated);
    QCOMPARE(auditRows(*m_database), 3);
}

void TestModerationStore::failedActionsWriteNothing()
{
    const QString item = hex(u"item"_s);
    QCOMPARE(m_store->apply(action(ModerationActionKind::ConfirmSafe, item)).status,
             ModerationOutcome::Status::Done);
    const int before = auditRows(*m_database);
    const ModerationOutcome conflict = m_store->apply(action(ModerationActionKind::ConfirmUnsafe, item));
    QCOMPARE(conflict.status, ModerationOutcome::Status::Conflict);
    QVERIFY(!conflict.message.isEmpty());
    QCOMPARE(m_store->apply(action(ModerationActionKind::RestoreVoter, hex(u"nobody"_s))).status,
             ModerationOutcome::Status::NotFound);
    ModerationAction report = action(ModerationActionKind::DismissReports, QString());
    report.reportId = 42;
    QCOMPARE(m_store->apply(report).status, ModerationOutcome::Status::NotFound);
    const ModerationOutcome repeat = m_store->apply(action(ModerationActionKind::ConfirmSafe, item));
    QCOMPARE(repeat.status, ModerationOutcome::Status::Done);
    QVERIFY(!repeat.changed);
    QCOMPARE(repeat.auditId, 0);
    QCOMPARE(auditRows(*m_database), before);
    QString error;
    QCOMPARE(m_ratings->ratingOf(item, error)->rating.verdict, u"safe"_s);
}

void TestModerationStore::quarantinePublishesEveryAffectedRating()
{
    const QString voter = hex(u"suspect"_s);
    const QStringList items = {hex(u"a"_s), hex(u"b"_s)};
    for (const QString& item : items)
        castVote(item, voter, false);
    castVote(items[0], hex(u"honest"_s), true);

    const ModerationAction quarantine = action(ModerationActionKind::QuarantineVoter, voter);
    const ModerationOutcome outcome = m_store->apply(quarantine);
    QCOMPARE(outcome.status, ModerationOutcome::Status::Done);
    QCOMPARE(outcome.votes, 2);
    RecordingPublisher live;
    QCOMPARE(publishModerationChange(live, *m_ratings, quarantine, outcome), 3);
    QCOMPARE(live.messages.size(), 3);
    QCOMPARE(live.messages[0].first, u"moderation"_s);
    QCOMPARE(live.messages[0].second.value(u"id"_s).toString(), u"voter:"_s + voter);
    QCOMPARE(live.messages[0].second.value(u"audit_id"_s).toInteger(), outcome.auditId);
    QStringList channels;
    for (qsizetype i = 1; i < live.messages.size(); ++i) {
        channels.append(live.messages[i].first);
        const QJsonObject rating = live.messages[i].second;
        QCOMPARE(rating.value(u"hash"_s).toString().left(8), channels.last().mid(8));
        QCOMPARE(rating.value(u"unsafe"_s).toInt(), 0); // the rating after the quarantine
    }
    channels.sort();
    QStringList expected = {u"ratings:"_s + items[0].left(8), u"ratings:"_s + items[1].left(8)};
    expected.sort();
    QCOMPARE(channels, expected);

    const ModerationOutcome restored = m_store->apply(action(ModerationActionKind::RestoreVoter, voter));
    QCOMPARE(restored.votes, 2);
    QString error;
    QCOMPARE(m_ratings->ratingOf(items[1], error)->rating.unsafe, 1);
}

void TestModerationStore::listedVotersStayQuarantined()
{
    const QString voter = hex(u"spammer"_s);
    castVote(hex(u"x"_s), voter, true);
    QString error;
    QVERIFY(m_votes->quarantineVoter(voter, u"rapid_voting"_s, error));
    castVote(hex(u"y"_s), voter, true); // not flagged by the caller, but listed
    QCOMPARE(m_votes->votesFor(hex(u"y"_s), error)->votes.size(), 0);
    const std::optional<QList<QuarantinedVoter>> voters = m_store->quarantinedVoters(error);
    QVERIFY(voters);
    QCOMPARE(voters->size(), 1);
    QCOMPARE(voters->first().reason, u"rapid_voting"_s);
    QCOMPARE(voters->first().quarantinedBy, u"system:spam"_s);
    QCOMPARE(voters->first().votes, 2);
    QCOMPARE(m_store->apply(action(ModerationActionKind::RestoreVoter, voter)).votes, 2);
    castVote(hex(u"z"_s), voter, true);
    QCOMPARE(m_votes->votesFor(hex(u"z"_s), error)->votes.size(), 1);
}

void TestModerationStore::queueIsOrderedAndPaged()
{
    AccountStore accounts(*m_database);
    QString error;
    QStringList reported;
    for (int i = 0; i < 3; ++i) {
        ReportInput report;
        report.itemHash = hex(QString::number(i));
        report.reason = u"other"_s;
        report.reporter = hex(u"reporter"_s);
        QVERIFY(accounts.addReport(report, error));
        reported.append(report.itemHash);
        m_clock.advance(1000);
    }
    castVote(hex(u"q"_s), hex(u"listed"_s), true);
    QVERIFY(m_votes->quarantineVoter(hex(u"listed"_s), u"rapid_voting"_s, error));

    QueueStore queueStore(*m_database);
    const ModerationQueue queue(*m_store, queueStore, *m_ratings, *m_decisions);
    const std::optional<QList<QueueEntry>> entries = queue.entries(error);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 4);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(entries->at(i).id, ModerationQueue::itemId(reported[i]));
    QCOMPARE(entries->at(3).id, ModerationQueue::voterId(hex(u"listed"_s)));

    const QueueCursor cursor{entries->at(1).since, entries->at(1).id};
    const std::optional<QueueCursor> parsed = QueueCursor::parse(cursor.toString());
    QVERIFY(parsed);
    QVERIFY(!parsed->isBefore(entries->at(1)));
    QVERIFY(parsed->isBefore(entries->at(2)));
    for (const QString& bad : {u""_s, u"x.item:1"_s, u".item:1"_s, u"5.report:1"_s, u"5"_s})
        QVERIFY2(!QueueCursor::parse(bad), qPrintable(bad));
}

void TestModerationStore::migrationListsVotersQuarantinedBefore()
{
    cleanup();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"old.sqlite"_s);
    const QString voter = hex(u"old spammer"_s);
    {
        // Every migration before the moderation one.
        Migrations before;
        const Migrations all = serverSchema(SqlDialect::Sqlite);
        for (const Migration& step : all.migrations()) {
            if (step.name.startsWith(u"moderation decisions"_s))
                break;
            before.add(step);
        }
        QVERIFY(before.latestVersion() < all.latestVersion());
        Database old(path, m_clock, before);
        QVERIFY(old.open());
        QSqlQuery query(old.connection());
        QVERIFY(query.exec(
            u"INSERT INTO votes(item_hash, voter, vote, voted_at, quarantined) VALUES('%1', '%2', "
            u"'safe', 5, 1), ('%3', '%2', 'unsafe', 7, 1)"_s.arg(hex(u"i1"_s), voter, hex(u"i2"_s))));
        QVERIFY(
            query.exec(u"INSERT INTO audit_log(at, actor, action, subject, reason) VALUES(6, 'system:spam', "
                       u"'quarantine_votes', '%1', 'repeated_voting')"_s.arg(voter)));
        old.closeThreadConnection();
    }
    m_database = std::make_unique<Database>(path, m_clock, serverSchema(SqlDialect::Sqlite));
    QVERIFY2(m_database->open(), qPrintable(m_database->errorString()));
    QCOMPARE(m_database->schemaVersion(), serverSchema(SqlDialect::Sqlite).latestVersion());
    ModerationStore store(*m_database);
    QString error;
    const std::optional<QList<QuarantinedVoter>> voters = store.quarantinedVoters(error);
    QVERIFY(voters);
    QCOMPARE(voters->size(), 1);
    QCOMPARE(voters->first().voter, voter);
    QCOMPARE(voters->first().reason, u"repeated_voting"_s);
    QCOMPARE(voters->first().since, 7);
    QCOMPARE(voters->first().votes, 2);
}

QTEST_GUILESS_MAIN(TestModerationStore)
#include "TestModerationStore.moc"
