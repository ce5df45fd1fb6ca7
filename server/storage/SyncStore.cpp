#include "SyncStore.h"

#include "StorageLog.h"
#include "base/Clock.h"
#include "store/Database.h"
#include "store/SqlError.h"
#include "store/Transaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

bool failed(const QSqlQuery& query, const char* what, QString& error)
{
    error = sqlErrorText(query.lastError());
    qCWarning(lcServerStorage) << "cannot" << what << ":" << error;
    return false;
}

const QString ChangeColumns = u"SELECT seq, record_id, updated_at, deleted, ciphertext, client_id "
                              u"FROM sync_records WHERE account_id = ? "_s;

SyncChange readChange(const QSqlQuery& query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
            query.value(3).toInt() != 0, query.value(4).toString(), query.value(5).toString()};
}

// True when the incoming version replaces the stored one (see SyncStore).
bool incomingWins(qint64 incomingAt, bool incomingDeleted, qint64 storedAt, bool storedDeleted)
{
    if (incomingAt != storedAt)
        return incomingAt > storedAt;
    return incomingDeleted && !storedDeleted;
}

// The push of one account and client, inside its transaction.
class PushRun
{
public:
    PushRun(QSqlDatabase db, qint64 accountId, const QString& clientId, qint64 now)
        : m_db(db)
        , m_account(accountId)
        , m_client(clientId)
        , m_now(now)
    {}

    std::optional<qint64> lastMutation(QString& error)
    {
        QSqlQuery query(m_db);
        query.prepare(u"SELECT last_mutation FROM sync_clients WHERE account_id = ? AND client_id = ?"_s);
        query.addBindValue(m_account);
        query.addBindValue(m_client);
        if (!query.exec()) {
            failed(query, "read the last mutation", error);
            return std::nullopt;
        }
        return query.next() ? query.value(0).toLongLong() : 0;
    }

    // Applies `mutation`; true in `won` when it changed the record.
    bool apply(const SyncMutation& mutation, bool& won, QString& error)
    {
        const bool deleting = mutation.kind == SyncMutation::Kind::Delete;
        QSqlQuery query(m_db);
        query.prepare(
            u"SELECT updated_at, deleted FROM sync_records WHERE account_id = ? AND record_id = ?"_s);
        query.addBindValue(m_account);
        query.addBindValue(mutation.recordId);
        if (!query.exec())
            return failed(query, "read a synced record", error);
        won = !query.next() || incomingWins(mutation.updatedAt, deleting, query.value(0).toLongLong(),
                                            query.value(1).toInt() != 0);
        query.finish();
        if (!won)
            return true;
        const std::optional<qint64> seq = nextSeq(error);
        if (!seq)
            return false;
        query.prepare(
            u"INSERT INTO sync_records(account_id, record_id, ciphertext, updated_at, deleted, client_id, "
            u"seq, changed_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(account_id, record_id) DO UPDATE "
            u"SET ciphertext = excluded.ciphertext, updated_at = excluded.updated_at, "
            u"deleted = excluded.deleted, client_id = excluded.client_id, seq = excluded.seq, "
            u"changed_at = excluded.changed_at"_s);
        query.addBindValue(m_account);
        query.addBindValue(mutation.recordId);
        query.addBindValue(deleting ? QVariant(QMetaType::fromType<QString>())
                                    : QVariant(mutation.ciphertext));
        query.addBindValue(mutation.updatedAt);
        query.addBindValue(deleting ? 1 : 0);
        query.addBindValue(m_client);
        query.addBindValue(*seq);
        query.addBindValue(m_now);
        if (!query.exec())
            return failed(query, "store a synced record", error);
        return true;
    }

