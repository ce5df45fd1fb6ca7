// One job per endpoint (docs/api.md): the request each sends (method, path, body, token) and how
// it reads the answer; bad input and a missing token are refused before anything is sent.
#include "ApiFixture.h"
#include "api/CreateReportJob.h"
#include "api/CreateSessionJob.h"
#include "api/DeleteVoteJob.h"
#include "api/HealthJob.h"
#include "api/PutVoteJob.h"
#include "api/RatingsLookupJob.h"
#include "api/RegisterDeviceJob.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

namespace {

// Runs `job` to its end on the fixture's fake network.
bool runJob(ApiJob& job)
{
    QSignalSpy finished(&job, &ApiJob::finished);
    job.start();
    return finished.wait(5000) && finished.count() == 1;
}

QByteArray ratingJson(const QString& hash, const char* verdict = "safe", bool moderated = false)
{
    return u"{\"hash\":\"%1\",\"score\":0.8,\"confidence\":0.65,\"safe\":8,\"unsafe\":2,\"verdict\":\"%2\","
           u"\"moderated\":%3}"_s.arg(hash, QLatin1StringView(verdict), moderated ? u"true"_s : u"false"_s)
               .toUtf8();
}

QJsonObject bodyOf(const FakeRequest& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

} // namespace

class TestApiEndpoints : public QObject
{
    Q_OBJECT

private slots:
    void registerDevice();
    void createSession();
    void ratingsLookup();
    void ratingsLookupRefusesForeignHashes();
    void ratingsLookupRefusesBadPrefix();
    void putVote();
    void putVoteRefusesAnotherItemsRating();
    void deleteVote();
    void createReport();
    void createReportValidation_data();
    void createReportValidation();
    void missingTokenSendsNothing();
    void ratingInfoJson_data();
    void ratingInfoJson();
};

void TestApiEndpoints::registerDevice()
{
    ApiFixture f;
    f.network.enqueue(FakeResponse::json(201, R"({"token":"abc"})"));
    RegisterDeviceJob job(f.context());
    QVERIFY(runJob(job));
    QVERIFY2(job.error().ok(), qPrintable(job.error().toString()));
    QCOMPARE(job.token(), u"abc"_s);
    const FakeRequest& sent = f.network.requests().at(0);
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.url.path(), u"/base/v1/devices"_s);
    QCOMPARE(sent.body, QByteArray("{}"));
    QCOMPARE(sent.authorization, QByteArray()); // never sends a token it may not need
    QVERIFY(job.isIdempotent());
}

void TestApiEndpoints::createSession()
{
    ApiFixture f;
    f.network.enqueue(FakeResponse::json(201, R"({"token":"s1","role":"moderator"})"));
    CreateSessionJob job(f.context(), u"alice"_s, u"correct horse"_s);
    QVERIFY(runJob(job));
    QVERIFY(job.error().ok());
    QCOMPARE(job.token(), u"s1"_s);
    QCOMPARE(job.role(), u"moderator"_s);
    QCOMPARE(bodyOf(f.network.requests().at(0)),
             (QJsonObject{{u"username"_s, u"alice"_s}, {u"password"_s, u"correct horse"_s}}));

    f.network.enqueue(FakeResponse::json(401, R"({"error":"invalid_credentials","message":"no"})"));
    CreateSessionJob wrong(f.context(), u"alice"_s, u"nope"_s);
    QVERIFY(runJob(wrong));
    QCOMPARE(wrong.error().code, u"invalid_credentials"_s);
    QVERIFY(wrong.token().isEmpty());
}

void TestApiEndpoints::ratingsLookup()
{
    ApiFixture f;
    const QString hash = hashOfText("https://example.com/");
    const QString sibling = hash.left(8) + QString(56, u'0');
    f.network.enqueue(FakeResponse::json(200, "{\"ratings\":[" + ratingJson(hash) + "," +
                                                  ratingJson(sibling, "unsafe", true) + "]}"));
    RatingsLookupJob job(f.context(), hash.left(8).toUpper());
    QVERIFY(runJob(job));
    QVERIFY2(job.error().ok(), qPrintable(job.error().toString()));
    QCOMPARE(job.ratings().size(), 2);
    QCOMPARE(job.ratings().at(0).hash, hash);
    QCOMPARE(job.ratings().at(0).verdict, RatingVerdict::Safe);
    QCOMPARE(job.ratings().at(0).safe, 8);
    QCOMPARE(job.ratings().at(1).verdict, RatingVerdict::Unsafe);
    QVERIFY(job.ratings().at(1).moderated);
    const FakeRequest& sent = f.network.requests().at(0);
    QCOMPARE(sent.method, QByteArray("GET"));
    QCOMPARE(sent.url.path(), u"/base/v1/ratings"_s);
    QCOMPARE(sent.url.query(), u"prefix="_s + hash.left(8)); // only the prefix, lowercase
    QVERIFY(!sent.url.toString().contains(hash));
}

