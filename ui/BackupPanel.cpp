#include "BackupPanel.h"

#include "base/Clock.h"
#include "viewmodels/BackupJob.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SafeScan {

BackupPanel::BackupPanel(BackupJob& job, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_job(job)
    , m_clock(clock)
    , m_backup(new QPushButton(tr("&Back up now…"), this))
    , m_restoreFile(new QPushButton(tr("&Restore from file…"), this))
    , m_restoreSelected(new QPushButton(tr("Restore the selected backup"), this))
    , m_list(new QListWidget(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setAccessibleName(tr("Backups"));
    m_backup->setAccessibleName(tr("Back up the history now to a file"));
    m_restoreFile->setAccessibleName(tr("Restore the history from a backup file"));
    m_restoreSelected->setAccessibleName(tr("Restore the history from the selected automatic backup"));
    m_list->setAccessibleName(tr("Automatic backups, newest first"));
    m_list->setMaximumHeight(130);
    m_progress->setAccessibleName(tr("Backup progress"));
    m_progress->hide();
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Backup status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_backup);
    buttons->addWidget(m_restoreFile);
    buttons->addStretch(1);
    buttons->addWidget(m_progress);
    layout->addLayout(buttons);
    auto* listLabel = new QLabel(tr("Automatic &backups:"), this);
    listLabel->setBuddy(m_list);
    layout->addWidget(listLabel);
    layout->addWidget(m_list);
    auto* row = new QHBoxLayout;
    row->addWidget(m_restoreSelected);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(m_status);

    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Restore the history?"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };

    connect(m_backup, &QPushButton::clicked, this, &BackupPanel::chooseBackupFile);
    connect(m_restoreFile, &QPushButton::clicked, this, &BackupPanel::chooseRestoreFile);
    auto restoreSelected = [this] {
        if (const QListWidgetItem* item = m_list->currentItem())
            restoreFrom(item->data(Qt::UserRole).toString());
    };
    connect(m_restoreSelected, &QPushButton::clicked, this, restoreSelected);
    connect(m_list, &QListWidget::itemActivated, this, restoreSelected);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_restoreSelected->setEnabled(row >= 0 && !m_job.isRunning()); });
    connect(&m_job, &BackupJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
        m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
    });
    connect(&m_job, &BackupJob::backupFinished, this, [this](const BackupResult& result) {
        setBusy(false);
        m_status->setText(result.ok ? tr("Backup written to %1.").arg(QDir::toNativeSeparators(result.path))
                                    : tr("⚠ The backup failed: %1").arg(result.error));
        refreshList();
    });
    connect(&m_job, &BackupJob::restoreFinished, this,
            [this](const RestoreResult& result, const QString& path) {
                setBusy(false);
                if (result.ok) {
                    m_status->setText(
                        tr("The history was restored from %1. The history as it was is kept as %2.")
                            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(result.keptAside)));
                    Q_EMIT restored();
                } else {
                    m_status->setText(
                        tr("⚠ Nothing was restored: %1 Your history is unchanged.").arg(result.error));
                }
                refreshList();
            });
    refreshList();
    setBusy(false);
}

void BackupPanel::refreshList()
{
    m_list->clear();
    const QList<BackupInfo> backups = m_job.automaticBackups();
    for (const BackupInfo& info : backups) {
        const QString when =
            QDateTime::fromMSecsSinceEpoch(info.time).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(when, QFileInfo(info.path).fileName()), m_list);
        item->setData(Qt::UserRole, info.path);
        item->setToolTip(QDir::toNativeSeparators(info.path));
    }
    if (backups.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No automatic backup yet."), m_list);
        item->setFlags(Qt::NoItemFlags);
    }
    m_restoreSelected->setEnabled(false);
}

void BackupPanel::setBusy(bool busy)
{
    m_backup->setEnabled(!busy);
    m_restoreFile->setEnabled(!busy);
    m_restoreSelected->setEnabled(!busy && m_list->currentItem() &&
                                  !m_list->currentItem()->data(Qt::UserRole).toString().isEmpty());
    m_progress->setVisible(busy);
    if (busy)
        m_progress->setRange(0, 0);
}

void BackupPanel::chooseBackupFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Back up the history"),
                                     QDir(folder).filePath(BackupJob::suggestedFileName(m_clock.epochMs())),
                                     tr("SafeScan backup (*.sqlite)"));
    if (!path.isEmpty())
        backupTo(path);
}

void BackupPanel::chooseRestoreFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Restore the history from a backup"), m_job.backupFolder(),
                                     tr("SafeScan backup (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        restoreFrom(path);
}

bool BackupPanel::backupTo(const QString& path)
{
    if (!m_job.backupTo(path)) {
        m_status->setText(tr("A backup or restore is already running."));
        return false;
    }
    setBusy(true);
    m_status->setText(tr("Backing up to %1…").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool BackupPanel::restoreFrom(const QString& path)
{
    const QString question = tr("Replace your whole history with the content of %1?\n\nThe history as it is "
                                "now is first kept as a "
                                "copy beside the database, so nothing is lost.")
                                 .arg(QDir::toNativeSeparators(path));
    if (!m_confirm || !m_confirm(question)) {
        m_status->setText(tr("Restore cancelled; nothing was changed."));
        return false;
    }
    if (!m_job.restoreFrom(path)) {
        m_status->setText(tr("A backup or restore is already running."));
        return false;
    }
    setBusy(true);
    m_status->setText(tr("Restoring from %1…").arg(QDir::toNativeSeparators(path)));
    return true;
}

QString BackupPanel::statusText() const
{
    return m_status->text();
}

} // namespace SafeScan
