#include "SyncCommands.h"

#include "AppContext.h"
#include "CliConnection.h"
#include "CommandLine.h"
#include "TerminalProgress.h"
#include "api/ApiExecutor.h"
#include "api/CreateSessionJob.h"
#include "api/HealthJob.h"
#include "credentials/CredentialVault.h"
#include "history/HistoryStore.h"
#include "localdata/VoteRepository.h"
#include "settings/Settings.h"
#include "store/LocalStore.h"
#include "sync/OutboxSender.h"
#include "sync/SyncEngine.h"
#include "sync/SyncState.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

#include <fcntl.h>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

constexpr int kUsage = 1;
constexpr int kFailure = 2;
constexpr int kCommandAttempts = 3; // a command should not wait half a minute for a dead server

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int failWith(const QString& command, const QString& message)
{
    err() << u"safescan %1: %2\n"_s.arg(command, message);
    err().flush();
    return kFailure;
}

// One line of stdin without its line break (a password or passphrase); nullopt when stdin is empty.
std::optional<QByteArray> readSecretLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray line = in.readLine(4097);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return std::nullopt;
    return line;
}

// The first line of file descriptor `fd` (a pipe from the caller), so that a passphrase is never in
// argv or the environment. The descriptor is closed after reading.
std::optional<QByteArray> readSecretFromFd(int fd, QString& error)
{
    if (fcntl(fd, F_GETFD) == -1) {
        error =
            u"file descriptor %1 is not open (give the passphrase on a pipe, e.g. 3<<<\"$PASSPHRASE\")"_s.arg(
                fd);
        return std::nullopt;
    }
    QFile in;
    if (!in.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        error = u"file descriptor %1 cannot be read: %2"_s.arg(fd).arg(in.errorString());
        return std::nullopt;
    }
    QByteArray line = in.readLine(4097);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) {
        error = u"no sync passphrase on file descriptor %1"_s.arg(fd);
        return std::nullopt;
    }
    return line;
}

QString isoTime(qint64 epochMs)
{
    return epochMs > 0 ? QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc()).toString(Qt::ISODate)
                       : QString();
}

// The signed-in server of the data folder, or an error message.
struct Account
{
    QUrl server;
    QString username;
};
std::optional<Account> accountOf(LocalStore& store, QString& error)
{
    SyncState state(store.database());
    Account account{QUrl(state.server()), state.username()};
    if (!account.server.isValid() || account.server.isEmpty() || account.username.isEmpty()) {
        error = u"not signed in; run: safescan login --server URL --username NAME --password-stdin"_s;
        return std::nullopt;
    }
    return account;
}

QJsonObject countsJson(const SyncCounts& c)
{
    return {{u"pushed"_s, c.pushed},
            {u"superseded"_s, c.superseded},
            {u"duplicates"_s, c.duplicates},
            {u"rejected"_s, c.rejected},
            {u"pulled"_s, c.pulled},
            {u"kept_local"_s, c.keptLocal},
            {u"votes_dropped"_s, c.votesDropped}};
}

// The votes and reports the outbox holds (a vote or report command that could not reach the
// server, or was killed before the answer) go to their endpoints under the device token.
OutboxSendCounts sendVotesAndReports(Database& database, CliConnection& client)
{
    if (client->vault().deviceToken().isEmpty())
        return {}; // no vote or report was ever sent from this data folder's device
    VoteRepository votes(database, client->clock());
    // It starts a flush of what waits as it is made; flushed() ends it.
    OutboxSender sender(database, votes, client->api(), client->deviceContext(), {});
    OutboxSendCounts counts;
    bool done = false;
    bool complete = true;
    QEventLoop loop;
    QObject::connect(&sender, &OutboxSender::flushed, &loop, [&](const OutboxSendCounts& c, bool all) {
        counts.votes += c.votes;
        counts.reports += c.reports;
        complete = all;
        if (!sender.isFlushing()) {
            done = true;
            loop.quit();
        }
    });
    if (sender.pendingCount() <= 0 && !sender.isFlushing())
        return {};
    if (!sender.isFlushing())
        sender.flush();
    if (!done)
        loop.exec();
    if (!complete)
        err() << u"safescan sync: votes and reports stay queued (the server did not answer)\n"_s;
    return counts;
}

} // namespace

int runLoginCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Sign in to a SafeScan server; the session is kept in the keychain."_s);
    parser.addHelpOption();
    parser.addOption(AppContext::dataDirOption());
    parser.addOption({u"server"_s, u"The server's base URL, e.g. https://safescan.example"_s, u"URL"_s});
    parser.addOption({{u"username"_s, u"user"_s}, u"The account's user name."_s, u"NAME"_s});
    parser.addOption({u"password-stdin"_s, u"Read the password from the first line of stdin."_s});
    parser.addOption({u"sync-passphrase-fd"_s,
                      u"Read the account's sync passphrase from the first line of file descriptor N (never "
                      u"from argv or the environment) and keep the derived key in the keychain; the next "
                      u"sync checks it against the account's history before it sends anything."_s,
                      u"N"_s});
    parser.addPositionalArgument(u"login"_s, u"The login command."_s);
    if (const auto exit = CommandLine::parse(parser, arguments, u"login"_s, false))
        return *exit;
    QString error;
    const QUrl server = CliConnection::parseServer(parser.value(u"server"_s), &error);
    if (server.isEmpty()) {
        err() << u"safescan login: "_s << error << u'\n';
        return kUsage;
    }
    const QString username = parser.value(u"username"_s).trimmed();
    if (username.isEmpty() || !parser.isSet(u"password-stdin"_s)) {
        err() << u"safescan login: --username NAME and --password-stdin are required (the password is never "
                 u"taken from the command line)\n"_s;
        return kUsage;
    }
    std::optional<int> passphraseFd;
    if (parser.isSet(u"sync-passphrase-fd"_s)) {
        bool number = false;
        passphraseFd = parser.value(u"sync-passphrase-fd"_s).toInt(&number);
        if (!number || *passphraseFd < 1) {
            err() << u"safescan login: --sync-passphrase-fd takes a file descriptor number above 0 (stdin "
                     u"carries the password)\n"_s;
            return kUsage;
        }
    }
    const std::optional<QByteArray> password = readSecretLine();
    if (!password)
        return failWith(u"login"_s, u"no password on stdin"_s);
    std::optional<SyncKey> syncKey;
    if (passphraseFd) {
        const std::optional<QByteArray> passphrase = readSecretFromFd(*passphraseFd, error);
        if (!passphrase)
            return failWith(u"login"_s, error);
        syncKey = SyncKey::derive(*passphrase, username, KdfParams::standard(), &error);
        if (!syncKey)
            return failWith(u"login"_s, error);
    }

    AppContext app(parser.value(u"data-dir"_s));
    LocalStore* store = app.store(&error);
    if (!store)
        return failWith(u"login"_s, error);
    CliConnection client(app, server, kCommandAttempts);
    client.loadCredentials();
    auto* job = new CreateSessionJob(client->anonymousContext(), username, QString::fromUtf8(*password));
    QString token;
    QString role;
    QObject::connect(job, &ApiJob::finished, job, [job, &token, &role] {
        token = job->token();
        role = job->role();
    });
    const ApiError result = client.run(job);
    if (!result.ok()) {
        if (result.code == u"invalid_credentials"_s)
            return failWith(u"login"_s, u"wrong user name or password"_s);
        return failWith(u"login"_s, u"cannot sign in at %1: %2"_s.arg(server.toString(), result.toString()));
    }
    SyncState state(store->database());
    const bool sameAccount = state.server() == server.toString() && state.username() == username;
    if (!state.setAccount(server.toString(), username, &error))
        return failWith(u"login"_s, error);
    CredentialVault& vault = client->vault();
    vault.setSessionToken(token);
    bool persistent = client.waitSaved();
    if (syncKey) {
        vault.setSyncKey(syncKey->bytes());
        persistent = client.waitSaved() && persistent;
    } else if (!sameAccount && !vault.syncKey().isEmpty()) { // another account's key must not be used
        vault.setSyncKey({});
        persistent = client.waitSaved() && persistent;
    }
    if (!persistent) {
        return failWith(u"login"_s,
                        u"signed in, but the session cannot be kept: %1"_s.arg(vault.storageNotice()));
    }
    // The window's Settings shows the account (and its role gates the views) when it uses this server.
    app.settings().setValue(SettingKeys::accountName, username);
    app.settings().setValue(SettingKeys::accountRole, role);
    app.settings().sync();
    QTextStream(stdout) << u"Signed in to %1 as %2 (%3).\n"_s.arg(server.toString(), username, role);
    if (syncKey)
        QTextStream(stdout) << u"History sync is on; the next sync checks the passphrase.\n"_s;
    return 0;
}

int runSyncCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Push this device's history changes and pull the account's (one full sync)."_s);
    parser.addHelpOption();
    parser.addOption(AppContext::dataDirOption());
    parser.addOption({u"passphrase-stdin"_s,
                      u"Read the account's sync passphrase from stdin (first sync on this device, or a new "
                      u"passphrase); the derived key is kept in the keychain."_s});
    parser.addOption({u"json"_s, u"Print the outcome as one JSON object."_s});
    parser.addPositionalArgument(u"sync"_s, u"The sync command."_s);
    if (const auto exit = CommandLine::parse(parser, arguments, u"sync"_s, false))
        return *exit;
    const bool json = parser.isSet(u"json"_s);

    AppContext app(parser.value(u"data-dir"_s));
    QString error;
    HistoryStore* history = app.history(&error);
    LocalStore* store = history ? app.store(&error) : nullptr;
    if (!store)
        return failWith(u"sync"_s, error);
    const std::optional<Account> account = accountOf(*store, error);
    if (!account)
        return failWith(u"sync"_s, error);
    CliConnection client(app, account->server, kCommandAttempts);
    client.loadCredentials();
    CredentialVault& vault = client->vault();
    if (vault.sessionToken().isEmpty())
        return failWith(u"sync"_s, u"no session for %1 in the keychain; run safescan login again"_s.arg(
                                       account->server.toString()));

    std::optional<SyncKey> key;
    const bool newPassphrase = parser.isSet(u"passphrase-stdin"_s);
    if (newPassphrase) {
        const std::optional<QByteArray> passphrase = readSecretLine();
        if (!passphrase)
            return failWith(u"sync"_s, u"no passphrase on stdin"_s);
        key = SyncKey::derive(*passphrase, account->username, KdfParams::standard(), &error);
        if (!key)
            return failWith(u"sync"_s, error);
    } else {
        key = SyncKey::fromBytes(vault.syncKey());
        if (!key)
            return failWith(u"sync"_s, u"no sync passphrase on this device yet; run safescan sync "
                                       u"--passphrase-stdin"_s);
    }

    // The connection's engine (made once the store is attached and a key is known) syncs once.
    TerminalProgress progress;
    std::optional<bool> ok;
    SyncError failure;
    SyncCounts counts;
    SyncStatus status;
    QEventLoop loop;
    const auto follow = [&] {
        SyncEngine* engine = client->syncEngine();
        if (!engine)
            return;
        QObject::connect(engine, &SyncEngine::progress, &loop, [&progress](const SyncProgress& p) {
            progress.show(u"sync: %1 pushed, %2 pulled"_s.arg(p.pushed).arg(p.pulled));
        });
        QObject::connect(engine, &SyncEngine::finished, &loop, [&, engine](bool success) {
            ok = success;
            failure = engine->lastError();
            counts = engine->counts();
            status = engine->status();
            loop.quit();
        });
    };
    QObject::connect(&client.connection(), &ServerConnection::syncEngineChanged, &loop, follow);
    client->attachStore(store->database(), history);
    if (newPassphrase)
        client->setSyncKey(key); // syncs, and keeps the key unless it proved wrong
    else if (SyncEngine* engine = client->syncEngine())
        engine->syncNow();
    if (!ok && client->syncEngine() && client->syncEngine()->isRunning())
        loop.exec();
    if (!ok)
        return failWith(u"sync"_s, u"sync could not start"_s);
    const bool synced = *ok;
    const OutboxSendCounts community = sendVotesAndReports(store->database(), client);

    if (newPassphrase && failure.kind != SyncError::Kind::WrongPassphrase && !client.waitSaved()) {
        err() << u"safescan sync: the sync key is kept for this run only: "_s << vault.storageNotice()
              << u'\n';
    } else if (!newPassphrase && failure.kind == SyncError::Kind::WrongPassphrase) {
        // A stored key that does not open the account (login --sync-passphrase-fd with a wrong
        // passphrase, or changed elsewhere) goes: it could never sync.
        vault.setSyncKey({});
        client.waitSaved();
    }
    if (json) {
        QJsonObject object = countsJson(counts);
        object.insert(u"ok"_s, synced);
        object.insert(u"votes_sent"_s, community.votes);
        object.insert(u"reports_sent"_s, community.reports);
        object.insert(u"outbox_depth"_s, status.outboxDepth);
        object.insert(u"last_sync"_s, isoTime(status.lastSyncEpochMs));
        if (!synced) {
            object.insert(u"error"_s, failure.code);
            object.insert(u"message"_s, failure.message);
        }
        QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Compact) << u'\n';
    } else if (synced) {
        QTextStream(stdout)
            << u"Synced with %1: pushed %2 change(s) (%3 superseded, %4 already there), pulled %5, "
               u"%6 waiting.\n"_s.arg(account->server.toString())
                   .arg(counts.pushed)
                   .arg(counts.superseded)
                   .arg(counts.duplicates)
                   .arg(counts.pulled)
                   .arg(status.outboxDepth);
    }
    if (!json && (community.votes > 0 || community.reports > 0)) {
        QTextStream(stdout)
            << u"Sent %1 queued vote(s) and %2 report(s).\n"_s.arg(community.votes).arg(community.reports);
    }
    if (!synced)
        return failWith(u"sync"_s, failure.message);
    return 0;
}

int runStatusCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Show the sync account, the outbox and the server's health."_s);
    parser.addHelpOption();
    parser.addOption(AppContext::dataDirOption());
    parser.addOption({u"json"_s, u"Print the status as one JSON object."_s});
    parser.addPositionalArgument(u"status"_s, u"The status command."_s);
    if (const auto exit = CommandLine::parse(parser, arguments, u"status"_s, false))
        return *exit;
    AppContext app(parser.value(u"data-dir"_s));
    QString error;
    LocalStore* store = app.store(&error);
    if (!store)
        return failWith(u"status"_s, error);
    SyncState state(store->database());
    const qint64 depth = state.outboxDepth(&error);
    if (depth < 0)
        return failWith(u"status"_s, error);
    QJsonObject object{{u"server"_s, state.server()},
                       {u"account"_s, state.username()},
                       {u"outbox_depth"_s, depth},
                       {u"last_sync"_s, isoTime(state.lastSyncEpochMs())},
                       {u"last_error"_s, state.lastError()}};
    QString health = u"not signed in"_s;
    QString credentials;
    if (const QUrl server(state.server()); server.isValid() && !server.isEmpty()) {
        CliConnection client(app, server, 1);
        client.loadCredentials();
        const ApiError result = client.run(new HealthJob(client->anonymousContext()));
        health = serviceStateName(client->api().health().state());
        if (!result.ok())
            object.insert(u"health_error"_s, result.toString());
        object.insert(u"signed_in"_s, !client->vault().sessionToken().isEmpty());
        object.insert(u"sync_key"_s, !client->vault().syncKey().isEmpty());
        credentials = client->vault().storageNotice();
    }
    object.insert(u"api"_s, health);
    if (!credentials.isEmpty())
        object.insert(u"credentials"_s, credentials);
    QTextStream out(stdout);
    if (parser.isSet(u"json"_s)) {
        out << QJsonDocument(object).toJson(QJsonDocument::Compact) << u'\n';
        return 0;
    }
    const auto orNone = [](const QString& text, const QString& none) { return text.isEmpty() ? none : text; };
    out << u"Server:       %1\n"_s.arg(orNone(state.server(), u"(not signed in)"_s));
    out << u"Account:      %1%2\n"_s.arg(
        orNone(state.username(), u"-"_s),
        object.value(u"signed_in"_s).toBool(true) ? QString() : u" (session missing: sign in again)"_s);
    out << u"API:          %1%2\n"_s.arg(health,
                                         object.contains(u"health_error"_s)
                                             ? u" ("_s + object.value(u"health_error"_s).toString() + u')'
                                             : QString());
    out << u"Outbox:       %1 waiting\n"_s.arg(depth);
    out << u"Last sync:    %1\n"_s.arg(orNone(isoTime(state.lastSyncEpochMs()), u"never"_s));
    if (!state.lastError().isEmpty())
        out << u"Last error:   %1\n"_s.arg(state.lastError());
    if (!credentials.isEmpty())
        out << u"Credentials:  %1\n"_s.arg(credentials);
    return 0;
}

} // namespace SafeScan
