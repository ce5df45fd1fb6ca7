#pragma once

#include <QString>
#include <QStringList>

namespace SafeScan {

class Clock;

// What the integrity check on open found and did, for the UI to show and the CLI to print.
struct RecoveryReport
{
    enum State
    {
        Healthy,       // the file passed its check (or there was none yet): nothing was changed
        Recovered,     // the file was damaged; it was set aside and a backup or a new database took its place
        Unrecoverable, // the store cannot be used; nothing was deleted
    };
    State state = Healthy;
    QString movedTo;      // where the damaged file went (its -wal/-shm beside it, same name + suffix)
    QString restoredFrom; // the backup that was restored; empty when a new database was started
    qint64 restoredBackupTime = 0; // UTC ms since the epoch of that backup, 0 when none
    QString message;               // one clear sentence for a person
    QString detail;                // the technical reason (SQLite's words), may be empty
    QStringList skippedBackups;    // newer backups that were damaged themselves, one sentence each

    bool usable() const { return state != Unrecoverable; }
    // "healthy", "recovered", "unrecoverable"
    static QString stateName(State state);
};

// Runs PRAGMA quick_check on the database file before anything else opens it. A file that is not a
// database, is truncated or damaged is moved aside as <name>.damaged-<yyyyMMdd-HHmmss UTC> together
// with its -wal/-shm/-journal files (never deleted), and the newest backup that passes its own
// check is put in its place; with no backup the place is left empty for a new database. The
// replacement is copied next to the database before anything is moved, so a full disk leaves
// everything as it was. A lock file beside the database keeps two processes from repairing at once.
class DatabaseRecovery
{
public:
    DatabaseRecovery(QString databasePath, QString backupDirectory, const Clock& clock,
                     int latestSchemaVersion);

    RecoveryReport run();

private:
    RecoveryReport repair(const QString& problem);
    RecoveryReport unrecoverable(const QString& message, const QString& detail) const;
    QString asideName() const;

    const QString m_path;
    const QString m_backupDirectory;
    const Clock& m_clock;
    const int m_latestVersion;
};

} // namespace SafeScan
