// The Moderation view's model on a scripted network: role gating (nothing is sent for other
// roles), the queue paged through the server's cursor, each action's request body and its
// optimistic effect, rollback with a clear message when the server refuses, the audit log paged
// and filtered, decision history, presence and the live hook.
#include "../api/ApiFixture.h"
#include "api/ApiExecutor.h"
#include "viewmodels/ModerationViewModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

namespace {

const QString kReported = hashOfText("reported");
const QString kDisputed = hashOfText("disputed");
const QString kDecided = hashOfText("decided");

QJsonObject ratingObject(const QString& hash, const QString& verdict = u"disputed"_s, bool moderated = false)
{
    return {{u"hash"_s, hash}, {u"score"_s, 0.5},       {u"confidence"_s, 0.2},     {u"safe"_s, 3},
            {u"unsafe"_s, 3},  {u"verdict"_s, verdict}, {u"moderated"_s, moderated}};
}

QJsonObject itemEntry(const QString& hash, qint64 since, int reports, bool disputed,
                      const QString& decision = {})
{
    QJsonArray ids;
    for (int i = 0; i < reports; ++i)
        ids.append(i + 1);
    return {{u"id"_s, u"item:"_s + hash},
            {u"kind"_s, u"item"_s},
            {u"hash"_s, hash},
            {u"since"_s, since},
            {u"reports"_s,
             QJsonObject{{u"open"_s, reports},
                         {u"ids"_s, ids},
                         {u"reasons"_s, reports ? QJsonObject{{u"phishing"_s, reports}} : QJsonObject{}},
                         {u"newest"_s, reports ? QJsonValue(since + 10) : QJsonValue()},
                         {u"notes"_s, QJsonArray{}},
                         {u"content"_s, QJsonArray{}}}},
            {u"disputed"_s, disputed},
            {u"decision"_s, decision.isEmpty() ? QJsonValue() : QJsonValue(decision)},
            {u"rating"_s, ratingObject(hash)},
            {u"votes"_s, QJsonArray{QJsonObject{{u"voter"_s, u"spammer"_s},
                                                {u"vote"_s, u"safe"_s},
                                                {u"at"_s, since},
                                                {u"quarantined"_s, false}}}}};
}

QJsonObject voterEntry(const QString& voter, qint64 since)
{
    return {{u"id"_s, u"voter:"_s + voter},
            {u"kind"_s, u"voter"_s},
            {u"voter"_s, voter},
            {u"since"_s, since},
            {u"reason"_s, u"rapid_voting"_s},
            {u"quarantined_by"_s, u"system:spam"_s},
            {u"votes"_s, 12}};
}

QByteArray page(const QJsonArray& entries, int total, const QString& next = {})
{
    return QJsonDocument(QJsonObject{{u"entries"_s, entries},
                                     {u"total"_s, total},
                                     {u"next"_s, next.isEmpty() ? QJsonValue() : QJsonValue(next)}})
        .toJson(QJsonDocument::Compact);
}

QJsonArray standardQueue()
{
    return {itemEntry(kReported, 100, 2, false), itemEntry(kDisputed, 200, 1, true),
            itemEntry(kDecided, 300, 0, true, u"unsafe"_s), voterEntry(u"bot7"_s, 400)};
}

CommunityAccount moderator()
{
    return {CommunityAccount::Kind::Account, u"mod"_s, u"moderator"_s};
}

} // namespace

class TestModerationViewModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void otherRolesSendNothing_data();
    void otherRolesSendNothing();
    void queueIsPaged();
    void actions_data();
    void actions();
    void failureRollsBack_data();
    void failureRollsBack();
    void reasonIsRequired();
    void oneActionAtATime();
    void availableActions();
    void auditIsPagedAndFiltered();
    void decisionHistoryComesFromTheAudit();
    void presenceMarksOtherModerators();
    void liveEventRefreshes();
    void demotionClearsTheQueue();

private:
    bool loadQueue(ModerationViewModel& model);

    std::unique_ptr<ApiFixture> m_f;
    std::unique_ptr<ApiExecutor> m_executor;
};

void TestModerationViewModel::init()
{
    m_f = std::make_unique<ApiFixture>();
    ApiExecutor::Options options;
    options.retry.maxAttempts = 1;
    m_executor = std::make_unique<ApiExecutor>(Service::Api, m_f->clock, m_f->scheduler, options);
}

void TestModerationViewModel::cleanup()
{
    m_executor.reset();
    m_f.reset();
}

