#include "CommunityCommands.h"

#include "AppAnalytics.h"
#include "AppContext.h"
#include "CliConnection.h"
#include "CommandLine.h"
#include "api/ApiExecutor.h"
#include "community/ItemHash.h"
#include "community/RatingService.h"
#include "live/LiveClient.h"
#include "localdata/ContentHash.h"
#include "localdata/VoteRepository.h"
#include "payload/PayloadParser.h"
#include "store/LocalStore.h"
#include "sync/OutboxSender.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

// Exit codes of the community commands.
constexpr int ExitOk = 0;
constexpr int ExitUsage = 1;
constexpr int ExitFailed = 2;
constexpr int ExitQueued = 3; // recorded locally, not acknowledged: the next sync sends it

QCommandLineOption hashOption()
{
    return QCommandLineOption(u"hash"_s, u"CONTENT is an item hash (64 hex digits), not the content."_s);
}

// The item of the command: the hash given (--hash) or the hash of the content.
QString itemOf(const QCommandLineParser& parser, const QString& command)
{
    const QString input = parser.positionalArguments().value(1);
    const QString hash =
        parser.isSet(u"hash"_s) ? ContentHash::normalized(input) : ItemHash::of(PayloadParser::parse(input));
    if (hash.isEmpty())
        QTextStream(stderr) << u"safescan %1: \"%2\" is not an item hash (64 hex digits)\n"_s.arg(command,
                                                                                                  input);
    return hash;
}

QString ratingText(const std::optional<RatingInfo>& rating)
{
    if (!rating)
        return u"unknown"_s;
    return u"%1 (%2 safe, %3 unsafe, confidence %4%5)"_s.arg(ratingVerdictName(rating->verdict))
        .arg(rating->safe)
        .arg(rating->unsafe)
        .arg(rating->confidence, 0, 'f', 2)
        .arg(rating->moderated ? u", moderator decision"_s : QString());
}

void printJson(const QJsonObject& object)
{
    QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Compact) << u'\n';
}

template <typename Done>
void waitUntil(Done done)
{
    QEventLoop loop;
    while (!done())
        loop.processEvents(QEventLoop::WaitForMoreEvents);
}

// The connection of vote, report and watch: the server (--server or the setting), this device's
// token (registered on first use, kept in the keychain) and the local store (ratings, my votes).
// No history: these commands never sync.
std::unique_ptr<CliConnection> openConnection(AppContext& context, const QString& serverOption,
                                              QString* error)
{
    const QUrl server = CliConnection::communityServer(context, serverOption, error);
    if (server.isEmpty())
        return nullptr;
    constexpr int kAttempts = 3; // a command should not hang for long: 1 s, 2 s ceilings
    auto connection = std::make_unique<CliConnection>(context, server, kAttempts);
    if (!connection->ensureDeviceToken(error))
        return nullptr;
    LocalStore* store = context.store(error);
    if (!store)
        return nullptr;
    connection->connection().attachStore(store->database(), nullptr);
    return connection;
}

} // namespace

int runVoteCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Vote on an item of the community ratings. Only its hash reaches the server. Exit codes: 0 "
        "acknowledged, 1 usage, 2 failed, 3 recorded but not sent (the next sync sends it)."_s);
    parser.addHelpOption();
    const QCommandLineOption safe(u"safe"_s, u"Vote safe."_s);
    const QCommandLineOption unsafe(u"unsafe"_s, u"Vote unsafe."_s);
    const QCommandLineOption retract(u"retract"_s, u"Take my vote back."_s);
    const QCommandLineOption json(u"json"_s, u"Print one JSON object."_s);
    parser.addOptions({safe, unsafe, retract, json, hashOption(), CliConnection::serverOption(),
                       AppContext::dataDirOption()});
    parser.addPositionalArgument(u"vote"_s, u"The vote command."_s);
    parser.addPositionalArgument(u"content"_s, u"The scanned content (or its hash with --hash)."_s,
                                 u"CONTENT"_s);
    if (const auto exit = CommandLine::parse(parser, arguments, u"vote"_s, true))
        return *exit;
    if (int(parser.isSet(safe)) + int(parser.isSet(unsafe)) + int(parser.isSet(retract)) != 1) {
        QTextStream(stderr) << u"safescan vote: give exactly one of --safe, --unsafe, --retract\n"_s;
        return ExitUsage;
    }
    const QString hash = itemOf(parser, u"vote"_s);
    if (hash.isEmpty())
        return ExitUsage;

    AppContext context(parser.value(u"data-dir"_s));
    QString error;
    const std::unique_ptr<CliConnection> session = openConnection(context, parser.value(u"server"_s), &error);
    if (!session) {
        QTextStream(stderr) << u"safescan vote: "_s << error << u'\n';
        return ExitFailed;
    }
    context.analytics().watch(*(*session)->ratings()); // the vote, no item (when opted in)
    std::optional<VoteResult> result;
    QObject receiver;
    const auto done = [&result](const VoteResult& r) { result = r; };
    if (parser.isSet(retract))
        (*session)->ratings()->retract(hash, &receiver, done);
    else
        (*session)->ratings()->vote(hash, parser.isSet(safe) ? Vote::Safe : Vote::Unsafe, &receiver, done);
    waitUntil([&] { return result.has_value(); });

    const QString choice = parser.isSet(retract) ? u"retract"_s
                           : parser.isSet(safe)  ? u"safe"_s
                                                 : u"unsafe"_s;
    const int exit = !result->recorded ? ExitFailed : result->sent ? ExitOk : ExitQueued;
    const QString problem = !result->recorded ? result->localError
                            : result->sent    ? QString()
                                              : result->error.toString();
    if (parser.isSet(json)) {
        QJsonObject object{
            {u"hash"_s, hash},
            {u"vote"_s, choice},
            {u"recorded"_s, result->recorded},
            {u"sent"_s, result->sent},
            {u"rating"_s, result->rating ? QJsonValue(result->rating->toJson()) : QJsonValue()}};
        if (!problem.isEmpty())
            object.insert(u"error"_s, problem);
        printJson(object);
    } else if (exit == ExitOk) {
        QTextStream(stdout) << (choice == u"retract"_s ? u"Vote retracted on %1\n"_s.arg(hash)
                                                       : u"Voted %1 on %2: now %3\n"_s.arg(
                                                             choice, hash, ratingText(result->rating)));
    }
    if (exit == ExitQueued)
        QTextStream(stderr) << u"safescan vote: recorded; not sent yet (%1), the next sync sends it\n"_s.arg(
            problem);
    else if (exit == ExitFailed)
        QTextStream(stderr) << u"safescan vote: "_s << problem << u'\n';
    return exit;
}

int runReportCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Report an item to the moderators. Only its hash is sent, unless "
                                     "--share-content says the content may go along."_s);
    parser.addHelpOption();
    const QCommandLineOption reason(u"reason"_s, u"phishing, malware, scam or other."_s, u"TEXT"_s);
    const QCommandLineOption note(u"note"_s, u"A note for the moderators (at most 500 characters)."_s,
                                  u"TEXT"_s);
    const QCommandLineOption share(u"share-content"_s,
                                   u"Send the scanned content along (it is not by default)."_s);
    const QCommandLineOption json(u"json"_s, u"Print one JSON object."_s);
    parser.addOptions({reason, note, share, json, hashOption(), CliConnection::serverOption(),
                       AppContext::dataDirOption()});
    parser.addPositionalArgument(u"report"_s, u"The report command."_s);
    parser.addPositionalArgument(u"content"_s, u"The scanned content (or its hash with --hash)."_s,
                                 u"CONTENT"_s);
    if (const auto exit = CommandLine::parse(parser, arguments, u"report"_s, true))
        return *exit;
    if (!parser.isSet(reason)) {
        QTextStream(stderr) << u"safescan report: --reason is required (phishing, malware, scam, other)\n"_s;
        return ExitUsage;
    }
    if (parser.isSet(share) && parser.isSet(u"hash"_s)) {
        QTextStream(stderr) << u"safescan report: --share-content needs the content, not --hash\n"_s;
        return ExitUsage;
    }
    const QString hash = itemOf(parser, u"report"_s);
    if (hash.isEmpty())
        return ExitUsage;

    AppContext context(parser.value(u"data-dir"_s));
    QString error;
    const std::unique_ptr<CliConnection> session = openConnection(context, parser.value(u"server"_s), &error);
    if (!session) {
        QTextStream(stderr) << u"safescan report: "_s << error << u'\n';
        return ExitFailed;
    }
    static const QStringList reasons{u"phishing"_s, u"malware"_s, u"scam"_s, u"other"_s};
    if (!reasons.contains(parser.value(reason))) {
        const QString problem = u"invalid_reason: --reason is one of phishing, malware, scam, other"_s;
        if (parser.isSet(json))
            printJson(QJsonObject{{u"hash"_s, hash},
                                  {u"sent"_s, false},
                                  {u"queued"_s, false},
                                  {u"content_shared"_s, parser.isSet(share)},
                                  {u"error"_s, problem}});
        QTextStream(stderr) << u"safescan report: "_s << problem << u'\n';
        return ExitUsage;
    }
    std::optional<QString> content;
    if (parser.isSet(share))
        content = parser.positionalArguments().value(1);
    // Through the outbox with a request id: queued first, sent once even when the answer is lost;
    // when the server cannot be reached it stays queued and `safescan sync` sends it.
    LocalStore* store = context.store(&error);
    if (!store) {
        QTextStream(stderr) << u"safescan report: "_s << error << u'\n';
        return ExitFailed;
    }
    VoteRepository votes(store->database(), context.clock());
    OutboxSender sender(store->database(), votes, (*session)->api(), (*session)->deviceContext(), {});
    std::optional<ReportResult> result;
    QObject receiver;
    sender.report(hash, parser.value(reason), parser.value(note), content, &receiver,
                  [&result](const ReportResult& r) { result = r; });
    waitUntil([&] { return result.has_value(); });
    const ApiError& outcome = result->error;
    const bool refused = outcome.kind == ApiError::Kind::Invalid ||
                         (outcome.kind == ApiError::Kind::Http && outcome.httpStatus == 400);
    const int exit = !result->queued ? ExitFailed : result->sent ? ExitOk : refused ? ExitUsage : ExitQueued;
    if (result->sent)
        context.analytics().recordReport();
    const QString problem = !result->queued ? result->localError
                            : result->sent  ? QString()
                                            : outcome.toString();
    if (parser.isSet(json)) {
        QJsonObject object{{u"hash"_s, hash},
                           {u"sent"_s, result->sent},
                           {u"queued"_s, result->queued && !result->sent && !refused},
                           {u"content_shared"_s, parser.isSet(share)}};
        if (result->sent)
            object.insert(u"id"_s, result->reportId);
        else
            object.insert(u"error"_s, problem);
        printJson(object);
    } else if (result->sent) {
        QTextStream(stdout) << u"Reported %1 (report %2)%3\n"_s.arg(hash)
                                   .arg(result->reportId)
                                   .arg(parser.isSet(share) ? u", with its content"_s : QString());
    }
    if (exit == ExitQueued)
        QTextStream(stderr) << u"safescan report: recorded; not sent yet ("_s << problem
                            << u"), the next sync sends it\n"_s;
    else if (exit != ExitOk)
        QTextStream(stderr) << u"safescan report: "_s << problem << u'\n';
    return exit;
}

int runWatchCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Print an item's community rating, then each live change, until "
                                     "Ctrl+C. Only the hash's 4-byte prefix reaches the server."_s);
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, u"Print one JSON object per line."_s);
    const QCommandLineOption maxUpdates(u"max-updates"_s, u"Stop after N live changes."_s, u"N"_s);
    parser.addOptions(
        {json, maxUpdates, hashOption(), CliConnection::serverOption(), AppContext::dataDirOption()});
    parser.addPositionalArgument(u"watch"_s, u"The watch command."_s);
    parser.addPositionalArgument(u"content"_s, u"The scanned content (or its hash with --hash)."_s,
                                 u"CONTENT"_s);
    if (const auto exit = CommandLine::parse(parser, arguments, u"watch"_s, true))
        return *exit;
    bool numberOk = true;
    const int limit = parser.isSet(maxUpdates) ? parser.value(maxUpdates).toInt(&numberOk) : -1;
    if (!numberOk || (parser.isSet(maxUpdates) && limit < 1)) {
        QTextStream(stderr) << u"safescan watch: --max-updates takes a positive number\n"_s;
        return ExitUsage;
    }
    const QString hash = itemOf(parser, u"watch"_s);
    if (hash.isEmpty())
        return ExitUsage;

    AppContext context(parser.value(u"data-dir"_s));
    QString error;
    const std::unique_ptr<CliConnection> session = openConnection(context, parser.value(u"server"_s), &error);
    if (!session) {
        QTextStream(stderr) << u"safescan watch: "_s << error << u'\n';
        return ExitFailed;
    }
    const auto print = [&](const QString& kind, const std::optional<RatingInfo>& rating,
                           const QString& source) {
        if (parser.isSet(json))
            printJson({{u"event"_s, kind},
                       {u"hash"_s, hash},
                       {u"source"_s, source},
                       {u"rating"_s, rating ? QJsonValue(rating->toJson()) : QJsonValue()}});
        else
            QTextStream(stdout) << u"%1 %2: %3 [%4]\n"_s.arg(kind, hash, ratingText(rating), source);
    };
    LiveClient* live = &(*session)->live(); // the rating service follows it already
    RatingService& ratings = *(*session)->ratings();

    int updates = 0;
    QObject receiver;
    bool initial = false;
    ratings.lookup(hash, &receiver, [&](const RatingLookup& result) {
        print(u"rating"_s, result.rating,
              result.offline() ? (result.rating ? u"offline, cached"_s : u"offline"_s)
                               : ratingSourceName(result.source));
        initial = true;
    });
    waitUntil([&] { return initial; });
    QObject::connect(&ratings, &RatingService::ratingChanged, &receiver,
                     [&](const QString& changed, const RatingInfo& rating) {
                         if (changed != hash)
                             return;
                         print(u"update"_s, rating, u"live"_s);
                         if (limit > 0 && ++updates >= limit)
                             QCoreApplication::exit(0);
                     });
    QObject::connect(live, &LiveClient::stateChanged, &receiver, [&](LiveClient::State state) {
        if (!parser.isSet(json))
            QTextStream(stderr) << u"live: "_s << liveStateName(state) << u'\n';
    });
    QObject::connect(live, &LiveClient::channelReady, &receiver, [&](const QString&) {
        if (parser.isSet(json))
            printJson({{u"event"_s, u"live"_s}, {u"state"_s, u"subscribed"_s}});
        else
            QTextStream(stderr) << u"live: watching\n"_s;
    });
    ratings.watch(hash);
    live->start();
    return QCoreApplication::exec();
}

} // namespace SafeScan
