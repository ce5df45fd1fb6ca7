#pragma once

#include "api/ApiContext.h"

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
class ApiExecutor;
class AppContext;
class CommunityClient;
class CommunityView;
class CommunityViewModel;
class ModerationView;
class ModerationViewModel;
class BackupJob;
class CredentialVault;
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
        bool moderator = false; // the signed-in account may moderate (shows the Moderation view)
        // The community services (ratings, votes, reports, moderation); null: not connected, and
        // the Community and Moderation views say so. The account's role also gates Moderation.
        CommunityClient* community = nullptr;
        // The server connection for sign-in (Settings); null: sign-in is shown as unavailable.
        ApiExecutor* api = nullptr;
        const ApiContext* apiContext = nullptr;
        CredentialVault* vault = nullptr;
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
    SettingsViewModel* settingsModel() const { return m_settingsModel; }
    StatusViewModel* statusModel() const { return m_status; }
    StatusPanel* statusPanel() const { return m_statusPanel; }
    HistoryJobs* historyJobs() const { return m_historyJobs; }
    BackupJob* backupJob() const { return m_backupJob; }
    // The analysts' Community tab is added with dashboardView()->setCommunityModel().
    DashboardView* dashboardView() const { return m_dashboardView; }
    // What the banner says about the store's check on open; empty when there was nothing to say.
    QString recoveryMessage() const;

private:
    void buildNavigation();
    void buildStatusBar();
    void buildActions();
    void showRecoveryReport();
    bool canModerate() const;
    void updateModerationAvailability();
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
    AccountViewModel* m_accountModel = nullptr;
    AccountDataModel* m_accountData = nullptr;
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
