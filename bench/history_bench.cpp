// Scan history at scale: batched inserts, full-text search, first page of history, size on disk.
// Generates N scans (default 1,000,000) in a temporary folder through HistoryStore::save (one
// transaction per batch, each scan with its outbox row), then measures queries on that database.
//
//   history_bench [--scans N] [--batch N] [--searches N] [--baseline N] [--cache-mb N] [--keep]
//
// Targets (issue 4): >= 20,000 inserts/s, search p95 <= 20 ms, first page <= 50 ms. The insert rate
// is given per wall second and per CPU second of this process: on a machine shared with other work
// (see the load average printed) the CPU figure is the comparable one. The baseline, measured in
// the same run, inserts the same rows (copied from the store's table, values as stored) with one
// prepared plain INSERT INTO scans per row into a fresh database of the same schema: no JSON, no
// full-text row, no outbox. The ratio store/baseline is what the store adds to SQLite's own work.

#include "base/Clock.h"
#include "history/HistoryMaintenance.h"
#include "history/HistoryStore.h"
#include "payload/PayloadParser.h"
#include "store/ClientSchema.h"
#include "store/Database.h"
#include "store/RawSqlite.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <sqlite3.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

// Wall time that the generator moves: the scans span weeks, a few seconds apart.
class BenchClock final : public Clock
{
public:
    qint64 nowMs() const override { return m_steady.elapsed(); }
    qint64 epochMs() const override { return m_epoch; }
    void advance(qint64 ms) { m_epoch += ms; }

private:
    QElapsedTimer m_steady = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    qint64 m_epoch = 1'700'000'000'000;
};

const char* const kBrands[] = {"paypal", "amazon", "github", "google", "netflix", "spotify", "ikea",
                               "sbb",    "migros", "post",   "ebay",   "zalando", "booking", "airbnb"};
const char* const kWords[] = {"login",   "account", "verify", "menu",  "ticket", "parking", "coupon",
                              "invoice", "track",   "order",  "event", "wifi",   "museum",  "station"};
const char* const kTlds[] = {"com", "ch", "de", "example", "shop", "net", "org", "xyz"};

template <class T, size_t N>
const T& pick(QRandomGenerator& rng, const T (&items)[N])
{
    return items[rng.bounded(int(N))];
}

QString syllables(QRandomGenerator& rng, int count)
{
    static const char* const parts[] = {"ka", "lo",  "mi",  "ne",  "ra",  "to",
                                        "vu", "shi", "ber", "qua", "zen", "dor"};
    QString out;
    for (int i = 0; i < count; ++i)
        out += QLatin1StringView(pick(rng, parts));
    return out;
}

NewScan generate(QRandomGenerator& rng, qint64 i)
{
    NewScan scan;
    const int kind = rng.bounded(100);
    VerdictLevel level = VerdictLevel::NoKnownRisk;
    if (kind < 70) {
        // ~20,000 distinct sites: brand or made-up names.
        const int site = rng.bounded(20000);
        QString host = site % 7 == 0 ? QString::fromLatin1(kBrands[site % 14]) + u'-' + syllables(rng, 2)
                                     : syllables(rng, 2 + site % 3) + QString::number(site);
        host =
            (rng.bounded(3) == 0 ? u"www."_s : QString()) + host + u'.' + QLatin1StringView(pick(rng, kTlds));
        scan.content = u"https://%1/%2/%3?ref=qr&n=%4"_s
                           .arg(host, QLatin1StringView(pick(rng, kWords)), syllables(rng, 3))
                           .arg(i);
        level = rng.bounded(20) == 0
                    ? VerdictLevel::Suspicious
                    : (rng.bounded(100) == 0 ? VerdictLevel::Dangerous : VerdictLevel::NoKnownRisk);
    } else if (kind < 80) {
        scan.content = u"WIFI:S:%1 %2;T:WPA;P:%3;;"_s.arg(
            syllables(rng, 2), QLatin1StringView(pick(rng, kWords)), syllables(rng, 4));
    } else if (kind < 90) {
        scan.content = u"%1 %2 %3 #%4"_s
                           .arg(QLatin1StringView(pick(rng, kWords)), syllables(rng, 3),
                                QLatin1StringView(pick(rng, kWords)))
                           .arg(i);
        level = VerdictLevel::Unknown;
    } else if (kind < 95) {
        scan.content = u"tel:+4144%1"_s.arg(rng.bounded(1000000, 9999999));
    } else {
        scan.content = u"otpauth://totp/%1:%2?secret=JBSWY3DPEHPK3PXP&issuer=%1"_s.arg(
            QLatin1StringView(pick(rng, kBrands)), syllables(rng, 2));
    }
    scan.payload = PayloadParser::parse(scan.content);
    scan.verdict.level = level;
    scan.verdict.algorithm = u"bench"_s;
    if (const auto* url = scan.payload.as<UrlPayload>()) {
        scan.verdict.destination.url = url->url;
        scan.verdict.destination.hostAscii = url->parsed.host();
        scan.verdict.destination.hostUnicode = url->parsed.host();
    }
    static const char* const sources[] = {"camera",    "camera", "camera", "file",
                                          "clipboard", "screen", "video"};
    scan.source = QString::fromLatin1(pick(rng, sources));
    return scan;
}

