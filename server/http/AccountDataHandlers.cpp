#include "AccountDataHandlers.h"

#include "ApiRouter.h"
#include "HttpLog.h"
#include "SyncHandlers.h"
#include "storage/AccountDataStore.h"

#include <QHttpServer>
#include <QHttpServerRequest>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

ApiError accountGone()
{
    return ApiError::unauthorized(u"The account no longer exists."_s);
}

} // namespace

AccountDataHandlers::AccountDataHandlers(AccountDataStore& store, const AccountAuthenticator& authenticator)
    : m_store(store)
    , m_authenticator(authenticator)
{}

void AccountDataHandlers::install(ApiRouter& router, QHttpServer& server)
{
    using Method = QHttpServerRequest::Method;
    router.addRoute(server, Method::Get, u"/v1/account/export"_s,
                    [this](const QHttpServerRequest& request) { return exportAccount(request); });
    router.addRoute(server, Method::Delete, u"/v1/account"_s,
                    [this](const QHttpServerRequest& request) { return deleteAccount(request); });
}

QHttpServerResponse AccountDataHandlers::exportAccount(const QHttpServerRequest& request)
{
    const PrincipalResult auth = requireAccount(m_authenticator, request);
    if (auth.error)
        return auth.error->toResponse();
    QString error;
    const std::optional<QJsonObject> document =
        m_store.exportAccount(auth.principal->accountId, auth.principal->voter, error);
    if (!document)
        return (error.isEmpty() ? accountGone() : ApiError::internal(u"The database is unavailable."_s))
            .toResponse();
    QHttpServerResponse response = jsonResponse(*document);
    response.setHeader("Content-Disposition", "attachment; filename=\"safescan-account.json\"");
    return response;
}

QHttpServerResponse AccountDataHandlers::deleteAccount(const QHttpServerRequest& request)
{
    const PrincipalResult auth = requireAccount(m_authenticator, request);
    if (auth.error)
        return auth.error->toResponse();
    if (!request.body().trimmed().isEmpty()) {
        return ApiError::badRequest(u"unexpected_body"_s, u"DELETE /v1/account takes no body."_s)
            .toResponse();
    }
    QString error;
    const std::optional<AccountDeletion> deletion =
        m_store.deleteAccount(auth.principal->accountId, auth.principal->voter, error);
    if (!deletion)
        return (error.isEmpty() ? accountGone() : ApiError::internal(u"The database is unavailable."_s))
            .toResponse();
    qCInfo(lcServerHttp) << "an account was deleted on its owner's request";
    return jsonResponse({{u"deleted"_s, QJsonObject{{u"votes_folded"_s, deletion->votesFolded},
                                                    {u"votes_dropped"_s, deletion->votesDropped},
                                                    {u"records"_s, deletion->records},
                                                    {u"sync_clients"_s, deletion->syncClients},
                                                    {u"sessions"_s, deletion->sessions},
                                                    {u"reports_anonymised"_s, deletion->reports},
                                                    {u"audit_anonymised"_s, deletion->auditAnonymised}}}});
}

} // namespace SafeScan
