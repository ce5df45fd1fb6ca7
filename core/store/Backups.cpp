#include "Backups.h"

#include "Database.h"
#include "RawSqlite.h"
#include "SqlError.h"
#include "StoreLog.h"
#include "base/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

const QRegularExpression& backupNamePattern()
{
    static const QRegularExpression pattern(u"^safescan-(\\d{8})-(\\d{6})\\.sqlite$"_s);
    return pattern;
}

const QString kPartialSuffix = u".partial"_s;

// Removes a database file and the files SQLite keeps beside it.
void removeWithCompanions(const QString& path)
{
    for (const QString& suffix : {QString(), u"-journal"_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

// POSIX rename: replaces `to` atomically when it exists.
bool replaceFile(const QString& from, const QString& to, QString& error)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    error = QString::fromLocal8Bit(std::strerror(errno));
    return false;
}

QString sqliteError(sqlite3* db, int rc)
{
    const char* text = db ? sqlite3_errmsg(db) : nullptr;
    if (!text || qstrcmp(text, "not an error") == 0)
        text = sqlite3_errstr(rc);
    return QString::fromUtf8(text);
}

// Copies all of `source` into `destination` with the backup API; the destination's write
// transaction commits only when every page was copied. Empty on success.
QString copyPages(sqlite3* destination, sqlite3* source, int pagesPerStep, const BackupProgress& progress)
{
    sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup)
        return sqliteError(destination, sqlite3_errcode(destination));
    int rc = SQLITE_OK;
    int busyRetries = 0;
    bool cancelled = false;
    do {
        rc = sqlite3_backup_step(backup, pagesPerStep);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            // Another process holds a lock for a moment; give up after about five seconds.
            if (++busyRetries > 250)
                break;
            sqlite3_sleep(20);
            continue;
        }
        if (progress && (rc == SQLITE_OK || rc == SQLITE_DONE)) {
            const qint64 total = sqlite3_backup_pagecount(backup);
            if (!progress(total - sqlite3_backup_remaining(backup), total) && rc == SQLITE_OK)
                cancelled = true;
        }
    } while ((rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && !cancelled);
    const int finish = sqlite3_backup_finish(backup);
    if (cancelled)
        return u"the backup was cancelled"_s;
    if (rc != SQLITE_DONE)
        return sqliteError(destination, rc);
    if (finish != SQLITE_OK)
        return sqliteError(destination, finish);
    return {};
}

quint64 nextTempSerial()
{
    static std::atomic<quint64> counter{0};
    return ++counter;
}

} // namespace

Backups::Backups(Database& database, QString directory, Options options)
    : m_database(database)
    , m_directory(QDir(directory).absolutePath())
    , m_options(options)
{}

Backups::Backups(Database& database, QString directory)
    : Backups(database, std::move(directory), Options{})
{}

QString Backups::timestamp(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(u"yyyyMMdd-HHmmss"_s);
}

QString Backups::fileNameFor(qint64 epochMs)
{
    return u"safescan-%1.sqlite"_s.arg(timestamp(epochMs));
}

QList<BackupInfo> Backups::list(const QString& directory)
{
    QList<BackupInfo> backups;
    const QDir dir(directory);
    const QStringList names =
        dir.entryList({u"safescan-*.sqlite"_s}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString& name : names) {
        const QRegularExpressionMatch match = backupNamePattern().match(name);
        if (!match.hasMatch())
            continue;
        const QDateTime time =
            QDateTime::fromString(match.captured(1) + match.captured(2), u"yyyyMMddHHmmss"_s);
        if (!time.isValid())
            continue;
        backups.append(
            {dir.filePath(name), QDateTime(time.date(), time.time(), Qt::UTC).toMSecsSinceEpoch()});
    }
    std::stable_sort(backups.begin(), backups.end(),
                     [](const BackupInfo& a, const BackupInfo& b) { return a.time > b.time; });
    return backups;
}

