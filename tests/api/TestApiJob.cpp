// ApiJob: how answers map to ApiError (network, timeout, HTTP status + the server's error code,
// parse), Retry-After, timeouts on the injected scheduler, abort and restart.
#include "ApiFixture.h"
#include "api/HealthJob.h"
#include "api/RatingsLookupJob.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

Q_DECLARE_METATYPE(SafeScan::Test::FakeResponse)
Q_DECLARE_METATYPE(SafeScan::ApiError::Kind)

class TestApiJob : public QObject
{
    Q_OBJECT

private slots:
    void errorMapping_data();
    void errorMapping();
    void retryAfterHeader_data();
    void retryAfterHeader();
    void timeoutAbortsTheReply();
    void answerBeforeTimeoutCancelsTheTimer();
    void abortFinishesCancelled();
    void restartClearsThePreviousResult();
    void baseUrlPathIsKept();
};

void TestApiJob::errorMapping_data()
{
    QTest::addColumn<FakeResponse>("response");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<bool>("transient");
    QTest::addColumn<bool>("countsAgainstCircuit");

    using K = ApiError::Kind;
    QTest::newRow("ok") << FakeResponse::json(200, R"({"status":"ok","database":"ok"})") << K::None << 0
                        << QString() << qint64(-1) << false << false;
    QTest::newRow("refused") << FakeResponse::networkError(QNetworkReply::ConnectionRefusedError)
                             << K::Network << 0 << u"connection_refused"_s << qint64(-1) << true << true;
    QTest::newRow("reset") << FakeResponse::networkError(QNetworkReply::RemoteHostClosedError) << K::Network
                           << 0 << u"remote_host_closed"_s << qint64(-1) << true << true;
    QTest::newRow("host not found") << FakeResponse::networkError(QNetworkReply::HostNotFoundError)
                                    << K::Network << 0 << u"host_not_found"_s << qint64(-1) << true << true;
    QTest::newRow("400 with code") << FakeResponse::json(400,
                                                         R"({"error":"invalid_prefix","message":"8 hex"})")
                                   << K::Http << 400 << u"invalid_prefix"_s << qint64(-1) << false << false;
    QTest::newRow("401") << FakeResponse::json(401, R"({"error":"unauthorized","message":"no"})") << K::Http
                         << 401 << u"unauthorized"_s << qint64(-1) << false << false;
    QTest::newRow("404 without body")
        << FakeResponse::json(404, "") << K::Http << 404 << u"http_404"_s << qint64(-1) << false << false;
    QTest::newRow("408") << FakeResponse::json(408, "") << K::Http << 408 << u"http_408"_s << qint64(-1)
                         << true << true;
    QTest::newRow("429 body retry_after")
        << FakeResponse::json(429, R"({"error":"rate_limited","message":"slow","retry_after":7})") << K::Http
        << 429 << u"rate_limited"_s << qint64(7000) << true << true;
    QTest::newRow("500 garbage body") << FakeResponse::json(500, "<html>oops") << K::Http << 500
                                      << u"http_500"_s << qint64(-1) << true << true;
    QTest::newRow("503 degraded") << FakeResponse::json(503, R"({"status":"degraded","database":"error"})")
                                  << K::Http << 503 << u"http_503"_s << qint64(-1) << true << true;
    QTest::newRow("200 not json") << FakeResponse::json(200, "{not json") << K::Parse << 0
                                  << u"bad_response"_s << qint64(-1) << false << true;
    QTest::newRow("200 wrong shape") << FakeResponse::json(200, R"({"status":17})") << K::Parse << 0
                                     << u"bad_response"_s << qint64(-1) << false << true;
    QTest::newRow("200 empty") << FakeResponse::json(200, "") << K::Parse << 0 << u"bad_response"_s
                               << qint64(-1) << false << true;
}

void TestApiJob::errorMapping()
{
    QFETCH(FakeResponse, response);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(qint64, retryAfterMs);
    QFETCH(bool, transient);
    QFETCH(bool, countsAgainstCircuit);

    ApiFixture f;
    f.network.enqueue(response);
    HealthJob job(f.context());
    QSignalSpy finished(&job, &ApiJob::finished);
    job.start();
    QCOMPARE(finished.count(), 0); // never inside start()
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!job.isRunning());
    QCOMPARE(job.error().kind, kind);
    QCOMPARE(job.error().httpStatus, status);
    QCOMPARE(job.error().code, code);
    QCOMPARE(job.error().retryAfterMs, retryAfterMs);
    QCOMPARE(job.error().isTransient(), transient);
    QCOMPARE(job.error().countsAgainstCircuit(), countsAgainstCircuit);
    if (kind == ApiError::Kind::None) {
        QCOMPARE(job.status(), u"ok"_s);
    } else {
        QVERIFY(!job.error().message.isEmpty());
        QVERIFY(job.status().isEmpty());
    }
    QCOMPARE(f.scheduler.pendingCount(), 0); // the timeout timer is gone
}

