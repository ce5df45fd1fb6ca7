// The analytics endpoints (ANALYTICS_CONTRACT, docs/api.md): POST /v1/events and the four
// GET /v1/stats/... routes — what each sends, how each reads its answer, and the errors.
#include "ApiFixture.h"
#include "api/SendEventsJob.h"
#include "api/StatsDistributionJob.h"
#include "api/StatsSummaryJob.h"
#include "api/StatsTimeseriesJob.h"
#include "api/StatsTopJob.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

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

const QString kInstall = u"0123456789abcdef0123456789abcdef"_s;

SendEventsJob::Event makeEvent(int n)
{
    return {u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QChar(u'0')), u"vote"_s, 1'795'000'000'000 + n,
            QJsonObject{{u"vote"_s, u"safe"_s}}};
}

StatsFilter november()
{
    StatsFilter filter;
    filter.from = QDate(2026, 11, 1);
    filter.to = QDate(2026, 11, 3);
    return filter;
}

} // namespace

class TestAnalyticsJobs : public QObject
{
    Q_OBJECT

private slots:
    void sendEvents();
    void sendEventsValidation_data();
    void sendEventsValidation();
    void sendEventsBadAnswers_data();
    void sendEventsBadAnswers();
    void timeseries();
    void timeseriesQueryAndFilters();
    void timeseriesBadAnswers_data();
    void timeseriesBadAnswers();
    void distribution();
    void top();
    void topBadItems();
    void summary();
    void invalidParametersSendNothing_data();
    void invalidParametersSendNothing();
    void serverErrors_data();
    void serverErrors();
};

void TestAnalyticsJobs::sendEvents()
{
    ApiFixture f;
    f.network.enqueue(FakeResponse::json(
        200, R"({"accepted":1,"duplicates":1,"rejected":[{"id":"x","error":"future","message":"ahead"}]})"));
    SendEventsJob job(f.context(), kInstall, {makeEvent(1), makeEvent(2), makeEvent(3)});
    QVERIFY(runJob(job));
    QVERIFY2(job.error().ok(), qPrintable(job.error().toString()));
    QCOMPARE(job.accepted(), 1);
    QCOMPARE(job.duplicates(), 1);
    QCOMPARE(job.rejected().size(), 1);
    QCOMPARE(job.rejected().at(0).error, u"future"_s);
    QVERIFY(job.isIdempotent()); // the server deduplicates by event id
    const FakeRequest& sent = f.network.requests().at(0);
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.url.path(), u"/base/v1/events"_s);
    QCOMPARE(sent.authorization, QByteArray("Bearer device-token-1"));
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    QCOMPARE(body.value(u"install_id"_s).toString(), kInstall);
    const QJsonArray events = body.value(u"events"_s).toArray();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).toObject(), (QJsonObject{{u"id"_s, makeEvent(1).id},
                                                   {u"type"_s, u"vote"_s},
                                                   {u"time"_s, qint64(1'795'000'000'001)},
                                                   {u"props"_s, QJsonObject{{u"vote"_s, u"safe"_s}}}}));
}

void TestAnalyticsJobs::sendEventsValidation_data()
{
    QTest::addColumn<QString>("installId");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("badId");
    QTest::newRow("short install id") << u"0123"_s << 1 << QString();
    QTest::newRow("upper-case install id") << kInstall.toUpper() << 1 << QString();
    QTest::newRow("no events") << kInstall << 0 << QString();
    QTest::newRow("too many events") << kInstall << 501 << QString();
    QTest::newRow("bad event id") << kInstall << 1 << u"not-a-uuid"_s;
}

void TestAnalyticsJobs::sendEventsValidation()
{
    QFETCH(QString, installId);
    QFETCH(int, count);
    QFETCH(QString, badId);
    ApiFixture f;
    QList<SendEventsJob::Event> events;
    for (int i = 0; i < count; ++i)
        events.append(makeEvent(i));
    if (!badId.isEmpty())
        events[0].id = badId;
    SendEventsJob job(f.context(), installId, events);
    QVERIFY(runJob(job));
    QCOMPARE(job.error().kind, ApiError::Kind::Invalid);
    QCOMPARE(f.network.requests().size(), 0);
}