void TestApiEndpoints::ratingsLookupRefusesForeignHashes()
{
    ApiFixture f;
    f.network.enqueue(FakeResponse::json(200, "{\"ratings\":[" + ratingJson(QString(64, u'f')) + "]}"));
    RatingsLookupJob job(f.context(), u"00000000"_s);
    QVERIFY(runJob(job));
    QCOMPARE(job.error().kind, ApiError::Kind::Parse);
    QVERIFY(job.ratings().isEmpty());
}

void TestApiEndpoints::ratingsLookupRefusesBadPrefix()
{
    ApiFixture f;
    for (const QString& prefix : {u""_s, u"1234567"_s, u"123456789"_s, u"1234567g"_s}) {
        RatingsLookupJob job(f.context(), prefix);
        QVERIFY(runJob(job));
        QCOMPARE(job.error().kind, ApiError::Kind::Invalid);
        QCOMPARE(job.error().code, u"invalid_prefix"_s);
    }
    QCOMPARE(f.network.requests().size(), 0);
}

void TestApiEndpoints::putVote()
{
    ApiFixture f;
    const QString hash = hashOfText("x");
    f.network.enqueue(FakeResponse::json(200, ratingJson(hash)));
    PutVoteJob job(f.context(), hash.toUpper(), false);
    QVERIFY(runJob(job));
    QVERIFY2(job.error().ok(), qPrintable(job.error().toString()));
    QCOMPARE(job.rating().hash, hash);
    QCOMPARE(job.rating().score, 0.8);
    const FakeRequest& sent = f.network.requests().at(0);
    QCOMPARE(sent.method, QByteArray("PUT"));
    QCOMPARE(sent.url.path(), u"/base/v1/votes/"_s + hash);
    QCOMPARE(bodyOf(sent), (QJsonObject{{u"vote"_s, u"unsafe"_s}}));
    QCOMPARE(sent.authorization, QByteArray("Bearer device-token-1"));
    QCOMPARE(sent.contentType, QByteArray("application/json"));
    QVERIFY(job.isIdempotent());
    QCOMPARE(job.describe(), u"PUT /v1/votes"_s); // no hash in logs
}

void TestApiEndpoints::putVoteRefusesAnotherItemsRating()
{
    ApiFixture f;
    f.network.enqueue(FakeResponse::json(200, ratingJson(hashOfText("other"))));
    PutVoteJob job(f.context(), hashOfText("x"), true);
    QVERIFY(runJob(job));
    QCOMPARE(job.error().kind, ApiError::Kind::Parse);
}

void TestApiEndpoints::deleteVote()
{
    ApiFixture f;
    const QString hash = hashOfText("x");
    f.network.enqueue(FakeResponse::json(204, ""));
    DeleteVoteJob job(f.context(), hash);
    QVERIFY(runJob(job));
    QVERIFY(job.error().ok());
    QCOMPARE(f.network.requests().at(0).method, QByteArray("DELETE"));
    QCOMPARE(f.network.requests().at(0).authorization, QByteArray("Bearer device-token-1"));
}

void TestApiEndpoints::createReport()
{
    ApiFixture f;
    const QString hash = hashOfText("x");
    f.network.enqueue(FakeResponse::json(201, R"({"id":17})"));
    CreateReportJob job(f.context(), {hash, u"phishing"_s, u"asks for my bank password"_s, std::nullopt});
    QVERIFY(runJob(job));
    QVERIFY(job.error().ok());
    QCOMPARE(job.reportId(), 17);
    QVERIFY(!job.isIdempotent());
    const QJsonObject body = bodyOf(f.network.requests().at(0));
    QCOMPARE(body.value(u"hash"_s).toString(), hash);
    QCOMPARE(body.value(u"reason"_s).toString(), u"phishing"_s);
    QVERIFY(!body.contains(u"content"_s)); // no consent, no content

    f.network.enqueue(FakeResponse::json(201, R"({"id":18})"));
    CreateReportJob shared(f.context(), {hash, u"scam"_s, {}, u"https://x.example/"_s});
    QVERIFY(runJob(shared));
    const QJsonObject sharedBody = bodyOf(f.network.requests().at(1));
    QCOMPARE(sharedBody.value(u"content"_s).toString(), u"https://x.example/"_s);
    QVERIFY(!sharedBody.contains(u"note"_s));
}

