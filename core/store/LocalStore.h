#pragma once

#include "Backups.h"
#include "Database.h"
#include "DatabaseRecovery.h"

#include <QString>

#include <memory>

namespace SafeScan {

class Clock;

// The client store in one data folder, opened the safe way: the integrity check and, when needed,
// the recovery (DatabaseRecovery) run before the first connection and the migrations; then today's
// automatic backup is made if it is due. Open it off the UI thread: the check reads the whole file.
//
//   <dataDir>/safescan.sqlite                  the database (+ -wal, -shm)
//   <dataDir>/backups/safescan-YYYYMMDD-HHMMSS.sqlite   automatic backups, newest 7 kept
//   <dataDir>/safescan.sqlite.damaged-<UTC>    damaged files set aside, never deleted
class LocalStore
{
public:
    struct Options
    {
        bool dailyBackups = true;
        Backups::Options backups;
        Database::Options database;
    };

    // Never null. When the store is unusable, isOpen() is false and recoveryReport() says why.
    static std::unique_ptr<LocalStore> open(const QString& dataDir, const Clock& clock, Options options);
    static std::unique_ptr<LocalStore> open(const QString& dataDir, const Clock& clock);

    ~LocalStore();
    LocalStore(const LocalStore&) = delete;
    LocalStore& operator=(const LocalStore&) = delete;

    bool isOpen() const { return m_open; }
    // What the check on open found and did; its message is what to tell the user.
    const RecoveryReport& recoveryReport() const { return m_report; }
    // Set when the automatic backup was due and failed (the store is still usable).
    QString backupError() const { return m_backupError; }

    // Valid even when !isOpen() (its connections then fail with errorString()).
    Database& database() { return *m_database; }
    Backups& backups() { return *m_backups; }

    QString dataDir() const { return m_dataDir; }
    static QString databasePath(const QString& dataDir);
    static QString backupDirectory(const QString& dataDir);

private:
    LocalStore(QString dataDir, const Clock& clock, const Options& options);

    const QString m_dataDir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Backups> m_backups;
    RecoveryReport m_report;
    QString m_backupError;
    bool m_open = false;
};

} // namespace SafeScan