void TestAnalyticsJobs::sendEventsBadAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no counts") << QByteArray(R"({"rejected":[]})");
    QTest::newRow("negative") << QByteArray(R"({"accepted":-1,"duplicates":0})");
    QTest::newRow("fraction") << QByteArray(R"({"accepted":1.5,"duplicates":0})");
    QTest::newRow("rejected not a list") << QByteArray(R"({"accepted":1,"duplicates":0,"rejected":{}})");
    QTest::newRow("rejection without id") << QByteArray(R"({"accepted":1,"duplicates":0,"rejected":[{}]})");
}

void TestAnalyticsJobs::sendEventsBadAnswers()
{
    QFETCH(QByteArray, body);
    ApiFixture f;
    f.network.enqueue(FakeResponse::json(200, body));
    SendEventsJob job(f.context(), kInstall, {makeEvent(1)});
    QVERIFY(runJob(job));
    QCOMPARE(job.error().kind, ApiError::Kind::Parse);
    QCOMPARE(job.accepted(), 0);
}

void TestAnalyticsJobs::timeseries()
{
    ApiFixture f;
    f.network.enqueue(
        FakeResponse::json(200, R"({"metric":"scans","bucket":"day","from":"2026-11-01","to":"2026-11-03",
        "points":[{"t":"2026-11-01T00:00:00Z","value":12},{"t":"2026-11-02T00:00:00Z","value":0},
                  {"t":"2026-11-03T00:00:00Z","value":7}],
        "previous":[{"t":"2026-10-29T00:00:00Z","value":3},{"t":"2026-10-30T00:00:00Z","value":4},
                    {"t":"2026-10-31T00:00:00Z","value":5}]})"));
    StatsTimeseriesJob job(f.context(), u"scans"_s, u"day"_s, true, november());
    QVERIFY(runJob(job));
    QVERIFY2(job.error().ok(), qPrintable(job.error().toString()));
    const StatsTimeseries& series = job.result();
    QCOMPARE(series.metric, u"scans"_s);
    QCOMPARE(series.from, QDate(2026, 11, 1));
    QCOMPARE(series.points.size(), 3);
    QCOMPARE(series.points.at(0).time, QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(series.points.at(2).value, 7.0);
    QCOMPARE(series.previous.size(), 3);
    QCOMPARE(series.previous.at(1).value, 4.0);
}

void TestAnalyticsJobs::timeseriesQueryAndFilters()
{
    ApiFixture f;
    f.network.enqueue(FakeResponse::json(200, R"({"metric":"votes","bucket":"hour","points":[]})"));
    StatsFilter filter = november();
    filter.payloadType = u"url"_s;
    filter.verdict = u"dangerous"_s;
    filter.source = u"camera"_s;
    StatsTimeseriesJob job(f.context(), u"votes"_s, u"hour"_s, false, filter);
    QVERIFY(runJob(job));
    QVERIFY2(job.error().ok(), qPrintable(job.error().toString()));
    const FakeRequest& sent = f.network.requests().at(0);
    QCOMPARE(sent.method, QByteArray("GET"));
    QCOMPARE(sent.url.path(), u"/base/v1/stats/timeseries"_s);
    const QUrlQuery query(sent.url);
    QCOMPARE(query.queryItemValue(u"metric"_s), u"votes"_s);
    QCOMPARE(query.queryItemValue(u"bucket"_s), u"hour"_s);
    QVERIFY(!query.hasQueryItem(u"compare"_s));
    QCOMPARE(query.queryItemValue(u"from"_s), u"2026-11-01"_s);
    QCOMPARE(query.queryItemValue(u"to"_s), u"2026-11-03"_s);
    QCOMPARE(query.queryItemValue(u"payload_type"_s), u"url"_s);
    QCOMPARE(query.queryItemValue(u"verdict"_s), u"dangerous"_s);
    QCOMPARE(query.queryItemValue(u"source"_s), u"camera"_s);
    QCOMPARE(sent.authorization, QByteArray("Bearer device-token-1"));
}

void TestAnalyticsJobs::timeseriesBadAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json object") << QByteArray("[1,2]");
    QTest::newRow("other metric") << QByteArray(R"({"metric":"votes","bucket":"day","points":[]})");
    QTest::newRow("no points") << QByteArray(R"({"metric":"scans","bucket":"day"})");
    QTest::newRow("bad time") << QByteArray(
        R"({"metric":"scans","bucket":"day","points":[{"t":"x","value":1}]})");
    QTest::newRow("bad value") << QByteArray(
        R"({"metric":"scans","bucket":"day","points":[{"t":"2026-11-01T00:00:00Z","value":"1"}]})");
    QTest::newRow("bad date") << QByteArray(
        R"({"metric":"scans","bucket":"day","from":"yesterday","points":[]})");
    QTest::newRow("missing previous") << QByteArray(
        R"({"metric":"scans","bucket":"day","points":[{"t":"2026-11-01T00:00:00Z","value":1}]})");
}

