#pragma once

#include "viewmodels/SettingsViewModel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace SafeScan {

class AccountPanel;
class BackupPanel;
class SyncPassphrasePanel;

// The Settings view: appearance (language, theme), links, camera, history (quota, retention, off
// the record, sensitive fields), backups, server and account, analytics. Each control applies at
// once through the SettingsViewModel; a refused value shows its reason under the control and the
// control goes back to the stored value. Warnings about a damaged settings file are shown at the
// top. `backups`, `account` and `sync` (the history sync passphrase) may be null (no store / no
// server connection).
class SettingsView : public QWidget
{
    Q_OBJECT
public:
    SettingsView(SettingsViewModel& model, BackupPanel* backups, AccountPanel* account,
                 QWidget* parent = nullptr, SyncPassphrasePanel* sync = nullptr);

    // Reads every control back from the model.
    void refresh();

    QComboBox* languageBox() const { return m_language; }
    QComboBox* themeBox() const { return m_theme; }
    QComboBox* linkPolicyBox() const { return m_linkPolicy; }
    QComboBox* cameraBox() const { return m_camera; }
    QCheckBox* mirrorBox() const { return m_mirror; }
    QSpinBox* quotaBox() const { return m_quota; }
    QSpinBox* retentionBox() const { return m_retention; }
    QCheckBox* offTheRecordBox() const { return m_offTheRecord; }
    QCheckBox* sensitiveBox() const { return m_sensitive; }
    QCheckBox* dailyBackupsBox() const { return m_dailyBackups; }
    QLineEdit* serverField() const { return m_server; }
    QPushButton* serverApplyButton() const { return m_serverApply; }
    QCheckBox* analyticsBox() const { return m_analytics; }
    QLabel* warningsLabel() const { return m_warnings; }
    // The message under a control; empty when its last value was accepted.
    QString errorText(SettingsViewModel::Field field) const;

private:
    void fillCameras();
    void applyServer();
    void showError(SettingsViewModel::Field field, const QString& message);
    QLabel* errorLabel(SettingsViewModel::Field field, QWidget* parent);

    SettingsViewModel& m_model;
    QComboBox* m_language = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_linkPolicy = nullptr;
    QComboBox* m_camera = nullptr;
    QCheckBox* m_mirror = nullptr;
    QSpinBox* m_quota = nullptr;
    QSpinBox* m_retention = nullptr;
    QCheckBox* m_offTheRecord = nullptr;
    QCheckBox* m_sensitive = nullptr;
    QCheckBox* m_dailyBackups = nullptr;
    QLineEdit* m_server = nullptr;
    QPushButton* m_serverApply = nullptr;
    QCheckBox* m_analytics = nullptr;
    QLabel* m_warnings = nullptr;
    QHash<int, QLabel*> m_errors;
    bool m_refreshing = false;
};

} // namespace SafeScan
