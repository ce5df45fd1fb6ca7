// Analytics at scale (issue 8): ingest of N generated events (default 10,000,000) through the
// store layer (EventStore, batches of 500, each one transaction with its counts), then p50/p95 of
// every dashboard query (StatsQuery) at that size, then the same over HTTP against safescan-server
// started on the filled database, plus an HTTP ingest figure.
//
//   analytics_bench [--events N] [--days D] [--queries Q] [--http-events M] [--server BINARY]
//                   [--postgres URL]   (or SAFESCAN_BENCH_POSTGRES_URL; default: a SQLite file)
//
// Generated events arrive in time order (each batch spans minutes, as live clients send them),
// spread over --days days. Baselines measured in the same run: ingest is compared with plain inserts of the
// same raw rows into a bare table (no dedupe check, no counts, no salts); each query with the same answer
// computed from the raw events (a scan of analytics_events), which is what the counts tables
// spare the dashboards. Target (issue 8): p95 <= 200 ms per dashboard query.
#include "analytics/AnalyticsCounts.h"
#include "analytics/EventStore.h"
#include "analytics/StatsQuery.h"
#include "base/Clock.h"
#include "server/BenchServer.h"
#include "storage/DatabaseUrl.h"
#include "storage/ServerDatabase.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

constexpr int Batch = 500;

class FixedClock final : public Clock
{
public:
    explicit FixedClock(qint64 epoch)
        : m_epoch(epoch)
    {
        m_steady.start();
    }
    qint64 nowMs() const override { return m_steady.elapsed(); }
    qint64 epochMs() const override { return m_epoch; }

private:
    QElapsedTimer m_steady;
    qint64 m_epoch;
};

struct Options
{
    qint64 events = 10'000'000;
    int days = 90;
    int queries = 30;
    int httpEvents = 20'000;
    QString server;
    QString postgres;
};

const QStringList Types = {u"url"_s,   u"text"_s,  u"wifi"_s, u"contact"_s,
                           u"email"_s, u"phone"_s, u"geo"_s,  u"sms"_s};
const QStringList Verdicts = {u"no_known_risk"_s, u"unknown"_s, u"trusted"_s, u"suspicious"_s,
                              u"dangerous"_s};
const QStringList Sources = {u"camera"_s, u"file"_s, u"clipboard"_s, u"screen"_s, u"video"_s};

// Skewed choice: the first values are the common ones.
const QString& skewed(QRandomGenerator& rng, const QStringList& values)
{
    const int roll = rng.bounded(100);
    const qsizetype index = roll < 60 ? 0 : roll < 80 ? 1 : rng.bounded(int(values.size()));
    return values.at(index);
}

// Event `index` of `count`: the events arrive in time order over `days` days ending at `now` (as
// clients send them: each batch holds events of the last minutes), each up to an hour late.
AnalyticsEvent generate(QRandomGenerator& rng, qint64 now, int days, qint64 index, qint64 count)
{
    AnalyticsEvent event;
    event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 span = qint64(days) * DayMs - HourMs;
    event.timeMs =
        now - span + qint64(double(span) * double(index) / double(count)) - rng.bounded(3600) * 1000LL;
    const int kind = rng.bounded(100);
    if (kind < 80) {
        event.type = u"scan"_s;
        event.props = {{u"payload_type"_s, skewed(rng, Types)},
                       {u"verdict"_s, skewed(rng, Verdicts)},
                       {u"source"_s, skewed(rng, Sources)},
                       {u"decode_ms"_s, rng.bounded(200)}};
    } else if (kind < 88) {
        event.type = u"app_start"_s;
        event.props = {{u"version"_s, u"1.4.2"_s}};
    } else if (kind < 93) {
        event.type = u"sync"_s;
        event.props = {{u"result"_s, rng.bounded(10) == 0 ? u"error"_s : u"ok"_s},
                       {u"pushed"_s, rng.bounded(20)}};
    } else if (kind < 97) {
        event.type = u"vote"_s;
        event.props = {{u"vote"_s, rng.bounded(2) ? u"safe"_s : u"unsafe"_s}};
    } else {
        event.type = u"error"_s;
        event.props = {{u"error_class"_s, u"decode.failed"_s}};
    }
    return event;
}

