#include "BlocklistCommand.h"
#include "CheckCommand.h"
#include "CommunityCommands.h"
#include "DatabaseCommands.h"
#include "GuiCommand.h"
#include "HistoryCommands.h"
#include "ScanCommand.h"
#include "SyncCommands.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
QString usage()
{
    return u"Usage: safescan [<command>] [options]\n"
           "\n"
           "Commands:\n"
           "  gui [--scan PATH]          Open the window (the default when no command is given)\n"
           "  scan [--json] [--save] PATH...   Decode every QR code in image files, folders or -\n"
           "  check [--json] TEXT...     Judge whether contents are safe (- reads one per line)\n"
           "  blocklist import|stats|remove   Manage the local blocklists\n"
           "  history [--json] [--search Q] [--type T] [--verdict V] [--limit N]   List saved scans\n"
           "  export --format csv|json FILE   Export the history\n"
           "  import FILE                Import scans from a JSON export\n"
           "  backup FILE / restore FILE Copy the local database / put a copy back\n"
           "  db check                   Verify (and if needed recover) the local database\n"
           "  vote CONTENT --safe|--unsafe|--retract [--json]   Vote on an item (only its hash is sent)\n"
           "  report CONTENT --reason R [--share-content] [--json]   Report an item to the moderators\n"
           "  watch CONTENT [--json]     Print the item's community rating and its live changes\n"
           "  login --server URL --username NAME --password-stdin   Sign in to a SafeScan server\n"
           "  sync [--passphrase-stdin] [--json]   Sync the history with the account (end-to-end encrypted)\n"
           "  status [--json]            Sync account, outbox depth, last sync and server health\n"
           "\n"
           "Every command accepts --data-dir DIR and --help.\n"
           "\n"
           "Options:\n"
           "  -h, --help                 Show this help\n"
           "  -v, --version              Show the version\n"_s;
}
} // namespace

int main(int argc, char* argv[])
{
    // The window needs a QApplication; the commands stay GUI-less (they run without a display).
    if (SafeScan::isGuiInvocation(argc, argv)) {
        if (SafeScan::canShowWindow())
            return SafeScan::runGui(argc, argv);
        QTextStream(stderr) << u"safescan: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are "
                               "unset); the commands below work without one.\n\n"_s
                            << usage();
        return 1;
    }

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"safescan"_s);
    QCoreApplication::setOrganizationName(u"SafeScan"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SAFESCAN_VERSION));

    // A command-line tool reports through its output; progress chatter of the libraries stays
    // out of the terminal unless asked for with QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"safescan.*.debug=false\nsafescan.*.info=false"_s);

    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command == u"scan"_s)
        return SafeScan::runScanCommand(args);
    if (command == u"check"_s)
        return SafeScan::runCheckCommand(args);
    if (command == u"blocklist"_s)
        return SafeScan::runBlocklistCommand(args);
    if (command == u"history"_s)
        return SafeScan::runHistoryCommand(args);
    if (command == u"export"_s)
        return SafeScan::runExportCommand(args);
    if (command == u"import"_s)
        return SafeScan::runImportCommand(args);
    if (command == u"backup"_s)
        return SafeScan::runBackupCommand(args);
    if (command == u"restore"_s)
        return SafeScan::runRestoreCommand(args);
    if (command == u"db"_s)
        return SafeScan::runDbCommand(args);
    if (command == u"vote"_s)
        return SafeScan::runVoteCommand(args);
    if (command == u"report"_s)
        return SafeScan::runReportCommand(args);
    if (command == u"watch"_s)
        return SafeScan::runWatchCommand(args);
    if (command == u"login"_s)
        return SafeScan::runLoginCommand(args);
    if (command == u"sync"_s)
        return SafeScan::runSyncCommand(args);
    if (command == u"status"_s)
        return SafeScan::runStatusCommand(args);
    if (command == u"--version"_s || command == u"-v"_s) {
        QTextStream(stdout) << u"safescan "_s << QCoreApplication::applicationVersion() << u'\n';
        return 0;
    }
    if (command == u"--help"_s || command == u"-h"_s) {
        QTextStream(stdout) << usage();
        return 0;
    }
    QTextStream(stderr) << u"safescan: unknown command '%1'\n\n"_s.arg(command) << usage();
    return 1;
}
