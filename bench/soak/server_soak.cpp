// Load and soak of one safescan-server (issue 10), on loopback and bounded in time: 1,000
// WebSocket clients subscribed to rating channels and 50 HTTP clients doing lookups, votes,
// retractions, reports, analytics batches and history sync for --seconds (default 600). Prints the
// p50/p99 latency of each request kind, every answer that is not a success or a rate limit, the
// delay from a vote to its live update, and the server's resident memory over time; fails (exit 1)
// when an answer is an error other than 429, a live connection drops, or memory grows after the
// warm-up by more than --rss-bound-mb.
//
//   server_soak --server PATH/safescan-server [--postgres URL] [--seconds N] [--warm-up N]
//               [--ws-clients N] [--http-clients N] [--rate N] [--rss-bound-mb N]
//
// The server runs with the benchmark limits (BenchServer: abuse limits raised), so the load
// reaches the server's work and not its rate limiter; the limits have their own tests.

#include "../server/BenchServer.h"
#include "HttpLoad.h"
#include "LiveLoad.h"
#include "ServerMemory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace SafeScan::Bench;

namespace {

struct Options
{
    QString server;
    QString postgres;
    int seconds = 600;
    int warmUp = 60;
    int wsClients = 1000;
    int httpClients = 50;
    double rate = 1000;
    double rssBoundMb = 64;
};

bool parse(QCoreApplication& app, Options& options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Load and soak of safescan-server on loopback."_s);
    parser.addHelpOption();
    const QCommandLineOption server(u"server"_s, u"The safescan-server binary."_s, u"PATH"_s);
    const QCommandLineOption postgres(u"postgres"_s, u"Run on this PostgreSQL database instead of SQLite."_s,
                                      u"URL"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"How long the load runs (default 600)."_s, u"N"_s);
    const QCommandLineOption warmUp(u"warm-up"_s, u"Seconds before memory growth counts (default 60)."_s,
                                    u"N"_s);
    const QCommandLineOption ws(u"ws-clients"_s, u"WebSocket clients (default 1000)."_s, u"N"_s);
    const QCommandLineOption http(u"http-clients"_s, u"HTTP clients (default 50)."_s, u"N"_s);
    const QCommandLineOption rate(
        u"rate"_s, u"Requests per second of all HTTP clients (default 1000; 0: flat out)."_s, u"N"_s);
    const QCommandLineOption bound(u"rss-bound-mb"_s,
                                   u"Allowed memory growth after the warm-up (default 64)."_s, u"MB"_s);
    parser.addOptions({server, postgres, seconds, warmUp, ws, http, rate, bound});
    parser.process(app);
    options.server = parser.value(server);
    options.postgres = parser.value(postgres);
    const auto number = [&parser](const QCommandLineOption& option, double& target) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok || value < 0)
            return false;
        target = value;
        return true;
    };
    double s = options.seconds, w = options.warmUp, c = options.wsClients, h = options.httpClients;
    if (options.server.isEmpty() || !number(seconds, s) || !number(warmUp, w) || !number(ws, c) ||
        !number(http, h) || !number(rate, options.rate) || !number(bound, options.rssBoundMb) || h < 1) {
        std::fprintf(stderr,
                     "server_soak: --server PATH is required; numbers must be positive (see --help)\n");
        return false;
    }
    options.seconds = int(s);
    options.warmUp = int(w);
    options.wsClients = int(c);
    options.httpClients = int(h);
    return true;
}

QList<QByteArray> registerDevices(QNetworkAccessManager& nam, const BenchServer& server, int count)
{
    QList<QByteArray> tokens;
    for (int i = 0; i < count; ++i) {
        const HttpResult result = httpRequest(nam, "POST", server.url(u"/v1/devices"_s));
        const QByteArray token =
            QJsonDocument::fromJson(result.body).object().value(u"token"_s).toString().toLatin1();
        if (result.status == 201 && !token.isEmpty())
            tokens << token;
    }
    return tokens;
}