    bool storeLastMutation(qint64 last, QString& error)
    {
        QSqlQuery query(m_db);
        query.prepare(
            u"INSERT INTO sync_clients(account_id, client_id, last_mutation, first_seen, last_seen) "
            u"VALUES(?, ?, ?, ?, ?) ON CONFLICT(account_id, client_id) DO UPDATE SET "
            u"last_mutation = excluded.last_mutation, last_seen = excluded.last_seen"_s);
        query.addBindValue(m_account);
        query.addBindValue(m_client);
        query.addBindValue(last);
        query.addBindValue(m_now);
        query.addBindValue(m_now);
        if (!query.exec())
            return failed(query, "store the last mutation", error);
        return true;
    }

private:
    // The account's next change sequence number. The UPDATE locks the account's counter row until
    // commit, so on PostgreSQL concurrent pushes of one account commit in seq order.
    std::optional<qint64> nextSeq(QString& error)
    {
        QSqlQuery query(m_db);
        query.prepare(u"INSERT INTO sync_accounts(account_id, last_seq) VALUES(?, 0) "
                      u"ON CONFLICT(account_id) DO NOTHING"_s);
        query.addBindValue(m_account);
        if (!query.exec()) {
            failed(query, "create the change sequence", error);
            return std::nullopt;
        }
        query.prepare(
            u"UPDATE sync_accounts SET last_seq = last_seq + 1 WHERE account_id = ? RETURNING last_seq"_s);
        query.addBindValue(m_account);
        if (!query.exec() || !query.next()) {
            failed(query, "advance the change sequence", error);
            return std::nullopt;
        }
        return query.value(0).toLongLong();
    }

    QSqlDatabase m_db;
    qint64 m_account;
    QString m_client;
    qint64 m_now;
};

} // namespace

SyncStore::SyncStore(Database& database)
    : m_database(database)
{}

std::optional<PushResult> SyncStore::push(qint64 accountId, const QString& clientId,
                                          const QList<SyncMutation>& mutations, QString& error)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        error = transaction.errorString();
        return std::nullopt;
    }
    PushRun run(transaction.database(), accountId, clientId, m_database.clock().epochMs());
    const std::optional<qint64> stored = run.lastMutation(error);
    if (!stored)
        return std::nullopt;
    qint64 last = *stored;
    PushResult result;
    for (const SyncMutation& mutation : mutations) {
        if (mutation.id <= last) {
            result.duplicates.append(mutation.id);
            continue;
        }
        last = mutation.id;
        if (mutation.kind == SyncMutation::Kind::Rejected) {
            result.rejected.append(mutation.id);
            continue;
        }
        bool won = false;
        if (!run.apply(mutation, won, error))
            return std::nullopt;
        result.applied.append(mutation.id);
        if (!won)
            result.superseded.append(mutation.id);
    }
    if (last != *stored && !run.storeLastMutation(last, error))
        return std::nullopt;
    if (!transaction.commit()) {
        error = transaction.errorString();
        return std::nullopt;
    }
    return result;
}

std::optional<SyncPage> SyncStore::pull(qint64 accountId, qint64 cursor, int limit, QString& error)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(ChangeColumns + u"AND seq > ? ORDER BY seq LIMIT ?"_s);
    query.addBindValue(accountId);
    query.addBindValue(cursor);
    query.addBindValue(limit + 1);
    if (!query.exec()) {
        failed(query, "read synced changes", error);
        return std::nullopt;
    }
    SyncPage page;
    page.cursor = cursor;
    while (query.next()) {
        if (page.changes.size() == limit) {
            page.more = true;
            break;
        }
        page.changes.append(readChange(query));
        page.cursor = page.changes.constLast().seq;
    }
    return page;
}

std::optional<QList<SyncChange>> SyncStore::allRecords(qint64 accountId, QString& error)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(ChangeColumns + u"ORDER BY seq"_s);
    query.addBindValue(accountId);
    if (!query.exec()) {
        failed(query, "read synced records", error);
        return std::nullopt;
    }
    QList<SyncChange> changes;
    while (query.next())
        changes.append(readChange(query));
    return changes;
}

std::optional<QList<SyncClientRow>> SyncStore::clients(qint64 accountId, QString& error)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT client_id, last_mutation, first_seen, last_seen FROM sync_clients "
                  u"WHERE account_id = ? ORDER BY first_seen, client_id"_s);
    query.addBindValue(accountId);
    if (!query.exec()) {
        failed(query, "read sync clients", error);
        return std::nullopt;
    }
    QList<SyncClientRow> rows;
    while (query.next()) {
        rows.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                     query.value(3).toLongLong()});
    }
    return rows;
}

} // namespace SafeScan
