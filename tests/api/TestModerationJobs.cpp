// The moderation jobs (docs/api.md "Moderation"): the request each sends (method, path, query,
// body, session token), how they read the queue, action and audit answers, and the input they
// refuse before sending.
#include "ApiFixture.h"
#include "api/ModerationActionJob.h"
#include "api/ModerationAuditJob.h"
#include "api/ModerationQueueJob.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

namespace {

bool runJob(ApiJob& job)
{
    QSignalSpy finished(&job, &ApiJob::finished);
    job.start();
    return finished.wait(5000) && finished.count() == 1;
}

const QString kHash = hashOfText("https://phish.example/login");

QByteArray queueJson()
{
    return u"{\"entries\":[{\"id\":\"item:%1\",\"kind\":\"item\",\"hash\":\"%1\",\"since\":1763790000000,"
           u"\"reports\":{\"open\":3,\"ids\":[4,7,9],\"reasons\":{\"phishing\":2,\"malware\":1},"
           u"\"newest\":1763790500000,\"notes\":[\"fake "
           u"bank\"],\"content\":[\"https://phish.example/login\"]},"
           u"\"disputed\":false,\"decision\":null,"
           u"\"rating\":{\"hash\":\"%1\",\"score\":0.2,\"confidence\":0.5,\"safe\":1,\"unsafe\":4,"
           u"\"verdict\":\"unsafe\",\"moderated\":false},"
           u"\"votes\":[{\"voter\":\"p1\",\"vote\":\"unsafe\",\"at\":1763790000000,\"quarantined\":false}]},"
           u"{\"id\":\"voter:p2\",\"kind\":\"voter\",\"voter\":\"p2\",\"since\":1763790100000,"
           u"\"reason\":\"repeated_voting\",\"quarantined_by\":\"system:spam\",\"votes\":4}],"
           u"\"total\":7,\"next\":\"c2\"}"_s.arg(kHash)
               .toUtf8();
}

} // namespace

class TestModerationJobs : public QObject
{
    Q_OBJECT

private slots:
    void queueRequestAndAnswer();
    void queueLastPageHasNoNext();
    void queueRefusesBadLimit();
    void queueRefusesBrokenEntries();
    void actionBody_data();
    void actionBody();
    void actionValidation_data();
    void actionValidation();
    void actionAnswerForAnotherActionIsAParseError();
    void auditRequestAndAnswer();
    void auditRefusesBadLimit();
    void moderationNeedsAToken();
    void actionNamesRoundTrip();
};

void TestModerationJobs::queueRequestAndAnswer()
{
    ApiFixture f;
    f.network.enqueue(FakeResponse::json(200, queueJson()));
    ModerationQueueJob job(f.context(), 50, u"c1"_s);
    QVERIFY(runJob(job));
    QVERIFY2(job.error().ok(), qPrintable(job.error().toString()));
    const FakeRequest& request = f.network.requests().constFirst();
    QCOMPARE(request.method, "GET");
    QCOMPARE(request.url.path(), u"/base/v1/moderation/queue"_s);
    const QUrlQuery query(request.url);
    QCOMPARE(query.queryItemValue(u"limit"_s), u"50"_s);
    QCOMPARE(query.queryItemValue(u"after"_s), u"c1"_s);
    QCOMPARE(request.authorization, "Bearer " + f.token.toLatin1());

    QCOMPARE(job.entries().size(), 2);
    QCOMPARE(job.total(), 7);
    QCOMPARE(job.next(), u"c2"_s);
    const ModerationEntry& item = job.entries().at(0);
    QCOMPARE(item.kind, ModerationEntry::Kind::Item);
    QCOMPARE(item.id, u"item:"_s + kHash);
    QCOMPARE(item.openReports, 3);
    QCOMPARE(item.reportIds, (QList<qint64>{4, 7, 9}));
    QCOMPARE(item.reportReasons.value(u"phishing"_s), 2);
    QCOMPARE(item.notes, QStringList{u"fake bank"_s});
    QCOMPARE(item.contents, QStringList{u"https://phish.example/login"_s});
    QVERIFY(item.decision.isEmpty());
    QVERIFY(item.rating);
    QCOMPARE(item.rating->verdict, RatingVerdict::Unsafe);
    QCOMPARE(item.votes.size(), 1);
    QCOMPARE(item.votes.at(0).vote, u"unsafe"_s);
    const ModerationEntry& voter = job.entries().at(1);
    QCOMPARE(voter.kind, ModerationEntry::Kind::Voter);
    QCOMPARE(voter.voter, u"p2"_s);
    QCOMPARE(voter.quarantinedBy, u"system:spam"_s);
    QCOMPARE(voter.voterVotes, 4);
}

