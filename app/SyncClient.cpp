#include "SyncClient.h"

#include "api/ApiJob.h"

#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
ApiExecutor::Options executorOptions(int maxAttempts)
{
    ApiExecutor::Options options;
    options.retry.maxAttempts = maxAttempts;
    return options;
}
} // namespace

SyncClient::SyncClient(const Clock& clock, const QUrl& server, int maxAttempts)
    : m_clock(clock)
    , m_server(server)
    , m_executor(Service::Api, clock, m_scheduler, executorOptions(maxAttempts))
    , m_keychain(u"SafeScan"_s)
    , m_vault(m_keychain, server)
{
    QObject::connect(&m_vault, &CredentialVault::saved, &m_vault,
                     [this](bool persistent) { m_saved = persistent; });
}

SyncClient::~SyncClient() = default;

ApiContext SyncClient::context(std::function<QString()> token)
{
    ApiContext context;
    context.network = &m_network;
    context.baseUrl = m_server;
    context.token = std::move(token);
    context.clock = &m_clock;
    context.scheduler = &m_scheduler;
    return context;
}

void SyncClient::loadCredentials()
{
    QEventLoop loop;
    QObject::connect(&m_vault, &CredentialVault::loaded, &loop, &QEventLoop::quit);
    m_vault.load();
    if (!m_vault.isLoaded())
        loop.exec();
}

bool SyncClient::waitSaved()
{
    QEventLoop loop;
    m_saved.reset();
    QObject::connect(&m_vault, &CredentialVault::saved, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    loop.exec();
    return m_saved.value_or(false);
}

ApiError SyncClient::run(ApiJob* job)
{
    QEventLoop loop;
    ApiError error;
    m_executor.run(job, &loop, [&](const ApiCall& call) {
        error = call.error();
        loop.quit();
    });
    loop.exec();
    return error;
}

QUrl SyncClient::parseServer(const QString& text, QString* error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty() ||
        url.hasQuery() || url.hasFragment()) {
        if (error)
            *error =
                u"--server takes an http:// or https:// URL with a host, e.g. https://safescan.example"_s;
        return {};
    }
    QUrl clean = url.adjusted(QUrl::StripTrailingSlash);
    return clean;
}

} // namespace SafeScan
