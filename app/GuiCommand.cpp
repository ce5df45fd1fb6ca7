#include "GuiCommand.h"

#include "AppAnalytics.h"
#include "AppContext.h"
#include "LocalServer.h"
#include "Translations.h"
#include "connection/ServerConnection.h"
#include "credentials/KeychainSecretStore.h"
#include "settings/Settings.h"
#include "store/LocalStore.h"
#include "ui/DashboardView.h"
#include "ui/HistoryView.h"
#include "ui/MainWindow.h"
#include "ui/ScanView.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QTableView>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <cstring>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
// Writes one PNG per available view, then quits. The event loop runs between views so that every
// page is laid out and painted as a user would see it.
void writeScreenshots(MainWindow& window, const QString& folder)
{
    QDir().mkpath(folder);
    static const char* const names[MainWindow::PageCount] = {"scan",       "history",   "community",
                                                             "moderation", "dashboard", "settings"};
    // The steps hold themselves only weakly; the pending timer holds the strong reference, so the
    // chain is freed after the last view (no reference cycle).
    auto step = std::make_shared<std::function<void(int)>>();
    *step = [&window, folder, weak = std::weak_ptr(step)](int view) {
        const std::shared_ptr<std::function<void(int)>> self = weak.lock();
        if (!self)
            return;
        if (view >= MainWindow::PageCount) {
            // Analysts also get the community dashboard (a tab of the Dashboard view); its data
            // comes from the server, so it gets a moment longer.
            if (view == MainWindow::PageCount && window.showView(MainWindow::DashboardPage) &&
                window.dashboardView()->showCommunity()) {
                QTimer::singleShot(2500, &window, [&window, folder, self, view] {
                    const QString path = QDir(folder).filePath(u"dashboard-community.png"_s);
                    if (!window.grab().save(path))
                        QTextStream(stderr) << u"safescan: cannot write %1\n"_s.arg(path);
                    (*self)(view + 1);
                });
                return;
            }
            QApplication::quit();
            return;
        }
        if (!window.showView(MainWindow::View(view))) {
            (*self)(view + 1);
            return;
        }
        QTimer::singleShot(400, &window, [&window, folder, self, view] {
            const QString path = QDir(folder).filePath(u"%1.png"_s.arg(QLatin1StringView(names[view])));
            if (!window.grab().save(path))
                QTextStream(stderr) << u"safescan: cannot write %1\n"_s.arg(path);
            (*self)(view + 1);
        });
    };
    QTimer::singleShot(800, &window, [step] { (*step)(0); });
}
// Opening the store runs the integrity check over the whole file, possibly a recovery from a
// backup, the migrations and today's automatic backup: seconds on a large history. It runs on a
// worker thread while the event loop keeps going; a small window says what is happening when it
// takes longer than a moment. The worker's own database connection is closed before it ends; the
// window then uses its own connection and the StoreExecutor's.
void openStoreOffTheUiThread(AppContext& context)
{
    context.settings(); // made on this thread, which keeps using it
    QEventLoop loop;
    QThread* opener = QThread::create([&context] {
        QString error;
        if (LocalStore* store = context.store(&error))
            store->database().closeThreadConnection();
    });
    opener->setObjectName(u"safescan-open"_s);
    QObject::connect(opener, &QThread::finished, &loop, &QEventLoop::quit);
    QLabel notice(QCoreApplication::translate("SafeScan::GuiCommand", "Opening your history…"));
    notice.setAccessibleName(QCoreApplication::translate("SafeScan::GuiCommand", "Opening your history"));
    notice.setWindowTitle(u"SafeScan"_s);
    notice.setMargin(24);
    QTimer later;
    later.setSingleShot(true);
    QObject::connect(&later, &QTimer::timeout, &notice, &QWidget::show);
    later.start(400);
    opener->start();
    loop.exec();
    opener->wait();
    delete opener;
}

} // namespace

bool isGuiInvocation(int argc, char* argv[])
{
    if (argc < 2)
        return true;
    const char* first = argv[1];
    return std::strcmp(first, "gui") == 0 || std::strncmp(first, "--data-dir", 10) == 0 ||
           std::strncmp(first, "--server", 8) == 0;
}

bool canShowWindow()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

