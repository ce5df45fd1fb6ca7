#pragma once

#include "HistoryTypes.h"

#include <QMutex>

namespace SafeScan {

class Clock;
class Database;

struct HistoryOptions
{
    bool storeSensitive = false; // keep Wi-Fi passwords and OTP secrets (the user opted in)
    bool offTheRecord = false;   // save() stores nothing
};

// The scan history in the client database (tables from historyMigration(), schema version 2; since
// version 4 (historySearchMigration()) the store writes the full-text row of each new scan itself).
// Every change is written together with its sync mutation in the outbox, in one transaction
// (SPEC §9). Thread-safe as Database is: each call uses the calling thread's connection.
class HistoryStore
{
public:
    HistoryStore(Database& database, const Clock& clock, HistoryOptions options = {});

    void setOptions(const HistoryOptions& options);
    HistoryOptions options() const;

    // Stores the batch in ONE transaction, each scan with its "scan_saved" mutation. The ids (in
    // the order given) are returned only once the transaction committed; on failure nothing is
    // stored. Off the record: nothing is stored, ok is true, ids is empty and offTheRecord is set.
    SaveResult save(const QList<NewScan>& scans);
    // Stores existing records (import) in one transaction, keeping their uuid, content, payload,
    // verdict, source, scanned_at, pinned and note; ids are ignored. Sensitive fields are redacted
    // unless storeSensitive is on. Each record gets a "scan_saved" mutation.
    SaveResult insertRecords(const QList<ScanRecord>& records);

    // Each change and its outbox mutation ("note", "pin", "delete") in one transaction. False when
    // there is no live scan with that id or the database failed; `error` says which.
    bool setNote(qint64 id, const QString& note, QString* error = nullptr);
    bool setPinned(qint64 id, bool pinned, QString* error = nullptr);
    // Marks the scan deleted (a tombstone that leaves search and pages at once); the row itself
    // goes when the deletion has been synced (acknowledge()).
    bool remove(qint64 id, QString* error = nullptr);

    // A live or tombstoned scan, with its thumbnail; nullopt when absent (or on error, see `error`).
    std::optional<ScanRecord> get(qint64 id, QString* error = nullptr);
    // One page, newest first, keyset-paged on (scanned_at, id). Tombstones are left out. A search
    // with only terms shorter than 3 characters looks at the newest kShortSearchScans scans only
    // (page.recentOnly).
    HistoryPage query(const HistoryQuery& query);
    // How many live scans match (limit and after are ignored; short-term searches counted in the
    // same window as query()); -1 on error.
    qint64 count(const HistoryQuery& query = {}, QString* error = nullptr);

    // This database's client id (app_state 'client_id', created once).
    QString clientId(QString* error = nullptr);
    // The oldest pending mutations, for the sync engine.
    QList<OutboxMutation> pendingMutations(int limit = 100, QString* error = nullptr);
    // The server applied these mutations: they leave the outbox; a scan with no mutation left is
    // "synced", and a synced tombstone is deleted for good.
    bool acknowledge(const QList<qint64>& mutationIds, QString* error = nullptr);

private:
    struct Row;
    SaveResult insertRows(QList<Row> rows, const QString& what, bool storeSensitive);
    bool change(qint64 id, const QString& kind, const QString& sql, const QVariantList& values,
                const QJsonObject& body, QString* error);

    Database& m_database;
    const Clock& m_clock;
    mutable QMutex m_mutex;
    HistoryOptions m_options;
    QString m_clientId;
};

} // namespace SafeScan
