#include "AccountPanel.h"

#include "AccountDataPanel.h"
#include "viewmodels/AccountViewModel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace SafeScan {

AccountPanel::AccountPanel(AccountViewModel& model, AccountDataModel* data, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_status(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_signIn(new QPushButton(tr("Sign &in"), this))
    , m_signOut(new QPushButton(tr("Sign &out"), this))
    , m_error(new QLabel(this))
{
    setAccessibleName(tr("Account"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Account status"));
    m_user->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_signIn->setAccessibleName(tr("Sign in to the SafeScan server"));
    m_signOut->setAccessibleName(tr("Sign out of the SafeScan server"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Sign-in problem"));
    m_error->hide();

    auto* layout = new QFormLayout(this);
    m_form = layout;
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addRow(m_status);
    layout->addRow(tr("&User name:"), m_user);
    layout->addRow(tr("&Password:"), m_password);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_signOut);
    buttons->addStretch(1);
    layout->addRow(buttons);
    layout->addRow(m_error);
    if (data) {
        m_data = new AccountDataPanel(*data, this);
        layout->addRow(m_data);
    }

    connect(m_signIn, &QPushButton::clicked, this, &AccountPanel::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &AccountPanel::signIn);
    connect(m_signOut, &QPushButton::clicked, &m_model, &AccountViewModel::signOut);
    connect(&m_model, &AccountViewModel::stateChanged, this, &AccountPanel::update);
    connect(&m_model, &AccountViewModel::failed, this, [this](const QString& message) {
        m_error->setText(tr("⚠ %1").arg(message));
        m_error->show();
    });
    update();
}

void AccountPanel::signIn()
{
    m_error->hide();
    if (m_model.signIn(m_user->text(), m_password->text()))
        m_password->clear();
}

void AccountPanel::update()
{
    const bool available = m_model.isAvailable();
    const bool signedIn = m_model.isSignedIn();
    const bool busy = m_model.isBusy();
    QString text;
    if (!available)
        text = tr("Signing in comes with the server connection, which this build has not set up yet. "
                  "Scanning and the local checks work without an account.");
    else if (busy)
        text = tr("Signing in…");
    else if (signedIn)
        text = m_model.role().isEmpty() ? tr("Signed in as %1.").arg(m_model.userName())
                                        : tr("Signed in as %1 (%2).").arg(m_model.userName(), m_model.role());
    else
        text = tr("Not signed in. Sign in to vote and to sync your history.");
    if (available && !m_model.storageNotice().isEmpty())
        text += u' ' + m_model.storageNotice();
    m_status->setText(text);
    m_user->setEnabled(available && !signedIn && !busy);
    m_password->setEnabled(available && !signedIn && !busy);
    m_signIn->setEnabled(available && !signedIn && !busy);
    m_signOut->setEnabled(available && signedIn);
    m_form->setRowVisible(m_user, !signedIn);
    m_form->setRowVisible(m_password, !signedIn);
    m_signIn->setVisible(!signedIn);
    m_signOut->setVisible(signedIn);
    if (signedIn)
        m_error->hide();
}

QString AccountPanel::statusText() const
{
    return m_status->text();
}

} // namespace SafeScan
