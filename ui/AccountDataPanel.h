#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace SafeScan {

class AccountDataModel;

// Under the account in Settings, while signed in: "Export my server data…" (a JSON file of
// everything the server holds about the account) and "Delete my account…" (asks first, names
// what goes and what stays). The outcome is shown in words below the buttons.
class AccountDataPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AccountDataPanel(AccountDataModel& model, QWidget* parent = nullptr);

    // Asked before the deletion; true to go on. The default shows a QMessageBox.
    using Confirm = std::function<bool(const QString& question)>;
    void setConfirmation(Confirm confirm) { m_confirm = std::move(confirm); }
    // The file for the export; empty to cancel. The default shows a file dialog.
    using ChooseFile = std::function<QString()>;
    void setFileChooser(ChooseFile choose) { m_choose = std::move(choose); }

    QPushButton* exportButton() const { return m_export; }
    QPushButton* deleteButton() const { return m_delete; }
    QString messageText() const;

    void exportData();
    void deleteAccount();

private:
    void update();
    void show(const QString& text);

    AccountDataModel& m_model;
    QPushButton* m_export;
    QPushButton* m_delete;
    QLabel* m_message;
    Confirm m_confirm;
    ChooseFile m_choose;
};

} // namespace SafeScan
