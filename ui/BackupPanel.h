#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace SafeScan {

class BackupJob;
class Clock;

// Inside the Settings view: "Back up now…", "Restore from file…" (after a confirmation that says
// what will be replaced), the list of automatic backups (restore one with Enter or the button),
// progress and the outcome in words.
class BackupPanel : public QWidget
{
    Q_OBJECT
public:
    // Asked before a restore; true to go on. The default shows a QMessageBox.
    using Confirm = std::function<bool(const QString& question)>;

    BackupPanel(BackupJob& job, const Clock& clock, QWidget* parent = nullptr);

    void setConfirmation(Confirm confirm) { m_confirm = std::move(confirm); }
    void chooseBackupFile();
    void chooseRestoreFile();
    bool backupTo(const QString& path);
    // Asks for confirmation first.
    bool restoreFrom(const QString& path);
    void refreshList();

    QListWidget* list() const { return m_list; }
    QString statusText() const;

Q_SIGNALS:
    // A restore replaced the history: views reload.
    void restored();

private:
    void setBusy(bool busy);

    BackupJob& m_job;
    const Clock& m_clock;
    Confirm m_confirm;
    QPushButton* m_backup;
    QPushButton* m_restoreFile;
    QPushButton* m_restoreSelected;
    QListWidget* m_list;
    QProgressBar* m_progress;
    QLabel* m_status;
};

} // namespace SafeScan