int runGui(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"safescan"_s);
    QApplication::setApplicationDisplayName(u"SafeScan"_s);
    QApplication::setOrganizationName(u"SafeScan"_s);
    QApplication::setApplicationVersion(QStringLiteral(SAFESCAN_VERSION));
    // Ties the window to packaging/linux's desktop entry (task bar icon and name on Wayland).
    QGuiApplication::setDesktopFileName(u"example.safescan.SafeScan"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/app/example.safescan.SafeScan.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"SafeScan: scan QR codes and see whether they are safe."_s);
    parser.addHelpOption();
    parser.addOption(AppContext::dataDirOption());
    const QCommandLineOption scan(u"scan"_s, u"Scan this image file or folder at start (repeatable)."_s,
                                  u"PATH"_s);
    const QCommandLineOption theme(u"theme"_s, u"Use this theme for this session: system, light or dark."_s,
                                   u"THEME"_s);
    const QCommandLineOption server(
        u"server"_s, u"Use this SafeScan community server (ratings, votes, reports)."_s, u"URL"_s);
    parser.addOption(server);
    const QCommandLineOption screenshots(u"screenshots"_s,
                                         u"Write a PNG of every view into DIR, then exit."_s, u"DIR"_s);
    parser.addOption(scan);
    parser.addOption(theme);
    parser.addOption(screenshots);
    parser.addPositionalArgument(u"gui"_s, u"Open the window (the default)."_s, u"[gui]"_s);
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && positional.first() != u"gui"_s)) {
        QTextStream(stderr) << u"safescan: unexpected argument '%1'\n"_s.arg(positional.last());
        return 1;
    }

    AppContext context(parser.value(u"data-dir"_s));
    Translations::install(app, context.settings().value(SettingKeys::language));
    openStoreOffTheUiThread(context);
    Theme::apply(app,
                 parser.isSet(theme) ? parser.value(theme) : context.settings().value(SettingKeys::theme));
    // The community server: --server, else the server/url setting, else the embedded one on loopback
    // (LocalServer, its data in DATA_DIR/server). Its credentials are kept under one stable name
    // whatever port the local server gets.
    std::unique_ptr<LocalServer> localServer;
    QUrl url;
    const QString configured =
        parser.isSet(server) ? parser.value(server) : context.settings().value(SettingKeys::serverUrl);
    if (!configured.isEmpty()) {
        url = QUrl::fromUserInput(configured);
        if (!url.isValid() || url.isRelative())
            QTextStream(stderr)
                << u"safescan: the community server is not a URL (such as http://127.0.0.1:8080)\n"_s;
    } else {
        localServer = std::make_unique<LocalServer>(LocalServer::defaultBinary(),
                                                    QDir(context.dataDir()).filePath(u"server"_s));
        localServer->start();
        if (localServer->waitUntilReady(10'000))
            url = localServer->baseUrl();
        else
            QTextStream(stderr) << u"safescan: no community server (%1); ratings stay local\n"_s.arg(
                localServer->errorString());
    }
    // The one connection to the server (keychain credentials, API, live, community, sync). The
    // window takes its community parts, sign-in and status from it, and tells it of history changes.
    const bool connected = url.isValid() && !url.isRelative();
    const QUrl identity(configured.isEmpty() ? defaultServerUrl() : configured);
    KeychainSecretStore keychain(u"SafeScan"_s);
    ServerConnection connection(context.settings(), context.clock(), keychain, identity,
                                connected ? url : QUrl());
    QString storeError;
    if (LocalStore* store = context.store(&storeError)) {
        if (connected)
            connection.attachStore(store->database(), context.history(nullptr));
    } else {
        QTextStream(stderr) << u"safescan: community features are off: %1\n"_s.arg(storeError);
    }
    QObject::connect(&connection, &ServerConnection::deviceFailed, &connection, [](const QString& message) {
        QTextStream(stderr) << u"safescan: "_s << message << u'\n';
    });
    MainWindow::Options options;
    options.connection = &connection;
    MainWindow window(context, options);
    if (connected) {
        connection.start();
        connection.probe();
        context.analytics().attachServer(connection.analyticsExecutor(), connection.deviceContext(),
                                         connection.scheduler());
    }
    // Analytics (opt-in): scans and their failures from the Scan view, the app start.
    context.analytics().watch(*window.scanModel());
    context.analytics().recordAppStart(QStringLiteral(SAFESCAN_VERSION));
    window.show();
    if (parser.isSet(scan))
        window.scanView()->scanPaths(parser.values(scan));
    if (parser.isSet(screenshots))
        writeScreenshots(window, parser.value(screenshots));
    return QApplication::exec();
}

} // namespace SafeScan
