#include "AccountDataStore.h"

#include "StorageLog.h"
#include "VoteFolds.h"
#include "base/Clock.h"
#include "store/Database.h"
#include "store/SqlError.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

// The rows of `sql` (one bound value) as JSON objects named by column; integer columns listed in
// `booleans` become true/false, NULL becomes null.
std::optional<QJsonArray> rows(QSqlDatabase db, const QString& sql, const QVariantList& binds,
                               const QStringList& booleans, QString& error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : binds)
        query.addBindValue(value);
    if (!query.exec()) {
        error = sqlErrorText(query.lastError());
        qCWarning(lcServerStorage) << "cannot export account data:" << error;
        return std::nullopt;
    }
    QJsonArray array;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QJsonObject object;
        for (int i = 0; i < record.count(); ++i) {
            const QString name = record.fieldName(i);
            const QVariant value = query.value(i);
            if (value.isNull())
                object.insert(name, QJsonValue::Null);
            else if (booleans.contains(name))
                object.insert(name, value.toInt() != 0);
            else
                object.insert(name, QJsonValue::fromVariant(value));
        }
        array.append(object);
    }
    return array;
}

bool exec(QSqlDatabase db, const QString& sql, const QVariantList& binds, int* affected, QString& error)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : binds)
        query.addBindValue(value);
    if (!query.exec()) {
        error = sqlErrorText(query.lastError());
        qCWarning(lcServerStorage) << "cannot delete account data:" << error;
        return false;
    }
    if (affected)
        *affected = query.numRowsAffected();
    return true;
}

} // namespace

AccountDataStore::AccountDataStore(Database& database)
    : m_database(database)
{}

std::optional<QJsonObject> AccountDataStore::exportAccount(qint64 accountId, const QString& pseudonym,
                                                           QString& error)
{
    QSqlDatabase db = m_database.connection();
    const std::optional<QJsonArray> account = rows(
        db, u"SELECT id, username, role, created_at FROM accounts WHERE id = ?"_s, {accountId}, {}, error);
    if (!account || account->isEmpty())
        return std::nullopt;
    const QString username = account->first().toObject().value(u"username"_s).toString();

    struct Section
    {
        QString name;
        QString sql;
        QVariantList binds;
        QStringList booleans;
    };
    const QList<Section> sections = {
        {u"sessions"_s,
         u"SELECT created_at, expires_at FROM sessions WHERE account_id = ? ORDER BY created_at"_s,
         {accountId},
         {}},
        {u"votes"_s,
         u"SELECT item_hash AS hash, vote, voted_at, quarantined FROM votes WHERE voter = ? ORDER BY voted_at, item_hash"_s,
         {pseudonym},
         {u"quarantined"_s}},
        {u"reports"_s,
         u"SELECT id, item_hash AS hash, reason, note, content, created_at, request_id FROM reports "
         u"WHERE reporter = ? ORDER BY id"_s,
         {pseudonym},
         {}},
        {u"sync_clients"_s,
         u"SELECT client_id, last_mutation, first_seen, last_seen FROM sync_clients WHERE account_id = ? "
         u"ORDER BY first_seen, client_id"_s,
         {accountId},
         {}},
        {u"sync_records"_s,
         u"SELECT record_id, seq, updated_at, deleted, ciphertext, client_id FROM sync_records "
         u"WHERE account_id = ? ORDER BY seq"_s,
         {accountId},
         {u"deleted"_s}},
        {u"audit"_s,
         u"SELECT id, at, actor, action, subject, reason, detail FROM audit_log "
         u"WHERE subject = ? OR subject = ? OR actor = ? ORDER BY at, id"_s,
         {username, pseudonym, username},
         {}},
    };
    QJsonObject document{{u"account"_s, account->first()},
                         {u"pseudonym"_s, pseudonym},
                         {u"exported_at"_s, m_database.clock().epochMs()}};
    for (const Section& section : sections) {
        const std::optional<QJsonArray> array = rows(db, section.sql, section.binds, section.booleans, error);
        if (!array)
            return std::nullopt;
        document.insert(section.name, *array);
    }
    return document;
}

std::optional<AccountDeletion> AccountDataStore::deleteAccount(qint64 accountId, const QString& pseudonym,
                                                               QString& error)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        error = transaction.errorString();
        return std::nullopt;
    }
    QSqlDatabase db = transaction.database();
    QSqlQuery lookup(db);
    lookup.prepare(u"SELECT username FROM accounts WHERE id = ?"_s);
    lookup.addBindValue(accountId);
    if (!lookup.exec()) {
        error = sqlErrorText(lookup.lastError());
        return std::nullopt;
    }
    if (!lookup.next())
        return std::nullopt;
    const QString username = lookup.value(0).toString();
    lookup.finish();

    AccountDeletion deletion;
    const std::optional<FoldResult> folded =
        VoteFolds::fold(db, u"voter = ?"_s, {pseudonym}, m_database.clock().epochMs(), error);
    if (!folded)
        return std::nullopt;
    deletion.votesFolded = folded->folded;
    deletion.votesDropped = folded->dropped;
    // Reports stay for moderation, without anything that leads back to the reporter.
    if (!exec(db, u"UPDATE reports SET reporter = 'deleted', request_id = NULL WHERE reporter = ?"_s,
              {pseudonym}, &deletion.reports, error) ||
        // Earlier audit entries about the account keep the action, not who it was about.
        !exec(db, u"UPDATE audit_log SET subject = 'deleted-account' WHERE subject = ? OR subject = ?"_s,
              {username, pseudonym}, &deletion.auditAnonymised, error) ||
        // Its votes are gone: so is its place on the moderators' quarantine list.
        !exec(db, u"DELETE FROM quarantined_voters WHERE voter = ?"_s, {pseudonym}, nullptr, error) ||
        !exec(db, u"DELETE FROM sync_records WHERE account_id = ?"_s, {accountId}, &deletion.records,
              error) ||
        !exec(db, u"DELETE FROM sync_clients WHERE account_id = ?"_s, {accountId}, &deletion.syncClients,
              error) ||
        !exec(db, u"DELETE FROM sync_accounts WHERE account_id = ?"_s, {accountId}, nullptr, error) ||
        !exec(db, u"DELETE FROM sessions WHERE account_id = ?"_s, {accountId}, &deletion.sessions, error) ||
        !exec(db, u"DELETE FROM accounts WHERE id = ?"_s, {accountId}, nullptr, error))
        return std::nullopt;

    const QJsonObject detail{{u"votes_folded"_s, deletion.votesFolded},
                             {u"votes_dropped"_s, deletion.votesDropped},
                             {u"records"_s, deletion.records},
                             {u"sync_clients"_s, deletion.syncClients},
                             {u"sessions"_s, deletion.sessions},
                             {u"reports_anonymised"_s, deletion.reports},
                             {u"audit_anonymised"_s, deletion.auditAnonymised}};
    if (!exec(db,
              u"INSERT INTO audit_log(at, actor, action, subject, reason, detail) "
              u"VALUES(?, 'account', 'delete_account', NULL, 'data rights request', ?)"_s,
              {m_database.clock().epochMs(),
               QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))},
              nullptr, error))
        return std::nullopt;
    if (!transaction.commit()) {
        error = transaction.errorString();
        return std::nullopt;
    }
    return deletion;
}

} // namespace SafeScan
