#include "ModerationHandlers.h"

#include "JsonBody.h"
#include "abuse/AbuseGuard.h"
#include "accounts/AccountAuth.h"
#include "analytics/AnalyticsCounts.h"
#include "analytics/ServerMetricCounter.h"
#include "moderation/ModerationEvents.h"
#include "moderation/ModerationQueue.h"
#include "moderation/ModerationStore.h"
#include "ratings/RatingQuery.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

constexpr int DefaultQueueLimit = 50;
constexpr int MaxQueueLimit = 200;
constexpr qsizetype MaxReasonLength = 500; // characters
constexpr qsizetype HexDigits = 64;        // item hashes and voter pseudonyms

ApiError databaseError()
{
    return ApiError::internal(u"The database is unavailable."_s);
}

ApiError invalidSubject(const QString& message)
{
    return ApiError::badRequest(u"invalid_subject"_s, message);
}

bool isItemAction(ModerationActionKind kind)
{
    return kind == ModerationActionKind::ConfirmSafe || kind == ModerationActionKind::ConfirmUnsafe ||
           kind == ModerationActionKind::ClearDecision || kind == ModerationActionKind::Lock ||
           kind == ModerationActionKind::Unlock;
}

// Fills the subject of `action` from exactly one of "hash", "voter", "report_id" or "id".
std::optional<ApiError> readSubject(const QJsonObject& body, ModerationAction& action)
{
    const QStringList keys = {u"hash"_s, u"voter"_s, u"report_id"_s, u"id"_s};
    const auto given =
        std::count_if(keys.cbegin(), keys.cend(), [&](const QString& key) { return body.contains(key); });
    if (given != 1)
        return invalidSubject(u"Give exactly one of \"hash\", \"voter\", \"report_id\" or \"id\"."_s);

    QString hash = body.value(u"hash"_s).toString();
    QString voter = body.value(u"voter"_s).toString();
    for (const QString& key : {u"hash"_s, u"voter"_s, u"id"_s}) {
        if (body.contains(key) && !body.value(key).isString())
            return ApiError::badRequest(u"invalid_type"_s, u"\"%1\" must be a string."_s.arg(key));
    }
    if (body.contains(u"id"_s)) {
        const QString id = body.value(u"id"_s).toString();
        if (id.startsWith(u"item:"_s))
            hash = id.mid(5);
        else if (id.startsWith(u"voter:"_s))
            voter = id.mid(6);
        else
            return invalidSubject(
                u"\"id\" must be a queue entry id: \"item:HASH\" or \"voter:PSEUDONYM\"."_s);
    }
    if (!hash.isEmpty() || body.contains(u"hash"_s)) {
        const std::optional<QString> normalized = normalizedHex(hash, HexDigits);
        if (!normalized)
            return ApiError::badRequest(u"invalid_hash"_s,
                                        u"The item hash must be 64 hex digits (SHA-256)."_s);
        action.itemHash = *normalized;
    }
    if (!voter.isEmpty() || body.contains(u"voter"_s)) {
        const std::optional<QString> normalized = normalizedHex(voter, HexDigits);
        if (!normalized)
            return ApiError::badRequest(u"invalid_voter"_s, u"A voter pseudonym is 64 hex digits."_s);
        action.voter = *normalized;
    }
    if (body.contains(u"report_id"_s)) {
        const QJsonValue id = body.value(u"report_id"_s);
        const double number = id.toDouble();
        if (!id.isDouble() || number < 1 || number > 9007199254740991.0 || std::floor(number) != number)
            return ApiError::badRequest(u"invalid_type"_s, u"\"report_id\" must be a positive integer."_s);
        action.reportId = qint64(number);
    }

    const bool fits = isItemAction(action.kind)  ? !action.itemHash.isEmpty()
                      : actsOnVoter(action.kind) ? !action.voter.isEmpty()
                                                 : !action.itemHash.isEmpty() || action.reportId > 0;
    if (!fits) {
        const QString expected = isItemAction(action.kind) ? u"an item (\"hash\")"_s
                                 : actsOnVoter(action.kind)
                                     ? u"a voter (\"voter\")"_s
                                     : u"an item (\"hash\") or a report (\"report_id\")"_s;
        return invalidSubject(u"\"%1\" acts on %2."_s.arg(moderationActionName(action.kind), expected));
    }
    return std::nullopt;
}

} // namespace

ModerationHandlers::ModerationHandlers(ModerationStore& store, const ModerationQueue& queue,
                                       const RatingQuery& ratings, AbuseGuard& abuse,
                                       const AccountAuthenticator& authenticator, LivePublisher& live)
    : m_store(store)
    , m_queue(queue)
    , m_ratings(ratings)
    , m_abuse(abuse)
    , m_authenticator(authenticator)
    , m_live(live)
{}

QStringList ModerationHandlers::moderatorRoles()
{
    return {u"moderator"_s, u"admin"_s};
}

