#pragma once

#include "StoreTask.h"
#include "store/Backups.h"

#include <QObject>

namespace SafeScan {

class LocalStore;

// Manual backup and restore of the local store from the Settings view, on the StoreExecutor's
// thread (SQLite's online backup: scanning and the history keep working meanwhile). One at a time.
class BackupJob : public QObject
{
    Q_OBJECT
public:
    BackupJob(StoreExecutor& executor, LocalStore& store, QObject* parent = nullptr);
    ~BackupJob() override;

    // False when a backup or restore is already running.
    bool backupTo(const QString& path);
    // Replaces the history with the file's content (the current one is kept aside first).
    bool restoreFrom(const QString& path);
    void cancel() { m_task.cancel(); }
    bool isRunning() const { return m_task.isRunning(); }

    // The automatic backups, newest first (a folder listing).
    QList<BackupInfo> automaticBackups() const;
    QString backupFolder() const;
    // safescan-backup-YYYYMMDD-HHMMSS.sqlite for a suggested manual backup file.
    static QString suggestedFileName(qint64 epochMs);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void backupFinished(const SafeScan::BackupResult& result);
    // After a successful restore the views must reload what they show.
    void restoreFinished(const SafeScan::RestoreResult& result, const QString& path);

private:
    LocalStore& m_store;
    StoreTask m_task;
};

} // namespace SafeScan