bool TestModerationViewModel::loadQueue(ModerationViewModel& model)
{
    m_f->network.enqueue(FakeResponse::json(200, page(standardQueue(), 4)));
    QSignalSpy changed(&model, &ModerationViewModel::entriesChanged);
    if (!model.refresh())
        return false;
    return changed.wait(5000) && model.entries().size() == 4;
}

void TestModerationViewModel::otherRolesSendNothing_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("role");
    QTest::newRow("no token") << int(CommunityAccount::Kind::None) << QString();
    QTest::newRow("device") << int(CommunityAccount::Kind::Device) << QString();
    QTest::newRow("user") << int(CommunityAccount::Kind::Account) << u"user"_s;
    QTest::newRow("analyst") << int(CommunityAccount::Kind::Account) << u"analyst"_s;
}

void TestModerationViewModel::otherRolesSendNothing()
{
    QFETCH(int, kind);
    QFETCH(QString, role);
    ModerationViewModel model(*m_executor, m_f->context());
    model.setAccount({CommunityAccount::Kind(kind), u"someone"_s, role});
    QVERIFY(!model.isAllowed());
    QSignalSpy messages(&model, &ModerationViewModel::message);
    QVERIFY(!model.refresh());
    QVERIFY(!model.loadMore());
    QVERIFY(!model.act(ModerationAction::ConfirmSafe, u"item:"_s + kReported, u"reason"_s));
    model.auditModel()->reload();
    QVERIFY(messages.count() >= 3);
    QVERIFY(model.lastMessage().contains(u"moderator"_s, Qt::CaseInsensitive));
    QTest::qWait(10);
    QCOMPARE(m_f->network.requests().size(), 0);
}

void TestModerationViewModel::queueIsPaged()
{
    ModerationViewModel model(*m_executor, m_f->context());
    model.setAccount(moderator());
    m_f->network.enqueue(FakeResponse::json(200, page({itemEntry(kReported, 100, 2, false)}, 2, u"c1"_s)));
    m_f->network.enqueue(FakeResponse::json(200, page({voterEntry(u"bot7"_s, 400)}, 2)));
    QSignalSpy changed(&model, &ModerationViewModel::entriesChanged);
    QVERIFY(model.refresh());
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(model.entries().size(), 1);
    QVERIFY(model.hasMore());
    QCOMPARE(model.total(), 2);
    QVERIFY(model.loadMore());
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(model.entries().size(), 2);
    QVERIFY(!model.hasMore());
    QCOMPARE(model.queueModel()->rowCount(), 2);
    QCOMPARE(QUrlQuery(m_f->network.requests().at(1).url).queryItemValue(u"after"_s), u"c1"_s);
    QCOMPARE(m_f->network.requests().at(0).authorization, "Bearer " + m_f->token.toLatin1());
}

void TestModerationViewModel::actions_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("entriesAfter"); // optimistic queue size
    QTest::addColumn<QString>("check");    // what else the optimistic state shows
    const QString reported = u"item:"_s + kReported;
    const QString disputed = u"item:"_s + kDisputed;
    const QString decided = u"item:"_s + kDecided;
    QTest::newRow("confirm_safe") << int(ModerationAction::ConfirmSafe) << reported << 3 << u"gone"_s;
    QTest::newRow("confirm_unsafe") << int(ModerationAction::ConfirmUnsafe) << disputed << 3 << u"gone"_s;
    QTest::newRow("dismiss reports of a reported item")
        << int(ModerationAction::DismissReports) << reported << 3 << u"gone"_s;
    QTest::newRow("dismiss reports of a disputed item")
        << int(ModerationAction::DismissReports) << disputed << 4 << u"no reports"_s;
    QTest::newRow("clear_decision") << int(ModerationAction::ClearDecision) << decided << 4 << u"undecided"_s;
    QTest::newRow("lock") << int(ModerationAction::Lock) << reported << 4 << u"locked"_s;
    QTest::newRow("unlock") << int(ModerationAction::Unlock) << reported << 4 << u"unlocked"_s;
    QTest::newRow("quarantine_voter")
        << int(ModerationAction::QuarantineVoter) << u"voter:spammer"_s << 4 << u"votes quarantined"_s;
    QTest::newRow("restore_voter") << int(ModerationAction::RestoreVoter) << u"voter:bot7"_s << 3
                                   << u"gone"_s;
}