QList<QByteArray> signInUsers(QNetworkAccessManager& nam, const BenchServer& server, int count,
                              QString& error)
{
    QList<QByteArray> tokens;
    for (int i = 0; i < count; ++i) {
        const QString name = u"soak%1"_s.arg(i);
        const QString password = u"soak password %1"_s.arg(i);
        if (!server.addUser(name, u"user"_s, password, error))
            return {};
        const HttpResult result = httpRequest(
            nam, "POST", server.url(u"/v1/sessions"_s), {},
            QJsonDocument(QJsonObject{{u"username"_s, name}, {u"password"_s, password}}).toJson());
        const QByteArray token =
            QJsonDocument::fromJson(result.body).object().value(u"token"_s).toString().toLatin1();
        if (result.status != 201 || token.isEmpty()) {
            error = u"signing in %1 gave HTTP %2"_s.arg(name).arg(result.status);
            return {};
        }
        tokens << token;
    }
    return tokens;
}

struct Outcome
{
    qint64 requests = 0;
    qint64 rateLimited = 0;
    qint64 errors = 0; // not 2xx and not 429 (no answer counts as an error)
};

Outcome report(const HttpLoad& load, double seconds)
{
    Outcome outcome;
    std::printf("  %-20s %9s %8s %9s %9s %9s   %s\n", "request", "count", "per s", "p50 ms", "p99 ms",
                "max ms", "answers");
    for (int i = 0; i < int(HttpLoad::Op::Count); ++i) {
        const auto op = HttpLoad::Op(i);
        HttpLoad::OpStats stats = load.stats(op);
        std::sort(stats.latenciesMs.begin(), stats.latenciesMs.end());
        QStringList answers;
        for (auto it = stats.statuses.cbegin(); it != stats.statuses.cend(); ++it) {
            answers << u"%1×%2"_s.arg(it.key() == 0 ? u"none"_s : QString::number(it.key())).arg(it.value());
            outcome.requests += it.value();
            if (it.key() == 429)
                outcome.rateLimited += it.value();
            else if (it.key() < 200 || it.key() > 299)
                outcome.errors += it.value();
        }
        std::printf("  %-20s %9lld %8.1f %9.2f %9.2f %9.2f   %s\n", HttpLoad::opName(op),
                    qlonglong(stats.latenciesMs.size()), double(stats.latenciesMs.size()) / seconds,
                    percentile(stats.latenciesMs, 0.50), percentile(stats.latenciesMs, 0.99),
                    stats.latenciesMs.empty() ? 0.0 : stats.latenciesMs.back(),
                    qPrintable(answers.join(u", "_s)));
    }
    return outcome;
}

