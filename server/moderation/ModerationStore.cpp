#include "ModerationStore.h"

#include "ModerationLog.h"
#include "base/Clock.h"
#include "store/Database.h"
#include "store/SqlError.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

using Status = ModerationOutcome::Status;

const QList<std::pair<ModerationActionKind, QString>>& actionNames()
{
    static const QList<std::pair<ModerationActionKind, QString>> names = {
        {ModerationActionKind::ConfirmSafe, u"confirm_safe"_s},
        {ModerationActionKind::ConfirmUnsafe, u"confirm_unsafe"_s},
        {ModerationActionKind::ClearDecision, u"clear_decision"_s},
        {ModerationActionKind::DismissReports, u"dismiss_reports"_s},
        {ModerationActionKind::QuarantineVoter, u"quarantine_voter"_s},
        {ModerationActionKind::RestoreVoter, u"restore_voter"_s},
        {ModerationActionKind::Lock, u"lock"_s},
        {ModerationActionKind::Unlock, u"unlock"_s},
    };
    return names;
}

ModerationOutcome failure(const QSqlQuery& query, const char* what)
{
    ModerationOutcome outcome;
    outcome.status = Status::Failed;
    outcome.message = sqlErrorText(query.lastError());
    qCWarning(lcServerModeration) << "cannot" << what << ":" << outcome.message;
    return outcome;
}

ModerationOutcome done(const QString& subject)
{
    ModerationOutcome outcome;
    outcome.status = Status::Done;
    outcome.subject = subject;
    return outcome;
}

ModerationOutcome refusal(Status status, const QString& message)
{
    ModerationOutcome outcome;
    outcome.status = status;
    outcome.message = message;
    return outcome;
}

// Runs `sql` with `values` bound in order; false (query keeps the error) when it fails.
bool run(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

// The first column of every row of `query` as text.
QStringList column(QSqlQuery& query)
{
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

bool readCount(QSqlQuery& query, qint64& count)
{
    if (!query.next())
        return false;
    count = query.value(0).toLongLong();
    return true;
}

} // namespace

std::optional<ModerationActionKind> moderationActionFromName(const QString& name)
{
    for (const auto& [kind, text] : actionNames()) {
        if (text == name)
            return kind;
    }
    return std::nullopt;
}

QString moderationActionName(ModerationActionKind kind)
{
    for (const auto& [candidate, text] : actionNames()) {
        if (candidate == kind)
            return text;
    }
    return {};
}

QStringList moderationActionNames()
{
    QStringList names;
    for (const auto& entry : actionNames())
        names.append(entry.second);
    return names;
}

bool actsOnVoter(ModerationActionKind kind)
{
    return kind == ModerationActionKind::QuarantineVoter || kind == ModerationActionKind::RestoreVoter;
}

ModerationStore::ModerationStore(Database& database)
    : m_database(database)
{}

ModerationOutcome ModerationStore::apply(const ModerationAction& action)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return refusal(Status::Failed, transaction.errorString());
    QSqlDatabase db = transaction.database();
    ModerationOutcome outcome;
    switch (action.kind) {
    case ModerationActionKind::ConfirmSafe:
    case ModerationActionKind::ConfirmUnsafe:
        outcome = decide(db, action);
        break;
    case ModerationActionKind::ClearDecision:
        outcome = clearDecision(db, action);
        break;
    case ModerationActionKind::DismissReports:
        outcome = dismissReports(db, action);
        break;
    case ModerationActionKind::QuarantineVoter:
        outcome = quarantineVoter(db, action);
        break;
    case ModerationActionKind::RestoreVoter:
        outcome = restoreVoter(db, action);
        break;
    case ModerationActionKind::Lock:
        outcome = lock(db, action);
        break;
    case ModerationActionKind::Unlock:
        outcome = unlock(db, action);
        break;
    }
    if (outcome.status != Status::Done || !outcome.changed)
        return outcome; // rolled back: nothing was written
    if (!writeAudit(db, action, outcome))
        return outcome;
    if (!transaction.commit())
        return refusal(Status::Failed, transaction.errorString());
    qCInfo(lcServerModeration).noquote()
        << action.actor << moderationActionName(action.kind) << outcome.subject;
    return outcome;
}

