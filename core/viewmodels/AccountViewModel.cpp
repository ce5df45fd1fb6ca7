#include "AccountViewModel.h"

#include "ViewModelsLog.h"
#include "api/ApiExecutor.h"
#include "api/CreateSessionJob.h"
#include "credentials/CredentialVault.h"
#include "settings/Settings.h"

namespace SafeScan {

AccountViewModel::AccountViewModel(Settings& settings, ApiExecutor* executor, const ApiContext* context,
                                   CredentialVault* vault, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_executor(executor)
    , m_context(context)
    , m_vault(vault)
{
    if (m_vault) {
        connect(m_vault, &CredentialVault::loaded, this, &AccountViewModel::stateChanged);
        connect(m_vault, &CredentialVault::storageChanged, this, &AccountViewModel::stateChanged);
    }
}

AccountViewModel::~AccountViewModel()
{
    if (m_call)
        m_call->cancel();
}

bool AccountViewModel::isBusy() const
{
    return !m_call.isNull();
}

bool AccountViewModel::isSignedIn() const
{
    return m_vault && !m_vault->sessionToken().isEmpty() && !userName().isEmpty();
}

QString AccountViewModel::userName() const
{
    return m_settings.value(SettingKeys::accountName);
}

QString AccountViewModel::role() const
{
    return isSignedIn() ? m_settings.value(SettingKeys::accountRole) : QString();
}

QString AccountViewModel::storageNotice() const
{
    return m_vault ? m_vault->storageNotice() : QString();
}

void AccountViewModel::fail(const QString& message)
{
    m_error = message;
    Q_EMIT failed(message);
    Q_EMIT stateChanged();
}

bool AccountViewModel::signIn(const QString& userName, const QString& password)
{
    if (!isAvailable()) {
        fail(tr("Signing in needs the connection to the SafeScan server, which is not set up."));
        return false;
    }
    if (m_call) {
        fail(tr("Signing in is already under way."));
        return false;
    }
    if (userName.trimmed().isEmpty() || password.isEmpty()) {
        fail(tr("Enter your user name and password."));
        return false;
    }
    m_error.clear();
    const QString name = userName.trimmed();
    auto* job = new CreateSessionJob(*m_context, name, password);
    m_call = m_executor->run(job, this, [this, name](const ApiCall& call) {
        m_call = nullptr;
        const ApiError& error = call.error();
        if (!error.ok()) {
            qCInfo(lcViewModels, "sign-in failed: %s", qPrintable(error.toString()));
            fail(error.kind == ApiError::Kind::Http && (error.httpStatus == 401 || error.httpStatus == 403)
                     ? tr("The user name or password is wrong.")
                     : tr("Could not sign in: %1").arg(error.message));
            return;
        }
        const auto* session = static_cast<const CreateSessionJob*>(call.job());
        m_settings.setValue(SettingKeys::accountName, name);
        m_settings.setValue(SettingKeys::accountRole, session->role());
        m_settings.sync();
        m_vault->setSessionToken(session->token());
        Q_EMIT signedIn(name, session->role());
        Q_EMIT stateChanged();
    });
    Q_EMIT stateChanged();
    return true;
}

void AccountViewModel::signOut()
{
    if (m_call)
        m_call->cancel();
    if (m_vault)
        m_vault->setSessionToken({});
    m_settings.reset(SettingKeys::accountName);
    m_settings.reset(SettingKeys::accountRole);
    m_settings.sync();
    Q_EMIT stateChanged();
}

} // namespace SafeScan
