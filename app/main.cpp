#include "ScanCommand.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
QString usage()
{
    return u"Usage: safescan <command> [options]\n"
           "\n"
           "Commands:\n"
           "  scan [--json] PATH...   Decode every QR code in image files, folders or - (stdin)\n"
           "\n"
           "Options:\n"
           "  -h, --help              Show this help\n"
           "  -v, --version           Show the version\n"_s;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"safescan"_s);
    QCoreApplication::setOrganizationName(u"SafeScan"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SAFESCAN_VERSION));

    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command == u"scan"_s)
        return SafeScan::runScanCommand(args);
    if (command == u"--version"_s || command == u"-v"_s) {
        QTextStream(stdout) << u"safescan "_s << QCoreApplication::applicationVersion() << u'\n';
        return 0;
    }
    if (command.isEmpty() || command == u"--help"_s || command == u"-h"_s) {
        QTextStream(stdout) << usage();
        return 0;
    }
    QTextStream(stderr) << u"safescan: unknown command '%1'\n\n"_s.arg(command) << usage();
    return 1;
}