ModerationOutcome ModerationStore::decide(QSqlDatabase& db, const ModerationAction& action)
{
    const QString wanted = action.kind == ModerationActionKind::ConfirmSafe ? u"safe"_s : u"unsafe"_s;
    const qint64 now = m_database.clock().epochMs();
    QSqlQuery query(db);
    if (!run(query, u"SELECT decision FROM moderation_decisions WHERE item_hash = ?"_s, {action.itemHash}))
        return failure(query, "read a decision");
    const QString current = query.next() ? query.value(0).toString() : QString();
    query.finish();
    if (!current.isEmpty() && current != wanted) {
        return refusal(Status::Conflict,
                       u"The item is already decided %1; clear that decision first."_s.arg(current));
    }
    ModerationOutcome outcome = done(action.itemHash);
    if (current.isEmpty()) {
        if (!run(query,
                 u"INSERT INTO moderation_decisions(item_hash, decision, decided_at, decided_by, reason) "
                 u"VALUES(?, ?, ?, ?, ?) ON CONFLICT(item_hash) DO NOTHING"_s,
                 {action.itemHash, wanted, now, action.actor, action.reason}))
            return failure(query, "store a decision");
        // Another instance decided it between the read and the write (PostgreSQL, READ COMMITTED).
        if (query.numRowsAffected() == 0)
            return refusal(Status::Conflict, u"Another moderator decided this item just now."_s);
        outcome.changed = true;
        outcome.affectedItems = {action.itemHash};
    }
    if (!run(query,
             u"UPDATE reports SET resolved_at = ?, resolution = 'decided' "
             u"WHERE item_hash = ? AND resolved_at IS NULL"_s,
             {now, action.itemHash}))
        return failure(query, "close reports");
    outcome.reports = query.numRowsAffected();
    outcome.changed = outcome.changed || outcome.reports > 0;
    return outcome;
}

ModerationOutcome ModerationStore::clearDecision(QSqlDatabase& db, const ModerationAction& action)
{
    QSqlQuery query(db);
    if (!run(query, u"DELETE FROM moderation_decisions WHERE item_hash = ?"_s, {action.itemHash}))
        return failure(query, "clear a decision");
    ModerationOutcome outcome = done(action.itemHash);
    outcome.changed = query.numRowsAffected() > 0;
    if (outcome.changed)
        outcome.affectedItems = {action.itemHash};
    return outcome;
}

ModerationOutcome ModerationStore::dismissReports(QSqlDatabase& db, const ModerationAction& action)
{
    const qint64 now = m_database.clock().epochMs();
    QSqlQuery query(db);
    QString itemHash = action.itemHash;
    if (action.reportId > 0) {
        if (!run(query, u"SELECT item_hash FROM reports WHERE id = ?"_s, {action.reportId}))
            return failure(query, "read a report");
        if (!query.next())
            return refusal(Status::NotFound, u"There is no report %1."_s.arg(action.reportId));
        itemHash = query.value(0).toString();
        query.finish();
        if (!run(query,
                 u"UPDATE reports SET resolved_at = ?, resolution = 'dismissed' "
                 u"WHERE id = ? AND resolved_at IS NULL"_s,
                 {now, action.reportId}))
            return failure(query, "dismiss a report");
    } else {
        qint64 reports = 0;
        if (!run(query, u"SELECT COUNT(*) FROM reports WHERE item_hash = ?"_s, {itemHash}) ||
            !readCount(query, reports))
            return failure(query, "count reports");
        query.finish();
        if (reports == 0)
            return refusal(Status::NotFound, u"Nobody reported this item."_s);
        if (!run(query,
                 u"UPDATE reports SET resolved_at = ?, resolution = 'dismissed' "
                 u"WHERE item_hash = ? AND resolved_at IS NULL"_s,
                 {now, itemHash}))
            return failure(query, "dismiss reports");
    }
    ModerationOutcome outcome = done(itemHash);
    outcome.reports = query.numRowsAffected();
    outcome.changed = outcome.reports > 0;
    return outcome;
}

