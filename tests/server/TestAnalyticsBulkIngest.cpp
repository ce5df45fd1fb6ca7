// EventStore's bulk path on both back ends (SQLite, and PostgreSQL as
// TestAnalyticsBulkIngest_postgres): a full batch of 500 events over 500 hours is written with as
// few statements as the back end allows (multi-row INSERT ... RETURNING and multi-row count
// upserts split over several statements on PostgreSQL; one reused prepared row on SQLite), and
// every event is still counted exactly once: duplicates of an earlier batch and repeats inside the
// batch are neither stored nor counted, and every hourly, daily and per-dimension count equals a
// tally made here event by event.
#include "ManualClock.h"
#include "ServerProcess.h"
#include "analytics/AnalyticsCounts.h"
#include "analytics/EventStore.h"
#include "analytics/StatsQuery.h"
#include "storage/DatabaseUrl.h"
#include "storage/ServerDatabase.h"
#include "store/Database.h"

#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

constexpr qint64 Day0 = 1'794'960'000'000; // 2026-11-18T00:00:00Z
constexpr int Hours = 500;                 // one event per hour: more count keys than one upsert takes
const QString Install = u"cccccccccccccccccccccccccccccc03"_s;
const QStringList Verdicts = {u"dangerous"_s, u"suspicious"_s, u"unknown"_s, u"no_known_risk"_s,
                              u"trusted"_s};
const QStringList Sources = {u"camera"_s, u"file"_s, u"clipboard"_s};

// Event `i`: a scan (varied dimensions) or one of the other types, in hour `i` after Day0.
AnalyticsEvent eventAt(int i)
{
    AnalyticsEvent event{
        QUuid::createUuid().toString(QUuid::WithoutBraces), {}, Day0 + i * HourMs + 60'000, {}};
    switch (i % 5) {
    case 0:
    case 1:
    case 2:
        event.type = u"scan"_s;
        event.props = {{u"payload_type"_s, i % 2 ? u"url"_s : u"wifi"_s},
                       {u"verdict"_s, Verdicts.at(i % Verdicts.size())},
                       {u"source"_s, Sources.at(i % Sources.size())}};
        break;
    case 3:
        event.type = u"sync"_s;
        event.props = {{u"result"_s, i % 2 ? u"error"_s : u"ok"_s}};
        break;
    default:
        event.type = u"app_start"_s;
        break;
    }
    return event;
}

} // namespace

class TestAnalyticsBulkIngest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyEventCountedOnce();

private:
    std::unique_ptr<Test::ManualClock> m_clock;
    std::unique_ptr<ServerProcess> m_target; // owns the database (a SQLite file or a PostgreSQL database)
    std::unique_ptr<Database> m_database;
};

void TestAnalyticsBulkIngest::initTestCase()
{
    if (ServerProcess::backend() == ServerProcess::Backend::Postgres &&
        qEnvironmentVariable("SAFESCAN_TEST_POSTGRES_URL").isEmpty()) {
        if (qEnvironmentVariable("SAFESCAN_ALLOW_NO_POSTGRES") == u"1"_s)
            std::fprintf(stderr, "SAFESCAN-TEST-SKIPPED: no PostgreSQL test cluster\n");
        QFAIL("SAFESCAN_TEST_POSTGRES_URL is not set (run the tests through scripts/pg-test-cluster)");
    }
}

void TestAnalyticsBulkIngest::init()
{
    m_clock = std::make_unique<Test::ManualClock>(1'000'000, Day0 + (Hours + 1) * HourMs);
    m_target = std::make_unique<ServerProcess>();
    QString error;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(m_target->databaseUrl(), error);
    QVERIFY2(url, qPrintable(error));
    m_database = makeServerDatabase(*url, *m_clock);
    QVERIFY2(m_database->open(), qPrintable(m_database->errorString()));
}

void TestAnalyticsBulkIngest::cleanup()
{
    if (m_database)
        m_database->closeThreadConnection();
    m_database.reset();
    m_target.reset();
    m_clock.reset();
}

