// safescan-server speed (issue 5): rating lookups per second and p99 latency with 50 connections
// next to nginx serving a static JSON file of the same size (the ratio is the figure), votes per
// second, and the delay from a vote to its live update at each of many WebSocket clients. Runs on
// SQLite and, when a PostgreSQL URL is given, on PostgreSQL too, in one run.
//
//   server_bench --server PATH/safescan-server [--postgres postgres://...] [--seconds N] [--rounds N]
//                [--connections N] [--ws-clients N] [--fanout-votes N]
//
// Everything runs on this machine over loopback: the load generator (wrk) and the server share
// the cores, and nginx is measured the same way, so the ratio is the comparable figure.

#include "BenchServer.h"
#include "FanOut.h"
#include "Nginx.h"
#include "Wrk.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace SafeScan::Bench;

namespace {

struct Options
{
    QString server;
    QString postgres;
    int seconds = 10;
    int rounds = 3;
    int connections = 50;
    int wsClients = 1000;
    int fanoutVotes = 30;
};

QByteArray itemHash(const QByteArray& seed)
{
    return QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex();
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

// wrk script: PUT a vote on a fresh random item, cycling through the device tokens.
QString writeVoteScript(const QList<QByteArray>& tokens, QTemporaryFile& file)
{
    QByteArray lua = "local tokens = {";
    for (const QByteArray& token : tokens)
        lua += '"' + token + "\",";
    lua += "}\nlocal n = 0\nmath.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))\n"
           "request = function()\n  n = n + 1\n"
           "  local hash = string.format('%08x%08x', math.random(0, 0x7fffffff), math.random(0, 0x7fffffff))"
           " .. string.rep('0', 40) .. string.format('%08x', n % 0x7fffffff)\n"
           "  return wrk.format('PUT', '/v1/votes/' .. hash, {['Authorization'] = 'Bearer ' .. "
           "tokens[(n % #tokens) + 1], ['Content-Type'] = 'application/json'}, '{\"vote\":\"safe\"}')\nend\n";
    if (!file.open() || file.write(lua) != lua.size())
        return {};
    file.flush();
    return file.fileName();
}

// The run with the median request rate (its latencies come with it).
WrkResult medianRun(QList<WrkResult> runs)
{
    runs.removeIf([](const WrkResult& run) { return !run.ok; });
    if (runs.isEmpty())
        return WrkResult{false, u"every wrk run failed"_s};
    std::sort(runs.begin(), runs.end(), [](const WrkResult& a, const WrkResult& b) {
        return a.requestsPerSecond < b.requestsPerSecond;
    });
    return runs.at(runs.size() / 2);
}

void printWrk(const char* what, const WrkResult& result)
{
    if (!result.ok) {
        std::printf("  %-28s FAILED: %s\n", what, qUtf8Printable(result.error));
        return;
    }
    std::printf("  %-28s %10.0f req/s   p50 %7.2f ms   p99 %7.2f ms   (%lld requests, %lld errors)\n", what,
                result.requestsPerSecond, result.p50Ms, result.p99Ms, static_cast<long long>(result.requests),
                static_cast<long long>(result.errors));
}

bool runBackend(const QString& name, const QString& databaseUrl, const Options& options)
{
    std::printf("== %s\n", qUtf8Printable(name));
    BenchServer server(options.server, databaseUrl);
    QString error;
    if (!server.start(error)) {
        std::printf("  cannot start the server: %s\n", qUtf8Printable(error));
        return false;
    }
    QNetworkAccessManager nam;
    const QList<QByteArray> tokens = registerDevices(nam, server, 50);
    if (tokens.size() != 50) {
        std::printf("  cannot register devices\n");
        return false;
    }
    // The looked-up item has 20 votes; 2,000 other items make the table non-trivial.
    const QByteArray hot = itemHash("https://bench.example/hot");
    for (int i = 0; i < 20; ++i)
        httpRequest(nam, "PUT", server.url(u"/v1/votes/"_s + QString::fromLatin1(hot)), tokens.at(i),
                    R"({"vote":"safe"})");
    for (int i = 0; i < 2000; ++i)
        httpRequest(nam, "PUT",
                    server.url(u"/v1/votes/"_s + QString::fromLatin1(itemHash(QByteArray::number(i)))),
                    tokens.at(i % tokens.size()), i % 3 ? R"({"vote":"safe"})" : R"({"vote":"unsafe"})");
    const QString prefix = QString::fromLatin1(hot.left(8));
    const QString lookupPath = u"/v1/ratings?prefix="_s + prefix;
    const HttpResult lookup = httpRequest(nam, "GET", server.url(lookupPath));
    if (lookup.status != 200) {
        std::printf("  lookup failed with status %d\n", lookup.status);
        return false;
    }

    // nginx as installed serves with one worker per core; the server answers HTTP on one thread,
    // so a one-worker nginx is shown as well (the per-core comparison).
    const int cores = QThread::idealThreadCount();
    Nginx nginx;
    Nginx nginxOneWorker;
    if (!nginx.start(lookup.body, cores, error) || !nginxOneWorker.start(lookup.body, 1, error)) {
        std::printf("  cannot start nginx: %s\n", qUtf8Printable(error));
        return false;
    }
    const QString serverLookupUrl = server.url(lookupPath).toString();
    std::printf("  response body %lld bytes (nginx serves the same bytes), %d connections, %d rounds of %d s "
                "(medians)\n",
                static_cast<long long>(lookup.body.size()), options.connections, options.rounds,
                options.seconds);
    const QByteArray nginxLabel = "nginx static file, " + QByteArray::number(cores) + " workers";
    // Interleaved rounds, medians: load from elsewhere on the machine hits all three alike.
    WrkResult baseline, baselineOne, lookups;
    {
        QList<WrkResult> all, one, server;
        for (int round = 0; round < options.rounds; ++round) {
            all << runWrk(nginx.fileUrl(), options.connections, options.seconds);
            one << runWrk(nginxOneWorker.fileUrl(), options.connections, options.seconds);
            server << runWrk(serverLookupUrl, options.connections, options.seconds);
        }
        baseline = medianRun(all);
        baselineOne = medianRun(one);
        lookups = medianRun(server);
    }
    printWrk(nginxLabel.constData(), baseline);
    printWrk("nginx static file, 1 worker", baselineOne);
    printWrk("GET /v1/ratings", lookups);
    if (baseline.ok && lookups.ok && baselineOne.ok) {
        std::printf(
            "  lookup rate ratio %.2fx nginx (target >= 0.50x), %.2fx one-worker nginx; p99 ratio %.2fx\n",
            lookups.requestsPerSecond / baseline.requestsPerSecond,
            lookups.requestsPerSecond / baselineOne.requestsPerSecond, lookups.p99Ms / baseline.p99Ms);
    }

    QTemporaryFile script(u"/tmp/safescan-vote-XXXXXX.lua"_s);
    const QString scriptPath = writeVoteScript(tokens, script);
    const WrkResult votes =
        runWrk(server.url(u"/"_s).toString(), options.connections, options.seconds, scriptPath);
    printWrk("PUT /v1/votes (new items)", votes);

    const FanOutResult fanOut =
        measureFanOut(server, nam, tokens, QString::fromLatin1(hot), options.wsClients, options.fanoutVotes);
    if (!fanOut.ok) {
        std::printf("  fan-out FAILED: %s\n", qUtf8Printable(fanOut.error));
    } else {
        std::printf("  vote -> live update at %d WebSocket clients, %d votes: p50 %.1f ms  p99 %.1f ms  "
                    "max %.1f ms  (%lld deliveries, %lld missing; target p99 <= 100 ms)\n",
                    options.wsClients, options.fanoutVotes, fanOut.p50Ms, fanOut.p99Ms, fanOut.maxMs,
                    static_cast<long long>(fanOut.deliveries), static_cast<long long>(fanOut.missing));
    }
    std::fflush(stdout);
    return lookups.ok && baseline.ok && baselineOne.ok && votes.ok && fanOut.ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption serverOption(u"server"_s, u"safescan-server binary"_s, u"PATH"_s);
    const QCommandLineOption postgresOption(u"postgres"_s, u"also run on this PostgreSQL database"_s,
                                            u"URL"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"duration of each wrk run"_s, u"N"_s, u"10"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"interleaved lookup rounds (medians)"_s, u"N"_s,
                                          u"3"_s);
    const QCommandLineOption connectionsOption(u"connections"_s, u"HTTP connections"_s, u"N"_s, u"50"_s);
    const QCommandLineOption clientsOption(u"ws-clients"_s, u"WebSocket clients"_s, u"N"_s, u"1000"_s);
    const QCommandLineOption votesOption(u"fanout-votes"_s, u"votes timed in the fan-out run"_s, u"N"_s,
                                         u"30"_s);
    parser.addOptions({serverOption, postgresOption, secondsOption, roundsOption, connectionsOption,
                       clientsOption, votesOption});
    parser.process(app);
    Options options;
    options.server = parser.value(serverOption);
    options.postgres = parser.value(postgresOption);
    if (options.postgres.isEmpty())
        options.postgres = qEnvironmentVariable("SAFESCAN_BENCH_POSTGRES_URL");
    options.seconds = std::max(1, parser.value(secondsOption).toInt());
    options.rounds = std::max(1, parser.value(roundsOption).toInt());
    options.connections = std::max(1, parser.value(connectionsOption).toInt());
    options.wsClients = std::max(1, parser.value(clientsOption).toInt());
    options.fanoutVotes = std::max(1, parser.value(votesOption).toInt());
    if (options.server.isEmpty()) {
        std::fprintf(stderr, "server_bench: --server PATH is required\n");
        return 2;
    }
    bool ok = runBackend(u"SQLite"_s, {}, options);
    if (!options.postgres.isEmpty())
        ok = runBackend(u"PostgreSQL"_s, options.postgres, options) && ok;
    else
        std::printf("== PostgreSQL: skipped (no --postgres URL or SAFESCAN_BENCH_POSTGRES_URL)\n");
    return ok ? 0 : 1;
}