QHttpServerResponse ModerationHandlers::queue(const QHttpServerRequest& request)
{
    const PrincipalResult auth = m_authenticator.requireRole(request, moderatorRoles());
    if (auth.error)
        return auth.error->toResponse();
    const QUrlQuery query = request.query();
    int limit = DefaultQueueLimit;
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > MaxQueueLimit || query.allQueryItemValues(u"limit"_s).size() != 1) {
            return ApiError::badRequest(u"invalid_limit"_s,
                                        u"limit must be an integer from 1 to %1."_s.arg(MaxQueueLimit))
                .toResponse();
        }
    }
    std::optional<QueueCursor> after;
    if (query.hasQueryItem(u"after"_s)) {
        after = QueueCursor::parse(query.queryItemValue(u"after"_s, QUrl::FullyDecoded));
        if (!after || query.allQueryItemValues(u"after"_s).size() != 1) {
            return ApiError::badRequest(u"invalid_cursor"_s,
                                        u"after must be the \"next\" value of a previous page."_s)
                .toResponse();
        }
    }
    QString error;
    const std::optional<QueuePage> page = m_queue.page(after, limit, error);
    if (!page)
        return databaseError().toResponse();
    QJsonArray entries;
    for (const QueueEntry& entry : page->entries)
        entries.append(entry.json);
    return jsonResponse({{u"entries"_s, entries},
                         {u"total"_s, page->total},
                         {u"next"_s, page->next ? QJsonValue(page->next->toString()) : QJsonValue()}});
}

QHttpServerResponse ModerationHandlers::act(const QHttpServerRequest& request)
{
    const PrincipalResult auth = m_authenticator.requireRole(request, moderatorRoles());
    if (auth.error)
        return auth.error->toResponse();
    const JsonObjectBody body = parseJsonObject(request.body());
    if (body.error)
        return body.error->toResponse();
    if (const auto unknown = rejectUnknownFields(
            body.object, {u"action"_s, u"hash"_s, u"voter"_s, u"report_id"_s, u"id"_s, u"reason"_s}))
        return unknown->toResponse();

    ModerationAction action;
    const QJsonValue name = body.object.value(u"action"_s);
    if (!name.isString())
        return ApiError::badRequest(u"invalid_type"_s, u"\"action\" is required and must be a string."_s)
            .toResponse();
    const std::optional<ModerationActionKind> kind = moderationActionFromName(name.toString());
    if (!kind) {
        return ApiError::badRequest(u"invalid_action"_s, u"\"action\" must be one of: %1."_s.arg(
                                                             moderationActionNames().join(u", "_s)))
            .toResponse();
    }
    action.kind = *kind;
    const QJsonValue reason = body.object.value(u"reason"_s);
    if (!reason.isString())
        return ApiError::badRequest(u"invalid_type"_s, u"\"reason\" is required and must be a string."_s)
            .toResponse();
    action.reason = reason.toString().trimmed();
    if (action.reason.isEmpty() || action.reason.size() > MaxReasonLength) {
        return ApiError::badRequest(u"invalid_reason"_s,
                                    u"\"reason\" must say why, in 1 to %1 characters."_s.arg(MaxReasonLength))
            .toResponse();
    }
    if (const auto invalid = readSubject(body.object, action))
        return invalid->toResponse();

    QString error;
    const std::optional<QString> username = m_store.username(auth.principal->accountId, error);
    if (!error.isEmpty())
        return databaseError().toResponse();
    action.actor = username.value_or(u"account:"_s + QString::number(auth.principal->accountId));

    const ModerationOutcome outcome = m_store.apply(action);
    switch (outcome.status) {
    case ModerationOutcome::Status::Done:
        break;
    case ModerationOutcome::Status::NotFound:
        return ApiError::notFound(outcome.message).toResponse();
    case ModerationOutcome::Status::Conflict:
        return ApiError{HttpStatus::Conflict, u"conflict"_s, outcome.message}.toResponse();
    case ModerationOutcome::Status::Failed:
        return databaseError().toResponse();
    }
    // The spam flag lives in memory (AbuseGuard): a restored voter's next votes count again.
    if (action.kind == ModerationActionKind::RestoreVoter)
        m_abuse.restoreVoter(action.voter);
    if (outcome.changed) {
        countMetric(m_counter, Metric::ModerationActions);
        publishModerationChange(m_live, m_ratings, action, outcome);
    }
    return answer(action, outcome);
}

QHttpServerResponse ModerationHandlers::answer(const ModerationAction& action,
                                               const ModerationOutcome& outcome)
{
    const bool voterAction = actsOnVoter(action.kind);
    QJsonObject json{{u"action"_s, moderationActionName(action.kind)},
                     {u"id"_s, voterAction ? ModerationQueue::voterId(outcome.subject)
                                           : ModerationQueue::itemId(outcome.subject)},
                     {u"changed"_s, outcome.changed},
                     {u"audit_id"_s, outcome.changed ? QJsonValue(outcome.auditId) : QJsonValue()}};
    if (voterAction) {
        json.insert(u"voter"_s, outcome.subject);
        json.insert(u"votes"_s, outcome.votes);
        json.insert(u"items"_s, int(outcome.affectedItems.size()));
    } else {
        QString error;
        const std::optional<ItemRating> rating = m_ratings.ratingOf(outcome.subject, error);
        const std::optional<bool> locked = m_store.isLocked(outcome.subject, error);
        if (!rating || !locked)
            return databaseError().toResponse(); // committed, but the answer cannot be read back
        json.insert(u"hash"_s, outcome.subject);
        json.insert(u"locked"_s, *locked);
        json.insert(u"reports"_s, outcome.reports);
        json.insert(u"rating"_s, rating->rating.toJson(outcome.subject));
    }
    return jsonResponse(json);
}

} // namespace SafeScan
