#include "SyncState.h"

#include "localdata/AppState.h"
#include "store/Database.h"
#include "store/SqlError.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
bool setIn(QSqlDatabase& db, const QString& key, const QVariant& value, QString& error)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO app_state(key, value) VALUES(?, ?) "
                  u"ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    if (query.exec())
        return true;
    error = sqlErrorText(query.lastError());
    return false;
}
} // namespace

SyncState::SyncState(Database& database)
    : m_database(database)
{}

QString SyncState::cursorKey()
{
    return u"sync_cursor"_s;
}
QString SyncState::lastSyncKey()
{
    return u"sync_last_at"_s;
}
QString SyncState::lastErrorKey()
{
    return u"sync_last_error"_s;
}
QString SyncState::serverKey()
{
    return u"sync_server"_s;
}
QString SyncState::usernameKey()
{
    return u"sync_username"_s;
}
QString SyncState::verifiedKeyKey()
{
    return u"sync_key_verified"_s;
}

qint64 SyncState::cursor() const
{
    return AppState(m_database).integer(cursorKey());
}
qint64 SyncState::lastSyncEpochMs() const
{
    return AppState(m_database).integer(lastSyncKey());
}
QString SyncState::lastError() const
{
    return AppState(m_database).text(lastErrorKey());
}
QString SyncState::server() const
{
    return AppState(m_database).text(serverKey());
}
QString SyncState::username() const
{
    return AppState(m_database).text(usernameKey());
}
QString SyncState::verifiedKey() const
{
    return AppState(m_database).text(verifiedKeyKey());
}

bool SyncState::setLastSync(qint64 epochMs, QString* error)
{
    return AppState(m_database).setValue(lastSyncKey(), epochMs, error);
}

bool SyncState::setLastError(const QString& text, QString* error)
{
    return AppState(m_database).setValue(lastErrorKey(), text.isNull() ? u""_s : text, error);
}

bool SyncState::setAccount(const QString& server, const QString& username, QString* error)
{
    AppState state(m_database);
    const bool same = state.text(serverKey()) == server && state.text(usernameKey()) == username;
    if (!state.setValue(serverKey(), server, error) || !state.setValue(usernameKey(), username, error))
        return false;
    if (same)
        return true;
    return state.setValue(cursorKey(), qint64(0), error) && state.remove(verifiedKeyKey(), error) &&
           state.remove(lastSyncKey(), error);
}

bool SyncState::setVerifiedKey(const QString& fingerprint, QString* error)
{
    AppState state(m_database);
    if (fingerprint.isEmpty())
        return state.remove(verifiedKeyKey(), error);
    return state.setValue(verifiedKeyKey(), fingerprint, error);
}

bool SyncState::resetCursor(QString* error)
{
    return AppState(m_database).setValue(cursorKey(), qint64(0), error);
}

qint64 SyncState::outboxDepth(QString* error) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (!db.isOpen() || !query.exec(u"SELECT count(*) FROM outbox"_s) || !query.next()) {
        if (error)
            *error = db.isOpen() ? sqlErrorText(query.lastError()) : m_database.errorString();
        return -1;
    }
    return query.value(0).toLongLong();
}

bool SyncState::setCursorIn(QSqlDatabase& db, qint64 cursor, QString& error)
{
    return setIn(db, cursorKey(), cursor, error);
}

bool SyncState::setVerifiedKeyIn(QSqlDatabase& db, const QString& fingerprint, QString& error)
{
    return setIn(db, verifiedKeyKey(), fingerprint, error);
}

bool SyncState::mapRecordIn(QSqlDatabase& db, const QString& recordId, const QString& scanUuid,
                            QString& error)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT OR REPLACE INTO sync_records(record_id, scan_uuid) VALUES(?, ?)"_s);
    query.addBindValue(recordId);
    query.addBindValue(scanUuid);
    if (query.exec())
        return true;
    error = sqlErrorText(query.lastError());
    return false;
}

QString SyncState::scanUuidIn(QSqlDatabase& db, const QString& recordId, QString& error)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT scan_uuid FROM sync_records WHERE record_id = ?"_s);
    query.addBindValue(recordId);
    if (!query.exec()) {
        error = sqlErrorText(query.lastError());
        return {};
    }
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace SafeScan