void TestApiEndpoints::createReportValidation_data()
{
    QTest::addColumn<QString>("hash");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("note");
    QTest::addColumn<int>("contentBytes");
    QTest::addColumn<QString>("code");
    const QString hash = hashOfText("x");
    QTest::newRow("short hash") << hash.left(63) << u"other"_s << QString() << -1 << u"invalid_hash"_s;
    QTest::newRow("unknown reason") << hash << u"spam"_s << QString() << -1 << u"invalid_reason"_s;
    QTest::newRow("long note") << hash << u"other"_s << QString(501, u'n') << -1 << u"invalid_note"_s;
    QTest::newRow("long content") << hash << u"other"_s << QString() << 4097 << u"invalid_content"_s;
}

void TestApiEndpoints::createReportValidation()
{
    QFETCH(QString, hash);
    QFETCH(QString, reason);
    QFETCH(QString, note);
    QFETCH(int, contentBytes);
    QFETCH(QString, code);
    ApiFixture f;
    std::optional<QString> content;
    if (contentBytes >= 0)
        content = QString(contentBytes, u'c');
    CreateReportJob job(f.context(), {hash, reason, note, content});
    QVERIFY(runJob(job));
    QCOMPARE(job.error().kind, ApiError::Kind::Invalid);
    QCOMPARE(job.error().code, code);
    QCOMPARE(f.network.requests().size(), 0);
}

void TestApiEndpoints::missingTokenSendsNothing()
{
    ApiFixture f;
    f.token.clear();
    PutVoteJob job(f.context(), hashOfText("x"), true);
    QVERIFY(runJob(job));
    QCOMPARE(job.error().kind, ApiError::Kind::Invalid);
    QCOMPARE(job.error().code, u"not_signed_in"_s);
    QCOMPARE(f.network.requests().size(), 0);
    // The token is read when the job starts, not when it is made.
    f.token = u"later"_s;
    f.network.enqueue(FakeResponse::json(200, ratingJson(hashOfText("x"))));
    QVERIFY(runJob(job));
    QVERIFY(job.error().ok());
    QCOMPARE(f.network.requests().at(0).authorization, QByteArray("Bearer later"));
}

void TestApiEndpoints::ratingInfoJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    const QByteArray h = hashOfText("x").toLatin1();
    QTest::newRow("complete") << ratingJson(QString::fromLatin1(h)) << true;
    QTest::newRow("uppercase hash") << ratingJson(QString::fromLatin1(h.toUpper())) << true;
    QTest::newRow("no hash")
        << QByteArray(
               R"({"score":0.5,"confidence":0,"safe":0,"unsafe":0,"verdict":"unrated","moderated":false})")
        << false;
    QTest::newRow("score as string")
        << QByteArray(
               R"({"hash":")" + h +
               R"(","score":"0.5","confidence":0,"safe":0,"unsafe":0,"verdict":"unrated","moderated":false})")
        << false;
    QTest::newRow("score above 1")
        << QByteArray(
               R"({"hash":")" + h +
               R"(","score":1.5,"confidence":0,"safe":0,"unsafe":0,"verdict":"unrated","moderated":false})")
        << false;
    QTest::newRow("negative count")
        << QByteArray(
               R"({"hash":")" + h +
               R"(","score":0.5,"confidence":0,"safe":-1,"unsafe":0,"verdict":"unrated","moderated":false})")
        << false;
    QTest::newRow("unknown verdict")
        << QByteArray(
               R"({"hash":")" + h +
               R"(","score":0.5,"confidence":0,"safe":0,"unsafe":0,"verdict":"great","moderated":false})")
        << false;
    QTest::newRow("no moderated")
        << QByteArray(R"({"hash":")" + h +
                      R"(","score":0.5,"confidence":0,"safe":0,"unsafe":0,"verdict":"unrated"})")
        << false;
}

void TestApiEndpoints::ratingInfoJson()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QString error;
    const std::optional<RatingInfo> rating =
        RatingInfo::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QCOMPARE(rating.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (rating) {
        QCOMPARE(rating->hash, hashOfText("x"));
        QCOMPARE(RatingInfo::fromJson(rating->toJson()), rating); // round trip
    }
}

QTEST_GUILESS_MAIN(TestApiEndpoints)
#include "TestApiEndpoints.moc"
