#include "ModerationTypes.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

struct ActionName
{
    ModerationAction action;
    const char16_t* name;
};

constexpr ActionName kActions[] = {
    {ModerationAction::ConfirmSafe, u"confirm_safe"},
    {ModerationAction::ConfirmUnsafe, u"confirm_unsafe"},
    {ModerationAction::ClearDecision, u"clear_decision"},
    {ModerationAction::DismissReports, u"dismiss_reports"},
    {ModerationAction::QuarantineVoter, u"quarantine_voter"},
    {ModerationAction::RestoreVoter, u"restore_voter"},
    {ModerationAction::Lock, u"lock"},
    {ModerationAction::Unlock, u"unlock"},
};

bool isCount(const QJsonValue& value)
{
    return value.isDouble() && value.toDouble() >= 0 && value.toDouble() <= 9e15;
}

template <typename T>
std::optional<T> failed(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

QStringList stringsOf(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        if (item.isString())
            list.append(item.toString());
    return list;
}

} // namespace

QString moderationActionName(ModerationAction action)
{
    for (const ActionName& entry : kActions)
        if (entry.action == action)
            return QString::fromUtf16(entry.name);
    return {};
}

std::optional<ModerationAction> moderationActionFromName(QStringView name)
{
    for (const ActionName& entry : kActions)
        if (name == QStringView(entry.name))
            return entry.action;
    return std::nullopt;
}

QList<ModerationAction> allModerationActions()
{
    QList<ModerationAction> list;
    for (const ActionName& entry : kActions)
        list.append(entry.action);
    return list;
}

bool actsOnVoter(ModerationAction action)
{
    return action == ModerationAction::QuarantineVoter || action == ModerationAction::RestoreVoter;
}

std::optional<ModerationEntry> ModerationEntry::fromJson(const QJsonObject& json, QString* error)
{
    ModerationEntry entry;
    entry.id = json.value(u"id"_s).toString();
    const QString kind = json.value(u"kind"_s).toString();
    if (entry.id.isEmpty() || (kind != u"item"_s && kind != u"voter"_s))
        return failed<ModerationEntry>(error,
                                       u"A queue entry needs an \"id\" and a \"kind\" of item or voter."_s);
    if (!isCount(json.value(u"since"_s)))
        return failed<ModerationEntry>(error, u"A queue entry's \"since\" is not a time."_s);
    entry.sinceMs = qint64(json.value(u"since"_s).toDouble());
    if (kind == u"voter"_s) {
        entry.kind = Kind::Voter;
        entry.voter = json.value(u"voter"_s).toString();
        if (entry.voter.isEmpty())
            return failed<ModerationEntry>(error, u"A voter entry has no \"voter\"."_s);
        entry.voterReason = json.value(u"reason"_s).toString();
        entry.quarantinedBy = json.value(u"quarantined_by"_s).toString();
        entry.voterVotes = json.value(u"votes"_s).toInt();
        return entry;
    }
    entry.kind = Kind::Item;
    entry.hash = json.value(u"hash"_s).toString().toLower();
    if (entry.hash.size() != 64)
        return failed<ModerationEntry>(error, u"An item entry's \"hash\" is not 64 hex digits."_s);
    const QJsonObject reports = json.value(u"reports"_s).toObject();
    entry.openReports = reports.value(u"open"_s).toInt();
    for (const QJsonValue& id : reports.value(u"ids"_s).toArray())
        if (isCount(id))
            entry.reportIds.append(qint64(id.toDouble()));
    const QJsonObject reasons = reports.value(u"reasons"_s).toObject();
    for (auto it = reasons.begin(); it != reasons.end(); ++it)
        entry.reportReasons.insert(it.key(), it.value().toInt());
    if (isCount(reports.value(u"newest"_s)))
        entry.newestReportMs = qint64(reports.value(u"newest"_s).toDouble());
    entry.notes = stringsOf(reports.value(u"notes"_s));
    entry.contents = stringsOf(reports.value(u"content"_s));
    entry.disputed = json.value(u"disputed"_s).toBool();
    entry.decision = json.value(u"decision"_s).toString();
    if (json.value(u"rating"_s).isObject()) {
        QString why;
        entry.rating = RatingInfo::fromJson(json.value(u"rating"_s).toObject(), &why);
        if (!entry.rating)
            return failed<ModerationEntry>(error, why);
    }
    for (const QJsonValue& value : json.value(u"votes"_s).toArray()) {
        const QJsonObject vote = value.toObject();
        entry.votes.append({vote.value(u"voter"_s).toString(), vote.value(u"vote"_s).toString(),
                            qint64(vote.value(u"at"_s).toDouble()), vote.value(u"quarantined"_s).toBool()});
    }
    return entry;
}

std::optional<AuditRecord> AuditRecord::fromJson(const QJsonObject& json, QString* error)
{
    if (!isCount(json.value(u"id"_s)) || !isCount(json.value(u"at"_s)) || !json.value(u"action"_s).isString())
        return failed<AuditRecord>(error, u"An audit entry needs \"id\", \"at\" and \"action\"."_s);
    AuditRecord record;
    record.id = qint64(json.value(u"id"_s).toDouble());
    record.atMs = qint64(json.value(u"at"_s).toDouble());
    record.actor = json.value(u"actor"_s).toString();
    record.action = json.value(u"action"_s).toString();
    record.subject = json.value(u"subject"_s).toString();
    record.reason = json.value(u"reason"_s).toString();
    record.detail = json.value(u"detail"_s).toString();
    return record;
}

std::optional<ModerationOutcome> ModerationOutcome::fromJson(const QJsonObject& json, QString* error)
{
    if (!json.value(u"action"_s).isString() || !json.value(u"id"_s).isString() ||
        !json.value(u"changed"_s).isBool())
        return failed<ModerationOutcome>(error, u"The answer needs \"action\", \"id\" and \"changed\"."_s);
    ModerationOutcome outcome;
    outcome.action = json.value(u"action"_s).toString();
    outcome.id = json.value(u"id"_s).toString();
    outcome.changed = json.value(u"changed"_s).toBool();
    if (isCount(json.value(u"audit_id"_s)))
        outcome.auditId = qint64(json.value(u"audit_id"_s).toDouble());
    if (json.value(u"rating"_s).isObject()) {
        QString why;
        outcome.rating = RatingInfo::fromJson(json.value(u"rating"_s).toObject(), &why);
        if (!outcome.rating)
            return failed<ModerationOutcome>(error, why);
    }
    if (json.value(u"locked"_s).isBool())
        outcome.locked = json.value(u"locked"_s).toBool();
    outcome.reports = json.value(u"reports"_s).toInt();
    outcome.votes = json.value(u"votes"_s).toInt();
    outcome.items = json.value(u"items"_s).toInt();
    return outcome;
}

} // namespace SafeScan
