#include "CommunityStack.h"

#include "AppAnalytics.h"
#include "api/ApiExecutor.h"
#include "api/RegisterDeviceJob.h"
#include "community/CommunityJournal.h"
#include "community/RatingService.h"
#include "live/LiveClient.h"
#include "localdata/AppState.h"
#include "localdata/RatingCache.h"
#include "localdata/VoteRepository.h"
#include "viewmodels/CommunityClient.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace SafeScan {

CommunityStack::CommunityStack(Database& database, const Clock& clock, const QUrl& server, QObject* parent)
    : QObject(parent)
    , m_server(server)
    , m_clock(clock)
    , m_executor(std::make_unique<ApiExecutor>(Service::Api, clock, m_scheduler))
    , m_analyticsExecutor(std::make_unique<ApiExecutor>(Service::Analytics, clock, m_scheduler))
    , m_cache(std::make_unique<RatingCache>(database, clock))
    , m_votes(std::make_unique<VoteRepository>(database, clock))
    , m_state(std::make_unique<AppState>(database))
    , m_journal(std::make_unique<CommunityJournal>(*m_state, clock))
{
    const ApiContext device = context([this] { return m_deviceToken; });
    m_ratings = std::make_unique<RatingService>(*m_executor, device, *m_cache, *m_votes);
    m_live = std::make_unique<LiveClient>(
        server, [this] { return m_deviceToken; }, clock, m_scheduler);
    m_ratings->setLiveClient(m_live.get());
    CommunityServices services;
    services.ratings = m_ratings.get();
    services.executor = m_executor.get();
    // Reports go with the session when signed in, else with the device token.
    services.reportContext =
        context([this] { return m_sessionToken.isEmpty() ? m_deviceToken : m_sessionToken; });
    services.moderationContext = context([this] { return m_sessionToken; });
    services.votes = m_votes.get();
    services.journal = m_journal.get();
    services.clock = &m_clock;
    m_client = std::make_unique<CommunityClient>(services);
}

CommunityStack::~CommunityStack()
{
    m_client.reset();
    m_ratings.reset();
    m_live.reset();
}

void CommunityStack::attachAnalytics(AppAnalytics& analytics)
{
    analytics.attachServer(*m_analyticsExecutor, context([this] { return m_deviceToken; }), m_scheduler);
}

ApiContext CommunityStack::context(TokenProvider token)
{
    ApiContext c;
    c.network = &m_network;
    c.baseUrl = m_server;
    c.token = std::move(token);
    c.clock = &m_clock;
    c.scheduler = &m_scheduler;
    return c;
}

void CommunityStack::start()
{
    if (!m_deviceToken.isEmpty())
        return;
    m_executor->run(new RegisterDeviceJob(context({})), this, [this](const ApiCall& call) {
        if (!call.error().ok()) {
            QTextStream(stderr) << u"safescan: cannot register with %1: %2\n"_s.arg(
                m_server.toDisplayString(), call.error().toString());
            return;
        }
        m_deviceToken = static_cast<const RegisterDeviceJob*>(call.job())->token();
        m_live->start();
        if (m_client->account().kind == CommunityAccount::Kind::None)
            m_client->setAccount({CommunityAccount::Kind::Device, {}, {}});
    });
}

} // namespace SafeScan