QString Backups::validate(const QString& file, int latestSchemaVersion)
{
    const QFileInfo info(file);
    const QString name = info.fileName();
    if (!info.exists())
        return u"\"%1\" does not exist."_s.arg(file);
    if (!info.isFile())
        return u"\"%1\" is not a file."_s.arg(file);
    if (info.size() == 0)
        return u"\"%1\" is empty, not a SafeScan database."_s.arg(name);
    const RawSqlite::Check check = RawSqlite::checkFile(file, RawSqlite::Connection::Mode::Immutable);
    switch (check.outcome) {
    case RawSqlite::Check::Outcome::Damaged:
        if ((check.code & 0xff) == SQLITE_NOTADB)
            return u"\"%1\" is not a SafeScan database (%2)."_s.arg(name, check.detail);
        return u"\"%1\" is damaged (%2)."_s.arg(name, check.detail);
    case RawSqlite::Check::Outcome::Failed:
        return u"\"%1\" cannot be read (%2)."_s.arg(name, check.detail);
    case RawSqlite::Check::Outcome::Ok:
        break;
    }
    if (!check.hasAppState || check.userVersion < 1)
        return u"\"%1\" is an SQLite database but not a SafeScan database."_s.arg(name);
    if (check.userVersion > latestSchemaVersion)
        return u"\"%1\" was made by a newer version of SafeScan (schema version %2; this version "
               u"understands up to %3)."_s.arg(name)
                   .arg(check.userVersion)
                   .arg(latestSchemaVersion);
    return {};
}

std::optional<BackupInfo> Backups::newestValidBackup(const QString& directory, int latestSchemaVersion,
                                                     QStringList* skipped)
{
    for (const BackupInfo& backup : list(directory)) {
        const QString problem = validate(backup.path, latestSchemaVersion);
        if (problem.isEmpty())
            return backup;
        qCWarning(lcStore).noquote() << "Skipping the backup" << backup.path << "-" << problem;
        if (skipped)
            skipped->append(problem);
    }
    return std::nullopt;
}

std::optional<BackupInfo> Backups::newestBackup() const
{
    return newestValidBackup(m_directory, m_database.migrations().latestVersion());
}

BackupResult Backups::backupTo(const QString& file, const BackupProgress& progress)
{
    BackupResult result;
    const QString target = QFileInfo(file).absoluteFilePath();
    const auto fail = [&](const QString& why) {
        result.error = u"The backup to \"%1\" failed: %2."_s.arg(target, why);
        qCWarning(lcStore).noquote() << result.error;
        return result;
    };
    if (file.isEmpty())
        return fail(u"no file name was given"_s);
    if (target == QFileInfo(m_database.path()).absoluteFilePath())
        return fail(u"it is the database itself"_s);
    QSqlDatabase db = m_database.connection();
    sqlite3* source = RawSqlite::handle(db);
    if (!source)
        return fail(u"the database is not open: "_s + m_database.errorString());
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return fail(u"the folder \"%1\" cannot be created"_s.arg(QFileInfo(target).absolutePath()));

    const QString partial = target + kPartialSuffix;
    removeWithCompanions(partial);
    QString error;
    {
        RawSqlite::Connection destination;
        if (!destination.open(partial, RawSqlite::Connection::Mode::Create))
            return fail(destination.errorString());
        // Read one snapshot of the live database for the whole copy, so that writes by other
        // connections meanwhile neither restart the backup nor tear it (WAL readers never block
        // writers). Inside a caller's transaction, that transaction is the snapshot.
        const bool ownSnapshot = sqlite3_get_autocommit(source) != 0;
        if (ownSnapshot && sqlite3_exec(source, "BEGIN; SELECT count(*) FROM sqlite_schema;", nullptr,
                                        nullptr, nullptr) != SQLITE_OK) {
            error = sqliteError(source, sqlite3_errcode(source));
            sqlite3_exec(source, "ROLLBACK", nullptr, nullptr, nullptr);
        } else {
            error = copyPages(destination.get(), source, m_options.pagesPerStep, progress);
            if (ownSnapshot)
                sqlite3_exec(source, "COMMIT", nullptr, nullptr, nullptr);
        }
    }
    if (error.isEmpty()) {
        const RawSqlite::Check check = RawSqlite::checkFile(partial, RawSqlite::Connection::Mode::Immutable);
        if (check.outcome != RawSqlite::Check::Outcome::Ok)
            error = u"the copy did not pass its check ("_s + check.detail + u")"_s;
    }
    if (error.isEmpty() && !replaceFile(partial, target, error))
        error = u"cannot rename the finished copy: "_s + error;
    if (!error.isEmpty()) {
        removeWithCompanions(partial);
        return fail(error);
    }
    result.ok = true;
    result.path = target;
    qCInfo(lcStore).noquote() << "Backed up the database to" << target;
    return result;
}

