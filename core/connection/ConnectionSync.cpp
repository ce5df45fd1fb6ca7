// ServerConnection: the history sync engine and what the status bar shows.
#include "ConnectionLog.h"
#include "ServerConnection.h"
#include "api/ApiExecutor.h"
#include "credentials/CredentialVault.h"
#include "live/LiveClient.h"
#include "settings/Settings.h"
#include "sync/ConnectivityWatcher.h"
#include "sync/SyncState.h"
#include "viewmodels/StatusViewModel.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

// The engine exists while it can work: the store attached, an account signed in and a key (the
// vault's, or one being checked).
void ServerConnection::updateSyncEngine()
{
    const std::optional<SyncKey>& key = m_keyToCheck ? m_keyToCheck : m_key;
    const bool wanted = m_database && m_history && isConnected() && m_vault->isLoaded() &&
                        !m_vault->sessionToken().isEmpty() && key.has_value();
    if (!wanted) {
        if (m_sync) {
            m_sync.reset();
            Q_EMIT syncEngineChanged();
            Q_EMIT syncStatusChanged();
        }
        return;
    }
    if (m_sync) {
        m_sync->setKey(key);
        return;
    }
    SyncEngine::Options options = m_options.sync;
    options.storeSensitive = m_settings.value(SettingKeys::storeSensitiveFields);
    m_sync = std::make_unique<SyncEngine>(*m_database, *m_history, *m_api, sessionContext(), options);
    m_sync->setKey(key);
    if (!m_connectivity)
        m_connectivity = std::make_unique<ConnectivityWatcher>();
    m_sync->watchConnectivity(*m_connectivity);
    connect(m_sync.get(), &SyncEngine::statusChanged, this, &ServerConnection::syncStatusChanged);
    connect(m_sync.get(), &SyncEngine::finished, this, &ServerConnection::onSyncFinished);
    qCInfo(lcConnection) << "History sync is on";
    Q_EMIT syncEngineChanged();
    if (m_options.autoSync)
        m_sync->syncNow();
}

void ServerConnection::setSyncKey(std::optional<SyncKey> key)
{
    if (!key) {
        m_keyToCheck.reset();
        m_key.reset();
        m_vault->setSyncKey({});
        updateSyncEngine();
        return;
    }
    if (!m_database || !m_history || m_vault->sessionToken().isEmpty()) {
        Q_EMIT syncKeyChecked(false, tr("Sign in to your account before entering the sync passphrase."));
        return;
    }
    m_keyToCheck = std::move(key);
    const bool existed = m_sync != nullptr;
    updateSyncEngine();
    if (m_sync && (existed || !m_options.autoSync)) // else the new engine syncs by itself
        m_sync->syncNow();
}

// A key being checked is kept unless the sync found it wrong (as `safescan sync --passphrase-stdin`
// does: a server that cannot be reached does not make a passphrase wrong).
void ServerConnection::onSyncFinished()
{
    if (!m_keyToCheck || !m_sync)
        return;
    const SyncError error = m_sync->lastError();
    if (error.kind == SyncError::Kind::WrongPassphrase) {
        m_keyToCheck.reset();
        // Back to the previous key, or off; not inside the engine's own signal.
        m_scheduler.schedule(0, this, [this] { updateSyncEngine(); });
        Q_EMIT syncKeyChecked(false, error.message);
        return;
    }
    m_key = std::move(m_keyToCheck);
    m_keyToCheck.reset();
    m_vault->setSyncKey(m_key->bytes());
    Q_EMIT syncKeyChecked(true, {});
}

void ServerConnection::localChanged()
{
    if (m_sync)
        m_sync->localChanged();
}

void ServerConnection::bindStatus(StatusViewModel& status)
{
    status.bindService(&m_api->health());
    status.bindService(&m_live->health());
    status.bindService(&m_analytics->health());
    connect(m_live.get(), &LiveClient::roundTripChanged, &status,
            [&status](qint64 ms) { status.setRoundTripMs(ms); });
    connect(this, &ServerConnection::syncStatusChanged, &status,
            [this, &status] { applySyncStatus(status); });
    applySyncStatus(status);
}

void ServerConnection::applySyncStatus(StatusViewModel& status) const
{
    if (m_sync) {
        const SyncStatus sync = m_sync->status();
        if (sync.outboxDepth >= 0)
            status.setOutboxDepth(sync.outboxDepth);
        status.setLastSync(sync.lastSyncEpochMs);
        status.setSyncError(sync.lastError);
    } else if (m_database) {
        status.setLastSync(SyncState(*m_database).lastSyncEpochMs());
        status.setSyncError({});
    }
}

} // namespace SafeScan
