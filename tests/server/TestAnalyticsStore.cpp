// The analytics store below HTTP, on a real SQLite database with a ManualClock: dedupe by event id
// (duplicates never counted twice), the hourly/daily counts of a known batch read back through
// StatsQuery, distinct installs per day under daily salts, and the retention job removing raw
// events after --retention-events-days and salts (with their install hashes) after 48 h while
// the counts stay.
#include "ManualClock.h"
#include "analytics/AnalyticsCounts.h"
#include "analytics/EventStore.h"
#include "analytics/StatsQuery.h"
#include "retention/RetentionJob.h"
#include "storage/ServerSchema.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

constexpr qint64 Day0 = 1'794'960'000'000; // 2026-11-18T00:00:00Z
const QString InstallA = u"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1"_s;
const QString InstallB = u"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb2"_s;

AnalyticsEvent scan(qint64 time, const QString& payloadType, const QString& verdict, const QString& source)
{
    QJsonObject props;
    if (!payloadType.isEmpty())
        props.insert(u"payload_type"_s, payloadType);
    if (!verdict.isEmpty())
        props.insert(u"verdict"_s, verdict);
    if (!source.isEmpty())
        props.insert(u"source"_s, source);
    return {QUuid::createUuid().toString(QUuid::WithoutBraces), u"scan"_s, time, props};
}

AnalyticsEvent other(const QString& type, qint64 time, const QJsonObject& props = {})
{
    return {QUuid::createUuid().toString(QUuid::WithoutBraces), type, time, props};
}

} // namespace

class TestAnalyticsStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void duplicatesAreNotCountedTwice();
    void countsByHourAndDay();
    void filtersAndDistribution();
    void installsCountedOncePerDay();
    void retentionRemovesRawEventsButKeepsCounts();
    void retentionRemovesSaltsAfter48Hours();
    void installIdIsNeverStoredInClear();

private:
    IngestResult ingest(const QList<AnalyticsEvent>& events, const QString& install = InstallA);
    qint64 count(const QString& sql);
    QList<qint64> series(const QString& metric, bool hourly, qint64 from, qint64 to,
                         const StatsFilters& f = {});

    std::unique_ptr<Test::ManualClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<StatsQuery> m_stats;
};

void TestAnalyticsStore::init()
{
    m_clock = std::make_unique<Test::ManualClock>(1'000'000, Day0 + 10 * HourMs);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>(m_dir->filePath(u"server.sqlite"_s), *m_clock,
                                            serverSchema(SqlDialect::Sqlite));
    QVERIFY2(m_database->open(), qPrintable(m_database->errorString()));
    m_store = std::make_unique<EventStore>(*m_database, *m_clock);
    m_stats = std::make_unique<StatsQuery>(*m_database);
}

