#include "MainWindow.h"

#include "AppContext.h"
#include "CommunityView.h"
#include "HistoryView.h"
#include "ModerationView.h"
#include "PlaceholderView.h"
#include "RecoveryBanner.h"
#include "ScanView.h"
#include "UiLog.h"
#include "decode/QrDecoder.h"
#include "filescan/FileScanner.h"
#include "settings/Settings.h"
#include "store/LocalStore.h"
#include "viewmodels/CommunityClient.h"
#include "viewmodels/CommunityViewModel.h"
#include "viewmodels/FolderScan.h"
#include "viewmodels/HistoryExportJob.h"
#include "viewmodels/HistoryTableModel.h"
#include "viewmodels/ModerationViewModel.h"
#include "viewmodels/ScanViewModel.h"

#include <QAction>
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
    m_scanModel = new ScanViewModel(*m_decoder, safety, history, this);
    m_folderScanner = std::make_unique<FileScanner>(*m_decoder, &safety);
    m_folderScan = new FolderScan(*m_folderScanner, this);
    if (history) {
        m_historyModel = new HistoryTableModel(*history, this);
        m_exportJob = new HistoryExportJob(context.store(nullptr)->database(), *history, this);
    }

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
    if (CommunityClient* community = m_options.community) {
        m_scanView->setCommunity(community);
        m_communityModel = new CommunityViewModel(*community, this);
        m_moderationModel = new ModerationViewModel(*community->services().executor,
                                                    community->services().moderationContext, this);
        m_moderationModel->setAccount(community->account());
        connect(community, &CommunityClient::accountChanged, this, [this](const CommunityAccount& account) {
            m_moderationModel->setAccount(account);
            updateModerationAvailability();
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
    m_stack->addWidget(new PlaceholderView(
        tr("Dashboard"),
        tr("Not built yet. Charts of your own history (scans per day, verdict mix, payload types, sources) "
           "will appear here."),
        m_stack));
    m_stack->addWidget(new PlaceholderView(
        tr("Settings"),
        tr("Not built yet. Server, sign-in, sync passphrase, privacy, history quota and retention, "
           "open-link policy, camera, language and theme will be set here. Until then the settings file is "
           "%1.")
            .arg(context.settings().filePath()),
        m_stack));

    buildNavigation();
    buildStatusBar();
    buildActions();

    connect(m_scanModel, &ScanViewModel::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_scanModel, &ScanViewModel::resultsAdded, this, [this] {
        if (m_historyModel)
            m_historyModel->reload();
    });
    connect(m_folderScan, &FolderScan::progress, this, &MainWindow::onFolderProgress);
    connect(m_folderScan, &FolderScan::finished, this, &MainWindow::onFolderFinished);
    connect(m_folderScan, &FolderScan::fileScanned, m_scanModel, &ScanViewModel::addFileResult);
    if (m_historyModel)
        connect(m_historyModel, &HistoryTableModel::errorOccurred, this,
                [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    showRecoveryReport();
    showView(ScanPage);
}

MainWindow::~MainWindow() = default;

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

void MainWindow::buildStatusBar()
{
    m_serviceStatus = new QLabel(tr("Community service: not connected (offline mode)"), this);
    m_serviceStatus->setAccessibleName(tr("Community service status"));
    m_serviceStatus->setToolTip(
        tr("Ratings and sync need the SafeScan server; local checks work without it."));
    m_storeStatus = new QLabel(this);
    m_storeStatus->setAccessibleName(tr("History status"));
    m_storeStatus->setText(m_historyModel ? tr("History: ready") : tr("History: unavailable"));
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Progress of the folder scan"));
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    m_cancelWork = new QPushButton(tr("Cancel"), this);
    m_cancelWork->setAccessibleName(tr("Cancel the folder scan"));
    m_cancelWork->setVisible(false);
    connect(m_cancelWork, &QPushButton::clicked, m_folderScan, &FolderScan::cancel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelWork);
    statusBar()->addPermanentWidget(m_storeStatus);
    statusBar()->addPermanentWidget(m_serviceStatus);
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

bool MainWindow::canModerate() const
{
    return m_options.moderator || (m_options.community && m_options.community->account().canModerate());
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

void MainWindow::onFolderProgress(qint64 done, qint64 total)
{
    m_progress->setVisible(true);
    m_cancelWork->setVisible(true);
    m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
    m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
    m_progress->setFormat(tr("%1 of %2 images").arg(done).arg(total));
}

void MainWindow::onFolderFinished(qint64 scanned, bool cancelled)
{
    m_progress->setVisible(false);
    m_cancelWork->setVisible(false);
    statusBar()->showMessage(cancelled ? tr("Folder scan cancelled after %n image(s).", nullptr, int(scanned))
                                       : tr("Folder scan finished: %n image(s).", nullptr, int(scanned)),
                             10000);
}

} // namespace SafeScan
