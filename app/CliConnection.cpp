#include "CliConnection.h"

#include "AppContext.h"
#include "api/ApiExecutor.h"
#include "api/ApiJob.h"
#include "api/RegisterDeviceJob.h"
#include "credentials/CredentialVault.h"
#include "settings/Settings.h"
#include "store/LocalStore.h"

#include <QEventLoop>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
// Runs the event loop until `done` returns true.
template <typename Done>
void waitUntil(Done done)
{
    QEventLoop loop;
    while (!done())
        loop.processEvents(QEventLoop::WaitForMoreEvents);
}

ServerConnection::Options options(int maxAttempts)
{
    ServerConnection::Options o;
    o.maxAttempts = maxAttempts;
    o.autoSync = false;   // `safescan sync` starts the one sync itself; other commands never sync
    o.sendOutbox = false; // `safescan sync` sends queued votes and reports itself
    return o;
}
} // namespace

CliConnection::CliConnection(AppContext& app, const QUrl& server, int maxAttempts)
    : m_app(app)
    , m_keychain(u"SafeScan"_s)
    , m_connection(std::make_unique<ServerConnection>(app.settings(), app.clock(), m_keychain, server, server,
                                                      options(maxAttempts)))
{
    QObject::connect(&m_connection->vault(), &CredentialVault::saved, m_connection.get(),
                     [this](bool persistent) { m_saved = persistent; });
}

CliConnection::~CliConnection() = default;

QCommandLineOption CliConnection::serverOption()
{
    return QCommandLineOption(
        u"server"_s, u"The community server (default: the server/url setting, set by login)."_s, u"URL"_s);
}

QUrl CliConnection::communityServer(AppContext& app, const QString& serverOption, QString* error)
{
    const QString configured =
        serverOption.isEmpty() ? app.settings().value(SettingKeys::serverUrl) : serverOption;
    if (configured.isEmpty()) {
        *error = u"No community server is set: pass --server URL (or run safescan login --server URL)."_s;
        return {};
    }
    const QUrl url = QUrl::fromUserInput(configured.trimmed());
    if (configured.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
        *error = u"\"%1\" is not a server address (http://HOST:PORT or https://HOST)."_s.arg(configured);
        return {};
    }
    return url;
}

QUrl CliConnection::parseServer(const QString& text, QString* error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty() ||
        url.hasQuery() || url.hasFragment()) {
        if (error)
            *error =
                u"--server takes an http:// or https:// URL with a host, e.g. https://safescan.example"_s;
        return {};
    }
    return url.adjusted(QUrl::StripTrailingSlash);
}

void CliConnection::loadCredentials()
{
    CredentialVault& vault = m_connection->vault();
    waitUntil([&vault] { return vault.isLoaded(); });
}

bool CliConnection::ensureDeviceToken(QString* error)
{
    loadCredentials();
    CredentialVault& vault = m_connection->vault();
    if (!vault.deviceToken().isEmpty())
        return true;
    QString token;
    const ApiError outcome =
        run(new RegisterDeviceJob(m_connection->anonymousContext()), [&token](const ApiCall& call) {
            token = static_cast<const RegisterDeviceJob*>(call.job())->token();
        });
    if (!outcome.ok()) {
        *error = u"Cannot register this device with %1: %2"_s.arg(m_connection->server().toString(),
                                                                  outcome.toString());
        return false;
    }
    m_saved.reset();
    vault.setDeviceToken(token);
    waitUntil([this] { return m_saved.has_value(); });
    if (vault.storage() == CredentialVault::Storage::MemoryOnly)
        QTextStream(stderr) << u"safescan: "_s << vault.storageNotice()
                            << u" This device's token is forgotten when the command ends.\n"_s;
    return true;
}

bool CliConnection::attachStore(QString* error)
{
    HistoryStore* history = m_app.history(error);
    LocalStore* store = history ? m_app.store(error) : nullptr;
    if (!store)
        return false;
    m_connection->attachStore(store->database(), history);
    return true;
}

bool CliConnection::waitSaved()
{
    m_saved.reset();
    waitUntil([this] { return m_saved.has_value(); });
    return *m_saved;
}

ApiError CliConnection::run(ApiJob* job, const std::function<void(const ApiCall&)>& done)
{
    std::optional<ApiError> outcome;
    QObject receiver;
    m_connection->api().run(job, &receiver, [&outcome, &done](const ApiCall& call) {
        outcome = call.error();
        if (done)
            done(call);
    });
    waitUntil([&] { return outcome.has_value(); });
    return *outcome;
}

} // namespace SafeScan
