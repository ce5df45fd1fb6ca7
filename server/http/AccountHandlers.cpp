#include "AccountHandlers.h"

#include "HttpLog.h"
#include "JsonBody.h"
#include "accounts/AccountAuth.h"
#include "accounts/Passwords.h"
#include "analytics/AnalyticsCounts.h"
#include "analytics/ServerMetricCounter.h"
#include "live/LivePublisher.h"
#include "moderation/ModerationEvents.h"
#include "storage/AccountStore.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

constexpr qint64 SessionLifetimeMs = 30LL * 24 * 60 * 60 * 1000;
constexpr qsizetype MaxNoteLength = 500;    // characters
constexpr qsizetype MaxContentBytes = 4096; // UTF-8 bytes
constexpr int DefaultAuditLimit = 100;
constexpr int MaxAuditLimit = 500;

ApiError databaseError()
{
    return ApiError::internal(u"The database is unavailable."_s);
}

ApiError invalidCredentials()
{
    return {HttpStatus::Unauthorized, u"invalid_credentials"_s, u"Wrong username or password."_s};
}

ApiError invalidType(const QString& field, const QString& what)
{
    return ApiError::badRequest(u"invalid_type"_s, u"\"%1\" must be %2."_s.arg(field, what));
}

QStringList reportReasons()
{
    return {u"phishing"_s, u"malware"_s, u"scam"_s, u"other"_s};
}

} // namespace

AccountHandlers::AccountHandlers(AccountStore& accounts, const AccountAuthenticator& authenticator,
                                 LivePublisher& live)
    : m_accounts(accounts)
    , m_authenticator(authenticator)
    , m_live(live)
{
    // Makes the dummy hash now, so that the first login of an unknown user is not slower.
    Passwords::verifyDummy({});
}

QHttpServerResponse AccountHandlers::createSession(const QHttpServerRequest& request)
{
    const JsonObjectBody body = parseJsonObject(request.body());
    if (body.error)
        return body.error->toResponse();
    if (const auto unknown = rejectUnknownFields(body.object, {u"username"_s, u"password"_s}))
        return unknown->toResponse();
    const QJsonValue username = body.object.value(u"username"_s);
    const QJsonValue password = body.object.value(u"password"_s);
    if (!username.isString())
        return invalidType(u"username"_s, u"a string"_s).toResponse();
    if (!password.isString())
        return invalidType(u"password"_s, u"a string"_s).toResponse();
    const QByteArray secret = password.toString().toUtf8();
    if (secret.size() > Passwords::MaxBytes) {
        return ApiError::badRequest(u"invalid_value"_s,
                                    u"\"password\" is longer than %1 bytes."_s.arg(Passwords::MaxBytes))
            .toResponse();
    }

    // Unknown users and wrong passwords take the same path: one Argon2id verification, one answer.
    QString error;
    const std::optional<AccountCredentials> account = m_accounts.credentials(username.toString(), error);
    if (!error.isEmpty())
        return databaseError().toResponse();
    const bool valid =
        account ? Passwords::verify(account->passwordHash, secret) : Passwords::verifyDummy(secret);
    if (!valid)
        return invalidCredentials().toResponse();

    const std::optional<QString> token = m_accounts.createSession(account->id, SessionLifetimeMs, error);
    if (!token)
        return databaseError().toResponse();
    qCDebug(lcServerHttp) << "session created for account" << account->id;
    return jsonResponse({{u"token"_s, *token}, {u"role"_s, account->role}}, HttpStatus::Created);
}

