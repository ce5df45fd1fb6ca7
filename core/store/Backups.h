#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace SafeScan {

class Database;

// One automatic backup file, named safescan-YYYYMMDD-HHMMSS.sqlite after the UTC time it was made.
struct BackupInfo
{
    QString path;
    qint64 time = 0; // UTC milliseconds since the epoch, from the file name
};

// Called after each step of a backup with the pages copied so far and the pages in all. Returning
// false cancels the backup (nothing is left behind).
using BackupProgress = std::function<bool(qint64 pagesDone, qint64 pagesTotal)>;

struct BackupResult
{
    bool ok = false;
    QString path;        // the file written; empty when nothing was due (dailyBackup)
    QString error;       // one sentence when !ok
    QStringList removed; // old automatic backups deleted by the rotation
};

struct RestoreResult
{
    bool ok = false;
    QString error;           // one sentence when !ok; the live database is then unchanged
    QString keptAside;       // a copy of the database as it was just before the restore
    int restoredVersion = 0; // the schema version of the file that was restored (before migration)
};

// Backups of the client database with SQLite's online backup API, taken from this thread's live
// connection so that writers are never stopped. Automatic backups live in one folder, at most one
// per UTC day by the database's clock, the newest `keep` kept. Every backup is written beside its
// final name, checked with PRAGMA quick_check and only then renamed into place, so a crash or a
// full disk never leaves a half-written file under a backup's name.
class Backups
{
public:
    struct Options
    {
        int keep = 7;
        int pagesPerStep = 1024; // 4 MiB at the default page size; progress is reported per step
    };

    Backups(Database& database, QString directory, Options options);
    Backups(Database& database, QString directory);

    QString directory() const { return m_directory; }

    // A consistent copy of the live database in `file` (replaced if it exists).
    BackupResult backupTo(const QString& file, const BackupProgress& progress = {});
    // Makes today's automatic backup unless one exists, then removes all but the newest `keep`.
    BackupResult dailyBackup(const BackupProgress& progress = {});
    bool isDailyBackupDue() const;
    // Replaces the live database's content with `file` in one transaction, after checking that it
    // is a SafeScan database whose schema is not newer than this code and bringing a copy of it up
    // to the current schema. The previous content is first copied to <database>.before-restore-<UTC>.
    RestoreResult restoreFrom(const QString& file);

    // The automatic backups in the folder, newest first (by name; not checked).
    QList<BackupInfo> list() const { return list(m_directory); }
    // The newest automatic backup that passes validate(); std::nullopt when there is none.
    std::optional<BackupInfo> newestBackup() const;

    static QList<BackupInfo> list(const QString& directory);
    // `skipped` gets one line per newer backup that failed validation.
    static std::optional<BackupInfo> newestValidBackup(const QString& directory, int latestSchemaVersion,
                                                       QStringList* skipped = nullptr);
    // Empty when `file` is an undamaged SafeScan database with a schema version in
    // 1..latestSchemaVersion; otherwise one sentence saying what is wrong. Never writes to `file`.
    static QString validate(const QString& file, int latestSchemaVersion);
    // safescan-YYYYMMDD-HHMMSS.sqlite for a UTC time.
    static QString fileNameFor(qint64 epochMs);
    // yyyyMMdd-HHmmss in UTC, as used in backup and set-aside file names.
    static QString timestamp(qint64 epochMs);

private:
    void prune(BackupResult& result) const;

    Database& m_database;
    const QString m_directory;
    const Options m_options;
};

} // namespace SafeScan
