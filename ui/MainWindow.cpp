#include "MainWindow.h"

#include "AccountPanel.h"
#include "AppContext.h"
#include "BackupPanel.h"
#include "CameraPanel.h"
#include "CommunityView.h"
#include "DashboardView.h"
#include "HistoryView.h"
#include "ModerationView.h"
#include "PlaceholderView.h"
#include "RecoveryBanner.h"
#include "ScanView.h"
#include "SettingsView.h"
#include "StatusPanel.h"
#include "SyncPassphrasePanel.h"
#include "UiLog.h"
#include "api/ApiExecutor.h"
#include "connection/ServerConnection.h"
#include "credentials/CredentialVault.h"
#include "decode/QrDecoder.h"
#include "filescan/FileScanner.h"
#include "frames/VideoFileScan.h"
#include "history/HistoryMaintenance.h"
#include "history/OutboxDepth.h"
#include "settings/Settings.h"
#include "store/LocalStore.h"
#include "store/StoreExecutor.h"
#include "sync/SyncEngine.h"
#include "viewmodels/AccountDataModel.h"
#include "viewmodels/AccountViewModel.h"
#include "viewmodels/BackupJob.h"
#include "viewmodels/CommunityClient.h"
#include "viewmodels/CommunityViewModel.h"
#include "viewmodels/DashboardViewModel.h"
#include "viewmodels/FolderScan.h"
#include "viewmodels/HistoryExportJob.h"
#include "viewmodels/HistoryJobs.h"
#include "viewmodels/HistoryTableModel.h"
#include "viewmodels/ModerationViewModel.h"
#include "viewmodels/PersonalDashboardModel.h"
#include "viewmodels/ScanViewModel.h"
#include "viewmodels/SettingsViewModel.h"
#include "viewmodels/StatusViewModel.h"
#include "viewmodels/SyncPassphraseModel.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The icons are compiled into the static safescan_ui library; its resources must be registered
// by name, outside any namespace.
static void initUiResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace SafeScan {

namespace {
// The grey icon, plus a white one for the selected row so it stays visible on the highlight.
QIcon navigationIcon(const QString& path)
{
    const QIcon svg(path);
    QIcon icon;
    for (const int size : {22, 33, 44}) {
        const QPixmap grey = svg.pixmap(size, size);
        QPixmap white = grey;
        QPainter painter(&white);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(white.rect(), Qt::white);
        painter.end();
        icon.addPixmap(grey, QIcon::Normal);
        icon.addPixmap(white, QIcon::Selected);
    }
    return icon;
}
} // namespace

MainWindow::MainWindow(AppContext& context, Options options, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_options(options)
    , m_decoder(std::make_unique<QrDecoder>())
{
    initUiResources();
    setWindowTitle(tr("SafeScan"));
    setAccessibleName(tr("SafeScan main window"));
    resize(1180, 760);

    QString historyError;
    HistoryStore* history = context.history(&historyError); // before safety(): it shares the store
    const SafetyEngine& safety = context.safety();
    LocalStore* store = history ? context.store(nullptr) : nullptr;
    if (store) // every read and write of the history runs on its thread
        m_storeExecutor = std::make_unique<StoreExecutor>(&store->database());
    m_scanModel = new ScanViewModel(*m_decoder, safety, history, m_storeExecutor.get(), this);
    m_folderScanner = std::make_unique<FileScanner>(*m_decoder, &safety);
    m_folderScan = new FolderScan(*m_folderScanner, this);
    m_status = new StatusViewModel(context.clock(), this);
    if (options.connection)
        options.connection->bindStatus(*m_status);
    if (store) {
        m_historyModel = new HistoryTableModel(*history, *m_storeExecutor, this);
        m_exportJob = new HistoryExportJob(store->database(), *history, this);
        m_historyJobs = new HistoryJobs(*m_storeExecutor, store->database(), *history, safety, this);
        m_backupJob = new BackupJob(*m_storeExecutor, *store, this);
    }
    m_settingsModel = new SettingsViewModel(context.settings(), history, this);
    ServerConnection* connection = options.connection;
    m_accountModel = connection ? &connection->account()
                                : new AccountViewModel(context.settings(), nullptr, nullptr, nullptr, this);
    m_accountData = new AccountDataModel(*m_accountModel, connection ? &connection->api() : nullptr,
                                         connection ? &connection->apiContext() : nullptr,
                                         connection ? &connection->vault() : nullptr, this);
    m_syncPassphrase = new SyncPassphraseModel(
        connection ? &connection->vault() : nullptr,
        [account = m_accountModel] { return account->userName(); }, KdfParams::standard(), this);
    connect(m_accountModel, &AccountViewModel::stateChanged, m_syncPassphrase,
            &SyncPassphraseModel::accountChanged);
    if (connection)
        connectSyncPassphrase(*connection);

    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_banner = new RecoveryBanner(central);
    outer->addWidget(m_banner);
    auto* row = new QHBoxLayout;
    row->setSpacing(0);
    outer->addLayout(row, 1);
    m_navigation = new QListWidget(central);
    m_stack = new QStackedWidget(central);
    row->addWidget(m_navigation);
    row->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_scanView = new ScanView(*m_scanModel, *m_folderScan, context.settings(), context.clock(), m_stack);
    m_historyView = new HistoryView(m_historyModel, m_exportJob, context.clock(), historyError, m_stack);
    m_stack->addWidget(m_scanView);
    m_stack->addWidget(m_historyView);
    if (CommunityClient* community = this->community()) {
        m_scanView->setCommunity(community);
        m_communityModel = new CommunityViewModel(*community, this);
        m_moderationModel = new ModerationViewModel(*community->services().executor,
                                                    community->services().moderationContext, this);
        m_moderationModel->setAccount(community->account());
        // The analysts' dashboards read the statistics with the session token.
        const ApiContext& session = community->services().moderationContext;
        m_analystDashboard = new DashboardViewModel(*community->services().executor, session,
                                                    community->clock(), *session.scheduler, this);
        connect(community, &CommunityClient::accountChanged, this, [this](const CommunityAccount& account) {
            m_moderationModel->setAccount(account);
            updateModerationAvailability();
            updateAnalystDashboard();
        });
        m_communityView = new CommunityView(*m_communityModel, m_stack);
        m_moderationView = new ModerationView(*m_moderationModel, m_stack);
        m_stack->addWidget(m_communityView);
        m_stack->addWidget(m_moderationView);
    } else {
        m_stack->addWidget(new PlaceholderView(
            tr("Community"),
            tr("Not connected to a SafeScan server: your votes and reports and community lookups appear here "
               "once a server is set in Settings."),
            m_stack));
        m_stack->addWidget(new PlaceholderView(
            tr("Moderation"),
            tr("Not connected to a SafeScan server: moderators see the queue, item details, actions and the "
               "audit log here once signed in."),
            m_stack));
    }
    store = context.store(nullptr);
    m_personalDashboard = new PersonalDashboardModel(store ? &store->database() : nullptr, context.clock(),
                                                     QDateTime::currentDateTime().offsetFromUtc(), this);
    m_dashboardView = new DashboardView(*m_personalDashboard, m_stack);
    m_stack->addWidget(m_dashboardView);
    updateAnalystDashboard();
    buildSettings();

    buildNavigation();
    buildStatusBar();
    buildActions();

    connect(m_scanModel, &ScanViewModel::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_scanModel, &ScanViewModel::resultsAdded, this, [this] {
        if (m_historyModel)
            m_historyModel->reload();
    });
    connect(m_scanModel, &ScanViewModel::resultsAdded, this, &MainWindow::historyChanged);
    if (m_historyModel) {
        // Pin and note are written when the model says the row changed; deletes when they commit.
        connect(m_historyModel, &QAbstractItemModel::dataChanged, this, &MainWindow::historyChanged);
        connect(m_historyModel, &HistoryTableModel::pendingDeletesChanged, this, [this](int pending) {
            if (pending == 0)
                Q_EMIT historyChanged();
        });
    }
    connect(this, &MainWindow::historyChanged, this, &MainWindow::refreshOutboxDepth);
    if (ServerConnection* connection = m_options.connection) {
        connect(this, &MainWindow::historyChanged, connection, &ServerConnection::localChanged);
        connect(&connection->vault(), &CredentialVault::storageChanged, this, [this, connection] {
            if (!connection->vault().storageNotice().isEmpty())
                statusBar()->showMessage(connection->vault().storageNotice(), 15000);
        });
    }
    connect(m_folderScan, &FolderScan::progress, this, &MainWindow::onFolderProgress);
    connect(m_folderScan, &FolderScan::finished, this, &MainWindow::onFolderFinished);
    connect(m_folderScan, &FolderScan::fileScanned, m_scanModel, &ScanViewModel::addFileResult);
    m_historyView->setJobs(m_historyJobs);
    trackWork();
    if (m_historyModel)
        connect(m_historyModel, &HistoryTableModel::errorOccurred, this,
                [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    showRecoveryReport();
    showView(ScanPage);
}

MainWindow::~MainWindow()
{
    // Deletes still in their undo window are committed first, while the History view and the jobs
    // it reads are still there; the executor (a member, gone before the child objects) finishes
    // them and every queued scan save before it stops. From then on the view is not told of the
    // model's changes: it is about to go, and the jobs go now.
    if (m_historyModel) {
        m_historyModel->commitDeletes();
        if (m_historyView)
            disconnect(m_historyModel, nullptr, m_historyView, nullptr);
    }
    // The store jobs wait for their work on the store thread; they go before the executor does.
    delete m_historyJobs;
    delete m_backupJob;
}

void MainWindow::buildSettings()
{
    BackupPanel* backups = m_backupJob ? new BackupPanel(*m_backupJob, m_context.clock()) : nullptr;
    m_settingsView =
        new SettingsView(*m_settingsModel, backups, new AccountPanel(*m_accountModel, m_accountData), m_stack,
                         new SyncPassphrasePanel(*m_syncPassphrase));
    m_stack->addWidget(m_settingsView);
    if (backups)
        connect(backups, &BackupPanel::restored, this, [this] {
            if (m_historyModel)
                m_historyModel->reload();
            Q_EMIT historyChanged();
        });
    connect(m_settingsModel, &SettingsViewModel::changed, this,
            [this](SettingsViewModel::Field field, const QVariant& value) {
                if (field == SettingsViewModel::Field::CameraMirror)
                    m_scanView->cameraPanel()->setMirrored(value.toBool());
                if (field == SettingsViewModel::Field::HistoryQuotaMb ||
                    field == SettingsViewModel::Field::RetentionDays)
                    runMaintenance();
            });
}

void MainWindow::buildNavigation()
{
    struct Item
    {
        QString text;
        const char* icon;
    };
    const Item items[PageCount] = {
        {tr("Scan"), "nav-scan"},           {tr("History"), "nav-history"},
        {tr("Community"), "nav-community"}, {tr("Moderation"), "nav-moderation"},
        {tr("Dashboard"), "nav-dashboard"}, {tr("Settings"), "nav-settings"},
    };
    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFixedWidth(170);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    for (int i = 0; i < PageCount; ++i) {
        auto* item =
            new QListWidgetItem(navigationIcon(u":/icons/%1.svg"_s.arg(QLatin1StringView(items[i].icon))),
                                items[i].text, m_navigation);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(items[i].text).arg(i + 1));
        item->setSizeHint(QSize(150, 40));
        item->setData(Qt::AccessibleTextRole, items[i].text);
    }
    updateModerationAvailability();
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
}

void MainWindow::buildActions()
{
    for (int i = 0; i < PageCount; ++i) {
        auto* action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, i] { showView(View(i)); });
        addAction(action);
    }
    auto addShortcut = [this](const QKeySequence& keys, auto slot) {
        auto* action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    addShortcut(QKeySequence::Open, [this] {
        showView(ScanPage);
        m_scanView->openImages();
    });
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] {
        showView(ScanPage);
        m_scanView->chooseFolder();
    });
    addShortcut(QKeySequence::Paste, [this] {
        showView(ScanPage);
        m_scanView->pasteFromClipboard();
    });
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] {
        showView(ScanPage);
        m_scanView->scanScreenRegion();
    });
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] {
        showView(ScanPage);
        m_scanView->openVideoFile();
    });
    addShortcut(QKeySequence::Find, [this] {
        showView(HistoryPage);
        m_historyView->focusSearch();
    });
}