void TestAnalyticsStore::cleanup()
{
    m_stats.reset();
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

IngestResult TestAnalyticsStore::ingest(const QList<AnalyticsEvent>& events, const QString& install)
{
    QString error;
    const std::optional<IngestResult> result = m_store->ingest(install, events, 0, error);
    [&] { QVERIFY2(result, qPrintable(error)); }();
    return result.value_or(IngestResult{-1, -1});
}

qint64 TestAnalyticsStore::count(const QString& sql)
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QList<qint64> TestAnalyticsStore::series(const QString& metric, bool hourly, qint64 from, qint64 to,
                                         const StatsFilters& filters)
{
    QString error;
    const std::optional<QList<qint64>> values = m_stats->series(metric, hourly, {from, to}, filters, error);
    [&] { QVERIFY2(values, qPrintable(error)); }();
    return values.value_or(QList<qint64>());
}

void TestAnalyticsStore::duplicatesAreNotCountedTwice()
{
    const QList<AnalyticsEvent> batch = {scan(Day0 + HourMs, u"url"_s, u"dangerous"_s, u"camera"_s),
                                         other(u"app_start"_s, Day0 + HourMs),
                                         other(u"report"_s, Day0 + HourMs)};
    IngestResult first = ingest(batch);
    QCOMPARE(first.accepted, 3);
    QCOMPARE(first.duplicates, 0);
    // The client did not see the answer and sends the batch again, plus one new event twice.
    const AnalyticsEvent fresh = other(u"error"_s, Day0 + HourMs, {{u"error_class"_s, u"x"_s}});
    const IngestResult second = ingest(batch + QList<AnalyticsEvent>{fresh, fresh});
    QCOMPARE(second.accepted, 1);
    QCOMPARE(second.duplicates, 4);
    QCOMPARE(count(u"SELECT COUNT(*) FROM analytics_events"_s), 4);
    QCOMPARE(series(Metric::Events, false, Day0, Day0 + DayMs), QList<qint64>{4});
    QCOMPARE(series(Metric::Scans, false, Day0, Day0 + DayMs), QList<qint64>{1});
    QCOMPARE(series(Metric::Duplicates, false, Day0, Day0 + DayMs), QList<qint64>{4});
}

void TestAnalyticsStore::countsByHourAndDay()
{
    ingest({scan(Day0 + 9 * HourMs + 1, u"url"_s, u"dangerous"_s, u"camera"_s),
            scan(Day0 + 9 * HourMs + 2, u"url"_s, u"dangerous"_s, u"camera"_s),
            scan(Day0 + 9 * HourMs + 59 * 60000, u"url"_s, u"trusted"_s, u"file"_s),
            scan(Day0 + 23 * HourMs, u"wifi"_s, u"no_known_risk"_s, u"camera"_s),
            scan(Day0 + DayMs + 30 * 60000, u"text"_s, u"unknown"_s, u"clipboard"_s),
            other(u"sync"_s, Day0 + 2 * HourMs, {{u"result"_s, u"error"_s}}),
            other(u"sync"_s, Day0 + 2 * HourMs, {{u"result"_s, u"ok"_s}})});
    QList<qint64> hourly(24, 0);
    hourly[9] = 3;
    hourly[23] = 1;
    QCOMPARE(series(Metric::Scans, true, Day0, Day0 + DayMs), hourly);
    QCOMPARE(series(Metric::Scans, false, Day0 - DayMs, Day0 + 2 * DayMs), (QList<qint64>{0, 4, 1}));
    QCOMPARE(series(Metric::SyncErrors, false, Day0, Day0 + 2 * DayMs), (QList<qint64>{1, 0}));
    QCOMPARE(series(Metric::Syncs, false, Day0, Day0 + 2 * DayMs), (QList<qint64>{2, 0}));
    QCOMPARE(series(Metric::Events, false, Day0, Day0 + 2 * DayMs), (QList<qint64>{6, 1}));
    QString error;
    QCOMPARE(m_stats->total(Metric::Scans, {Day0, Day0 + 2 * DayMs}, error), std::optional<qint64>(5));
}

void TestAnalyticsStore::filtersAndDistribution()
{
    ingest({scan(Day0 + HourMs, u"url"_s, u"dangerous"_s, u"camera"_s),
            scan(Day0 + HourMs, u"url"_s, u"dangerous"_s, u"camera"_s),
            scan(Day0 + HourMs, u"url"_s, u"trusted"_s, u"file"_s),
            scan(Day0 + HourMs, u"wifi"_s, u"trusted"_s, u"camera"_s), scan(Day0 + HourMs, {}, {}, {})});
    const qint64 to = Day0 + DayMs;
    QCOMPARE(series(Metric::Scans, false, Day0, to, {u"url"_s, {}, {}}), QList<qint64>{3});
    QCOMPARE(series(Metric::Scans, false, Day0, to, {{}, u"trusted"_s, {}}), QList<qint64>{2});
    QCOMPARE(series(Metric::Scans, false, Day0, to, {u"url"_s, {}, u"camera"_s}), QList<qint64>{2});
    // Filters concern scans only: other metrics ignore them.
    QCOMPARE(series(Metric::Events, false, Day0, to, {u"url"_s, {}, {}}), QList<qint64>{5});
    QString error;
    const auto verdicts = m_stats->distribution(u"verdict"_s, {Day0, to}, {}, error);
    QVERIFY2(verdicts, qPrintable(error));
    using Values = QList<std::pair<QString, qint64>>;
    QCOMPARE(*verdicts, (Values{{u"dangerous"_s, 2}, {u"trusted"_s, 2}, {QString(), 1}}));
    const auto sources = m_stats->distribution(u"source"_s, {Day0, to}, {{}, u"trusted"_s, {}}, error);
    QVERIFY(sources);
    QCOMPARE(*sources, (Values{{u"camera"_s, 1}, {u"file"_s, 1}}));
}

void TestAnalyticsStore::installsCountedOncePerDay()
{
    const qint64 now = m_clock->epochMs();
    ingest({other(u"app_start"_s, now)}, InstallA);
    ingest({other(u"app_start"_s, now)}, InstallA);
    ingest({other(u"app_start"_s, now), other(u"app_start"_s, now)}, InstallB);
    QCOMPARE(series(Metric::Installs, false, Day0, Day0 + DayMs), QList<qint64>{2});
    // Yesterday's events of an install are counted for yesterday (its salt is still there).
    ingest({other(u"report"_s, now - DayMs)}, InstallA);
    QCOMPARE(series(Metric::Installs, false, Day0 - DayMs, Day0 + DayMs), (QList<qint64>{1, 2}));
    // Events whose day's salt has expired are stored and counted, but not as an install.
    ingest({other(u"report"_s, now - 3 * DayMs)}, InstallB);
    QCOMPARE(series(Metric::Installs, false, Day0 - 3 * DayMs, Day0 - 2 * DayMs), QList<qint64>{0});
    QCOMPARE(series(Metric::Events, false, Day0 - 3 * DayMs, Day0 - 2 * DayMs), QList<qint64>{1});
    // The next day the same install id counts again, under a different salt: days are not linked.
    m_clock->advance(DayMs);
    ingest({other(u"app_start"_s, m_clock->epochMs())}, InstallA);
    QCOMPARE(series(Metric::Installs, false, Day0, Day0 + 2 * DayMs), (QList<qint64>{2, 1}));
    QCOMPARE(count(u"SELECT COUNT(DISTINCT salt) FROM analytics_salts"_s), 3);
    QSqlQuery hashes(m_database->connection());
    QVERIFY(hashes.exec(u"SELECT COUNT(DISTINCT install_hash) FROM analytics_installs"_s) && hashes.next());
    QCOMPARE(hashes.value(0).toInt(), 4); // A on day -1, 0, +1 and B on day 0: no two alike
}

void TestAnalyticsStore::retentionRemovesRawEventsButKeepsCounts()
{
    ingest(
        {scan(Day0 + HourMs, u"url"_s, u"dangerous"_s, u"camera"_s), other(u"app_start"_s, Day0 + HourMs)});
    RetentionConfig config;
    config.eventDays = 30;
    RetentionJob job(*m_database, *m_clock, config);
    QString error;
    m_clock->advance(30 * DayMs); // "older than 30 days" starts one millisecond later
    std::optional<RetentionReport> report = job.runOnce(error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->events, 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM analytics_events"_s), 2);
    m_clock->advance(1);
    report = job.runOnce(error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->events, 2);
    QCOMPARE(count(u"SELECT COUNT(*) FROM analytics_events"_s), 0);
    QCOMPARE(series(Metric::Scans, true, Day0, Day0 + 2 * HourMs), (QList<qint64>{0, 1}));
    QCOMPARE(series(Metric::Events, false, Day0, Day0 + DayMs), QList<qint64>{2});
}

void TestAnalyticsStore::retentionRemovesSaltsAfter48Hours()
{
    ingest({other(u"app_start"_s, m_clock->epochMs())}); // day 0's salt, made at 10:00
    RetentionJob job(*m_database, *m_clock, RetentionConfig{});
    QString error;
    // 48 h after the day began (38 h from now) the salt goes; one millisecond before, it stays.
    m_clock->advance(38 * HourMs - 1);
    QVERIFY(job.runOnce(error));
    QCOMPARE(count(u"SELECT COUNT(*) FROM analytics_salts"_s), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM analytics_installs"_s), 1);
    m_clock->advance(1);
    const std::optional<RetentionReport> report = job.runOnce(error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->salts, 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM analytics_salts"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM analytics_installs"_s), 0);
    QCOMPARE(series(Metric::Installs, false, Day0, Day0 + DayMs), QList<qint64>{1});
    // A late event of that day can no longer be tied to an install.
    ingest({other(u"report"_s, Day0 + HourMs)}, InstallB);
    QCOMPARE(series(Metric::Installs, false, Day0, Day0 + DayMs), QList<qint64>{1});
    QCOMPARE(count(u"SELECT COUNT(*) FROM analytics_salts"_s), 0);
}

void TestAnalyticsStore::installIdIsNeverStoredInClear()
{
    ingest({other(u"app_start"_s, m_clock->epochMs())}, InstallA);
    ingest({other(u"app_start"_s, m_clock->epochMs())}, InstallB);
    m_database.reset(); // checkpoint: everything is in the file
    QByteArray everything;
    for (const QString& suffix : {u""_s, u"-wal"_s}) {
        QFile file(m_dir->filePath(u"server.sqlite"_s) + suffix);
        if (file.open(QIODevice::ReadOnly))
            everything += file.readAll();
    }
    QVERIFY(everything.size() > 4096);
    QVERIFY(everything.contains("analytics_installs"));
    for (const QString& install : {InstallA, InstallB}) {
        QVERIFY(!everything.contains(install.toLatin1()));
        QVERIFY(!everything.contains(install.toUpper().toLatin1()));
        QVERIFY(!everything.contains(
            QCryptographicHash::hash(install.toLatin1(), QCryptographicHash::Sha256).toHex()));
    }
}

QTEST_GUILESS_MAIN(TestAnalyticsStore)
#include "TestAnalyticsStore.moc"
