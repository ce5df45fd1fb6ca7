#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace SafeScan {

class Database;

// The sync engine's small state in the client database: app_state keys (cursor, last sync time and
// error, the account, the verified key's fingerprint) and the sync_records table (clientSchema()
// migration 6: server record id -> scan uuid). The *In(db) functions run inside the caller's
// transaction; the others each use the calling thread's connection on their own.
class SyncState
{
public:
    explicit SyncState(Database& database);

    static QString cursorKey();      // "sync_cursor"
    static QString lastSyncKey();    // "sync_last_at" (epoch ms of the last complete sync)
    static QString lastErrorKey();   // "sync_last_error"
    static QString serverKey();      // "sync_server"
    static QString usernameKey();    // "sync_username"
    static QString verifiedKeyKey(); // "sync_key_verified": fingerprint of the key the key check passed with

    qint64 cursor() const;
    qint64 lastSyncEpochMs() const;
    QString lastError() const;
    QString server() const;
    QString username() const;
    QString verifiedKey() const;

    bool setLastSync(qint64 epochMs, QString* error = nullptr);
    bool setLastError(const QString& text, QString* error = nullptr);
    // Signing in to another account or server starts the sync over (cursor 0, key unverified).
    bool setAccount(const QString& server, const QString& username, QString* error = nullptr);
    bool setVerifiedKey(const QString& fingerprint, QString* error = nullptr);
    bool resetCursor(QString* error = nullptr);
    // All outbox rows (history, votes, reports); -1 on failure.
    qint64 outboxDepth(QString* error = nullptr) const;

    static bool setCursorIn(QSqlDatabase& db, qint64 cursor, QString& error);
    static bool setVerifiedKeyIn(QSqlDatabase& db, const QString& fingerprint, QString& error);
    static bool mapRecordIn(QSqlDatabase& db, const QString& recordId, const QString& scanUuid,
                            QString& error);
    // The scan uuid of a record id; empty when unknown (`error` stays empty) or on failure.
    static QString scanUuidIn(QSqlDatabase& db, const QString& recordId, QString& error);

private:
    Database& m_database;
};

} // namespace SafeScan
