#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace SafeScan {

class Clock;
class Database;

// What one maintenance run did.
struct MaintenanceReport
{
    bool ok = false;
    QString error;
    qint64 limitBytes = 0;
    qint64 usedBytesBefore = 0; // (page_count - freelist_count) * page_size
    qint64 usedBytesAfter = 0;
    qint64 fileBytesBefore = 0; // main file + WAL on disk
    qint64 fileBytesAfter = 0;
    int removedForQuota = 0;
    int removedForAge = 0;
    QList<qint64> removedIds;  // oldest first
    bool underLowWater = true; // false when pinned/unsynced scans alone keep usage above 70%
    QString shrink;            // "", "incremental_vacuum" or "vacuum" (first conversion)
};

// Quota and retention of the scan history (SPEC §7). Never removes a pinned scan, nor one that is
// not synced yet (sync_state 'pending' or with a mutation still in the outbox).
//
// Usage is measured as (page_count - freelist_count) * page_size of the main database: the bytes
// the data really takes, including committed pages still in the WAL, and excluding free pages, so
// that it drops as soon as rows are deleted, before any vacuum. The file size on disk is reported
// next to it.
//
// Shrinking: once rows were removed, the FTS index is merged ('optimize', dropping the deleted
// entries) and the file is shrunk. The first time, that is PRAGMA auto_vacuum = INCREMENTAL plus a
// VACUUM (auto_vacuum cannot be switched on inside the migration transaction, see
// HistoryMigration.cpp); afterwards PRAGMA incremental_vacuum. A TRUNCATE checkpoint then gives the
// space back to the file system.
class HistoryMaintenance
{
public:
    struct Options
    {
        qint64 sizeLimitBytes = 50 * 1024 * 1024;
        double highWater = 0.9;           // start removing at 90% of the limit
        double lowWater = 0.7;            // until under 70%
        std::optional<int> retentionDays; // none: keep forever
    };

    HistoryMaintenance(Database& database, const Clock& clock, Options options);
    HistoryMaintenance(Database& database, const Clock& clock);

    void setOptions(const Options& options) { m_options = options; }
    const Options& options() const { return m_options; }

    // The bytes the data takes (see above); -1 on error.
    qint64 usedBytes(QString* error = nullptr);
    // Retention by age, then the quota, then shrinking when anything went.
    MaintenanceReport run();
    MaintenanceReport enforceQuota();
    MaintenanceReport applyRetention();

private:
    bool removeOldest(MaintenanceReport& report, qint64 maxRows, std::optional<qint64> olderThan,
                      int& removed);
    bool enforceQuota(MaintenanceReport& report);
    bool applyRetention(MaintenanceReport& report);
    bool shrink(MaintenanceReport& report);
    MaintenanceReport start();
    MaintenanceReport finish(MaintenanceReport report, bool ok);
    qint64 fileBytes() const;

    Database& m_database;
    const Clock& m_clock;
    Options m_options;
};

} // namespace SafeScan