void TestAnalyticsBulkIngest::everyEventCountedOnce()
{
    EventStore store(*m_database, *m_clock);
    QList<AnalyticsEvent> first;
    for (int i = 0; i < Hours; ++i)
        first.append(eventAt(i));
    QString error;
    const std::optional<IngestResult> one = store.ingest(Install, first, 2, error);
    QVERIFY2(one, qPrintable(error));
    QCOMPARE(one->accepted, Hours);
    QCOMPARE(one->duplicates, 0);

    // The client resends half of the batch along with new events, one of them twice.
    QList<AnalyticsEvent> second;
    for (int i = 0; i < Hours; i += 2)
        second.append(first.at(i));
    QList<AnalyticsEvent> fresh;
    for (int i = 0; i < 40; ++i)
        fresh.append(eventAt(i * 7));
    second += fresh;
    second.append(fresh.at(3));
    const std::optional<IngestResult> two = store.ingest(Install, second, 0, error);
    QVERIFY2(two, qPrintable(error));
    QCOMPARE(two->accepted, int(fresh.size()));
    QCOMPARE(two->duplicates, Hours / 2 + 1);

    // The tally, event by event.
    const QList<AnalyticsEvent> stored = first + fresh;
    QMap<qint64, qint64> eventsPerHour;
    QMap<qint64, qint64> scansPerDay;
    QMap<QString, qint64> verdicts;
    qint64 syncErrors = 0;
    for (const AnalyticsEvent& event : stored) {
        ++eventsPerHour[hourStart(event.timeMs)];
        if (event.type == u"scan"_s) {
            ++scansPerDay[dayStart(event.timeMs)];
            ++verdicts[event.props.value(u"verdict"_s).toString()];
        }
        if (event.type == u"sync"_s && event.props.value(u"result"_s).toString() == u"error"_s)
            ++syncErrors;
    }
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM analytics_events"_s) && query.next());
    QCOMPARE(query.value(0).toLongLong(), qint64(stored.size()));
    query.finish();

    StatsQuery stats(*m_database);
    const StatsWindow hours{Day0, Day0 + Hours * HourMs};
    const std::optional<QList<qint64>> hourly = stats.series(Metric::Events, true, hours, {}, error);
    QVERIFY2(hourly, qPrintable(error));
    QCOMPARE(hourly->size(), Hours);
    for (int i = 0; i < Hours; ++i)
        QCOMPARE(hourly->at(i), eventsPerHour.value(Day0 + i * HourMs));
    const StatsWindow days{Day0, dayStart(Day0 + Hours * HourMs) + DayMs};
    const std::optional<QList<qint64>> daily = stats.series(Metric::Scans, false, days, {}, error);
    QVERIFY2(daily, qPrintable(error));
    for (qsizetype day = 0; day < daily->size(); ++day)
        QCOMPARE(daily->at(day), scansPerDay.value(Day0 + day * DayMs));
    const auto distribution = stats.distribution(u"verdict"_s, days, {}, error);
    QVERIFY2(distribution, qPrintable(error));
    QCOMPARE(distribution->size(), verdicts.size());
    for (const auto& [verdict, n] : *distribution)
        QCOMPARE(n, verdicts.value(verdict));
    QCOMPARE(stats.total(Metric::SyncErrors, days, error), std::optional<qint64>(syncErrors));
    QCOMPARE(stats.total(Metric::Events, days, error), std::optional<qint64>(stored.size()));
    QCOMPARE(stats.total(Metric::Duplicates, days, error), std::optional<qint64>(Hours / 2 + 1));
    QCOMPARE(stats.total(Metric::Rejected, days, error), std::optional<qint64>(2));
    // One install, counted once on each day its events fell on whose salt still lives (now is hour
    // 501: days 19 and 20; older days are past their 48 hours).
    QCOMPARE(stats.total(Metric::Installs, days, error), std::optional<qint64>(2));
}

QTEST_GUILESS_MAIN(TestAnalyticsBulkIngest)
#include "TestAnalyticsBulkIngest.moc"