void TestModerationViewModel::actions()
{
    QFETCH(int, action);
    QFETCH(QString, id);
    QFETCH(int, entriesAfter);
    QFETCH(QString, check);
    ModerationViewModel model(*m_executor, m_f->context());
    model.setAccount(moderator());
    QVERIFY(loadQueue(model));
    const QString name = moderationActionName(ModerationAction(action));
    const qsizetype before = m_f->network.requests().size();
    // The action's answer, then the refresh that follows it.
    QJsonObject answer{{u"action"_s, name}, {u"id"_s, id}, {u"changed"_s, true}, {u"audit_id"_s, 31}};
    if (id.startsWith(u"item:"_s)) {
        answer.insert(u"hash"_s, id.mid(5));
        answer.insert(u"rating"_s, ratingObject(id.mid(5), u"unsafe"_s, true));
        answer.insert(u"locked"_s, ModerationAction(action) == ModerationAction::Lock);
        answer.insert(u"reports"_s, 0);
    }
    m_f->network.enqueue(FakeResponse::json(200, QJsonDocument(answer).toJson()));
    m_f->network.enqueue(FakeResponse::json(200, page(standardQueue(), 4)));
    QSignalSpy finished(&model, &ModerationViewModel::actionFinished);
    QVERIFY(model.act(ModerationAction(action), id, u"  checked the landing page  "_s));

    // At once, before the server answered.
    QVERIFY(model.isActing());
    QCOMPARE(model.entries().size(), entriesAfter);
    const std::optional<ModerationEntry> entry = model.entry(id);
    if (check == u"gone"_s) {
        QVERIFY(!entry);
    } else if (check == u"no reports"_s) {
        QCOMPARE(entry->openReports, 0);
        QCOMPARE(entry->pendingAction, name);
    } else if (check == u"undecided"_s) {
        QVERIFY(entry->decision.isEmpty());
    } else if (check == u"locked"_s) {
        QVERIFY(entry->locked);
    } else if (check == u"unlocked"_s) {
        QVERIFY(!entry->locked);
    } else if (check == u"votes quarantined"_s) {
        QVERIFY(model.entry(u"item:"_s + kReported)->votes.at(0).quarantined);
    }

    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), name);
    QCOMPARE(finished.at(0).at(1).toString(), id);
    QVERIFY(finished.at(0).at(2).toBool());
    QVERIFY(!model.isActing());
    const FakeRequest& request = m_f->network.requests().at(before);
    QCOMPARE(request.method, "POST");
    QCOMPARE(request.url.path(), u"/base/v1/moderation/actions"_s);
    QCOMPARE(QJsonDocument::fromJson(request.body).object(),
             (QJsonObject{{u"action"_s, name}, {u"id"_s, id}, {u"reason"_s, u"checked the landing page"_s}}));
    // Then the queue is read again from the server.
    QTRY_COMPARE(m_f->network.requests().size(), before + 2);
    QCOMPARE(m_f->network.requests().at(before + 1).url.path(), u"/base/v1/moderation/queue"_s);
}

void TestModerationViewModel::failureRollsBack_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("says");
    QTest::newRow("conflict") << 409 << QByteArray(R"({"error":"conflict","message":"opposite decision"})")
                              << u"opposite decision"_s;
    QTest::newRow("forbidden") << 403 << QByteArray(R"({"error":"forbidden","message":"no"})")
                               << u"may not"_s;
    QTest::newRow("gone") << 404 << QByteArray(R"({"error":"not_found","message":"unknown"})")
                          << u"no longer"_s;
    QTest::newRow("server error") << 500 << QByteArray(R"({"error":"internal","message":"db"})")
                                  << u"problem"_s;
    QTest::newRow("offline") << 0 << QByteArray() << u"cannot be reached"_s;
}

void TestModerationViewModel::failureRollsBack()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, says);
    ModerationViewModel model(*m_executor, m_f->context());
    model.setAccount(moderator());
    QVERIFY(loadQueue(model));
    const QList<ModerationEntry> before = model.entries();
    m_f->network.enqueue(status ? FakeResponse::json(status, body)
                                : FakeResponse::networkError(QNetworkReply::ConnectionRefusedError));
    QSignalSpy finished(&model, &ModerationViewModel::actionFinished);
    QVERIFY(model.act(ModerationAction::ConfirmSafe, u"item:"_s + kDecided, u"looks fine"_s));
    QCOMPARE(model.entries().size(), before.size() - 1); // optimistic
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!finished.at(0).at(2).toBool());
    QCOMPARE(model.entries(), before); // rolled back exactly
    QCOMPARE(model.queueModel()->rowCount(), int(before.size()));
    QVERIFY2(model.lastMessage().contains(u"undone"_s), qPrintable(model.lastMessage()));
    QVERIFY2(model.lastMessage().contains(says), qPrintable(model.lastMessage()));
    QVERIFY(!model.isActing());
}