void MainWindow::showRecoveryReport()
{
    QString error;
    LocalStore* store = m_context.store(&error);
    if (!store) {
        m_banner->showProblem(tr("Your history cannot be used: %1").arg(error),
                              tr("Scanning still works, but nothing is saved. Nothing was deleted; the data "
                                 "folder is %1.")
                                  .arg(m_context.dataDir()));
        return;
    }
    const RecoveryReport& report = store->recoveryReport();
    if (report.state == RecoveryReport::Recovered) {
        QString detail = report.movedTo.isEmpty()
                             ? QString()
                             : tr("The damaged file was kept as %1 and was not deleted.").arg(report.movedTo);
        m_banner->showProblem(report.message, detail);
    } else if (!store->backupError().isEmpty()) {
        m_banner->showProblem(tr("Today's automatic backup of your history failed."), store->backupError());
    }
}

QString MainWindow::recoveryMessage() const
{
    return m_banner->message();
}

MainWindow::View MainWindow::currentView() const
{
    return View(m_stack->currentIndex());
}

bool MainWindow::isViewAvailable(View view) const
{
    return view >= 0 && view < PageCount && (view != ModerationPage || canModerate());
}

CommunityClient* MainWindow::community() const
{
    if (m_options.connection)
        return m_options.connection->community();
    return m_options.community;
}

