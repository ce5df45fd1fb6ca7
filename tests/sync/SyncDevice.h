#pragma once

// One "device" of the sync tests: a client database with its history and outbox, an API
// executor and a SyncEngine talking to a server (directly or through a FaultProxy).
#include "HistoryFixtures.h"
#include "api/ApiExecutor.h"
#include "base/Clock.h"
#include "base/Scheduler.h"
#include "sync/SyncEngine.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

namespace SafeScan::Test {

class SyncDevice
{
public:
    // `historyClock` stamps the history's changes (shared by the devices of a test, so the test
    // decides which edit is newer); requests, retries and timeouts use real time.
    SyncDevice(ManualClock& historyClock, const QUrl& server, const QString& username, const QString& token,
               qint64 requestTimeoutMs = 15'000);
    ~SyncDevice();

    HistoryStore& history() { return *m_history; }
    Database& database() { return *m_db; }
    SyncEngine& engine() { return *m_engine; }
    ApiExecutor& executor() { return *m_executor; }
    const ApiContext& apiContext() const { return m_context; }

    void setPassphrase(const QByteArray& passphrase);
    // One sync, waited for (the event loop runs); true when it succeeded.
    bool sync(int timeoutMs = 60'000);

    qint64 save(const QString& content);
    // Live scans as "uuid|content|note|pinned", sorted: equal lists mean equal histories.
    QStringList snapshot();
    QList<qint64> liveIds();
    qint64 outboxDepth();

private:
    ManualClock& m_clock;
    SystemClock m_realClock;
    TimerScheduler m_scheduler;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<ApiExecutor> m_executor;
    ApiContext m_context;
    std::unique_ptr<SyncEngine> m_engine;
    QString m_username;
};

} // namespace SafeScan::Test
