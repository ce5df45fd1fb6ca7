#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace SafeScan {

class AccountDataModel;
class AccountViewModel;
class SyncPassphraseModel;
class ApiExecutor;
class AppContext;
class CommunityClient;
class CommunityView;
class CommunityViewModel;
class ModerationView;
class ModerationViewModel;
class BackupJob;
class DashboardViewModel;
class ServerConnection;
class HistoryJobs;
class SettingsView;
class SettingsViewModel;
class StatusPanel;
class StatusViewModel;
class StoreExecutor;
class DashboardView;
class FileScanner;
class FolderScan;
class HistoryExportJob;
class HistoryTableModel;
class HistoryView;
class PersonalDashboardModel;
class QrDecoder;
class RecoveryBanner;
class ScanView;
class ScanViewModel;

// The application window: navigation on the left (Ctrl+1..6), the views in a stack, a banner for
// what the store's check on open did, and a status bar with service health and long-work progress.
// Everything comes from the AppContext it is given; it owns the view-models.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum View
    {
        ScanPage,
        HistoryPage,
        CommunityPage,
        ModerationPage,
        DashboardPage,
        SettingsPage,
        PageCount
    };

    struct Options
    {
        bool moderator = false; // shows the Moderation view whatever the account (tests)
        // The one connection to the community server (app wiring): its CommunityClient turns the
        // Community and Moderation views on, its AccountViewModel is the Settings sign-in, and it
        // feeds the status bar (services, outbox, last sync) and hears of history changes (sync).
        // The account's role (CommunityClient::account(), kept current by the connection on
        // sign-in and sign-out) gates Moderation (moderators, admins) and the Dashboard's
        // Community tab (analysts, admins). Null: not connected; sign-in is shown as unavailable.
        ServerConnection* connection = nullptr;
        // Without a connection: community services of their own (tests); null: the Community
        // and Moderation views say they are not connected.
        CommunityClient* community = nullptr;
    };

    MainWindow(AppContext& context, Options options, QWidget* parent = nullptr);
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr)
        : MainWindow(context, Options{}, parent)
    {}
    ~MainWindow() override;

    View currentView() const;
    // False when the view is not available (Moderation without the role).
    bool showView(View view);
    bool isViewAvailable(View view) const;

    ScanView* scanView() const { return m_scanView; }
    HistoryView* historyView() const { return m_historyView; }
    ScanViewModel* scanModel() const { return m_scanModel; }
    HistoryTableModel* historyModel() const { return m_historyModel; }
    CommunityView* communityView() const { return m_communityView; }
    ModerationView* moderationView() const { return m_moderationView; }
    CommunityViewModel* communityModel() const { return m_communityModel; }
    ModerationViewModel* moderationModel() const { return m_moderationModel; }
    SettingsView* settingsView() const { return m_settingsView; }
    // The sync passphrase of Settings; the wiring hands its key to the sync engine
    // (SyncPassphraseModel::attach).
    SyncPassphraseModel* syncPassphraseModel() const { return m_syncPassphrase; }
    SettingsViewModel* settingsModel() const { return m_settingsModel; }
    StatusViewModel* statusModel() const { return m_status; }
    StatusPanel* statusPanel() const { return m_statusPanel; }
    HistoryJobs* historyJobs() const { return m_historyJobs; }
    BackupJob* backupJob() const { return m_backupJob; }
    // The analysts' Community tab is added with dashboardView()->setCommunityModel().
    DashboardView* dashboardView() const { return m_dashboardView; }
    AccountViewModel* accountModel() const { return m_accountModel; }
    // The server connection the window was given (null: none). The Settings passphrase panel
    // enables sync through ServerConnection::setSyncKey() and hears back from syncKeyChecked().
    ServerConnection* connection() const { return m_options.connection; }
    // The analysts' community dashboard model; null when there is no community connection.
    DashboardViewModel* analystDashboardModel() const { return m_analystDashboard; }
    // What the banner says about the store's check on open; empty when there was nothing to say.
    QString recoveryMessage() const;

Q_SIGNALS:
    // The local history changed (a scan saved, a pin, a note, a delete committed, an import, a
    // restore): its outbox may have grown.
    void historyChanged();

private:
    void connectSyncPassphrase(ServerConnection& connection);
    void buildNavigation();
    void buildStatusBar();
    void buildActions();
    void showRecoveryReport();
    bool canModerate() const;
    void updateModerationAvailability();
    void updateAnalystDashboard();
    CommunityClient* community() const;
    void onFolderProgress(qint64 done, qint64 total);
    void onFolderFinished(qint64 scanned, bool cancelled);
    void buildSettings();
    void trackWork();
    void refreshOutboxDepth();
    void runMaintenance();

    AppContext& m_context;
    Options m_options;
    std::unique_ptr<QrDecoder> m_decoder;
    std::unique_ptr<FileScanner> m_folderScanner;
    // The store's worker thread: declared before the jobs that use it, so it is destroyed after them.
    std::unique_ptr<StoreExecutor> m_storeExecutor;
    ScanViewModel* m_scanModel = nullptr;
    FolderScan* m_folderScan = nullptr;
    HistoryTableModel* m_historyModel = nullptr;
    HistoryExportJob* m_exportJob = nullptr;
    CommunityViewModel* m_communityModel = nullptr;
    ModerationViewModel* m_moderationModel = nullptr;
    HistoryJobs* m_historyJobs = nullptr;
    BackupJob* m_backupJob = nullptr;
    SettingsViewModel* m_settingsModel = nullptr;
    AccountViewModel* m_accountModel = nullptr; // the connection's, else one of its own
    AccountDataModel* m_accountData = nullptr;
    DashboardViewModel* m_analystDashboard = nullptr;
    SyncPassphraseModel* m_syncPassphrase = nullptr;
    StatusViewModel* m_status = nullptr;
    int m_folderWork = 0;
    int m_exportWork = 0;
    int m_historyWork = 0;
    int m_backupWork = 0;
    int m_videoWork = 0;
    bool m_maintenanceRunning = false;

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    RecoveryBanner* m_banner = nullptr;
    ScanView* m_scanView = nullptr;
    HistoryView* m_historyView = nullptr;
    CommunityView* m_communityView = nullptr;
    ModerationView* m_moderationView = nullptr;
    PersonalDashboardModel* m_personalDashboard = nullptr;
    DashboardView* m_dashboardView = nullptr;
    QLabel* m_serviceStatus = nullptr;
    SettingsView* m_settingsView = nullptr;
    StatusPanel* m_statusPanel = nullptr;
    QLabel* m_storeStatus = nullptr;
};

} // namespace SafeScan