int run(const Options& options)
{
    QElapsedTimer clock;
    clock.start();
    BenchServer server(options.server, options.postgres);
    QString error;
    if (!server.start(error)) {
        std::fprintf(stderr, "server_soak: %s\n", qPrintable(error));
        return 2;
    }
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    const QList<QByteArray> devices = registerDevices(nam, server, 200);
    const QList<QByteArray> sessions = signInUsers(nam, server, 5, error);
    if (devices.size() != 200 || sessions.isEmpty()) {
        std::fprintf(stderr, "server_soak: set-up failed: %d devices, %s\n", int(devices.size()),
                     qPrintable(error));
        return 2;
    }
    QList<QByteArray> items;
    for (int i = 0; i < 5000; ++i)
        items << QCryptographicHash::hash("soak-item-" + QByteArray::number(i), QCryptographicHash::Sha256)
                     .toHex();

    ServerMemory memory(server.pid());
    memory.sample(0);
    QUrl live = server.url(u"/v1/live"_s);
    live.setScheme(u"ws"_s);
    LiveLoad liveLoad(live, devices, items, options.wsClients, 3, clock);
    liveLoad.open();
    if (!waitUntil([&] { return liveLoad.subscribed() == liveLoad.expectedSubscriptions(); },
                   QDeadlineTimer(120'000))) {
        std::fprintf(stderr, "server_soak: %d of %d WebSocket clients connected, %d of %d subscriptions\n",
                     liveLoad.opened(), options.wsClients, liveLoad.subscribed(),
                     liveLoad.expectedSubscriptions());
        return 2;
    }

    HttpLoad::Setup setup;
    setup.base = server.url(u"/"_s);
    setup.deviceTokens = devices;
    setup.sessionTokens = sessions;
    setup.itemHashes = items;
    setup.clients = options.httpClients;
    setup.ratePerSecond = options.rate;
    setup.onVoteSent = [&liveLoad](const QByteArray& hash, qint64 sentNs) {
        liveLoad.voteSent(hash, sentNs);
    };
    HttpLoad httpLoad(setup, clock);

    std::printf("server_soak: %d WebSocket clients (3 channels each), %d HTTP clients at %s, %d s (warm-up "
                "%d s), %s\n",
                options.wsClients, options.httpClients,
                options.rate > 0 ? qPrintable(u"%1 requests/s"_s.arg(options.rate)) : "full speed",
                options.seconds, options.warmUp, options.postgres.isEmpty() ? "SQLite" : "PostgreSQL");
    std::fflush(stdout);
    const qint64 startNs = clock.nsecsElapsed();
    const auto elapsed = [&] { return double(clock.nsecsElapsed() - startNs) / 1e9; };
    memory.sample(0);
    httpLoad.start();
    QTimer sampler;
    const int sampleMs = std::clamp(options.seconds * 1000 / 60, 500, 10'000);
    QObject::connect(&sampler, &QTimer::timeout, &sampler, [&] { memory.sample(elapsed()); });
    sampler.start(sampleMs);
    waitUntil([] { return false; }, QDeadlineTimer(qint64(options.seconds) * 1000));
    httpLoad.stop();
    waitUntil([&] { return httpLoad.inFlight() == 0; }, QDeadlineTimer(30'000));
    sampler.stop();
    const double seconds = elapsed();
    memory.sample(seconds);

    std::printf("\nHTTP over %.0f s (latency from sending to the whole answer):\n", seconds);
    const Outcome outcome = report(httpLoad, seconds);
    std::vector<double> delays = liveLoad.updateDelaysMs();
    std::sort(delays.begin(), delays.end());
    std::printf(
        "\nWebSocket: %d clients, %lld messages received, %lld connections dropped, %lld error messages\n",
        liveLoad.opened(), qlonglong(liveLoad.messages()), qlonglong(liveLoad.disconnects()),
        qlonglong(liveLoad.errors()));
    std::printf(
        "  vote -> first live update of its channel: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%lld votes)\n",
        percentile(delays, 0.50), percentile(delays, 0.99), delays.empty() ? 0.0 : delays.back(),
        qlonglong(delays.size()));
    const ServerMemory::Summary rss = memory.summary(options.warmUp);
    std::printf(
        "\nServer memory (VmRSS, %d samples): start %.1f MB, after warm-up %.1f MB, max after %.1f MB, "
        "end %.1f MB; slope after warm-up %+.2f MB/min\n",
        rss.samples, rss.startMb, rss.warmMb, rss.maxAfterWarmMb, rss.endMb, rss.slopeMbPerMinute);
    std::printf("  %s\n", qPrintable(memory.timeline(std::max(1, rss.samples / 12))));

    const bool errorsMet = outcome.errors == 0 && liveLoad.disconnects() == 0 && liveLoad.errors() == 0 &&
                           liveLoad.socketErrors() == 0;
    const bool memoryMet = rss.samples > 2 && rss.growthMb <= options.rssBoundMb;
    std::printf("\n%-58s %lld of %lld   %s\n", "answers other than 2xx and 429 (429 rate limits are allowed)",
                qlonglong(outcome.errors), qlonglong(outcome.requests), errorsMet ? "MET" : "MISSED");
    std::printf("%-58s %.1f MB (bound %.0f MB)   %s\n", "memory growth after the warm-up", rss.growthMb,
                options.rssBoundMb, memoryMet ? "MET" : "MISSED");
    std::printf("%-58s %lld\n", "rate-limited answers (429)", qlonglong(outcome.rateLimited));
    return errorsMet && memoryMet ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Options options;
    if (!parse(app, options))
        return 2;
    return run(options);
}
