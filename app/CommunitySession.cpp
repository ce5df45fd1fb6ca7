#include "CommunitySession.h"

#include "AppContext.h"
#include "api/RegisterDeviceJob.h"
#include "community/RatingService.h"
#include "live/LiveClient.h"
#include "localdata/RatingCache.h"
#include "localdata/VoteRepository.h"
#include "settings/Settings.h"
#include "store/LocalStore.h"

#include <QEventLoop>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
// The community server's base URL as the settings keep it (the window's settings page and
// `safescan login` write it).
const SettingKey<QString> kServerUrl{"server/url", QString()};

QUrl parseServer(const QString& text, QString* error)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (text.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
        *error = u"\"%1\" is not a server address (http://HOST:PORT or https://HOST)."_s.arg(text);
        return {};
    }
    return url;
}

// Runs the event loop until `done` returns true.
template <typename Done>
void waitUntil(Done done)
{
    QEventLoop loop;
    while (!done())
        loop.processEvents(QEventLoop::WaitForMoreEvents);
}
} // namespace

CommunitySession::CommunitySession(AppContext& context)
    : m_context(context)
    , m_keychain(u"SafeScan"_s)
{}

CommunitySession::~CommunitySession()
{
    m_ratings.reset();
}

QCommandLineOption CommunitySession::serverOption()
{
    return QCommandLineOption(
        u"server"_s, u"The community server (default: the server/url setting, set by login)."_s, u"URL"_s);
}

bool CommunitySession::open(const QString& serverOption, QString* error)
{
    const QString configured = serverOption.isEmpty() ? m_context.settings().value(kServerUrl) : serverOption;
    if (configured.isEmpty()) {
        *error = u"No community server is set: pass --server URL (or run safescan login --server URL)."_s;
        return false;
    }
    m_server = parseServer(configured, error);
    if (m_server.isEmpty())
        return false;

    ApiExecutor::Options options;
    options.retry.maxAttempts = 3; // a command should not hang for long: 1 s, 2 s ceilings
    m_executor = std::make_unique<ApiExecutor>(Service::Api, m_context.clock(), m_scheduler, options);
    m_vault = std::make_unique<CredentialVault>(m_keychain, m_server);
    m_vault->load();
    waitUntil([this] { return m_vault->isLoaded(); });
    if (!ensureDeviceToken(error))
        return false;

    LocalStore* store = m_context.store(error);
    if (!store)
        return false;
    m_cache = std::make_unique<RatingCache>(store->database(), m_context.clock());
    m_votes = std::make_unique<VoteRepository>(store->database(), m_context.clock());
    m_ratings = std::make_unique<RatingService>(*m_executor, context(), *m_cache, *m_votes);
    return true;
}

bool CommunitySession::ensureDeviceToken(QString* error)
{
    if (!m_vault->deviceToken().isEmpty())
        return true;
    QString token;
    const ApiError outcome = run(new RegisterDeviceJob(context()), [&token](const ApiCall& call) {
        token = static_cast<const RegisterDeviceJob*>(call.job())->token();
    });
    if (!outcome.ok()) {
        *error = u"Cannot register this device with %1: %2"_s.arg(m_server.toString(), outcome.toString());
        return false;
    }
    bool saved = false;
    const QMetaObject::Connection connection =
        QObject::connect(m_vault.get(), &CredentialVault::saved, &m_network, [&saved] { saved = true; });
    m_vault->setDeviceToken(token);
    waitUntil([&] { return saved; });
    QObject::disconnect(connection);
    if (m_vault->storage() == CredentialVault::Storage::MemoryOnly)
        QTextStream(stderr) << u"safescan: "_s << m_vault->storageNotice()
                            << u" This device's token is forgotten when the command ends.\n"_s;
    return true;
}

ApiContext CommunitySession::context()
{
    ApiContext c;
    c.network = &m_network;
    c.baseUrl = m_server;
    c.token = [vault = m_vault.get()] { return vault ? vault->deviceToken() : QString(); };
    c.clock = &m_context.clock();
    c.scheduler = &m_scheduler;
    return c;
}

std::unique_ptr<LiveClient> CommunitySession::makeLiveClient()
{
    return std::make_unique<LiveClient>(
        m_server, [vault = m_vault.get()] { return vault->deviceToken(); }, m_context.clock(), m_scheduler);
}

ApiError CommunitySession::run(ApiJob* job, const std::function<void(const ApiCall&)>& done)
{
    std::optional<ApiError> outcome;
    m_executor->run(job, &m_network, [&outcome, &done](const ApiCall& call) {
        outcome = call.error();
        if (done)
            done(call);
    });
    waitUntil([&] { return outcome.has_value(); });
    return *outcome;
}

} // namespace SafeScan