QHttpServerResponse AccountHandlers::createReport(const QHttpServerRequest& request)
{
    const PrincipalResult auth = m_authenticator.authenticate(request);
    if (auth.error)
        return auth.error->toResponse();
    const JsonObjectBody body = parseJsonObject(request.body());
    if (body.error)
        return body.error->toResponse();
    if (const auto unknown = rejectUnknownFields(
            body.object, {u"hash"_s, u"reason"_s, u"note"_s, u"content"_s, u"request_id"_s}))
        return unknown->toResponse();

    ReportInput report;
    const QJsonValue hash = body.object.value(u"hash"_s);
    const std::optional<QString> itemHash =
        hash.isString() ? normalizedHex(hash.toString(), 64) : std::nullopt;
    if (!itemHash) {
        return ApiError::badRequest(u"invalid_hash"_s, u"\"hash\" must be 64 hex digits (SHA-256)."_s)
            .toResponse();
    }
    report.itemHash = *itemHash;
    const QJsonValue reason = body.object.value(u"reason"_s);
    if (!reason.isString() || !reportReasons().contains(reason.toString())) {
        return ApiError::badRequest(u"invalid_reason"_s,
                                    u"\"reason\" must be one of: %1."_s.arg(reportReasons().join(u", "_s)))
            .toResponse();
    }
    report.reason = reason.toString();
    if (body.object.contains(u"note"_s)) {
        const QJsonValue note = body.object.value(u"note"_s);
        if (!note.isString())
            return invalidType(u"note"_s, u"a string"_s).toResponse();
        if (note.toString().size() > MaxNoteLength) {
            return ApiError::badRequest(u"invalid_note"_s,
                                        u"\"note\" is longer than %1 characters."_s.arg(MaxNoteLength))
                .toResponse();
        }
        report.note = note.toString();
    }
    // The scanned content arrives only when the user agreed to send it (SPEC §8).
    if (body.object.contains(u"content"_s)) {
        const QJsonValue content = body.object.value(u"content"_s);
        if (!content.isString())
            return invalidType(u"content"_s, u"a string"_s).toResponse();
        if (content.toString().toUtf8().size() > MaxContentBytes) {
            return ApiError::badRequest(u"invalid_content"_s,
                                        u"\"content\" is longer than %1 bytes."_s.arg(MaxContentBytes))
                .toResponse();
        }
        report.content = content.toString();
    }
    if (body.object.contains(u"request_id"_s)) {
        const QJsonValue requestId = body.object.value(u"request_id"_s);
        if (!requestId.isString())
            return invalidType(u"request_id"_s, u"a string"_s).toResponse();
        static const QRegularExpression pattern(u"^[A-Za-z0-9_-]{1,64}$"_s);
        if (!pattern.match(requestId.toString()).hasMatch()) {
            return ApiError::badRequest(u"invalid_request_id"_s,
                                        u"\"request_id\" is 1-64 characters of A-Z a-z 0-9 - _."_s)
                .toResponse();
        }
        report.requestId = requestId.toString();
    }
    report.reporter = auth.principal->voter;

    QString error;
    const std::optional<ReportAdded> added = m_accounts.addReport(report, error);
    if (!added)
        return databaseError().toResponse();
    if (!added->created) // sent again (a lost answer): the same report, stored once
        return jsonResponse({{u"id"_s, added->id}}, HttpStatus::Ok);
    publishNewReport(m_live, report.itemHash, added->id);
    countMetric(m_counter, Metric::Reports);
    return jsonResponse({{u"id"_s, added->id}}, HttpStatus::Created);
}

QHttpServerResponse AccountHandlers::moderationAudit(const QHttpServerRequest& request)
{
    const PrincipalResult auth = m_authenticator.requireRole(request, {u"moderator"_s, u"admin"_s});
    if (auth.error)
        return auth.error->toResponse();
    const QUrlQuery query = request.query();
    int limit = DefaultAuditLimit;
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > MaxAuditLimit || query.allQueryItemValues(u"limit"_s).size() != 1) {
            return ApiError::badRequest(u"invalid_limit"_s,
                                        u"limit must be an integer from 1 to %1."_s.arg(MaxAuditLimit))
                .toResponse();
        }
    }
    QString error;
    const std::optional<QList<AuditEntry>> entries = m_accounts.auditEntries(limit, error);
    if (!entries)
        return databaseError().toResponse();
    QJsonArray array;
    for (const AuditEntry& entry : *entries) {
        array.append(QJsonObject{{u"id"_s, entry.id},
                                 {u"at"_s, entry.at},
                                 {u"actor"_s, entry.actor},
                                 {u"action"_s, entry.action},
                                 {u"subject"_s, entry.subject},
                                 {u"reason"_s, entry.reason},
                                 {u"detail"_s, entry.detail}});
    }
    return jsonResponse({{u"entries"_s, array}});
}

} // namespace SafeScan
