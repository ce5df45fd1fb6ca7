#include "BackupCommand.h"

#include "base/Clock.h"
#include "storage/DatabaseUrl.h"
#include "storage/ServerDatabase.h"
#include "storage/ServerSchema.h"
#include "store/Backups.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

constexpr int ExitOk = 0;
constexpr int ExitUsage = 1;
constexpr int ExitFailure = 2;

int complain(int code, const QString& message)
{
    std::fprintf(stderr, "safescan-server admin: %s\n", qUtf8Printable(message));
    if (code == ExitUsage) {
        std::fputs("usage: safescan-server admin backup --database sqlite:FILE --output BACKUP\n"
                   "       safescan-server admin restore --database sqlite:FILE --input BACKUP [--force]\n",
                   stderr);
    }
    return code;
}

void removeWithCompanions(const QString& path)
{
    for (const QString& suffix : {QString(), u"-journal"_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

// Empty when `file` is an undamaged server database of a schema version this binary knows.
QString checkBackup(const QString& file)
{
    if (!QFileInfo(file).isFile())
        return u"\"%1\" is not a file"_s.arg(file);
    const QString name = u"safescan.backup-check"_s;
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QSqlQuery query(db);
        const int latest = serverSchema(SqlDialect::Sqlite).latestVersion();
        if (!db.open()) {
            problem = u"\"%1\" cannot be opened"_s.arg(file);
        } else if (!query.exec(u"PRAGMA quick_check"_s) || !query.next() ||
                   query.value(0).toString() != u"ok"_s) {
            problem = u"\"%1\" is not an undamaged SQLite database"_s.arg(file);
        } else if (!query.exec(
                       u"SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = 'devices'"_s) ||
                   !query.next() || query.value(0).toInt() != 1) {
            problem = u"\"%1\" is not a safescan-server database"_s.arg(file);
        } else if (!query.exec(u"PRAGMA user_version"_s) || !query.next() || query.value(0).toInt() < 1 ||
                   query.value(0).toInt() > latest) {
            problem =
                u"\"%1\" has a schema version this server does not know (it knows 1 to %2)"_s.arg(file).arg(
                    latest);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

// A consistent copy of the SQLite file `from` (whatever its schema) in `to`: VACUUM INTO on a
// connection of its own. Empty on success.
QString copyAside(const QString& from, const QString& to)
{
    const QString name = u"safescan.restore-aside"_s;
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(from);
        QSqlQuery query(db);
        if (!db.open())
            problem = db.lastError().text();
        else if (!query.exec(u"VACUUM INTO '%1'"_s.arg(QString(to).replace(u"'"_s, u"''"_s))))
            problem = query.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

int backup(const DatabaseUrl& url, const QString& output)
{
    SystemClock clock;
    const std::unique_ptr<Database> database = makeServerDatabase(url, clock);
    if (!database->open())
        return complain(ExitFailure, database->errorString());
    const QString target = QFileInfo(output).absoluteFilePath();
    Backups backups(*database, QFileInfo(target).absolutePath());
    const BackupResult result = backups.backupTo(target);
    if (!result.ok)
        return complain(ExitFailure, result.error);
    std::printf("backed up %s to %s\n", qUtf8Printable(url.sqlitePath), qUtf8Printable(result.path));
    return ExitOk;
}

int restore(const DatabaseUrl& url, const QString& input, bool force)
{
    if (const QString problem = checkBackup(input); !problem.isEmpty())
        return complain(ExitFailure, u"nothing was restored: "_s + problem);
    const QString target = url.sqlitePath;
    if (QFileInfo(input).absoluteFilePath() == QFileInfo(target).absoluteFilePath())
        return complain(ExitUsage, u"the backup is the database itself"_s);
    SystemClock clock;
    if (QFileInfo::exists(target)) {
        if (!force) {
            return complain(ExitFailure,
                            u"%1 exists: stop the server and pass --force to replace it (it is kept "
                            u"aside first)"_s.arg(target));
        }
        const QString aside = u"%1.before-restore-%2"_s.arg(target, Backups::timestamp(clock.epochMs()));
        if (const QString problem = copyAside(target, aside); !problem.isEmpty())
            return complain(ExitFailure,
                            u"nothing was restored: the current database could not be kept aside ("_s +
                                problem + u")"_s);
        std::printf("kept the previous database as %s\n", qUtf8Printable(aside));
        removeWithCompanions(target);
    }
    const QString partial = target + u".restoring"_s;
    removeWithCompanions(partial);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(input, partial) ||
        !QFile::rename(partial, target)) {
        removeWithCompanions(partial);
        return complain(ExitFailure, u"cannot copy %1 to %2 (is the disk full?)"_s.arg(input, target));
    }
    const std::unique_ptr<Database> database = makeServerDatabase(url, clock);
    if (!database->open())
        return complain(ExitFailure, u"restored, but the schema update failed: "_s + database->errorString());
    std::printf("restored %s from %s (schema version %d)\n", qUtf8Printable(target), qUtf8Printable(input),
                database->schemaVersion());
    return ExitOk;
}

} // namespace

int runBackupCommand(const QString& command, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(u"database"_s, u"Database URL (sqlite:FILE)."_s, u"URL"_s);
    const QCommandLineOption outputOption(u"output"_s, u"The backup file to write."_s, u"FILE"_s);
    const QCommandLineOption inputOption(u"input"_s, u"The backup file to restore."_s, u"FILE"_s);
    const QCommandLineOption forceOption(u"force"_s, u"Replace an existing database (kept aside first)."_s);
    parser.addOptions({databaseOption, outputOption, inputOption, forceOption});
    if (!parser.parse(arguments.mid(0, 1) + arguments.mid(3)))
        return complain(ExitUsage, parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return complain(ExitUsage,
                        u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().constFirst()));
    QString error;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(parser.value(databaseOption), error);
    if (!url)
        return complain(ExitUsage, error);
    if (url->isPostgres()) {
        return complain(ExitUsage, u"on PostgreSQL use pg_dump --format=custom and pg_restore (docs/api.md, "
                                   u"\"Backups\")"_s);
    }
    if (command == u"backup"_s) {
        if (!parser.isSet(outputOption) || parser.isSet(inputOption) || parser.isSet(forceOption))
            return complain(ExitUsage, u"backup takes --output FILE"_s);
        return backup(*url, parser.value(outputOption));
    }
    if (!parser.isSet(inputOption) || parser.isSet(outputOption))
        return complain(ExitUsage, u"restore takes --input FILE"_s);
    return restore(*url, parser.value(inputOption), parser.isSet(forceOption));
}

} // namespace SafeScan
