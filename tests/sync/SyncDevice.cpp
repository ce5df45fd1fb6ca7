#include "SyncDevice.h"

#include "sync/SyncState.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace SafeScan::Test {

SyncDevice::SyncDevice(ManualClock& historyClock, const QUrl& server, const QString& username,
                       const QString& token, qint64 requestTimeoutMs)
    : m_clock(historyClock)
    , m_username(username)
{
    m_db = std::make_unique<Database>(m_dir.filePath(u"client.sqlite"_s), m_clock, clientSchema());
    if (!m_db->open())
        qFatal("cannot open the client database: %s", qPrintable(m_db->errorString()));
    m_history = std::make_unique<HistoryStore>(*m_db, m_clock);
    ApiExecutor::Options options;
    options.retry.baseDelayMs = 10; // the backoff shape is TestRetryPolicy's business; here: quick
    options.retry.maxDelayMs = 100;
    options.retry.maxAttempts = 4;
    options.breaker.openMs = 200;
    m_executor = std::make_unique<ApiExecutor>(Service::Api, m_realClock, m_scheduler, options);
    ApiContext& context = m_context;
    context.network = &m_network;
    context.baseUrl = server;
    context.token = [token] { return token; };
    context.clock = &m_realClock;
    context.scheduler = &m_scheduler;
    context.timeoutMs = requestTimeoutMs;
    SyncEngine::Options engineOptions;
    engineOptions.retryMs = 3'600'000; // the tests trigger syncs themselves
    m_engine = std::make_unique<SyncEngine>(*m_db, *m_history, *m_executor, context, engineOptions);
    SyncState(*m_db).setAccount(server.toString(), username);
}

SyncDevice::~SyncDevice()
{
    m_engine.reset();
    m_executor.reset();
    m_history.reset();
    m_db.reset();
}

void SyncDevice::setPassphrase(const QByteArray& passphrase)
{
    m_engine->setKey(SyncKey::derive(passphrase, m_username, KdfParams::minimumForTests()));
}

bool SyncDevice::sync(int timeoutMs)
{
    QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
    m_engine->syncNow();
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return false;
    return finished.first().first().toBool();
}

qint64 SyncDevice::save(const QString& content)
{
    const SaveResult result = m_history->save({makeScan(content)});
    return result.ok ? result.ids.value(0, -1) : -1;
}

QStringList SyncDevice::snapshot()
{
    QStringList lines;
    HistoryQuery query;
    query.limit = 1000;
    for (const ScanRecord& r : m_history->query(query).records)
        lines.append(u"%1|%2|%3|%4"_s.arg(r.uuid, r.content, r.note).arg(r.pinned));
    lines.sort();
    return lines;
}

QList<qint64> SyncDevice::liveIds()
{
    QList<qint64> ids;
    HistoryQuery query;
    query.limit = 1000;
    for (const ScanRecord& r : m_history->query(query).records)
        ids.append(r.id);
    return ids;
}

qint64 SyncDevice::outboxDepth()
{
    return SyncState(*m_db).outboxDepth();
}

} // namespace SafeScan::Test
