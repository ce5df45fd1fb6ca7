#include "OutboxBatch.h"

#include "RecordSealer.h"
#include "SyncLog.h"
#include "SyncRecordCodec.h"
#include "SyncState.h"
#include "history/HistoryRemote.h"
#include "store/Database.h"
#include "store/SqlError.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

constexpr int kReadWindow = 2000;

SyncError localError(const QString& what, const QString& why)
{
    return {SyncError::Kind::Local, u"local_database"_s, u"Cannot %1: %2"_s.arg(what, why)};
}

struct Group
{
    QString uuid;
    QList<qint64> ids; // ascending
};

} // namespace

OutboxBatch OutboxBatch::build(Database& database, const SyncKey& key, const RecordSealer& sealer,
                               int maxMutations, qsizetype maxBytes, SyncError& error)
{
    OutboxBatch batch;
    Transaction transaction(database);
    if (!transaction.isActive()) {
        error = localError(u"read the sync outbox"_s, transaction.errorString());
        return {};
    }
    QSqlDatabase db = transaction.database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, record_uuid FROM outbox WHERE kind IN ('scan_saved', 'note', 'pin', 'delete') "
                  u"ORDER BY id LIMIT ?"_s);
    query.addBindValue(kReadWindow);
    if (!query.exec()) {
        error = localError(u"read the sync outbox"_s, sqlErrorText(query.lastError()));
        return {};
    }
    QHash<QString, qsizetype> index;
    QList<Group> groups;
    while (query.next()) {
        const QString uuid = query.value(1).toString();
        auto it = index.constFind(uuid);
        if (it == index.cend()) {
            it = index.insert(uuid, groups.size());
            groups.append({uuid, {}});
        }
        groups[*it].ids.append(query.value(0).toLongLong());
    }
    query.finish();
    // Sent under its highest id; ordering the groups by it keeps the ids of a push increasing and
    // every group left for a later push above every id sent now.
    std::sort(groups.begin(), groups.end(),
              [](const Group& a, const Group& b) { return a.ids.constLast() < b.ids.constLast(); });

    qsizetype bytes = 0;
    QString why;
    for (const Group& group : std::as_const(groups)) {
        if (batch.mutations.size() >= maxMutations || bytes >= maxBytes)
            break;
        const std::optional<ScanRecord> record = HistoryRemote::record(db, group.uuid, why);
        if (!record) {
            if (!why.isEmpty()) {
                error = localError(u"read a changed scan"_s, why);
                return {};
            }
            batch.nothingToSend.append(group.ids);
            continue;
        }
        SyncPushMutation mutation;
        mutation.id = group.ids.constLast();
        mutation.recordId = key.recordIdFor(record->uuid);
        mutation.updatedAt = record->updatedAt;
        mutation.deleted = record->deleted;
        if (!mutation.deleted) {
            mutation.ciphertext =
                sealer.seal(SyncRecordCodec::encodeScan(*record), mutation.recordId, mutation.updatedAt);
            bytes += mutation.ciphertext.size();
        }
        if (!SyncState::mapRecordIn(db, mutation.recordId, record->uuid, why)) {
            error = localError(u"remember a record id"_s, why);
            return {};
        }
        batch.outboxIds.insert(mutation.id, group.ids);
        batch.mutations.append(std::move(mutation));
    }
    if (!transaction.commit()) {
        error = localError(u"read the sync outbox"_s, transaction.errorString());
        return {};
    }
    return batch;
}

int OutboxBatch::dropSentVotes(Database& database, SyncError& error)
{
    Transaction transaction(database);
    if (!transaction.isActive()) {
        error = localError(u"clean up sent votes"_s, transaction.errorString());
        return 0;
    }
    QSqlDatabase db = transaction.database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT o.id, o.body, v.voted_at, v.sync_state FROM outbox o "
                    u"LEFT JOIN my_votes v ON v.content_hash = o.record_uuid WHERE o.kind = 'vote'"_s)) {
        error = localError(u"clean up sent votes"_s, sqlErrorText(query.lastError()));
        return 0;
    }
    QList<qint64> drop;
    while (query.next()) {
        const QJsonObject body = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        const bool hasVote = !query.value(2).isNull();
        const qint64 votedAt = query.value(2).toLongLong();
        const bool synced = query.value(3).toString() == u"synced"_s;
        if (body.value(u"op"_s).toString() == u"set"_s) {
            const qint64 at = qint64(body.value(u"voted_at"_s).toDouble());
            // Sent and acknowledged, or replaced by a newer vote (or its retraction).
            if (!hasVote || votedAt > at || (votedAt == at && synced))
                drop.append(query.value(0).toLongLong());
        } else if (body.value(u"op"_s).toString() == u"retract"_s) {
            const qint64 at = qint64(body.value(u"retracted_at"_s).toDouble());
            if (hasVote && votedAt > at) // voted again since: the new vote is what counts
                drop.append(query.value(0).toLongLong());
        }
    }
    query.finish();
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM outbox WHERE id = ?"_s);
    for (const qint64 id : std::as_const(drop)) {
        remove.addBindValue(id);
        if (!remove.exec()) {
            error = localError(u"clean up sent votes"_s, sqlErrorText(remove.lastError()));
            return 0;
        }
    }
    if (!transaction.commit()) {
        error = localError(u"clean up sent votes"_s, transaction.errorString());
        return 0;
    }
    if (!drop.isEmpty())
        qCDebug(lcSync) << "Dropped" << drop.size() << "vote mutation(s) the server already has";
    return int(drop.size());
}

} // namespace SafeScan
