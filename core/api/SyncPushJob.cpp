#include "SyncPushJob.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
bool readIds(const QJsonValue& value, QList<qint64>& ids)
{
    if (!value.isArray())
        return false;
    for (const QJsonValue& id : value.toArray()) {
        if (!id.isDouble())
            return false;
        ids.append(qint64(id.toDouble()));
    }
    return true;
}
} // namespace

SyncPushJob::SyncPushJob(const ApiContext& context, QString clientId, QList<SyncPushMutation> mutations,
                         QObject* parent)
    : ApiJob(context, parent)
    , m_clientId(std::move(clientId))
    , m_mutations(std::move(mutations))
{}

ApiJob::Request SyncPushJob::request() const
{
    QJsonArray array;
    for (const SyncPushMutation& m : m_mutations) {
        QJsonObject object{{u"id"_s, m.id},
                           {u"kind"_s, m.deleted ? u"delete"_s : u"put"_s},
                           {u"record_id"_s, m.recordId},
                           {u"updated_at"_s, m.updatedAt}};
        if (!m.deleted)
            object.insert(u"ciphertext"_s, m.ciphertext);
        array.append(object);
    }
    return {"POST", u"/v1/sync/push"_s,
            {},     QJsonObject{{u"client_id"_s, m_clientId}, {u"mutations"_s, array}},
            true,   u"/v1/sync/push"_s};
}

ApiError SyncPushJob::validate() const
{
    if (m_clientId.isEmpty() || m_mutations.isEmpty())
        return ApiError::invalid(u"invalid_push"_s, u"A push needs a client id and at least one mutation."_s);
    for (qsizetype i = 1; i < m_mutations.size(); ++i) {
        if (m_mutations.at(i).id <= m_mutations.at(i - 1).id)
            return ApiError::invalid(u"invalid_order"_s, u"Mutation ids must increase within a push."_s);
    }
    return {};
}

QString SyncPushJob::readResult(int, const QJsonDocument& json)
{
    const QJsonObject object = json.object();
    SyncPushOutcome outcome;
    if (!readIds(object.value(u"applied"_s), outcome.applied) ||
        !readIds(object.value(u"superseded"_s), outcome.superseded) ||
        !readIds(object.value(u"duplicates"_s), outcome.duplicates) || !object.value(u"rejected"_s).isArray())
        return u"The push answer lacks applied, superseded, duplicates or rejected."_s;
    for (const QJsonValue& value : object.value(u"rejected"_s).toArray()) {
        const QJsonObject rejection = value.toObject();
        if (!rejection.value(u"id"_s).isDouble())
            return u"A rejected mutation has no id."_s;
        outcome.rejected.append(qint64(rejection.value(u"id"_s).toDouble()));
        outcome.rejectionErrors.append(
            u"%1: %2"_s.arg(outcome.rejected.constLast()).arg(rejection.value(u"error"_s).toString()));
    }
    QSet<qint64> sent;
    for (const SyncPushMutation& m : std::as_const(m_mutations))
        sent.insert(m.id);
    QSet<qint64> answered;
    for (const QList<qint64>* list : {&outcome.applied, &outcome.duplicates, &outcome.rejected}) {
        for (const qint64 id : *list) {
            if (!sent.contains(id) || answered.contains(id))
                return u"The push answer names mutation %1 wrongly."_s.arg(id);
            answered.insert(id);
        }
    }
    if (answered.size() != sent.size())
        return u"The push answer leaves mutations unanswered."_s;
    m_outcome = std::move(outcome);
    return {};
}

} // namespace SafeScan