void TestModerationViewModel::reasonIsRequired()
{
    ModerationViewModel model(*m_executor, m_f->context());
    model.setAccount(moderator());
    QVERIFY(loadQueue(model));
    const qsizetype sent = m_f->network.requests().size();
    QVERIFY(!model.act(ModerationAction::Lock, u"item:"_s + kReported, u"   "_s));
    QVERIFY(!model.act(ModerationAction::RestoreVoter, u"item:"_s + kReported, u"wrong subject"_s));
    QCOMPARE(model.entries().size(), 4);
    QTest::qWait(10);
    QCOMPARE(m_f->network.requests().size(), sent);
}

void TestModerationViewModel::oneActionAtATime()
{
    ModerationViewModel model(*m_executor, m_f->context());
    model.setAccount(moderator());
    QVERIFY(loadQueue(model));
    m_f->network.enqueue(FakeResponse::hanging());
    QVERIFY(model.act(ModerationAction::Lock, u"item:"_s + kReported, u"keep"_s));
    QVERIFY(!model.act(ModerationAction::Lock, u"item:"_s + kDisputed, u"keep"_s));
    QVERIFY(model.lastMessage().contains(u"previous action"_s));
}

void TestModerationViewModel::availableActions()
{
    ModerationEntry item;
    item.openReports = 2;
    QList<ModerationAction> actions = ModerationViewModel::availableActions(item);
    QVERIFY(actions.contains(ModerationAction::ConfirmSafe));
    QVERIFY(actions.contains(ModerationAction::ConfirmUnsafe));
    QVERIFY(actions.contains(ModerationAction::DismissReports));
    QVERIFY(actions.contains(ModerationAction::Lock));
    QVERIFY(!actions.contains(ModerationAction::ClearDecision));
    item.decision = u"unsafe"_s;
    item.openReports = 0;
    item.locked = true;
    actions = ModerationViewModel::availableActions(item);
    QVERIFY(!actions.contains(ModerationAction::ConfirmSafe)); // the server would answer 409
    QVERIFY(actions.contains(ModerationAction::ClearDecision));
    QVERIFY(actions.contains(ModerationAction::Unlock));
    QVERIFY(!actions.contains(ModerationAction::DismissReports));
    ModerationEntry voter;
    voter.kind = ModerationEntry::Kind::Voter;
    QCOMPARE(ModerationViewModel::availableActions(voter),
             QList<ModerationAction>{ModerationAction::RestoreVoter});
}

void TestModerationViewModel::auditIsPagedAndFiltered()
{
    ModerationViewModel model(*m_executor, m_f->context());
    model.setAccount(moderator());
    AuditModel* audit = model.auditModel();
    audit->setPageSize(2);
    m_f->network.enqueue(FakeResponse::json(
        200,
        R"({"entries":[{"id":5,"at":5000,"actor":"mod","action":"lock","subject":"a","reason":"r","detail":""},)"
        R"({"id":4,"at":4000,"actor":"mod","action":"confirm_unsafe","subject":"b","reason":"r","detail":""}]})"));
    QSignalSpy loaded(audit, &AuditModel::loaded);
    audit->reload();
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(audit->rowCount(), 2);
    QVERIFY(audit->canLoadMore());
    m_f->network.enqueue(FakeResponse::json(
        200,
        R"({"entries":[{"id":5,"at":5000,"actor":"mod","action":"lock","subject":"a","reason":"r","detail":""},)"
        R"({"id":4,"at":4000,"actor":"mod","action":"confirm_unsafe","subject":"b","reason":"r","detail":""},)"
        R"({"id":3,"at":3000,"actor":"system:spam","action":"quarantine_votes","subject":"c","reason":"","detail":""}]})"));
    QVERIFY(audit->loadMore());
    QTRY_COMPARE(loaded.count(), 2);
    QCOMPARE(QUrlQuery(m_f->network.requests().at(1).url).queryItemValue(u"limit"_s), u"4"_s);
    QCOMPARE(audit->rowCount(), 3);
    QVERIFY(!audit->canLoadMore()); // fewer than asked: that is all
    audit->setActionFilter(u"confirm_unsafe"_s);
    QCOMPARE(audit->rowCount(), 1);
    QCOMPARE(audit->entryAt(0).id, 4);
    QCOMPARE(audit->data(audit->index(0, AuditModel::ActionColumn)).toString(), u"Confirm unsafe"_s);
    audit->setActionFilter({});
    QCOMPARE(audit->rowCount(), 3);
    QCOMPARE(audit->actionsSeen(), (QStringList{u"confirm_unsafe"_s, u"lock"_s, u"quarantine_votes"_s}));
}

