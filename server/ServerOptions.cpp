#include "ServerOptions.h"

#include "ServerConfigFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <type_traits>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

bool parseListen(const QString& text, ServerOptions& options, QString& error)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0) {
        error = u"--listen expects HOST:PORT, got \"%1\""_s.arg(text);
        return false;
    }
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535) {
        error = u"--listen: \"%1\" is not a port number"_s.arg(text.mid(colon + 1));
        return false;
    }
    if (host == u"localhost"_s)
        options.address = QHostAddress(QHostAddress::LocalHost);
    else if (!options.address.setAddress(host)) {
        error = u"--listen: \"%1\" is not an IP address"_s.arg(host);
        return false;
    }
    options.port = quint16(port);
    return true;
}

bool parseDatabase(const QString& url, ServerOptions& options, QString& error)
{
    std::optional<DatabaseUrl> parsed = DatabaseUrl::parse(url, error);
    if (!parsed)
        return false;
    options.database = std::move(*parsed);
    options.databasePath = options.database.sqlitePath;
    return true;
}

// A positive number from `option`, when set; false with `error` when it is not one.
template <typename Number>
bool parsePositive(const QCommandLineParser& parser, const QCommandLineOption& option, Number& value,
                   QString& error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const QString text = parser.value(option);
    Number parsed{};
    if constexpr (std::is_same_v<Number, double>)
        parsed = text.toDouble(&ok);
    else
        parsed = text.toInt(&ok);
    if (!ok || !(parsed > 0)) {
        error = u"--%1 expects a positive number, got \"%2\""_s.arg(option.names().constFirst(), text);
        return false;
    }
    value = parsed;
    return true;
}

struct RetentionOptions
{
    QCommandLineOption votes{u"retention-votes-days"_s, u"Fold raw votes older than N days (default 90)."_s,
                             u"N"_s};
    QCommandLineOption ratings{u"retention-ratings-days"_s,
                               u"Drop ratings without a vote for N days (default 90)."_s, u"N"_s};
    QCommandLineOption reports{u"retention-reports-days"_s, u"Keep reports N days (default 180)."_s, u"N"_s};
    QCommandLineOption audit{u"retention-audit-days"_s, u"Keep the audit log N days (default 365)."_s,
                             u"N"_s};
    QCommandLineOption tombstones{u"retention-tombstones-days"_s,
                                  u"Keep deleted synced records N days (default 180)."_s, u"N"_s};
    QCommandLineOption events{u"retention-events-days"_s,
                              u"Keep raw analytics events N days; their counts stay (default 30)."_s, u"N"_s};
    QCommandLineOption interval{u"retention-interval"_s,
                                u"Run the retention job every S seconds (default 3600)."_s, u"S"_s};
};

RetentionOptions addRetentionOptions(QCommandLineParser& parser)
{
    RetentionOptions options;
    parser.addOptions({options.votes, options.ratings, options.reports, options.audit, options.tombstones,
                       options.events, options.interval});
    return options;
}

bool parseRetention(const QCommandLineParser& parser, const RetentionOptions& options,
                    RetentionConfig& config, QString& error)
{
    int intervalSeconds = int(config.intervalMs / 1000);
    if (!parsePositive(parser, options.votes, config.voteDays, error) ||
        !parsePositive(parser, options.ratings, config.ratingDays, error) ||
        !parsePositive(parser, options.reports, config.reportDays, error) ||
        !parsePositive(parser, options.audit, config.auditDays, error) ||
        !parsePositive(parser, options.tombstones, config.tombstoneDays, error) ||
        !parsePositive(parser, options.events, config.eventDays, error) ||
        !parsePositive(parser, options.interval, intervalSeconds, error))
        return false;
    config.intervalMs = qint64(intervalSeconds) * 1000;
    return true;
}

// Re-parses with the file's settings in front of the command line, so that the command line wins
// (QCommandLineParser::value() returns the last occurrence).
bool applyConfigFile(QCommandLineParser& parser, const QString& path, const QStringList& arguments,
                     QString& error)
{
    const std::optional<QList<ConfigSetting>> settings = readServerConfig(path, error);
    if (!settings)
        return false;
    QStringList fromFile{arguments.value(0, u"safescan-server"_s)};
    for (const ConfigSetting& setting : *settings) {
        if (setting.name == u"config"_s || setting.name == u"help"_s || setting.name == u"version"_s) {
            error = u"%1 line %2: \"%3\" cannot be set in a configuration file"_s.arg(path)
                        .arg(setting.line)
                        .arg(setting.name);
            return false;
        }
        fromFile.append(u"--%1=%2"_s.arg(setting.name, setting.value));
    }
    if (!parser.parse(fromFile)) {
        error = u"%1: %2"_s.arg(path, parser.errorText());
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        error = u"%1: unexpected value \"%2\""_s.arg(path, parser.positionalArguments().constFirst());
        return false;
    }
    if (!parser.parse(fromFile + arguments.mid(1))) {
        error = parser.errorText();
        return false;
    }
    return true;
}

} // namespace