bool MainWindow::canModerate() const
{
    return m_options.moderator || (community() && community()->account().canModerate());
}

// The Dashboard's Community tab for analysts and admins, following sign-in and sign-out.
void MainWindow::updateAnalystDashboard()
{
    const bool analyst = m_analystDashboard && community()->account().canAnalyse();
    if (analyst != (m_dashboardView->communityPanel() != nullptr))
        m_dashboardView->setCommunityModel(analyst ? m_analystDashboard : nullptr);
}

void MainWindow::updateModerationAvailability()
{
    m_navigation->item(ModerationPage)->setHidden(!canModerate());
    if (!canModerate() && currentView() == ModerationPage)
        showView(ScanPage);
}

bool MainWindow::showView(View view)
{
    if (!isViewAvailable(view))
        return false;
    m_navigation->setCurrentRow(view);
    m_stack->setCurrentIndex(view);
    return true;
}

// The passphrase panel's key goes to the connection, whose engine checks it with a sync; the
// outcome comes back to the model (a wrong passphrase brings the previous key back). A key in
// use that stops opening the account (changed on another device) is reported the same way.
void MainWindow::connectSyncPassphrase(ServerConnection& connection)
{
    connect(m_syncPassphrase, &SyncPassphraseModel::keyChanged, &connection,
            [&connection](const std::optional<SyncKey>& key) { connection.setSyncKey(key); });
    connect(&connection, &ServerConnection::syncKeyChecked, m_syncPassphrase,
            [this, &connection](bool accepted, const QString& message) {
                const SyncEngine* engine = connection.syncEngine();
                const SyncError error = engine ? engine->lastError() : SyncError{};
                if (accepted || error.kind == SyncError::Kind::WrongPassphrase)
                    m_syncPassphrase->syncFinished(error);
                else
                    m_syncPassphrase->keyRefused(message);
            });
    const auto followEngine = [this, &connection] {
        SyncEngine* engine = connection.syncEngine();
        if (!engine)
            return;
        connect(engine, &SyncEngine::finished, m_syncPassphrase, [this, engine] {
            const std::optional<SyncKey>& key = m_syncPassphrase->key();
            if (m_syncPassphrase->state() == SyncPassphraseModel::State::On && key &&
                engine->keyFingerprint() == key->fingerprint())
                m_syncPassphrase->syncFinished(engine->lastError());
        });
    };
    connect(&connection, &ServerConnection::syncEngineChanged, m_syncPassphrase, followEngine);
    followEngine();
}

} // namespace SafeScan
