// Scan history at scale: batched inserts, full-text search, first page of history, size on disk.
// Generates N scans (default 1,000,000) in a temporary folder through HistoryStore::save (one
// transaction per batch, each scan with its outbox row), then measures queries on that database.
//
//   history_bench [--scans N] [--batch N] [--searches N] [--cache-mb N] [--keep]
//
// Targets (issue 4): >= 20,000 inserts/s, search p95 <= 20 ms, first page <= 50 ms. Times are wall
// time; the inserts are also stated per CPU second of this process, which other work on a busy
// machine does not stretch.

#include "base/Clock.h"
#include "history/HistoryMaintenance.h"
#include "history/HistoryStore.h"
#include "payload/PayloadParser.h"
#include "store/ClientSchema.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
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
    int cacheMb = 0; // 0: the store's own page cache (Database::Options)
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
        else if (!std::strcmp(argv[i], "--keep"))
            keep = true;
        else {
            std::fprintf(
                stderr,
                "usage: history_bench [--scans N] [--batch N] [--searches N] [--cache-mb N] [--keep]\n");
            return 2;
        }
    }

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

    // 1. Batched inserts. Generating and parsing the scans is not timed; save() is (JSON, redaction,
    // rows, FTS triggers, outbox, commit).
    QRandomGenerator rng(20240601);
    QElapsedTimer timer;
    qint64 insertNs = 0;
    qint64 insertCpuNs = 0;
    for (qint64 done = 0; done < scans;) {
        QList<NewScan> chunk;
        const qint64 n = std::min<qint64>(batch, scans - done);
        chunk.reserve(n);
        for (qint64 i = 0; i < n; ++i)
            chunk.append(generate(rng, done + i));
        const qint64 cpuBefore = cpuNs();
        timer.start();
        const SaveResult result = store.save(chunk);
        insertNs += timer.nsecsElapsed();
        insertCpuNs += cpuNs() - cpuBefore;
        if (!result.ok || result.ids.size() != n) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(result.error));
            return 1;
        }
        done += n;
        clock.advance(n * 3000); // 3 s between scans on average: 1M scans span ~35 days
        if (done % 100'000 == 0 || done == scans)
            std::fprintf(stderr, "  %lld scans, %.0f/s\n", done, double(done) / (double(insertNs) / 1e9));
    }
    const double insertsPerSecond = double(scans) / (double(insertNs) / 1e9);
    const double insertsPerCpuSecond = double(scans) / (double(std::max<qint64>(insertCpuNs, 1)) / 1e9);
    {
        QSqlQuery q(db.connection());
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }

    // 2. Full-text search, first page (50), different terms: common and rare, long and short.
    const QStringList terms{u"paypal"_s,  u"github"_s,      u"login"_s,      u"museum"_s, u"kalomi"_s,
                            u"shi123"_s,  u"sbb-"_s,        u"ticket qua"_s, u"zen.ch"_s, u"verify paypal"_s,
                            u"n=99999"_s, u"n=424242"_s,    u"dorqua"_s,     u"wifi"_s,   u"4144"_s,
                            u"ikea"_s,    u"nonexistent"_s, u"ber77.xyz"_s,  u"mi ne"_s,  u"zz"_s};
    std::vector<double> searchMs;
    std::vector<std::pair<double, QString>> perTerm;
    for (int i = 0; i < searches; ++i) {
        HistoryQuery query;
        query.search = terms.at(i % terms.size());
        timer.start();
        const HistoryPage page = store.query(query);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!page.ok) {
            std::fprintf(stderr, "search failed: %s\n", qPrintable(page.error));
            return 1;
        }
        searchMs.push_back(ms);
        perTerm.push_back(
            {ms, query.search + u" ("_s + QString::number(page.records.size()) + u" hits on page)"_s});
    }
    const Stats search = stats(searchMs);
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
    verdict("inserts (batched, with outbox + FTS)", insertsPerSecond, "scans/s", ">= 20000",
            insertsPerSecond >= 20000);
    std::printf("%-44s %12.2f scans/s   (CPU time of the inserts: %.1f us/scan; wall/CPU %.2f)\n",
                "inserts per CPU second", insertsPerCpuSecond, double(insertCpuNs) / 1e3 / double(scans),
                double(insertNs) / double(std::max<qint64>(insertCpuNs, 1)));
    verdict("full-text search, median", search.median, "ms", "", true);
    verdict("full-text search, p95", search.p95, "ms", "<= 20", search.p95 <= 20);
    std::printf("%-44s %12.2f ms        (slowest term: %s)\n", "full-text search, max", search.max,
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