void TestModerationViewModel::decisionHistoryComesFromTheAudit()
{
    ModerationViewModel model(*m_executor, m_f->context());
    model.setAccount(moderator());
    m_f->network.enqueue(FakeResponse::json(
        200,
        u"{\"entries\":[{\"id\":9,\"at\":9000,\"actor\":\"mod\",\"action\":\"clear_decision\",\"subject\":\"%"
        u"1\","
        u"\"reason\":\"new evidence\",\"detail\":\"\"},{\"id\":8,\"at\":8000,\"actor\":\"other\",\"action\":"
        u"\"confirm_unsafe\",\"subject\":\"%1\",\"reason\":\"kit\",\"detail\":\"\"},{\"id\":7,\"at\":7000,"
        u"\"actor\":\"mod\",\"action\":\"lock\",\"subject\":\"%2\",\"reason\":\"x\",\"detail\":\"\"}]}"_s
            .arg(kDecided, kReported)
            .toUtf8()));
    QSignalSpy loaded(model.auditModel(), &AuditModel::loaded);
    model.auditModel()->reload();
    QTRY_COMPARE(loaded.count(), 1);
    const QList<AuditRecord> history = model.decisionHistory(u"item:"_s + kDecided);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).action, u"clear_decision"_s);
    QCOMPARE(history.at(1).actor, u"other"_s);
}

void TestModerationViewModel::presenceMarksOtherModerators()
{
    ModerationViewModel model(*m_executor, m_f->context());
    model.setAccount(moderator());
    QVERIFY(loadQueue(model));
    model.setOwnPresenceName(u"moderator 1"_s);
    QSignalSpy opened(&model, &ModerationViewModel::openedItemChanged);
    model.openItem(u"item:"_s + kReported);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), u"item:"_s + kReported);
    model.setPresence(u"moderator 1"_s, u"item:"_s + kReported); // myself: no claim
    model.setPresence(u"moderator 2"_s, u"item:"_s + kReported);
    QCOMPARE(model.claimedBy(u"item:"_s + kReported), QStringList{u"moderator 2"_s});
    const int row = model.queueModel()->rowOf(u"item:"_s + kReported);
    QCOMPARE(model.queueModel()
                 ->data(model.queueModel()->index(row, ModerationQueueModel::OpenByColumn))
                 .toString(),
             u"moderator 2"_s);
    model.setPresence(u"moderator 2"_s, {});
    QVERIFY(model.claimedBy(u"item:"_s + kReported).isEmpty());
}

void TestModerationViewModel::liveEventRefreshes()
{
    ModerationViewModel model(*m_executor, m_f->context());
    model.setAccount(moderator());
    QVERIFY(loadQueue(model));
    m_f->network.enqueue(FakeResponse::json(200, page({voterEntry(u"bot7"_s, 400)}, 1)));
    QSignalSpy changed(&model, &ModerationViewModel::entriesChanged);
    model.applyModerationEvent(QJsonObject{{u"type"_s, u"queue_changed"_s},
                                           {u"action"_s, u"confirm_safe"_s},
                                           {u"id"_s, u"item:"_s + kReported}});
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(model.entries().size(), 1);
}

void TestModerationViewModel::demotionClearsTheQueue()
{
    ModerationViewModel model(*m_executor, m_f->context());
    model.setAccount(moderator());
    QVERIFY(loadQueue(model));
    QSignalSpy allowed(&model, &ModerationViewModel::allowedChanged);
    model.setAccount({CommunityAccount::Kind::Account, u"mod"_s, u"user"_s});
    QCOMPARE(allowed.count(), 1);
    QVERIFY(model.entries().isEmpty());
    QCOMPARE(model.queueModel()->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestModerationViewModel)
#include "TestModerationViewModel.moc"