void TestAnalyticsJobs::timeseriesBadAnswers()
{
    QFETCH(QByteArray, body);
    ApiFixture f;
    f.network.enqueue(FakeResponse::json(200, body));
    StatsTimeseriesJob job(f.context(), u"scans"_s, u"day"_s, true, november());
    QVERIFY(runJob(job));
    QCOMPARE(job.error().kind, ApiError::Kind::Parse);
    QVERIFY(job.result().points.isEmpty());
}

void TestAnalyticsJobs::distribution()
{
    ApiFixture f;
    f.network.enqueue(FakeResponse::json(
        200,
        R"({"dimension":"verdict","values":[{"key":"dangerous","count":4},{"key":"no_known_risk","count":90}]})"));
    StatsDistributionJob job(f.context(), u"verdict"_s, november());
    QVERIFY(runJob(job));
    QVERIFY2(job.error().ok(), qPrintable(job.error().toString()));
    QCOMPARE(job.result().values.size(), 2);
    QCOMPARE(job.result().values.at(1), (StatsCount{u"no_known_risk"_s, 90}));
    QCOMPARE(QUrlQuery(f.network.requests().at(0).url).queryItemValue(u"dimension"_s), u"verdict"_s);
    QCOMPARE(f.network.requests().at(0).url.path(), u"/base/v1/stats/distribution"_s);

    f.network.enqueue(
        FakeResponse::json(200, R"({"dimension":"verdict","values":[{"key":"x","count":-2}]})"));
    QVERIFY(runJob(job));
    QCOMPARE(job.error().kind, ApiError::Kind::Parse);
}

void TestAnalyticsJobs::top()
{
    ApiFixture f;
    const QString hash = hashOfText("https://x.example/");
    f.network.enqueue(
        FakeResponse::json(200, u"{\"list\":\"most_disputed\",\"items\":[{\"hash\":\"%1\",\"votes\":9,"
                                u"\"safe\":4,\"unsafe\":5,\"verdict\":\"disputed\"}]}"_s.arg(hash.toUpper())
                                    .toUtf8()));
    StatsTopJob job(f.context(), u"most_disputed"_s, 5, november());
    QVERIFY(runJob(job));
    QVERIFY2(job.error().ok(), qPrintable(job.error().toString()));
    QCOMPARE(job.result().items.size(), 1);
    QCOMPARE(job.result().items.at(0).hash, hash); // normalised to lower case
    QCOMPARE(job.result().items.at(0).unsafe, 5);
    const QUrlQuery query(f.network.requests().at(0).url);
    QCOMPARE(query.queryItemValue(u"list"_s), u"most_disputed"_s);
    QCOMPARE(query.queryItemValue(u"limit"_s), u"5"_s);
}