std::optional<ServerOptions> ServerOptions::parse(const QStringList& arguments, QString& error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"SafeScan community server: device tokens, votes and ratings."_s);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption listenOption(u"listen"_s,
                                          u"Address and port to listen on (port 0: any free port)."_s,
                                          u"HOST:PORT"_s, u"127.0.0.1:8080"_s);
    const QCommandLineOption databaseOption(
        u"database"_s,
        u"Database URL: sqlite:/path/file.db (default: server.sqlite in the data directory) or "
        u"postgres://user:password@host:port/database."_s,
        u"URL"_s);
    const QCommandLineOption dataDirOption(
        u"data-dir"_s, u"Directory for the server secret and the default database."_s, u"DIR"_s);
    const QCommandLineOption rateCapacityOption(
        u"rate-capacity"_s, u"Requests per client address in a burst (token bucket size, default 60)."_s,
        u"N"_s);
    const QCommandLineOption rateRefillOption(
        u"rate-refill"_s, u"Tokens per second returned to each address's bucket (default 20)."_s, u"R"_s);
    const QCommandLineOption voteLimitOption(u"vote-limit"_s, u"Votes per voter per 5 minutes (default 3)."_s,
                                             u"N"_s);
    const QCommandLineOption spamRapidOption(
        u"spam-rapid-votes"_s, u"Votes within a minute that flag a voter (default 10)."_s, u"N"_s);
    const QCommandLineOption spamRepeatOption(
        u"spam-item-repeats"_s, u"Flag a voter voting more than N times on one item a minute (default 5)."_s,
        u"N"_s);
    const QCommandLineOption liveAuthTimeoutOption(
        u"live-auth-timeout"_s,
        u"Milliseconds a /v1/live WebSocket may stay unauthenticated before it is closed (default 5000)."_s,
        u"MS"_s);
    const QCommandLineOption configOption(
        u"config"_s,
        u"Read settings from FILE: one \"name = value\" per line, names as the long options here "
        u"(e.g. listen = 127.0.0.1:8080); the command line wins over the file."_s,
        u"FILE"_s);
    const QCommandLineOption trustedProxyOption(
        u"trusted-proxy"_s,
        u"A reverse proxy in front of the server (repeatable, or comma-separated): the per-address limits "
        u"count the client address it appends to X-Forwarded-For."_s,
        u"ADDRESS"_s);
    const QCommandLineOption presenceTtlOption(
        u"presence-ttl"_s,
        u"Milliseconds a moderator's presence claim outlives an instance that stopped without clearing it "
        u"(default 30000)."_s,
        u"MS"_s);
    const QCommandLineOption eventsCapacityOption(
        u"events-rate-capacity"_s,
        u"POST /v1/events batches per caller in a burst (default 30; ten times that per address)."_s, u"N"_s);
    const QCommandLineOption eventsRefillOption(
        u"events-rate-refill"_s,
        u"Batches per second returned to each caller's bucket (default 1; ten times that per address)."_s,
        u"R"_s);
    parser.addOptions({configOption, trustedProxyOption, listenOption, databaseOption, dataDirOption,
                       rateCapacityOption, rateRefillOption, voteLimitOption, spamRapidOption,
                       spamRepeatOption, liveAuthTimeoutOption, presenceTtlOption, eventsCapacityOption,
                       eventsRefillOption});
    const RetentionOptions retentionOptions = addRetentionOptions(parser);

    if (!parser.parse(arguments)) {
        error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    if (parser.isSet(versionOption))
        parser.showVersion();
    if (parser.isSet(configOption) && !applyConfigFile(parser, parser.value(configOption), arguments, error))
        return std::nullopt;
    if (!parser.positionalArguments().isEmpty()) {
        error = u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }

    ServerOptions options;
    for (const QString& value : parser.values(trustedProxyOption)) {
        for (const QString& part : value.split(u',', Qt::SkipEmptyParts)) {
            const QHostAddress proxy(part.trimmed());
            if (proxy.isNull()) {
                error = u"--trusted-proxy: \"%1\" is not an IP address"_s.arg(part.trimmed());
                return std::nullopt;
            }
            options.trustedProxies.append(proxy);
        }
    }
    if (!parseListen(parser.value(listenOption), options, error))
        return std::nullopt;
    options.dataDir = parser.isSet(dataDirOption)
                          ? QDir::current().absoluteFilePath(parser.value(dataDirOption))
                          : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.dataDir = QDir::cleanPath(options.dataDir);
    const QString database = parser.isSet(databaseOption)
                                 ? parser.value(databaseOption)
                                 : u"sqlite:"_s + options.dataDir + u"/server.sqlite"_s;
    if (!parseDatabase(database, options, error))
        return std::nullopt;
    if (!parsePositive(parser, rateCapacityOption, options.rateCapacity, error) ||
        !parsePositive(parser, rateRefillOption, options.rateRefillPerSecond, error) ||
        !parsePositive(parser, voteLimitOption, options.votesPerWindow, error) ||
        !parsePositive(parser, spamRapidOption, options.spamRapidVotes, error) ||
        !parsePositive(parser, spamRepeatOption, options.spamItemRepeats, error) ||
        !parsePositive(parser, liveAuthTimeoutOption, options.liveAuthTimeoutMs, error) ||
        !parsePositive(parser, presenceTtlOption, options.presenceTtlMs, error) ||
        !parsePositive(parser, eventsCapacityOption, options.eventsRateCapacity, error) ||
        !parsePositive(parser, eventsRefillOption, options.eventsRateRefillPerSecond, error) ||
        !parseRetention(parser, retentionOptions, options.retention, error))
        return std::nullopt;
    return options;
}

} // namespace SafeScan