bool Backups::isDailyBackupDue() const
{
    const QString today = timestamp(m_database.clock().epochMs()).left(8);
    for (const BackupInfo& backup : list())
        if (timestamp(backup.time).left(8) == today)
            return false;
    return true;
}

BackupResult Backups::dailyBackup(const BackupProgress& progress)
{
    if (!isDailyBackupDue()) {
        BackupResult result;
        result.ok = true;
        return result;
    }
    BackupResult result =
        backupTo(QDir(m_directory).filePath(fileNameFor(m_database.clock().epochMs())), progress);
    if (result.ok)
        prune(result);
    return result;
}

void Backups::prune(BackupResult& result) const
{
    const QList<BackupInfo> backups = list();
    for (qsizetype i = std::max(m_options.keep, 1); i < backups.size(); ++i) {
        if (QFile::remove(backups.at(i).path))
            result.removed.append(backups.at(i).path);
        else
            qCWarning(lcStore) << "Cannot remove the old backup" << backups.at(i).path;
    }
    // Copies left behind by a backup that was killed on another day.
    const QString today = timestamp(m_database.clock().epochMs()).left(8);
    const QDir dir(m_directory);
    for (const QString& name : dir.entryList({u"safescan-*.sqlite"_s + kPartialSuffix}, QDir::Files)) {
        if (!name.startsWith(u"safescan-"_s + today))
            removeWithCompanions(dir.filePath(name));
    }
}

RestoreResult Backups::restoreFrom(const QString& file)
{
    RestoreResult result;
    const auto fail = [&](const QString& why) {
        result.error = u"Nothing was restored: %1"_s.arg(why);
        qCWarning(lcStore).noquote() << result.error;
        return result;
    };
    const int latest = m_database.migrations().latestVersion();
    if (const QString problem = validate(file, latest); !problem.isEmpty())
        return fail(problem);
    QSqlDatabase db = m_database.connection();
    sqlite3* live = RawSqlite::handle(db);
    if (!live)
        return fail(u"the database is not open: "_s + m_database.errorString());
    if (sqlite3_get_autocommit(live) == 0)
        return fail(u"a transaction is in progress on the database."_s);

    // A private copy of the file, brought up to the current schema: the live database goes from
    // its old content straight to the new one, never through an older schema.
    const QString copy = u"%1.restoring-%2-%3"_s.arg(m_database.path())
                             .arg(QCoreApplication::applicationPid())
                             .arg(nextTempSerial());
    removeWithCompanions(copy);
    const auto cleanup = qScopeGuard([&] { removeWithCompanions(copy); });
    if (!QFile::copy(file, copy))
        return fail(u"\"%1\" cannot be copied next to the database (is the disk full?)."_s.arg(file));
    {
        RawSqlite::Connection probe;
        QStringList version;
        if (probe.open(copy, RawSqlite::Connection::Mode::ReadWrite) &&
            probe.exec(u"PRAGMA user_version"_s, &version) && !version.isEmpty())
            result.restoredVersion = version.constFirst().toInt();
    }
    const QString name = u"safescan.restore:%1"_s.arg(copy);
    {
        QSqlDatabase migrating = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        migrating.setDatabaseName(copy);
        QString error;
        if (!migrating.open()) {
            error = sqlErrorText(migrating.lastError());
        } else {
            const MigrationResult migrated = m_database.migrations().apply(migrating, m_database.clock());
            if (!migrated.ok)
                error = migrated.error;
        }
        migrating.close();
        migrating = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        if (!error.isEmpty())
            return fail(u"the file cannot be brought up to the current schema (%1)."_s.arg(error));
    }

    const QString aside =
        u"%1.before-restore-%2"_s.arg(m_database.path(), timestamp(m_database.clock().epochMs()));
    const BackupResult kept = backupTo(aside);
    if (!kept.ok)
        return fail(u"the current database could not be copied aside first (%1)"_s.arg(kept.error));
    result.keptAside = kept.path;

    RawSqlite::Connection source;
    if (!source.open(copy, RawSqlite::Connection::Mode::ReadWrite))
        return fail(source.errorString() + u"."_s);
    if (const QString error = copyPages(live, source.get(), -1, {}); !error.isEmpty())
        return fail(u"the database could not be replaced (%1); it is unchanged."_s.arg(error));
    result.ok = true;
    qCInfo(lcStore).noquote() << "Restored the database from" << file << "; the previous content is in"
                              << result.keptAside;
    return result;
}

} // namespace SafeScan
