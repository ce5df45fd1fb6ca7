#pragma once

#include "api/ApiError.h"
#include "connection/ServerConnection.h"
#include "credentials/KeychainSecretStore.h"

#include <QCommandLineOption>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace SafeScan {

class ApiCall;
class ApiJob;
class AppContext;

// The commands' side of the ServerConnection (vote, report, watch, login, sync, status): the
// connection on the platform keychain with few attempts per request (a command should not hang
// on a dead server), and blocking helpers that run the event loop until an answer is there.
// Commands only, never the window.
class CliConnection
{
public:
    CliConnection(AppContext& app, const QUrl& server, int maxAttempts);
    ~CliConnection();
    CliConnection(const CliConnection&) = delete;
    CliConnection& operator=(const CliConnection&) = delete;

    ServerConnection& connection() { return *m_connection; }
    ServerConnection* operator->() { return m_connection.get(); }

    // --server URL of vote, report and watch.
    static QCommandLineOption serverOption();
    // vote, report, watch: --server, else the "server/url" setting; empty with a sentence in `error`.
    static QUrl communityServer(AppContext& app, const QString& serverOption, QString* error);
    // login: an http(s) URL with a host, no query or fragment; empty with a sentence in `error`.
    static QUrl parseServer(const QString& text, QString* error);

    // Waits until the credentials are loaded.
    void loadCredentials();
    // Registers this device when it has no token yet (waiting for the keychain; a notice on stderr
    // when it is kept in memory only). False with a sentence in `error`.
    bool ensureDeviceToken(QString* error);
    // Opens the local store and attaches it (ratings, votes, journal, sync state).
    bool attachStore(QString* error);
    // Waits until the last stored secret reached the keychain (true) or memory only (false).
    bool waitSaved();
    // Runs `job` through the API executor and waits; the call's error (ok() on success). `done`
    // sees the finished call (and its job) before it goes away.
    ApiError run(ApiJob* job, const std::function<void(const ApiCall&)>& done = {});

private:
    AppContext& m_app;
    KeychainSecretStore m_keychain;
    std::unique_ptr<ServerConnection> m_connection;
    std::optional<bool> m_saved;
};

} // namespace SafeScan
