#include "SyncPullJob.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SafeScan {

SyncPullJob::SyncPullJob(const ApiContext& context, qint64 cursor, int limit, QObject* parent)
    : ApiJob(context, parent)
    , m_requestCursor(cursor)
    , m_limit(limit)
{}

ApiJob::Request SyncPullJob::request() const
{
    QUrlQuery query;
    query.addQueryItem(u"cursor"_s, QString::number(m_requestCursor));
    if (m_limit > 0)
        query.addQueryItem(u"limit"_s, QString::number(m_limit));
    return {"GET", u"/v1/sync/pull"_s, query, std::nullopt, true, u"/v1/sync/pull"_s};
}

QString SyncPullJob::readResult(int, const QJsonDocument& json)
{
    const QJsonObject object = json.object();
    if (!object.value(u"changes"_s).isArray() || !object.value(u"cursor"_s).isDouble() ||
        !object.value(u"more"_s).isBool())
        return u"The pull answer lacks changes, cursor or more."_s;
    QList<SyncPulledChange> changes;
    qint64 last = m_requestCursor;
    for (const QJsonValue& value : object.value(u"changes"_s).toArray()) {
        const QJsonObject o = value.toObject();
        SyncPulledChange change;
        change.seq = qint64(o.value(u"seq"_s).toDouble());
        change.recordId = o.value(u"record_id"_s).toString();
        change.updatedAt = qint64(o.value(u"updated_at"_s).toDouble());
        change.deleted = o.value(u"deleted"_s).toBool();
        change.ciphertext = o.value(u"ciphertext"_s).toString();
        change.clientId = o.value(u"client_id"_s).toString();
        if (change.seq <= last || change.recordId.isEmpty() ||
            (!change.deleted && change.ciphertext.isEmpty()))
            return u"The pull answer has a malformed or out-of-order change."_s;
        last = change.seq;
        changes.append(std::move(change));
    }
    const qint64 cursor = qint64(object.value(u"cursor"_s).toDouble());
    if (cursor < last)
        return u"The pull answer's cursor is behind its changes."_s;
    m_changes = std::move(changes);
    m_cursor = cursor;
    m_more = object.value(u"more"_s).toBool();
    return {};
}

void SyncPullJob::clearResult()
{
    m_changes.clear();
    m_cursor = 0;
    m_more = false;
}

} // namespace SafeScan
