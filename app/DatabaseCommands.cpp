#include "DatabaseCommands.h"

#include "AppContext.h"
#include "CommandLine.h"
#include "TerminalProgress.h"
#include "store/Backups.h"
#include "store/LocalStore.h"

#include <QTextStream>

#include <variant>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

struct FileCommand
{
    QString dataDir;
    QString file;
};

// Parses "<command> FILE" with --data-dir; or the exit status when the command stops there.
std::variant<FileCommand, int> fileArgument(const QStringList& arguments, const QString& command,
                                            const QString& what)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(what);
    parser.addHelpOption();
    parser.addOption(AppContext::dataDirOption());
    parser.addPositionalArgument(command, u"The command."_s);
    parser.addPositionalArgument(u"file"_s, u"The backup file."_s, u"FILE"_s);
    if (const auto exit = CommandLine::parse(parser, arguments, command, true))
        return *exit;
    return FileCommand{parser.value(u"data-dir"_s), parser.positionalArguments().value(1)};
}
} // namespace

int runBackupCommand(const QStringList& arguments)
{
    const auto parsed =
        fileArgument(arguments, u"backup"_s, u"Copy the local database to FILE, safely while in use."_s);
    if (const int* exit = std::get_if<int>(&parsed))
        return *exit;
    const FileCommand& command = std::get<FileCommand>(parsed);
    AppContext context(command.dataDir);
    QString error;
    LocalStore* store = context.store(&error);
    if (!store) {
        err() << u"safescan backup: %1\n"_s.arg(error);
        return 2;
    }
    TerminalProgress progress;
    const BackupResult result =
        store->backups().backupTo(command.file, [&progress](qint64 done, qint64 total) {
            progress.show(u"backing up: %1%"_s.arg(total > 0 ? done * 100 / total : 0));
            return true;
        });
    if (!result.ok) {
        err() << u"safescan backup: %1\n"_s.arg(result.error);
        return 2;
    }
    QTextStream(stdout) << u"backed up to %1\n"_s.arg(result.path);
    return 0;
}

int runRestoreCommand(const QStringList& arguments)
{
    const auto parsed =
        fileArgument(arguments, u"restore"_s, u"Replace the local database with a backup FILE."_s);
    if (const int* exit = std::get_if<int>(&parsed))
        return *exit;
    const FileCommand& command = std::get<FileCommand>(parsed);
    AppContext context(command.dataDir);
    QString error;
    LocalStore* store = context.store(&error);
    if (!store) {
        err() << u"safescan restore: %1\n"_s.arg(error);
        return 2;
    }
    const RestoreResult result = store->backups().restoreFrom(command.file);
    if (!result.ok) {
        err() << u"safescan restore: %1\n"_s.arg(result.error);
        return 2;
    }
    QTextStream(stdout) << u"restored; the previous database was kept as %1\n"_s.arg(result.keptAside);
    return 0;
}

int runDbCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"check: verify the local database, recover it from a backup if it is "
                                     "damaged, and say what happened. Exit status 0 healthy, 1 recovered, "
                                     "2 unrecoverable."_s);
    parser.addHelpOption();
    parser.addOption(AppContext::dataDirOption());
    parser.addPositionalArgument(u"db"_s, u"The db command."_s);
    parser.addPositionalArgument(u"check"_s, u"The action."_s);
    if (const auto exit = CommandLine::parse(parser, arguments, u"db"_s, true))
        return *exit;
    if (parser.positionalArguments().value(1) != u"check"_s) {
        err() << u"safescan db: the only action is check\n"_s;
        return 1;
    }
    const SystemClock clock;
    LocalStore::Options options;
    options.dailyBackups = false; // a check only looks (and repairs); it does not add a backup
    const std::unique_ptr<LocalStore> store =
        LocalStore::open(AppContext(parser.value(u"data-dir"_s)).dataDir(), clock, options);
    const RecoveryReport& report = store->recoveryReport();
    QTextStream out(stdout);
    out << RecoveryReport::stateName(report.state) << u": "_s << report.message << u'\n';
    if (!report.detail.isEmpty())
        out << u"  detail: "_s << report.detail << u'\n';
    if (!report.movedTo.isEmpty())
        out << u"  damaged file kept as "_s << report.movedTo << u'\n';
    if (!report.restoredFrom.isEmpty())
        out << u"  restored from "_s << report.restoredFrom << u'\n';
    switch (report.state) {
    case RecoveryReport::Healthy:
        return 0;
    case RecoveryReport::Recovered:
        return 1;
    case RecoveryReport::Unrecoverable:
        return 2;
    }
    return 2;
}

} // namespace SafeScan