void TestAnalyticsJobs::topBadItems()
{
    ApiFixture f;
    f.network.enqueue(FakeResponse::json(
        200,
        R"({"list":"most_voted","items":[{"hash":"https://x.example/","votes":1,"safe":1,"unsafe":0}]})"));
    StatsTopJob job(f.context(), u"most_voted"_s, 10, {});
    QVERIFY(runJob(job));
    QCOMPARE(job.error().kind, ApiError::Kind::Parse);
    // More items than asked for.
    QString items;
    for (int i = 0; i < 3; ++i)
        items += u"%1{\"hash\":\"%2\",\"votes\":1,\"safe\":1,\"unsafe\":0,\"verdict\":\"safe\"}"_s.arg(
            i ? u","_s : QString(), hashOfText("a"));
    f.network.enqueue(
        FakeResponse::json(200, u"{\"list\":\"most_voted\",\"items\":[%1]}"_s.arg(items).toUtf8()));
    StatsTopJob two(f.context(), u"most_voted"_s, 2, {});
    QVERIFY(runJob(two));
    QCOMPARE(two.error().kind, ApiError::Kind::Parse);
}

void TestAnalyticsJobs::summary()
{
    ApiFixture f;
    f.network.enqueue(FakeResponse::json(
        200,
        R"({"flagged_voters":3,"quarantined_voters":1,"events_total":12345,"from":"2026-11-01","to":"2026-11-03"})"));
    StatsSummaryJob job(f.context(), november());
    QVERIFY(runJob(job));
    QVERIFY2(job.error().ok(), qPrintable(job.error().toString()));
    QCOMPARE(job.result().flaggedVoters, 3);
    QCOMPARE(job.result().quarantinedVoters, 1);
    QCOMPARE(job.result().eventsTotal, 12345);
    QCOMPARE(f.network.requests().at(0).url.path(), u"/base/v1/stats/summary"_s);
    f.network.enqueue(FakeResponse::json(200, R"({"flagged_voters":3})"));
    QVERIFY(runJob(job));
    QCOMPARE(job.error().kind, ApiError::Kind::Parse);
}

void TestAnalyticsJobs::invalidParametersSendNothing_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("unknown metric") << 0;
    QTest::newRow("unknown bucket") << 1;
    QTest::newRow("reversed range") << 2;
    QTest::newRow("half a range") << 3;
    QTest::newRow("unknown dimension") << 4;
    QTest::newRow("unknown list") << 5;
    QTest::newRow("limit 0") << 6;
    QTest::newRow("limit 101") << 7;
}

void TestAnalyticsJobs::invalidParametersSendNothing()
{
    QFETCH(int, which);
    ApiFixture f;
    StatsFilter reversed = november();
    std::swap(reversed.from, reversed.to);
    StatsFilter half;
    half.from = QDate(2026, 11, 1);
    std::unique_ptr<ApiJob> job;
    switch (which) {
    case 0:
        job = std::make_unique<StatsTimeseriesJob>(f.context(), u"clicks"_s, u"day"_s, false, StatsFilter{});
        break;
    case 1:
        job = std::make_unique<StatsTimeseriesJob>(f.context(), u"scans"_s, u"week"_s, false, StatsFilter{});
        break;
    case 2:
        job = std::make_unique<StatsSummaryJob>(f.context(), reversed);
        break;
    case 3:
        job = std::make_unique<StatsDistributionJob>(f.context(), u"source"_s, half);
        break;
    case 4:
        job = std::make_unique<StatsDistributionJob>(f.context(), u"host"_s, StatsFilter{});
        break;
    case 5:
        job = std::make_unique<StatsTopJob>(f.context(), u"most_clicked"_s, 10, StatsFilter{});
        break;
    case 6:
        job = std::make_unique<StatsTopJob>(f.context(), u"most_voted"_s, 0, StatsFilter{});
        break;
    case 7:
        job = std::make_unique<StatsTopJob>(f.context(), u"most_voted"_s, 101, StatsFilter{});
        break;
    }
    QVERIFY(runJob(*job));
    QCOMPARE(job->error().kind, ApiError::Kind::Invalid);
    QCOMPARE(f.network.requests().size(), 0);
}

void TestAnalyticsJobs::serverErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("400") << 400 << QByteArray(R"({"error":"invalid_parameter","message":"bad from"})")
                         << u"invalid_parameter"_s;
    QTest::newRow("401") << 401 << QByteArray(R"({"error":"unauthorized"})") << u"unauthorized"_s;
    QTest::newRow("403") << 403 << QByteArray(R"({"error":"forbidden"})") << u"forbidden"_s;
    QTest::newRow("500") << 500 << QByteArray("oops") << QString();
}

void TestAnalyticsJobs::serverErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    ApiFixture f;
    f.network.enqueue(FakeResponse::json(status, body));
    StatsDistributionJob job(f.context(), u"source"_s, {});
    QVERIFY(runJob(job));
    QCOMPARE(job.error().kind, ApiError::Kind::Http);
    QCOMPARE(job.error().httpStatus, status);
    if (!code.isEmpty())
        QCOMPARE(job.error().code, code);
    QVERIFY(job.result().values.isEmpty());
}

QTEST_GUILESS_MAIN(TestAnalyticsJobs)
#include "TestAnalyticsJobs.moc"
