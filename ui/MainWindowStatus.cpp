// MainWindow's status bar: the progress of long work (with Cancel), the outbox depth, and the
// store's maintenance messages. The rest of the window is in MainWindow.cpp.
#include "AppContext.h"
#include "CommunityView.h"
#include "DashboardView.h"
#include "MainWindow.h"
#include "ModerationView.h"
#include "ScanView.h"
#include "SettingsView.h"
#include "StatusPanel.h"
#include "UiLog.h"
#include "frames/VideoFileScan.h"
#include "history/HistoryMaintenance.h"
#include "history/OutboxDepth.h"
#include "settings/Settings.h"
#include "store/LocalStore.h"
#include "viewmodels/BackupJob.h"
#include "viewmodels/FolderScan.h"
#include "viewmodels/HistoryExportJob.h"
#include "viewmodels/HistoryJobs.h"
#include "viewmodels/HistoryTableModel.h"
#include "viewmodels/ScanViewModel.h"
#include "viewmodels/StatusViewModel.h"

#include <QLabel>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace SafeScan {

// Long work goes to the status bar's progress, with Cancel where the work can stop.
void MainWindow::trackWork()
{
    connect(m_status, &StatusViewModel::cancelRequested, this, [this](int id) {
        if (id == m_folderWork)
            m_folderScan->cancel();
        else if (id == m_historyWork && m_historyJobs)
            m_historyJobs->cancel();
        else if (id == m_backupWork && m_backupJob)
            m_backupJob->cancel();
        else if (id == m_videoWork)
            m_scanView->videoScan()->stop();
    });
    VideoFileScan* video = m_scanView->videoScan();
    connect(video, &VideoFileScan::progress, this, [this](qint64 position, qint64 duration) {
        if (!m_videoWork)
            m_videoWork = m_status->beginWork(tr("Scanning video"), true);
        m_status->updateWork(m_videoWork, position / 1000, duration / 1000);
    });
    connect(video, &VideoFileScan::finished, this, [this] {
        m_status->endWork(m_videoWork);
        m_videoWork = 0;
    });
    if (m_exportJob) {
        connect(m_exportJob, &HistoryExportJob::progress, this, [this](qint64 done, qint64 total) {
            if (!m_exportWork)
                m_exportWork = m_status->beginWork(tr("Exporting history"));
            m_status->updateWork(m_exportWork, done, total);
        });
        connect(m_exportJob, &HistoryExportJob::finished, this, [this] {
            m_status->endWork(m_exportWork);
            m_exportWork = 0;
        });
    }
    if (m_historyJobs) {
        connect(m_historyJobs, &HistoryJobs::progress, this,
                [this](HistoryJobs::Kind kind, qint64 done, qint64 total) {
                    if (!m_historyWork)
                        m_historyWork = m_status->beginWork(kind == HistoryJobs::Kind::Import
                                                                ? tr("Importing history")
                                                                : tr("Re-checking verdicts"),
                                                            kind == HistoryJobs::Kind::Recheck);
                    m_status->updateWork(m_historyWork, done, total);
                });
        auto done = [this] {
            m_status->endWork(m_historyWork);
            m_historyWork = 0;
            Q_EMIT historyChanged();
        };
        connect(m_historyJobs, &HistoryJobs::recheckFinished, this, done);
        connect(m_historyJobs, &HistoryJobs::importFinished, this, done);
    }
    if (m_backupJob) {
        connect(m_backupJob, &BackupJob::progress, this, [this](qint64 done, qint64 total) {
            if (!m_backupWork)
                m_backupWork = m_status->beginWork(tr("Backing up"), true);
            m_status->updateWork(m_backupWork, done, total);
        });
        auto done = [this] {
            m_status->endWork(m_backupWork);
            m_backupWork = 0;
        };
        connect(m_backupJob, &BackupJob::backupFinished, this, done);
        connect(m_backupJob, &BackupJob::restoreFinished, this, done);
    }
    connect(m_scanModel, &ScanViewModel::resultsAdded, this, &MainWindow::runMaintenance);
    refreshOutboxDepth();
    runMaintenance();
}

// Quota and retention (SPEC §7) on the store thread, at start, after new scans and when either
// setting changes; one run at a time. Removed scans leave the table at once.
void MainWindow::runMaintenance()
{
    LocalStore* store = m_storeExecutor ? m_context.store(nullptr) : nullptr;
    if (!store || m_maintenanceRunning)
        return;
    m_maintenanceRunning = true;
    HistoryMaintenance::Options options;
    options.sizeLimitBytes = m_context.settings().value(SettingKeys::historySizeLimitBytes);
    if (const int days = m_context.settings().value(SettingKeys::retentionDays); days > 0)
        options.retentionDays = days;
    Database* database = &store->database();
    const Clock* clock = &m_context.clock();
    m_storeExecutor
        ->run([database, clock, options] { return HistoryMaintenance(*database, *clock, options).run(); })
        .then(this, [this](const MaintenanceReport& report) {
            m_maintenanceRunning = false;
            if (!report.ok) {
                qCWarning(lcUi, "history maintenance failed: %s", qPrintable(report.error));
                return;
            }
            const int removed = report.removedForQuota + report.removedForAge;
            if (removed > 0) {
                statusBar()->showMessage(
                    tr("%n old scan(s) removed to keep the history within its size and age limits.", nullptr,
                       removed),
                    10000);
                if (m_historyModel)
                    m_historyModel->reload();
            }
        });
}

// The outbox depth is counted on the store thread; the answer comes back to the status bar.
void MainWindow::refreshOutboxDepth()
{
    LocalStore* store = m_storeExecutor ? m_context.store(nullptr) : nullptr;
    if (!store)
        return;
    Database* database = &store->database();
    m_storeExecutor->run([database] { return outboxDepth(*database); }).then(this, [this](qint64 depth) {
        m_status->setOutboxDepth(depth);
    });
}

void MainWindow::buildStatusBar()
{
    m_storeStatus = new QLabel(this);
    m_storeStatus->setAccessibleName(tr("History status"));
    m_storeStatus->setText(m_historyModel ? tr("History: ready") : tr("History: unavailable"));
    m_statusPanel = new StatusPanel(*m_status, this);
    m_statusPanel->setToolTip(tr("Ratings and sync need the SafeScan server; local checks work without it."));
    statusBar()->addPermanentWidget(m_statusPanel);
    statusBar()->addPermanentWidget(m_storeStatus);
}

void MainWindow::onFolderProgress(qint64 done, qint64 total)
{
    if (!m_folderWork)
        m_folderWork = m_status->beginWork(tr("Scanning folder"), true);
    m_status->updateWork(m_folderWork, done, total);
}

void MainWindow::onFolderFinished(qint64 scanned, bool cancelled)
{
    m_status->endWork(m_folderWork);
    m_folderWork = 0;
    statusBar()->showMessage(cancelled ? tr("Folder scan cancelled after %n image(s).", nullptr, int(scanned))
                                       : tr("Folder scan finished: %n image(s).", nullptr, int(scanned)),
                             10000);
}

} // namespace SafeScan