// CPU time of this process: the other numbers are wall time, which a loaded machine stretches.
qint64 cpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

// "0.94 1.31 1.72" (1, 5 and 15 minutes): how busy the machine was.
QByteArray loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return "?";
    const QList<QByteArray> parts = file.readAll().split(' ');
    return parts.size() >= 3 ? parts[0] + ' ' + parts[1] + ' ' + parts[2] : QByteArray("?");
}

// Wall and CPU time of a measured part, summed over its pieces.
struct Timing
{
    qint64 wallNs = 0;
    qint64 cpuNs = 0;
    double perWallSecond(qint64 n) const { return double(n) / (double(std::max<qint64>(wallNs, 1)) / 1e9); }
    double perCpuSecond(qint64 n) const { return double(n) / (double(std::max<qint64>(cpuNs, 1)) / 1e9); }
};

class Measure
{
public:
    explicit Measure(Timing& into)
        : m_into(into)
        , m_cpu(cpuNs())
    {
        m_wall.start();
    }
    ~Measure()
    {
        m_into.wallNs += m_wall.nsecsElapsed();
        m_into.cpuNs += cpuNs() - m_cpu;
    }
    Measure(const Measure&) = delete;
    Measure& operator=(const Measure&) = delete;

private:
    Timing& m_into;
    QElapsedTimer m_wall;
    qint64 m_cpu;
};