QString installOf(QRandomGenerator& rng)
{
    return u"%1"_s.arg(rng.bounded(20000), 32, 10, QChar(u'0'));
}

struct Latency
{
    double p50 = 0;
    double p95 = 0;
};

Latency percentiles(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        return ms.empty() ? 0.0 : ms[std::min(ms.size() - 1, size_t(q * double(ms.size())))];
    };
    return {at(0.5), at(0.95)};
}

Latency measure(int runs, const std::function<bool()>& query)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!query()) {
            std::fprintf(stderr, "query failed\n");
            return {-1, -1};
        }
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return percentiles(times);
}

std::optional<Options> parseOptions(const QStringList& arguments)
{
    Options options;
    options.postgres = qEnvironmentVariable("SAFESCAN_BENCH_POSTGRES_URL");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& name = arguments.at(i);
        const QString value = arguments.value(i + 1);
        ++i;
        if (name == u"--events"_s)
            options.events = value.toLongLong();
        else if (name == u"--days"_s)
            options.days = value.toInt();
        else if (name == u"--queries"_s)
            options.queries = value.toInt();
        else if (name == u"--http-events"_s)
            options.httpEvents = value.toInt();
        else if (name == u"--server"_s)
            options.server = value;
        else if (name == u"--postgres"_s)
            options.postgres = value;
        else
            return std::nullopt;
    }
    if (options.events < Batch || options.days < 2 || options.queries < 1)
        return std::nullopt;
    return options;
}

// Plain inserts of raw rows into a bare table: the ingest baseline.
double baselineInsertsPerSecond(Database& database, qint64 count, qint64 now, int days)
{
    QSqlQuery(database.connection())
        .exec(
            u"CREATE TABLE bench_plain(id TEXT PRIMARY KEY, type TEXT, at BIGINT, received_at BIGINT, props TEXT)"_s);
    QRandomGenerator rng(7);
    QElapsedTimer timer;
    timer.start();
    for (qint64 done = 0; done < count; done += Batch) {
        Transaction transaction(database);
        QSqlQuery insert(transaction.database());
        insert.prepare(u"INSERT INTO bench_plain(id, type, at, received_at, props) VALUES(?, ?, ?, ?, ?)"_s);
        for (int i = 0; i < Batch; ++i) {
            const AnalyticsEvent event = generate(rng, now, days, done + i, count);
            insert.bindValue(0, event.id);
            insert.bindValue(1, event.type);
            insert.bindValue(2, event.timeMs);
            insert.bindValue(3, now);
            insert.bindValue(4, QString::fromUtf8(QJsonDocument(event.props).toJson(QJsonDocument::Compact)));
            insert.exec();
        }
        transaction.commit();
    }
    const double rate = double(count) / (double(timer.nsecsElapsed()) / 1e9);
    QSqlQuery(database.connection()).exec(u"DROP TABLE bench_plain"_s);
    return rate;
}