void TestModerationJobs::queueLastPageHasNoNext()
{
    ApiFixture f;
    f.network.enqueue(FakeResponse::json(200, R"({"entries":[],"total":0,"next":null})"));
    ModerationQueueJob job(f.context(), 10);
    QVERIFY(runJob(job));
    QVERIFY(job.error().ok());
    QVERIFY(job.next().isEmpty());
    QVERIFY(!QUrlQuery(f.network.requests().constFirst().url).hasQueryItem(u"after"_s));
}

void TestModerationJobs::queueRefusesBadLimit()
{
    ApiFixture f;
    for (const int limit : {0, 201}) {
        ModerationQueueJob job(f.context(), limit);
        QVERIFY(runJob(job));
        QCOMPARE(job.error().kind, ApiError::Kind::Invalid);
        QCOMPARE(job.error().code, u"invalid_limit"_s);
    }
    QCOMPARE(f.network.requests().size(), 0);
}

void TestModerationJobs::queueRefusesBrokenEntries()
{
    ApiFixture f;
    f.network.enqueue(
        FakeResponse::json(200, R"({"entries":[{"id":"item:x","kind":"item","since":1,"hash":"short"}]})"));
    ModerationQueueJob job(f.context(), 10);
    QVERIFY(runJob(job));
    QCOMPARE(job.error().kind, ApiError::Kind::Parse);
    QVERIFY(job.entries().isEmpty());
}

void TestModerationJobs::actionBody_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    const QString item = u"item:"_s + kHash;
    QTest::newRow("confirm_safe") << int(ModerationAction::ConfirmSafe) << item << u"confirm_safe"_s;
    QTest::newRow("confirm_unsafe") << int(ModerationAction::ConfirmUnsafe) << item << u"confirm_unsafe"_s;
    QTest::newRow("clear_decision") << int(ModerationAction::ClearDecision) << item << u"clear_decision"_s;
    QTest::newRow("dismiss_reports") << int(ModerationAction::DismissReports) << item << u"dismiss_reports"_s;
    QTest::newRow("quarantine_voter")
        << int(ModerationAction::QuarantineVoter) << u"voter:p2"_s << u"quarantine_voter"_s;
    QTest::newRow("restore_voter") << int(ModerationAction::RestoreVoter) << u"voter:p2"_s
                                   << u"restore_voter"_s;
    QTest::newRow("lock") << int(ModerationAction::Lock) << item << u"lock"_s;
    QTest::newRow("unlock") << int(ModerationAction::Unlock) << item << u"unlock"_s;
}

void TestModerationJobs::actionBody()
{
    QFETCH(int, action);
    QFETCH(QString, id);
    QFETCH(QString, name);
    ApiFixture f;
    f.network.enqueue(FakeResponse::json(
        200, u"{\"action\":\"%1\",\"id\":\"%2\",\"changed\":true,\"audit_id\":12}"_s.arg(name, id).toUtf8()));
    ModerationActionJob job(f.context(), ModerationAction(action), id, u"  checked by hand  "_s);
    QVERIFY(runJob(job));
    QVERIFY2(job.error().ok(), qPrintable(job.error().toString()));
    const FakeRequest& request = f.network.requests().constFirst();
    QCOMPARE(request.method, "POST");
    QCOMPARE(request.url.path(), u"/base/v1/moderation/actions"_s);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body, (QJsonObject{{u"action"_s, name}, {u"id"_s, id}, {u"reason"_s, u"checked by hand"_s}}));
    QVERIFY(job.outcome().changed);
    QCOMPARE(job.outcome().auditId, 12);
}