// The baseline: copies the first `rows` scans of `from` into `to` (same schema) with one plain
// prepared INSERT INTO scans per row, `batch` rows per transaction; only the inserts and commits
// are timed. False with a message on stderr when SQLite fails.
bool plainInserts(sqlite3* from, sqlite3* to, qint64 rows, int batch, Timing& timing)
{
    static const char* const columns =
        "uuid, sort_key, content, content_redacted, payload_type, payload_json, host, verdict_level, "
        "verdict_json, source, scanned_at, pinned, note, thumbnail, sync_state, updated_at, deleted, "
        "raw_in_content";
    sqlite3_stmt* read = nullptr;
    sqlite3_stmt* write = nullptr;
    const QByteArray select = QByteArray("SELECT ") + columns + " FROM scans ORDER BY id LIMIT ?1";
    const QByteArray insert = QByteArray("INSERT INTO scans(") + columns +
                              ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
                              "?15, ?16, ?17, ?18)";
    bool ok = sqlite3_prepare_v2(from, select.constData(), -1, &read, nullptr) == SQLITE_OK &&
              sqlite3_prepare_v3(to, insert.constData(), -1, SQLITE_PREPARE_PERSISTENT, &write, nullptr) ==
                  SQLITE_OK;
    ok = ok && sqlite3_bind_int64(read, 1, rows) == SQLITE_OK;
    qint64 inBatch = 0;
    while (ok) {
        const int rc = sqlite3_step(read);
        if (rc == SQLITE_DONE)
            break;
        ok = rc == SQLITE_ROW;
        if (!ok)
            break;
        Measure measure(timing);
        if (inBatch == 0)
            ok = sqlite3_exec(to, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
        for (int i = 0; ok && i < 18; ++i)
            ok = sqlite3_bind_value(write, i + 1, sqlite3_column_value(read, i)) == SQLITE_OK;
        ok = ok && sqlite3_step(write) == SQLITE_DONE;
        sqlite3_reset(write);
        if (ok && ++inBatch == batch) {
            ok = sqlite3_exec(to, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
            inBatch = 0;
        }
    }
    if (ok && inBatch > 0) {
        Measure measure(timing);
        ok = sqlite3_exec(to, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    if (!ok)
        std::fprintf(stderr, "baseline failed: %s\n", sqlite3_errmsg(to));
    sqlite3_finalize(read);
    sqlite3_finalize(write);
    return ok;
}

struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.empty())
        return {};
    const auto at = [&](double q) {
        return ms[std::min(ms.size() - 1, size_t(q * double(ms.size() - 1) + 0.5))];
    };
    return {at(0.5), at(0.95), ms.back()};
}

void verdict(const char* what, double value, const char* unit, const char* target, bool met)
{
    std::printf("%-44s %12.2f %-9s target %-12s %s\n", what, value, unit, target, met ? "MET" : "MISSED");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"safescan.*.info=false"_s);
    qint64 scans = 1'000'000;
    int batch = 1000;
    int searches = 300;
    bool keep = false;
    int cacheMb = 0;      // 0: the store's own page cache (Database::Options)
    qint64 baseline = -1; // rows of the plain-INSERT baseline; -1: as many as scans
    static const char* const usage =
        "usage: history_bench [--scans N] [--batch N] [--searches N] [--baseline N] [--cache-mb N] [--keep]\n"
        "  --scans N     scans to insert through HistoryStore::save (default 1000000)\n"
        "  --batch N     scans per save() call and transaction (default 1000)\n"
        "  --searches N  searches to time, spread over the terms (default 300)\n"
        "  --baseline N  rows for the plain-INSERT baseline (default: --scans; 0: none)\n"
        "  --cache-mb N  SQLite page cache of the store's connection (default: the store's)\n"
        "  --keep        keep the temporary folder with the databases\n";
    for (int i = 1; i < argc; ++i) {
        const bool hasValue = i + 1 < argc;
        if (!std::strcmp(argv[i], "--scans") && hasValue)
            scans = std::atoll(argv[++i]);
        else if (!std::strcmp(argv[i], "--batch") && hasValue)
            batch = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--searches") && hasValue)
            searches = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--cache-mb") && hasValue)
            cacheMb = std::max(0, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--baseline") && hasValue)
            baseline = std::max<qint64>(0, std::atoll(argv[++i]));
        else if (!std::strcmp(argv[i], "--keep"))
            keep = true;
        else if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h")) {
            std::fputs(usage, stdout);
            return 0;
        } else {
            std::fputs(usage, stderr);
            return 2;
        }
    }
    if (baseline < 0 || baseline > scans)
        baseline = scans;

    QTemporaryDir dir;
    dir.setAutoRemove(!keep);
    BenchClock clock;
    Database db(dir.filePath(u"history.sqlite"_s), clock, clientSchema());
    if (!db.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    HistoryStore store(db, clock);
    if (cacheMb > 0) {
        QSqlQuery q(db.connection());
        q.exec(u"PRAGMA cache_size = -%1"_s.arg(cacheMb * 1024));
    }
    std::printf("history_bench: %lld scans in batches of %d into %s\n", scans, batch, qPrintable(db.path()));
    const QByteArray loadAtStart = loadAverage();
    std::printf("load average at start: %s (%d CPUs)\n", loadAtStart.constData(),
                QThread::idealThreadCount());

    // 1. Batched inserts. Generating and parsing the scans is not timed; save() is (JSON, redaction,
    // rows, FTS triggers, outbox, commit).
    QRandomGenerator rng(20240601);
    QElapsedTimer timer;
    Timing inserts;
    for (qint64 done = 0; done < scans;) {
        QList<NewScan> chunk;
        const qint64 n = std::min<qint64>(batch, scans - done);
        chunk.reserve(n);
        for (qint64 i = 0; i < n; ++i)
            chunk.append(generate(rng, done + i));
        SaveResult result;
        {
            Measure measure(inserts);
            result = store.save(chunk);
        }
        if (!result.ok || result.ids.size() != n) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(result.error));
            return 1;
        }
        done += n;
        clock.advance(n * 3000); // 3 s between scans on average: 1M scans span ~35 days
        if (done % 100'000 == 0 || done == scans)
            std::fprintf(stderr, "  %lld scans, %.0f/s wall, %.0f/s CPU, load %s\n", done,
                         inserts.perWallSecond(done), inserts.perCpuSecond(done), loadAverage().constData());
    }
    const QByteArray loadAfterInserts = loadAverage();
    const double insertsPerSecond = inserts.perWallSecond(scans);
    const double insertsPerCpuSecond = inserts.perCpuSecond(scans);
    {
        QSqlQuery q(db.connection());
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }

    // 1b. The baseline: the same rows by plain INSERT INTO scans into a fresh database.
    Timing baselineTiming;
    if (baseline > 0) {
        Database baseDb(dir.filePath(u"baseline.sqlite"_s), clock, clientSchema());
        if (!baseDb.open()) {
            std::fprintf(stderr, "%s\n", qPrintable(baseDb.errorString()));
            return 1;
        }
        if (cacheMb > 0) {
            QSqlQuery q(baseDb.connection());
            q.exec(u"PRAGMA cache_size = -%1"_s.arg(cacheMb * 1024));
        }
        std::fprintf(stderr, "  baseline: %lld plain inserts\n", baseline);
        if (!plainInserts(RawSqlite::handle(db.connection()), RawSqlite::handle(baseDb.connection()),
                          baseline, batch, baselineTiming))
            return 1;
    }

    // 2. Full-text search, first page (50), different terms: common and rare, long and short.
    // The last terms are short (every term under 3 characters: LIKE over the newest
    // kShortSearchScans scans); they are also reported on their own.
    const QStringList terms{u"paypal"_s,  u"github"_s,      u"login"_s,      u"museum"_s, u"kalomi"_s,
                            u"shi123"_s,  u"sbb-"_s,        u"ticket qua"_s, u"zen.ch"_s, u"verify paypal"_s,
                            u"n=99999"_s, u"n=424242"_s,    u"dorqua"_s,     u"wifi"_s,   u"4144"_s,
                            u"ikea"_s,    u"nonexistent"_s, u"ber77.xyz"_s,  u"mi ne"_s,  u"zz"_s,
                            u"q"_s,       u"7"_s,           u"ka 9"_s,       u"\u00e9"_s};
    const auto isShort = [](const QString& term) {
        const QStringList words = term.split(u' ', Qt::SkipEmptyParts);
        return std::all_of(words.cbegin(), words.cend(), [](const QString& w) { return w.size() < 3; });
    };
    std::vector<double> longMs;
    std::vector<double> shortMs;
    std::vector<double> longCpuMs; // CPU time of the same searches: what load does not stretch
    std::vector<double> shortCpuMs;
    bool shortWindowed = false;
    std::vector<double> searchMs;
    std::vector<std::pair<double, QString>> perTerm;
    for (int i = 0; i < searches; ++i) {
        HistoryQuery query;
        query.search = terms.at(i % terms.size());
        const qint64 cpuBefore = cpuNs();
        timer.start();
        const HistoryPage page = store.query(query);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const double cpuMs = double(cpuNs() - cpuBefore) / 1e6;
        if (!page.ok) {
            std::fprintf(stderr, "search failed: %s\n", qPrintable(page.error));
            return 1;
        }
        searchMs.push_back(ms);
        (isShort(query.search) ? shortMs : longMs).push_back(ms);
        (isShort(query.search) ? shortCpuMs : longCpuMs).push_back(cpuMs);
        shortWindowed = shortWindowed || page.recentOnly;
        perTerm.push_back(
            {ms, query.search + u" ("_s + QString::number(page.records.size()) + u" hits on page)"_s});
    }
    const Stats search = stats(searchMs);
    const Stats longSearch = stats(longMs);
    const Stats shortSearch = stats(shortMs);
    std::sort(perTerm.begin(), perTerm.end());

    // 3. First page of history, and the following pages by cursor.
    const auto firstPage = [&](const QStringList& types) {
        std::vector<double> ms;
        for (int i = 0; i < 50; ++i) {
            HistoryQuery query;
            query.types = types;
            timer.start();
            const HistoryPage page = store.query(query);
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!page.ok || page.records.size() != 50)
                std::fprintf(stderr, "first page: %s\n", qPrintable(page.error));
        }
        return stats(ms);
    };
    const Stats plain = firstPage({});
    const Stats byType = firstPage({u"wifi"_s});
    const Stats byRareType = firstPage({u"otp"_s});
    // Page 1000 (50,000 rows deep) by keyset.
    HistoryQuery deep;
    for (int i = 0; i < 1000; ++i) {
        const HistoryPage page = store.query(deep);
        deep.after = page.next;
    }
    timer.start();
    const HistoryPage page1001 = store.query(deep);
    const double deepMs = double(timer.nsecsElapsed()) / 1e6;

    const qint64 fileBytes = QFileInfo(db.path()).size() + QFileInfo(db.path() + u"-wal"_s).size();
    HistoryMaintenance maintenance(db, clock);

    std::printf("\n");
    std::printf("load average (1, 5, 15 min): %s at start, %s after the inserts, %s at the end\n",
                loadAtStart.constData(), loadAfterInserts.constData(), loadAverage().constData());
    verdict("inserts per CPU second (batched, outbox + FTS)", insertsPerCpuSecond, "scans/s", ">= 20000",
            insertsPerCpuSecond >= 20000);
    std::printf("%-44s %12.1f us/scan\n", "  CPU time per scan", double(inserts.cpuNs) / 1e3 / double(scans));
    verdict("inserts per wall second", insertsPerSecond, "scans/s", ">= 20000", insertsPerSecond >= 20000);
    std::printf("%-44s %12.2f          (> 1: the process waited for I/O or for a CPU)\n", "  wall/CPU",
                double(inserts.wallNs) / double(std::max<qint64>(inserts.cpuNs, 1)));
    if (baseline > 0) {
        std::printf("%-44s %12.2f scans/s   (%lld rows; wall: %.2f scans/s)\n",
                    "baseline: plain INSERT, per CPU second", baselineTiming.perCpuSecond(baseline), baseline,
                    baselineTiming.perWallSecond(baseline));
        std::printf("%-44s %12.3f           (CPU; wall: %.3f)\n", "ratio store / plain INSERT",
                    insertsPerCpuSecond / baselineTiming.perCpuSecond(baseline),
                    insertsPerSecond / baselineTiming.perWallSecond(baseline));
    }
    verdict("search, all terms, median", search.median, "ms", "", true);
    verdict("search, all terms, p95", search.p95, "ms", "<= 20", search.p95 <= 20);
    verdict("full-text search (terms >= 3 chars), p95", longSearch.p95, "ms", "<= 20", longSearch.p95 <= 20);
    std::printf("%-44s %12.2f ms        (newest %d scans only: %s)\n",
                "short search (terms < 3 chars), median", shortSearch.median, kShortSearchScans,
                shortWindowed ? "yes" : "no");
    verdict("short search (terms < 3 chars), p95", shortSearch.p95, "ms", "<= 20", shortSearch.p95 <= 20);
    const Stats longCpu = stats(longCpuMs);
    const Stats shortCpu = stats(shortCpuMs);
    verdict("full-text search p95, CPU time", longCpu.p95, "ms", "<= 20", longCpu.p95 <= 20);
    verdict("short search p95, CPU time", shortCpu.p95, "ms", "<= 20", shortCpu.p95 <= 20);
    std::printf("%-44s %12.2f ms        (slowest term: %s)\n", "search, max", search.max,
                qPrintable(perTerm.back().second));
    verdict("first page (50), no filter, median", plain.median, "ms", "<= 50", plain.median <= 50);
    verdict("first page (50), no filter, max", plain.max, "ms", "<= 50", plain.max <= 50);
    verdict("first page (50), type=wifi, max", byType.max, "ms", "<= 50", byType.max <= 50);
    verdict("first page (50), type=otp, max", byRareType.max, "ms", "<= 50", byRareType.max <= 50);
    verdict("page 1001 (after 50,000 rows), keyset", deepMs, "ms", "<= 50", deepMs <= 50 && page1001.ok);
    std::printf("%-44s %12.1f MB       (%.0f bytes/scan; used %.1f MB)\n", "database on disk",
                double(fileBytes) / 1e6, double(fileBytes) / double(std::max<qint64>(scans, 1)),
                double(maintenance.usedBytes()) / 1e6);
    std::printf("\nper search term (median of %d runs, hits on the first page):\n",
                searches / int(terms.size()));
    for (const QString& term : terms) {
        std::vector<double> ms;
        QString hits;
        for (const auto& [time, label] : perTerm) {
            if (label.startsWith(term + u" ("_s)) {
                ms.push_back(time);
                hits = label.mid(term.size() + 1);
            }
        }
        std::printf("  %-16s %9.2f ms  %s\n", qPrintable(u'"' + term + u'"'), stats(ms).median,
                    qPrintable(hits));
    }
    return 0;
}
