#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace SafeScan {

class AccountDataModel;
class AccountDataPanel;
class AccountViewModel;

// Inside the Settings view: who is signed in, and the sign-in fields or the sign-out button.
// Without a server connection the fields are disabled and say why. With `data`, the export and
// deletion of the account's server data (AccountDataPanel) sit under the sign-out button.
class AccountPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AccountPanel(AccountViewModel& model, AccountDataModel* data = nullptr,
                          QWidget* parent = nullptr);

    QLineEdit* userField() const { return m_user; }
    QLineEdit* passwordField() const { return m_password; }
    QPushButton* signInButton() const { return m_signIn; }
    QPushButton* signOutButton() const { return m_signOut; }
    QString statusText() const;
    AccountDataPanel* dataPanel() const { return m_data; }

private:
    void update();
    void signIn();

    AccountViewModel& m_model;
    QLabel* m_status;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QPushButton* m_signIn;
    QPushButton* m_signOut;
    QLabel* m_error;
    QFormLayout* m_form = nullptr;
    AccountDataPanel* m_data = nullptr;
};

} // namespace SafeScan
