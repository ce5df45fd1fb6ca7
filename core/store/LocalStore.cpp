#include "LocalStore.h"

#include "ClientSchema.h"
#include "StoreLog.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace SafeScan {

QString LocalStore::databasePath(const QString& dataDir)
{
    return QDir(dataDir).absoluteFilePath(u"safescan.sqlite"_s);
}

QString LocalStore::backupDirectory(const QString& dataDir)
{
    return QDir(dataDir).absoluteFilePath(u"backups"_s);
}

LocalStore::LocalStore(QString dataDir, const Clock& clock, const Options& options)
    : m_dataDir(QDir(dataDir).absolutePath())
    , m_database(std::make_unique<Database>(databasePath(m_dataDir), clock, clientSchema(), options.database))
    , m_backups(std::make_unique<Backups>(*m_database, backupDirectory(m_dataDir), options.backups))
{}

LocalStore::~LocalStore() = default;

std::unique_ptr<LocalStore> LocalStore::open(const QString& dataDir, const Clock& clock)
{
    return open(dataDir, clock, Options{});
}

std::unique_ptr<LocalStore> LocalStore::open(const QString& dataDir, const Clock& clock, Options options)
{
    std::unique_ptr<LocalStore> store(new LocalStore(dataDir, clock, options));
    if (dataDir.isEmpty()) {
        store->m_report.state = RecoveryReport::Unrecoverable;
        store->m_report.message = u"SafeScan has no data folder to keep its database in."_s;
        return store;
    }
    DatabaseRecovery recovery(store->m_database->path(), store->m_backups->directory(), clock,
                              store->m_database->migrations().latestVersion());
    store->m_report = recovery.run();
    if (!store->m_report.usable())
        return store;

    if (!store->m_database->open()) {
        RecoveryReport& report = store->m_report;
        const QString error = store->m_database->errorString();
        report.detail = report.detail.isEmpty() ? error : report.detail + u"; then: "_s + error;
        report.message = report.state == RecoveryReport::Recovered
                             ? report.message + u" But the database still cannot be opened: "_s + error
                             : error + (error.endsWith(u'.') ? QString() : u"."_s);
        report.state = RecoveryReport::Unrecoverable;
        return store;
    }
    store->m_open = true;

    if (options.dailyBackups) {
        const BackupResult backup = store->m_backups->dailyBackup();
        if (!backup.ok)
            store->m_backupError = backup.error;
    }
    return store;
}

} // namespace SafeScan
