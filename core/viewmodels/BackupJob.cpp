#include "BackupJob.h"

#include "ViewModelsLog.h"
#include "store/LocalStore.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

BackupJob::BackupJob(StoreExecutor& executor, LocalStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_task(executor)
{}

BackupJob::~BackupJob()
{
    m_task.cancel();
    m_task.wait();
}

bool BackupJob::backupTo(const QString& path)
{
    LocalStore& store = m_store;
    return m_task.start(
        this,
        [&store, path](const auto& progress) {
            return store.backups().backupTo(path,
                                            [&](qint64 done, qint64 total) { return progress(done, total); });
        },
        [this](qint64 done, qint64 total) { Q_EMIT progress(done, total); },
        [this](const BackupResult& result) {
            if (!result.ok)
                qCWarning(lcViewModels, "backup failed: %s", qPrintable(result.error));
            Q_EMIT backupFinished(result);
        });
}

bool BackupJob::restoreFrom(const QString& path)
{
    LocalStore& store = m_store;
    return m_task.start(
        this,
        [&store, path](const auto& progress) {
            progress(0, 1);
            RestoreResult result = store.backups().restoreFrom(path);
            progress(1, 1);
            return result;
        },
        [this](qint64 done, qint64 total) { Q_EMIT progress(done, total); },
        [this, path](const RestoreResult& result) {
            if (!result.ok)
                qCWarning(lcViewModels, "restore from %s failed: %s", qPrintable(path),
                          qPrintable(result.error));
            Q_EMIT restoreFinished(result, path);
        });
}

QList<BackupInfo> BackupJob::automaticBackups() const
{
    return m_store.backups().list();
}

QString BackupJob::backupFolder() const
{
    return m_store.backups().directory();
}

QString BackupJob::suggestedFileName(qint64 epochMs)
{
    return u"safescan-backup-%1.sqlite"_s.arg(Backups::timestamp(epochMs));
}

} // namespace SafeScan