ModerationOutcome ModerationStore::quarantineVoter(QSqlDatabase& db, const ModerationAction& action)
{
    QSqlQuery query(db);
    if (!run(query, u"SELECT item_hash FROM votes WHERE voter = ? AND quarantined = 0"_s, {action.voter}))
        return failure(query, "read votes");
    const QStringList items = column(query);
    qint64 known = 0;
    if (!run(query,
             u"SELECT (SELECT COUNT(*) FROM votes WHERE voter = ?) + "
             u"(SELECT COUNT(*) FROM quarantined_voters WHERE voter = ?)"_s,
             {action.voter, action.voter}) ||
        !readCount(query, known))
        return failure(query, "look a voter up");
    query.finish();
    if (known == 0)
        return refusal(Status::NotFound, u"No votes were ever counted from this voter."_s);
    if (!run(query,
             u"INSERT INTO quarantined_voters(voter, reason, quarantined_at, quarantined_by) "
             u"VALUES(?, ?, ?, ?) ON CONFLICT(voter) DO NOTHING"_s,
             {action.voter, action.reason, m_database.clock().epochMs(), action.actor}))
        return failure(query, "list a quarantined voter");
    const bool listed = query.numRowsAffected() > 0;
    if (!run(query, u"UPDATE votes SET quarantined = 1 WHERE voter = ? AND quarantined = 0"_s,
             {action.voter}))
        return failure(query, "quarantine votes");
    ModerationOutcome outcome = done(action.voter);
    outcome.votes = query.numRowsAffected();
    outcome.changed = listed || outcome.votes > 0;
    outcome.affectedItems = items;
    return outcome;
}

ModerationOutcome ModerationStore::restoreVoter(QSqlDatabase& db, const ModerationAction& action)
{
    QSqlQuery query(db);
    if (!run(query, u"SELECT item_hash FROM votes WHERE voter = ? AND quarantined = 1"_s, {action.voter}))
        return failure(query, "read votes");
    const QStringList items = column(query);
    if (!run(query, u"DELETE FROM quarantined_voters WHERE voter = ?"_s, {action.voter}))
        return failure(query, "unlist a voter");
    const bool unlisted = query.numRowsAffected() > 0;
    qint64 votes = 0;
    if (!unlisted && items.isEmpty()) {
        if (!run(query, u"SELECT COUNT(*) FROM votes WHERE voter = ?"_s, {action.voter}) ||
            !readCount(query, votes))
            return failure(query, "look a voter up");
        query.finish();
        if (votes == 0)
            return refusal(Status::NotFound, u"No votes were ever counted from this voter."_s);
    }
    if (!run(query, u"UPDATE votes SET quarantined = 0 WHERE voter = ? AND quarantined = 1"_s,
             {action.voter}))
        return failure(query, "restore votes");
    ModerationOutcome outcome = done(action.voter);
    outcome.votes = query.numRowsAffected();
    outcome.changed = unlisted || outcome.votes > 0;
    outcome.affectedItems = items;
    return outcome;
}

ModerationOutcome ModerationStore::lock(QSqlDatabase& db, const ModerationAction& action)
{
    QSqlQuery query(db);
    if (!run(query,
             u"INSERT INTO locked_items(item_hash, locked_at, locked_by, reason) "
             u"VALUES(?, ?, ?, ?) ON CONFLICT(item_hash) DO NOTHING"_s,
             {action.itemHash, m_database.clock().epochMs(), action.actor, action.reason}))
        return failure(query, "lock an item");
    ModerationOutcome outcome = done(action.itemHash);
    outcome.changed = query.numRowsAffected() > 0; // 0: already locked
    return outcome;
}