void TestModerationJobs::actionValidation_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("code");
    QTest::newRow("no reason") << int(ModerationAction::ConfirmSafe) << u"item:"_s + kHash << u"   "_s
                               << u"invalid_reason"_s;
    QTest::newRow("long reason") << int(ModerationAction::Lock) << u"item:"_s + kHash << QString(501, u'x')
                                 << u"invalid_reason"_s;
    QTest::newRow("voter action on an item")
        << int(ModerationAction::QuarantineVoter) << u"item:"_s + kHash << u"spam"_s << u"invalid_subject"_s;
    QTest::newRow("item action on a voter")
        << int(ModerationAction::ConfirmUnsafe) << u"voter:p2"_s << u"bad"_s << u"invalid_subject"_s;
    QTest::newRow("empty subject") << int(ModerationAction::Unlock) << u"item:"_s << u"why"_s
                                   << u"invalid_subject"_s;
}

void TestModerationJobs::actionValidation()
{
    QFETCH(int, action);
    QFETCH(QString, id);
    QFETCH(QString, reason);
    QFETCH(QString, code);
    ApiFixture f;
    ModerationActionJob job(f.context(), ModerationAction(action), id, reason);
    QVERIFY(runJob(job));
    QCOMPARE(job.error().kind, ApiError::Kind::Invalid);
    QCOMPARE(job.error().code, code);
    QCOMPARE(f.network.requests().size(), 0);
}

void TestModerationJobs::actionAnswerForAnotherActionIsAParseError()
{
    ApiFixture f;
    f.network.enqueue(
        FakeResponse::json(200, R"({"action":"lock","id":"item:x","changed":true,"audit_id":1})"));
    ModerationActionJob job(f.context(), ModerationAction::Unlock, u"item:"_s + kHash, u"why"_s);
    QVERIFY(runJob(job));
    QCOMPARE(job.error().kind, ApiError::Kind::Parse);
}

void TestModerationJobs::auditRequestAndAnswer()
{
    ApiFixture f;
    f.network.enqueue(FakeResponse::json(
        200,
        R"({"entries":[{"id":3,"at":1763790000000,"actor":"mod","action":"confirm_unsafe","subject":"abc",)"
        R"("reason":"kit","detail":"{\"reports\":2}"},{"id":2,"at":1763780000000,"actor":"admin-cli",)"
        R"("action":"add_user","subject":"mod","reason":"","detail":""}]})"));
    ModerationAuditJob job(f.context(), 100);
    QVERIFY(runJob(job));
    QVERIFY2(job.error().ok(), qPrintable(job.error().toString()));
    const FakeRequest& request = f.network.requests().constFirst();
    QCOMPARE(request.method, "GET");
    QCOMPARE(request.url.path(), u"/base/v1/moderation/audit"_s);
    QCOMPARE(QUrlQuery(request.url).queryItemValue(u"limit"_s), u"100"_s);
    QCOMPARE(job.entries().size(), 2);
    QCOMPARE(job.entries().at(0).action, u"confirm_unsafe"_s);
    QCOMPARE(job.entries().at(0).detail, u"{\"reports\":2}"_s);
    QCOMPARE(job.entries().at(1).actor, u"admin-cli"_s);
}

void TestModerationJobs::auditRefusesBadLimit()
{
    ApiFixture f;
    ModerationAuditJob job(f.context(), 501);
    QVERIFY(runJob(job));
    QCOMPARE(job.error().code, u"invalid_limit"_s);
    QCOMPARE(f.network.requests().size(), 0);
}

void TestModerationJobs::moderationNeedsAToken()
{
    ApiFixture f;
    f.token.clear();
    ModerationQueueJob job(f.context(), 10);
    QVERIFY(runJob(job));
    QCOMPARE(job.error().code, u"not_signed_in"_s);
    QCOMPARE(f.network.requests().size(), 0);
}

void TestModerationJobs::actionNamesRoundTrip()
{
    const QList<ModerationAction> actions = allModerationActions();
    QCOMPARE(actions.size(), 8);
    for (const ModerationAction action : actions)
        QCOMPARE(moderationActionFromName(moderationActionName(action)), action);
    QVERIFY(!moderationActionFromName(u"ban"_s));
    QVERIFY(actsOnVoter(ModerationAction::QuarantineVoter));
    QVERIFY(!actsOnVoter(ModerationAction::Lock));
}

QTEST_GUILESS_MAIN(TestModerationJobs)
#include "TestModerationJobs.moc"