void TestApiJob::retryAfterHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expectedMs");
    // ManualClock's default wall time is 1'795'000'000'000 ms = 2026-11-18T11:06:40Z (a Wednesday).
    QTest::newRow("seconds") << QByteArray("120") << qint64(120'000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 3 ") << qint64(3000);
    QTest::newRow("http date") << QByteArray("Wed, 18 Nov 2026 11:07:10 GMT") << qint64(30'000);
    QTest::newRow("date in the past") << QByteArray("Wed, 18 Nov 2026 11:00:00 GMT") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("huge") << QByteArray("99999999999999") << qint64(999'999'999'000);
}

void TestApiJob::retryAfterHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expectedMs);
    ApiFixture f;
    QCOMPARE(parseRetryAfter(header, f.clock.epochMs()), expectedMs);

    FakeResponse response = FakeResponse::json(429, R"({"error":"rate_limited","retry_after":1})");
    response.headers.append(qMakePair(QByteArray("Retry-After"), header));
    f.network.enqueue(response);
    HealthJob job(f.context());
    QSignalSpy finished(&job, &ApiJob::finished);
    job.start();
    QTRY_COMPARE(finished.count(), 1);
    // The header wins over the body; an unreadable header leaves the body's value.
    QCOMPARE(job.error().retryAfterMs, expectedMs >= 0 ? expectedMs : 1000);
}

void TestApiJob::timeoutAbortsTheReply()
{
    ApiFixture f;
    f.network.enqueue(FakeResponse::hanging());
    HealthJob job(f.context(5000));
    QSignalSpy finished(&job, &ApiJob::finished);
    job.start();
    QCOMPARE(f.network.openReplies(), 1);
    f.scheduler.advance(4999);
    QCOMPARE(finished.count(), 0);
    f.scheduler.advance(1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(job.error().kind, ApiError::Kind::Timeout);
    QVERIFY(job.error().isTransient());
    QCOMPARE(f.network.openReplies(), 0); // aborted, not left running
}

void TestApiJob::answerBeforeTimeoutCancelsTheTimer()
{
    ApiFixture f;
    f.network.enqueue(FakeResponse::json(200, R"({"status":"ok"})"));
    HealthJob job(f.context(5000));
    QSignalSpy finished(&job, &ApiJob::finished);
    job.start();
    QTRY_COMPARE(finished.count(), 1);
    f.scheduler.advance(60'000);
    QCOMPARE(finished.count(), 1);
    QVERIFY(job.error().ok());
}

void TestApiJob::abortFinishesCancelled()
{
    ApiFixture f;
    f.network.enqueue(FakeResponse::hanging());
    HealthJob job(f.context());
    QSignalSpy finished(&job, &ApiJob::finished);
    job.start();
    job.abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(job.error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(f.network.openReplies(), 0);
    job.abort(); // idle: nothing
    QCOMPARE(finished.count(), 1);
}

void TestApiJob::restartClearsThePreviousResult()
{
    ApiFixture f;
    const QString hash = hashOfText("a");
    f.network.enqueue(FakeResponse::json(
        200, u"{\"ratings\":[{\"hash\":\"%1\",\"score\":0.9,\"confidence\":0.7,\"safe\":9,\"unsafe\":1,"
             u"\"verdict\":\"safe\",\"moderated\":false}]}"_s.arg(hash)
                 .toUtf8()));
    f.network.enqueue(FakeResponse::networkError(QNetworkReply::ConnectionRefusedError));
    RatingsLookupJob job(f.context(), hash.left(8));
    QSignalSpy finished(&job, &ApiJob::finished);
    job.start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(job.ratings().size(), 1);
    job.start();
    QVERIFY(job.ratings().isEmpty());
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(job.error().kind, ApiError::Kind::Network);
    QCOMPARE(f.network.requests().size(), 2);
}

void TestApiJob::baseUrlPathIsKept()
{
    ApiFixture f;
    f.network.enqueue(FakeResponse::json(200, R"({"status":"ok"})"));
    HealthJob job(f.context());
    QSignalSpy finished(&job, &ApiJob::finished);
    job.start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(f.network.requests().at(0).url, QUrl(u"https://ratings.example:8443/base/v1/health"_s));
    QCOMPARE(f.network.requests().at(0).authorization, QByteArray()); // health needs no token
}

QTEST_GUILESS_MAIN(TestApiJob)
#include "TestApiJob.moc"
