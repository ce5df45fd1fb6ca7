#pragma once

// Internal to safescan_history: the statements HistoryStore runs for every scan of a batch, on the
// sqlite3 handle behind the Qt connection (inside the caller's Transaction).

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace SafeScan {

// One scan row as the three statements need it (the stored form, after redaction).
struct ScanInsert
{
    QString uuid;
    qint64 sortKey = 0;
    QString content; // not null (NOT NULL column)
    bool contentRedacted = false;
    QString payloadType;
    QByteArray payloadJson;    // UTF-8
    bool rawInContent = false; // payloadJson has no "raw": it is `content` (schema 5)
    QString host;              // empty: NULL
    QString verdictLevel;      // empty: NULL
    QByteArray verdictJson;    // UTF-8
    QString source;
    qint64 scannedAt = 0;
    bool pinned = false;
    QString note;            // empty: NULL
    QByteArray thumbnailPng; // empty: NULL
    qint64 updatedAt = 0;
    QByteArray outboxBody; // UTF-8 JSON of the "scan_saved" mutation
};

// Prepares the INSERTs into scans, scans_fts (schema 4: no insert trigger) and outbox once and
// runs them for each scan: Qt SQL's per-value QVariant binding and result caching cost as much as
// SQLite's own work at a million scans. The caller owns the transaction.
class ScanInserter
{
public:
    // `db` is an open SQLite connection (RawSqlite::handle()); `clientId` goes into every outbox row.
    ScanInserter(sqlite3* db, const QString& clientId);
    ~ScanInserter();
    ScanInserter(const ScanInserter&) = delete;
    ScanInserter& operator=(const ScanInserter&) = delete;

    // False when a statement could not be prepared (errorString() says why).
    bool isReady() const { return m_ready; }
    // Inserts the scan, its full-text row and its outbox row; returns the new scans.id, 0 on failure.
    qint64 insert(const ScanInsert& scan);
    QString errorString() const { return m_error; }

private:
    bool prepare(sqlite3_stmt** statement, const char* sql);
    bool run(sqlite3_stmt* statement, const QString& what);
    qint64 bindFailed(sqlite3_stmt* statement);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_scan = nullptr;
    sqlite3_stmt* m_fts = nullptr;
    sqlite3_stmt* m_outbox = nullptr;
    QByteArray m_clientId;
    bool m_ready = false;
    QString m_error;
};

} // namespace SafeScan
