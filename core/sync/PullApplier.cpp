#include "PullApplier.h"

#include "RecordSealer.h"
#include "SyncLog.h"
#include "SyncRecordCodec.h"
#include "SyncState.h"
#include "history/HistoryRemote.h"
#include "store/Database.h"
#include "store/Transaction.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

SyncError wrongPassphrase()
{
    return {SyncError::Kind::WrongPassphrase, u"wrong_passphrase"_s,
            u"The sync passphrase does not open this account's synced history. Nothing was changed; "
            u"enter the account's sync passphrase again."_s};
}

// Whether the local version wins against the server's (updatedAt, deleted).
bool localWins(const HistoryRemote::LocalVersion& local, qint64 updatedAt, bool deleted)
{
    return local.updatedAt > updatedAt || (local.updatedAt == updatedAt && local.deleted && !deleted);
}

} // namespace

PullApplier::PullApplier(Database& database, const SyncKey& key, const RecordSealer& sealer,
                         QString keyCheckRecordId, QString keyFingerprint, bool keyVerified,
                         bool storeSensitive)
    : m_database(database)
    , m_key(key)
    , m_sealer(sealer)
    , m_keyCheckId(std::move(keyCheckRecordId))
    , m_fingerprint(std::move(keyFingerprint))
    , m_verified(keyVerified)
    , m_storeSensitive(storeSensitive)
{}

PullPageResult PullApplier::apply(const QList<SyncPulledChange>& changes, qint64 nextCursor, SyncError& error)
{
    PullPageResult result;
    const auto local = [&](const QString& why) {
        error = {SyncError::Kind::Local, u"local_database"_s, u"Cannot apply pulled changes: "_s + why};
        return PullPageResult{};
    };
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return local(transaction.errorString());
    QSqlDatabase db = transaction.database();
    QString why;
    for (const SyncPulledChange& change : changes) {
        if (change.recordId == m_keyCheckId) {
            if (change.deleted)
                continue;
            const std::optional<QByteArray> opened =
                m_sealer.open(change.ciphertext, change.recordId, change.updatedAt);
            if (!opened || !SyncRecordCodec::isKeyCheck(*opened)) {
                error = wrongPassphrase();
                return {};
            }
            m_verified = true;
            result.keyChecked = true;
            if (!SyncState::setVerifiedKeyIn(db, m_fingerprint, why))
                return local(why);
            continue;
        }
        if (change.deleted) {
            const QString uuid = SyncState::scanUuidIn(db, change.recordId, why);
            if (uuid.isEmpty()) {
                if (!why.isEmpty())
                    return local(why);
                continue; // never seen here: nothing to delete
            }
            const std::optional<HistoryRemote::LocalVersion> version = HistoryRemote::version(db, uuid, why);
            if (!version)
                return local(why);
            if (version->pending && localWins(*version, change.updatedAt, true)) {
                ++result.keptLocal;
                continue;
            }
            if (!HistoryRemote::erase(db, uuid, why))
                return local(why);
            if (version->exists)
                ++result.applied;
            continue;
        }
        const std::optional<QByteArray> plaintext =
            m_sealer.open(change.ciphertext, change.recordId, change.updatedAt);
        std::optional<ScanRecord> record;
        if (plaintext)
            record = SyncRecordCodec::decodeScan(*plaintext, &why);
        if (!record || m_key.recordIdFor(record->uuid) != change.recordId) {
            if (!m_verified) {
                error = wrongPassphrase();
                return {};
            }
            error = {SyncError::Kind::Unreadable, u"record_unreadable"_s,
                     u"A synced record (%1) does not open with the account's key although the key check "
                     u"passed: it was damaged or altered. Nothing of this page was applied. %2"_s.arg(
                         change.recordId, why)};
            return {};
        }
        record->updatedAt = change.updatedAt; // authenticated as associated data
        const std::optional<HistoryRemote::LocalVersion> version =
            HistoryRemote::version(db, record->uuid, why);
        if (!version)
            return local(why);
        if (!SyncState::mapRecordIn(db, change.recordId, record->uuid, why))
            return local(why);
        if (version->pending && localWins(*version, change.updatedAt, false)) {
            ++result.keptLocal;
            continue;
        }
        if (!HistoryRemote::put(db, *record, m_storeSensitive, why))
            return local(why);
        ++result.applied;
    }
    if (!SyncState::setCursorIn(db, nextCursor, why))
        return local(why);
    if (!transaction.commit())
        return local(transaction.errorString());
    qCDebug(lcSync) << "Pulled" << changes.size() << "change(s):" << result.applied << "applied,"
                    << result.keptLocal << "kept local; cursor" << nextCursor;
    return result;
}

} // namespace SafeScan
