#include "DatabaseRecovery.h"

#include "Backups.h"
#include "RawSqlite.h"
#include "StoreLog.h"
#include "base/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SafeScan::DatabaseRecovery", text);
}

// The files SQLite keeps beside a database, moved together with it.
const QStringList kCompanions = {u"-wal"_s, u"-shm"_s, u"-journal"_s};

bool renameFile(const QString& from, const QString& to, QString& error)
{
    if (QFileInfo::exists(to)) {
        error = u"\"%1\" already exists"_s.arg(to);
        return false;
    }
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    error = QString::fromLocal8Bit(std::strerror(errno));
    return false;
}

bool existsIncludingDangling(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

QString humanTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s;
}

} // namespace

QString RecoveryReport::stateName(State state)
{
    switch (state) {
    case Healthy:
        return u"healthy"_s;
    case Recovered:
        return u"recovered"_s;
    case Unrecoverable:
        return u"unrecoverable"_s;
    }
    return {};
}

DatabaseRecovery::DatabaseRecovery(QString databasePath, QString backupDirectory, const Clock& clock,
                                   int latestSchemaVersion)
    : m_path(QFileInfo(databasePath).absoluteFilePath())
    , m_backupDirectory(std::move(backupDirectory))
    , m_clock(clock)
    , m_latestVersion(latestSchemaVersion)
{}

RecoveryReport DatabaseRecovery::unrecoverable(const QString& message, const QString& detail) const
{
    RecoveryReport report;
    report.state = RecoveryReport::Unrecoverable;
    report.message = message;
    report.detail = detail;
    qCWarning(lcStore).noquote() << message << detail;
    return report;
}

RecoveryReport DatabaseRecovery::run()
{
    const QFileInfo file(m_path);
    if (!file.exists()) {
        RecoveryReport report;
        report.message = tr("There is no database yet; a new one will be created.");
        return report;
    }
    if (!file.isFile())
        return unrecoverable(
            tr("SafeScan cannot use \"%1\" as its database because it is not a file.").arg(m_path), {});

    // Two processes that find the same damage must not both move files around. Where no lock file
    // can be made (a read-only folder) nothing can be moved either, so going on without it is safe.
    QLockFile lock(m_path + u".recovery-lock"_s);
    if (!lock.tryLock(30'000))
        qCInfo(lcStore) << "Checking the database without the recovery lock:" << lock.error();

    if (QFileInfo(m_path).size() == 0) {
        // An empty file is what a process leaves when it dies before writing the first page: a
        // new database. It is damage only when there was a database, i.e. a backup exists.
        if (!Backups::newestValidBackup(m_backupDirectory, m_latestVersion)) {
            RecoveryReport report;
            report.message = tr("The database file is empty; a new database will be set up in it.");
            return report;
        }
        return repair(u"the file is empty"_s);
    }

    RawSqlite::Check check = RawSqlite::checkFile(m_path, RawSqlite::Connection::Mode::ReadWrite);
    if (check.outcome == RawSqlite::Check::Outcome::Failed) {
        // Cannot open it for writing (read-only folder or file, permissions): the bytes can still
        // be judged without locks or side files.
        const RawSqlite::Check readOnly =
            RawSqlite::checkFile(m_path, RawSqlite::Connection::Mode::Immutable);
        if (readOnly.outcome == RawSqlite::Check::Outcome::Damaged)
            check = readOnly;
    }
    switch (check.outcome) {
    case RawSqlite::Check::Outcome::Ok: {
        RecoveryReport report;
        report.message = tr("The database passed its integrity check.");
        return report;
    }
    case RawSqlite::Check::Outcome::Failed:
        return unrecoverable(tr("SafeScan cannot open its database \"%1\" (%2); nothing was changed.")
                                 .arg(m_path, check.detail),
                             check.detail);
    case RawSqlite::Check::Outcome::Damaged:
        break;
    }
    return repair(check.detail);
}

QString DatabaseRecovery::asideName() const
{
    const QString base = m_path + u".damaged-"_s + Backups::timestamp(m_clock.epochMs());
    QString name = base;
    for (int i = 2; existsIncludingDangling(name) || existsIncludingDangling(name + u"-wal"_s); ++i)
        name = base + u"-"_s + QString::number(i);
    return name;
}

RecoveryReport DatabaseRecovery::repair(const QString& problem)
{
    qCWarning(lcStore).noquote() << "The database" << m_path << "is damaged:" << problem;
    RecoveryReport report;
    report.detail = problem;
    const std::optional<BackupInfo> backup =
        Backups::newestValidBackup(m_backupDirectory, m_latestVersion, &report.skippedBackups);

    // The replacement goes next to the database first: if the disk is full, nothing has moved yet.
    const QString restoring = m_path + u".restoring"_s;
    if (backup) {
        QFile::remove(restoring);
        QFile source(backup->path);
        if (!source.copy(restoring)) {
            const QString why = source.errorString();
            QFile::remove(restoring);
            RecoveryReport failed =
                unrecoverable(tr("SafeScan's database is damaged and its backup could not "
                                 "be copied into place (%1), so nothing "
                                 "was changed.")
                                  .arg(why),
                              problem);
            failed.skippedBackups = report.skippedBackups;
            return failed;
        }
    }

    // -wal and -shm first: a stale WAL left next to a restored database would be replayed into it.
    const QString aside = asideName();
    QStringList moved;
    QString error;
    bool ok = true;
    for (const QString& suffix : kCompanions + QStringList{QString()}) {
        if (!existsIncludingDangling(m_path + suffix))
            continue;
        if (!renameFile(m_path + suffix, aside + suffix, error)) {
            ok = false;
            break;
        }
        moved.append(suffix);
    }
    if (!ok) {
        for (const QString& suffix : std::as_const(moved)) {
            QString ignored;
            renameFile(aside + suffix, m_path + suffix, ignored);
        }
        QFile::remove(restoring);
        RecoveryReport failed = unrecoverable(tr("SafeScan's database is damaged and could not be set aside "
                                                 "(%1), so it cannot be used until the "
                                                 "folder \"%2\" is writable; nothing was changed.")
                                                  .arg(error, QFileInfo(m_path).absolutePath()),
                                              problem);
        failed.skippedBackups = report.skippedBackups;
        return failed;
    }
    report.movedTo = aside;

    if (backup) {
        if (!renameFile(restoring, m_path, error)) {
            QFile::remove(restoring);
            RecoveryReport failed = unrecoverable(
                tr("SafeScan's database was damaged and has been set aside as \"%1\", but its backup "
                   "could not be put in its place (%2).")
                    .arg(aside, error),
                problem);
            failed.movedTo = aside;
            return failed;
        }
        report.state = RecoveryReport::Recovered;
        report.restoredFrom = backup->path;
        report.restoredBackupTime = backup->time;
        report.message =
            tr("SafeScan's database was damaged, so it was set aside as \"%1\" and the backup of %2 "
               "was restored; anything saved after that backup is only in the damaged copy.")
                .arg(aside, humanTime(backup->time));
    } else {
        report.state = RecoveryReport::Recovered;
        report.message =
            tr("SafeScan's database was damaged and there was no backup, so it was set aside as \"%1\" "
               "and a new, empty database was started.")
                .arg(aside);
    }
    qCWarning(lcStore).noquote() << report.message;
    return report;
}

} // namespace SafeScan