void row(const char* what, Latency latency, double baselineMs)
{
    std::printf("  %-46s p50 %8.2f ms  p95 %8.2f ms  %s  (raw-event scan %9.1f ms: %6.0fx)\n", what,
                latency.p50, latency.p95, latency.p95 <= 200 ? "MET   " : "MISSED", baselineMs,
                latency.p50 > 0 ? baselineMs / latency.p50 : 0.0);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"safescan.*.info=false"_s);
    const std::optional<Options> parsed = parseOptions(app.arguments());
    if (!parsed) {
        std::fprintf(stderr,
                     "usage: analytics_bench [--events N>=500] [--days D] [--queries Q] [--http-events M] "
                     "[--server BINARY] [--postgres URL]\n");
        return 2;
    }
    const Options options = *parsed;
    QTemporaryDir dir;
    const QString url =
        options.postgres.isEmpty() ? u"sqlite:"_s + dir.filePath(u"analytics.sqlite"_s) : options.postgres;
    QString error;
    const std::optional<DatabaseUrl> databaseUrl = DatabaseUrl::parse(url, error);
    if (!databaseUrl) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    FixedClock clock(now);
    const std::unique_ptr<Database> database = makeServerDatabase(*databaseUrl, clock);
    if (!database->open()) {
        std::fprintf(stderr, "%s\n", qPrintable(database->errorString()));
        return 1;
    }
    std::printf("analytics_bench: %lld events over %d days on %s\n", options.events, options.days,
                databaseUrl->isPostgres() ? "PostgreSQL" : "SQLite");

    // 1. Ingest, against plain inserts of the same rows.
    const qint64 baselineCount = std::min<qint64>(options.events, 200'000);
    const double baseline = baselineInsertsPerSecond(*database, baselineCount, now, options.days);
    EventStore store(*database, clock);
    QRandomGenerator rng(42);
    QElapsedTimer timer;
    timer.start();
    qint64 accepted = 0;
    QList<AnalyticsEvent> batch;
    batch.reserve(Batch);
    for (qint64 done = 0; done < options.events; done += Batch) {
        batch.clear();
        for (int i = 0; i < Batch; ++i)
            batch.append(generate(rng, now, options.days, done + i, options.events));
        const std::optional<IngestResult> result = store.ingest(installOf(rng), batch, 0, error);
        if (!result) {
            std::fprintf(stderr, "ingest failed: %s\n", qPrintable(error));
            return 1;
        }
        accepted += result->accepted;
        if ((done / Batch) % 2000 == 1999)
            std::fprintf(stderr, "  %lld events, %.0f/s\n", done + Batch,
                         double(done + Batch) / (double(timer.nsecsElapsed()) / 1e9));
    }
    const double ingestRate = double(accepted) / (double(timer.nsecsElapsed()) / 1e9);
    std::printf("\ningest (store layer, batches of %d)\n", Batch);
    std::printf("  %-46s %10.0f events/s\n", "EventStore::ingest (dedupe + counts + salts)", ingestRate);
    std::printf("  %-46s %10.0f events/s  (ratio %.2f)\n", "baseline: plain inserts of the raw rows",
                baseline, ingestRate / baseline);

    // Votes for the top-N lists: 1 per 100 events, over 20,000 items (the votes table as the
    // community fills it; not part of the event ingest figure).
    {
        const qint64 votes = options.events / 100;
        for (qint64 done = 0; done < votes; done += Batch) {
            Transaction transaction(*database);
            QSqlQuery insert(transaction.database());
            insert.prepare(u"INSERT INTO votes(item_hash, voter, vote, voted_at, quarantined, voter_since) "
                           u"VALUES(?, ?, ?, ?, 0, ?) ON CONFLICT(item_hash, voter) DO NOTHING"_s);
            for (int i = 0; i < Batch; ++i) {
                const int item = int(std::min<quint32>(rng.bounded(20000), rng.bounded(20000)));
                insert.bindValue(0, QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(item),
                                                                                 QCryptographicHash::Sha256)
                                                            .toHex()));
                insert.bindValue(1, u"voter%1"_s.arg(done + i));
                insert.bindValue(2, rng.bounded(3) ? u"safe"_s : u"unsafe"_s);
                insert.bindValue(3, now - qint64(rng.bounded(options.days * 24 * 3600)) * 1000);
                insert.bindValue(4, now - 400 * DayMs);
                insert.exec();
            }
            transaction.commit();
        }
    }

    // 2. Dashboard queries at that size.
    StatsQuery stats(*database);
    const qint64 today = dayStart(now);
    const StatsWindow month{today - 29 * DayMs, today + DayMs};
    const StatsWindow previousMonth{month.fromMs - 30 * DayMs, month.fromMs};
    const StatsWindow all{today - qint64(options.days) * DayMs, today + DayMs};
    const auto ok = [](const auto& value) { return value.has_value(); };
    // The same daily scan counts from the raw events.
    const auto rawScan = [&](const StatsWindow& window) {
        QSqlQuery query(database->connection());
        query.prepare(u"SELECT at / 86400000, COUNT(*) FROM analytics_events WHERE type = 'scan' AND at >= ? "
                      u"AND at < ? GROUP BY at / 86400000"_s);
        query.addBindValue(window.fromMs);
        query.addBindValue(window.toMs);
        bool fine = query.exec();
        while (fine && query.next()) {
        }
        return fine;
    };
    const double rawMonth = measure(3, [&] { return rawScan(month); }).p50;
    const double rawAll = measure(3, [&] { return rawScan(all); }).p50;
    std::printf("\ndashboard queries, %d runs each (StatsQuery; target p95 <= 200 ms)\n", options.queries);
    const int q = options.queries;
    row("timeseries scans, day, 30 days",
        measure(q, [&] { return ok(stats.series(Metric::Scans, false, month, {}, error)); }), rawMonth);
    row("timeseries scans, day, 30 days + previous",
        measure(q,
                [&] {
                    return ok(stats.series(Metric::Scans, false, month, {}, error)) &&
                           ok(stats.series(Metric::Scans, false, previousMonth, {}, error));
                }),
        rawMonth);
    row("timeseries scans, hour, 30 days",
        measure(q, [&] { return ok(stats.series(Metric::Scans, true, month, {}, error)); }), rawMonth);
    row("timeseries scans, hour, all days, 2 filters",
        measure(q,
                [&] {
                    return ok(stats.series(Metric::Scans, true, all, {u"url"_s, u"dangerous"_s, {}}, error));
                }),
        rawAll);
    row("timeseries sync_errors, day, all days",
        measure(q, [&] { return ok(stats.series(Metric::SyncErrors, false, all, {}, error)); }), rawAll);
    row("distribution verdict, 30 days",
        measure(q, [&] { return ok(stats.distribution(u"verdict"_s, month, {}, error)); }), rawMonth);
    row("distribution payload_type, all days, source filter",
        measure(q,
                [&] {
                    return ok(stats.distribution(u"payload_type"_s, all, {{}, {}, u"camera"_s}, error));
                }),
        rawAll);
    for (const bool disputed : {false, true}) {
        const Latency latency = measure(q, [&] { return ok(stats.top(disputed, all, 10, error)); });
        std::printf("  %-46s p50 %8.2f ms  p95 %8.2f ms  %s  (votes table, %lld votes)\n",
                    disputed ? "top most_disputed, all days" : "top most_voted, all days", latency.p50,
                    latency.p95, latency.p95 <= 200 ? "MET   " : "MISSED", options.events / 100);
    }
    row("summary totals (events, scans, installs), all days",
        measure(q,
                [&] {
                    return ok(stats.total(Metric::Events, all, error)) &&
                           ok(stats.total(Metric::Scans, all, error)) &&
                           ok(stats.total(Metric::Installs, all, error));
                }),
        rawAll);

    // 3. Over HTTP: the server on the filled database.
    if (options.server.isEmpty()) {
        std::printf("\nHTTP: skipped (no --server BINARY)\n");
        return 0;
    }
    database->closeThreadConnection();
    {
        QProcess addUser;
        addUser.start(options.server, {u"admin"_s, u"add-user"_s, u"bench-analyst"_s, u"--role"_s,
                                       u"analyst"_s, u"--password-stdin"_s, u"--database"_s, url});
        addUser.waitForStarted();
        addUser.write("bench analyst password\n");
        addUser.closeWriteChannel();
        if (!addUser.waitForFinished(60000) || addUser.exitCode() != 0) {
            std::fprintf(stderr, "admin add-user failed\n");
            return 1;
        }
    }
    Bench::BenchServer server(options.server, url);
    if (!server.start(error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QNetworkAccessManager nam;
    const auto tokenOf = [](const Bench::HttpResult& result) {
        return QJsonDocument::fromJson(result.body).object().value(u"token"_s).toString().toLatin1();
    };
    const QByteArray analyst =
        tokenOf(Bench::httpRequest(nam, "POST", server.url(u"/v1/sessions"_s), {},
                                   R"({"username": "bench-analyst", "password": "bench analyst password"})"));
    const QByteArray device = tokenOf(Bench::httpRequest(nam, "POST", server.url(u"/v1/devices"_s)));
    const auto get = [&](const QString& path) {
        return Bench::httpRequest(nam, "GET", server.url(path), analyst).status == 200;
    };
    const QString monthRange = u"from=%1&to=%2"_s.arg(
        QDateTime::fromMSecsSinceEpoch(month.fromMs, Qt::UTC).date().toString(Qt::ISODate),
        QDateTime::fromMSecsSinceEpoch(today, Qt::UTC).date().toString(Qt::ISODate));
    const QString allRange = u"from=%1&to=%2"_s.arg(
        QDateTime::fromMSecsSinceEpoch(all.fromMs, Qt::UTC).date().toString(Qt::ISODate),
        QDateTime::fromMSecsSinceEpoch(today, Qt::UTC).date().toString(Qt::ISODate));
    std::printf("\nGET /v1/stats/... over HTTP at that size, %d runs each\n", q);
    const QStringList paths = {
        u"/v1/stats/timeseries?metric=scans&compare=previous&"_s + monthRange,
        u"/v1/stats/timeseries?metric=scans&bucket=hour&"_s + monthRange,
        u"/v1/stats/timeseries?metric=scans&bucket=hour&payload_type=url&verdict=dangerous&"_s + allRange,
        u"/v1/stats/timeseries?metric=scans&bucket=hour&format=csv&"_s + allRange,
        u"/v1/stats/distribution?dimension=verdict&"_s + monthRange,
        u"/v1/stats/distribution?dimension=payload_type&source=camera&"_s + allRange,
        u"/v1/stats/top?list=most_voted&"_s + allRange,
        u"/v1/stats/summary?"_s + allRange};
    for (const QString& path : paths) {
        const Latency latency = measure(q, [&] { return get(path); });
        std::printf("  %-78s p50 %7.2f ms  p95 %7.2f ms  %s\n",
                    qPrintable(path.left(path.lastIndexOf(u"from="_s) - 1)), latency.p50, latency.p95,
                    latency.p95 <= 200 ? "MET" : "MISSED");
    }
    QElapsedTimer http;
    http.start();
    int sent = 0;
    for (; sent < options.httpEvents; sent += Batch) {
        QJsonArray events;
        for (int i = 0; i < Batch; ++i) {
            const AnalyticsEvent event = generate(rng, now, 1, sent + i, options.httpEvents);
            events.append(QJsonObject{{u"id"_s, event.id},
                                      {u"type"_s, event.type},
                                      {u"time"_s, double(event.timeMs)},
                                      {u"props"_s, event.props}});
        }
        const QByteArray body =
            QJsonDocument(QJsonObject{{u"install_id"_s, installOf(rng)}, {u"events"_s, events}})
                .toJson(QJsonDocument::Compact);
        if (Bench::httpRequest(nam, "POST", server.url(u"/v1/events"_s), device, body).status != 200) {
            std::fprintf(stderr, "POST /v1/events failed\n");
            return 1;
        }
    }
    std::printf("\nHTTP (one connection, sequential, batches of %d)\n", Batch);
    std::printf("  %-46s %10.0f events/s  (ratio to the store layer %.2f)\n", "POST /v1/events",
                double(sent) / (double(http.nsecsElapsed()) / 1e9),
                double(sent) / (double(http.nsecsElapsed()) / 1e9) / ingestRate);
    return 0;
}