ModerationOutcome ModerationStore::unlock(QSqlDatabase& db, const ModerationAction& action)
{
    QSqlQuery query(db);
    if (!run(query, u"DELETE FROM locked_items WHERE item_hash = ?"_s, {action.itemHash}))
        return failure(query, "unlock an item");
    ModerationOutcome outcome = done(action.itemHash);
    outcome.changed = query.numRowsAffected() > 0; // 0: was not locked
    return outcome;
}

std::optional<bool> ModerationStore::isLocked(const QString& itemHash, QString& error)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (!run(query, u"SELECT 1 FROM locked_items WHERE item_hash = ?"_s, {itemHash})) {
        error = sqlErrorText(query.lastError());
        return std::nullopt;
    }
    return query.next();
}

bool ModerationStore::writeAudit(QSqlDatabase& db, const ModerationAction& action, ModerationOutcome& outcome)
{
    QJsonObject detail;
    switch (action.kind) {
    case ModerationActionKind::ConfirmSafe:
    case ModerationActionKind::ConfirmUnsafe:
        detail.insert(u"reports"_s, outcome.reports);
        break;
    case ModerationActionKind::ClearDecision:
    case ModerationActionKind::Lock:
    case ModerationActionKind::Unlock:
        break;
    case ModerationActionKind::DismissReports:
        detail.insert(u"reports"_s, outcome.reports);
        if (action.reportId > 0)
            detail.insert(u"report_id"_s, action.reportId);
        break;
    case ModerationActionKind::QuarantineVoter:
    case ModerationActionKind::RestoreVoter:
        detail.insert(u"votes"_s, outcome.votes);
        break;
    }
    QSqlQuery query(db);
    if (!run(query,
             u"INSERT INTO audit_log(at, actor, action, subject, reason, detail) "
             u"VALUES(?, ?, ?, ?, ?, ?) RETURNING id"_s,
             {m_database.clock().epochMs(), action.actor, moderationActionName(action.kind), outcome.subject,
              action.reason,
              detail.isEmpty()
                  ? QVariant(QMetaType::fromType<QString>())
                  : QVariant(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)))}) ||
        !query.next()) {
        outcome = failure(query, "write the audit log");
        return false;
    }
    outcome.auditId = query.value(0).toLongLong();
    return true;
}

std::optional<QList<QuarantinedVoter>> ModerationStore::quarantinedVoters(QString& error)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!run(query,
             u"SELECT q.voter, q.reason, q.quarantined_by, q.quarantined_at, "
             u"(SELECT COUNT(*) FROM votes v WHERE v.voter = q.voter) FROM quarantined_voters q"_s,
             {})) {
        error = failure(query, "read quarantined voters").message;
        return std::nullopt;
    }
    QList<QuarantinedVoter> voters;
    while (query.next()) {
        voters.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toLongLong(), query.value(4).toInt()});
    }
    return voters;
}

std::optional<QList<VoteBehind>> ModerationStore::votesOn(const QString& itemHash, int limit, QString& error)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!run(query,
             u"SELECT voter, vote, voted_at, quarantined FROM votes WHERE item_hash = ? "
             u"ORDER BY voted_at DESC, voter LIMIT ?"_s,
             {itemHash, limit})) {
        error = failure(query, "read votes").message;
        return std::nullopt;
    }
    QList<VoteBehind> votes;
    while (query.next()) {
        votes.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                      query.value(3).toInt() != 0});
    }
    return votes;
}

std::optional<QString> ModerationStore::username(qint64 accountId, QString& error)
{
    QSqlQuery query(m_database.connection());
    if (!run(query, u"SELECT username FROM accounts WHERE id = ?"_s, {accountId})) {
        error = failure(query, "look an account up").message;
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

} // namespace SafeScan
