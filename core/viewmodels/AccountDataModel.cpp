#include "AccountDataModel.h"

#include "AccountViewModel.h"
#include "ViewModelsLog.h"
#include "api/AccountExportJob.h"
#include "api/ApiExecutor.h"
#include "api/DeleteAccountJob.h"
#include "credentials/CredentialVault.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace SafeScan {

AccountDataModel::AccountDataModel(AccountViewModel& account, ApiExecutor* executor,
                                   const ApiContext* context, CredentialVault* vault, QObject* parent)
    : QObject(parent)
    , m_account(account)
    , m_executor(executor)
    , m_context(context)
    , m_vault(vault)
{
    connect(&m_account, &AccountViewModel::stateChanged, this, &AccountDataModel::stateChanged);
}

AccountDataModel::~AccountDataModel()
{
    if (m_call)
        m_call->cancel();
}

bool AccountDataModel::canAct() const
{
    return m_executor && m_context && m_vault && m_account.isSignedIn() && !isBusy();
}

ApiContext AccountDataModel::sessionContext() const
{
    ApiContext context = *m_context;
    CredentialVault* vault = m_vault;
    context.token = [vault] { return vault->sessionToken(); };
    return context;
}

bool AccountDataModel::refuse(const QString& message)
{
    Q_EMIT failed(message);
    return false;
}

QString AccountDataModel::describeFailure(const ApiCall& call) const
{
    const ApiError& error = call.error();
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 401)
        return tr("The server no longer accepts this sign-in. Sign out, sign in again and retry.");
    return error.message.isEmpty() ? error.toString() : error.message;
}

bool AccountDataModel::exportTo(const QString& filePath)
{
    if (isBusy())
        return refuse(tr("Another account request is under way."));
    if (!canAct())
        return refuse(tr("Sign in to export your data from the server."));
    if (filePath.isEmpty())
        return refuse(tr("Choose a file for the export."));
    auto* job = new AccountExportJob(sessionContext());
    m_call = m_executor->run(job, this, [this, filePath](const ApiCall& call) {
        m_call = nullptr;
        Q_EMIT stateChanged();
        if (!call.error().ok()) {
            qCInfo(lcViewModels, "account export failed: %s", qPrintable(call.error().toString()));
            Q_EMIT failed(tr("The export failed: %1").arg(describeFailure(call)));
            return;
        }
        const auto* exported = static_cast<const AccountExportJob*>(call.job());
        QSaveFile file(filePath);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QJsonDocument(exported->document()).toJson(QJsonDocument::Indented)) < 0 ||
            !file.commit()) {
            Q_EMIT failed(tr("The export could not be written to %1: %2")
                              .arg(QDir::toNativeSeparators(filePath), file.errorString()));
            return;
        }
        Q_EMIT done(tr("Your server data was exported to %1 (%2 votes, %3 reports, %4 synced records).")
                        .arg(QDir::toNativeSeparators(filePath))
                        .arg(exported->voteCount())
                        .arg(exported->reportCount())
                        .arg(exported->syncRecordCount()));
    });
    Q_EMIT stateChanged();
    return true;
}

bool AccountDataModel::deleteAccount()
{
    if (isBusy())
        return refuse(tr("Another account request is under way."));
    if (!canAct())
        return refuse(tr("Sign in to delete your account on the server."));
    auto* job = new DeleteAccountJob(sessionContext());
    m_call = m_executor->run(job, this, [this](const ApiCall& call) {
        m_call = nullptr;
        const ApiError& error = call.error();
        if (!error.ok() && !(error.kind == ApiError::Kind::Http && error.httpStatus == 401)) {
            qCInfo(lcViewModels, "account deletion failed: %s", qPrintable(error.toString()));
            Q_EMIT stateChanged();
            Q_EMIT failed(tr("The account was not deleted: %1").arg(describeFailure(call)));
            return;
        }
        // 401: the token is no longer valid — the account was deleted by an earlier attempt whose
        // answer was lost, or the session ended. Either way this device signs out.
        const QString name = m_account.userName();
        m_account.signOut();
        if (error.ok()) {
            const QJsonObject counts = static_cast<const DeleteAccountJob*>(call.job())->deleted();
            Q_EMIT done(tr("The account %1 was deleted on the server (%2 synced records removed, %3 votes "
                           "kept only as anonymous totals). This device is signed out.")
                            .arg(name)
                            .arg(counts.value(u"records"_s).toInteger())
                            .arg(counts.value(u"votes_folded"_s).toInteger()));
        } else {
            Q_EMIT done(tr("The server no longer knows this sign-in; the account is gone or the session "
                           "ended. This device is signed out."));
        }
    });
    Q_EMIT stateChanged();
    return true;
}

} // namespace SafeScan
