#include "QueueStore.h"

#include "ModerationLog.h"
#include "store/Database.h"
#include "store/SqlError.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

bool run(QSqlQuery& query, const QString& sql, const QVariantList& values, const char* what, QString& error)
{
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    error = sqlErrorText(query.lastError());
    qCWarning(lcServerModeration) << "cannot" << what << ":" << error;
    return false;
}

// Items with open reports, undecided items with counted votes on both sides and no open report,
// and quarantined voters: (since, id, kind, subject). Kinds: 0 reported, 1 contested, 2 voter.
const QString CandidatesSql =
    u"SELECT since, id, kind, subject FROM ("
    u"SELECT MIN(created_at) AS since, 'item:' || item_hash AS id, 0 AS kind, item_hash AS subject "
    u"FROM reports WHERE resolved_at IS NULL GROUP BY item_hash "
    u"UNION ALL "
    u"SELECT MIN(voted_at), 'item:' || item_hash, 1, item_hash FROM votes WHERE quarantined = 0 "
    u"AND item_hash NOT IN (SELECT item_hash FROM moderation_decisions) "
    u"AND item_hash NOT IN (SELECT item_hash FROM reports WHERE resolved_at IS NULL) "
    u"GROUP BY item_hash "
    u"HAVING SUM(CASE WHEN vote = 'safe' THEN 1 ELSE 0 END) > 0 "
    u"AND SUM(CASE WHEN vote = 'unsafe' THEN 1 ELSE 0 END) > 0 "
    u"UNION ALL "
    u"SELECT quarantined_at, 'voter:' || voter, 2, voter FROM quarantined_voters"
    u") queue"_s;

} // namespace

QueueStore::QueueStore(Database& database)
    : m_database(database)
{}

std::optional<QList<QueueCandidate>>
QueueStore::candidates(const std::optional<std::pair<qint64, QString>>& after, int limit, QString& error)
{
    QString sql = CandidatesSql;
    QVariantList values;
    if (after) {
        sql += u" WHERE since > ? OR (since = ? AND id > ?)"_s;
        values << after->first << after->first << after->second;
    }
    sql += u" ORDER BY since, id LIMIT ?"_s;
    values << limit;
    QSqlQuery query(m_database.connection());
    if (!run(query, sql, values, "read the moderation queue", error))
        return std::nullopt;
    QList<QueueCandidate> candidates;
    while (query.next()) {
        const int kind = query.value(2).toInt();
        candidates.append({query.value(0).toLongLong(), query.value(1).toString(),
                           kind == 0   ? QueueCandidate::Kind::ReportedItem
                           : kind == 1 ? QueueCandidate::Kind::ContestedItem
                                       : QueueCandidate::Kind::Voter,
                           query.value(3).toString()});
    }
    return candidates;
}

std::optional<QList<OpenReport>> QueueStore::openReportsOf(const QString& itemHash, QString& error)
{
    QSqlQuery query(m_database.connection());
    if (!run(query,
             u"SELECT id, item_hash, reason, note, content, created_at FROM reports "
             u"WHERE item_hash = ? AND resolved_at IS NULL ORDER BY created_at, id"_s,
             {itemHash}, "read open reports", error))
        return std::nullopt;
    QList<OpenReport> reports;
    while (query.next()) {
        OpenReport report;
        report.id = query.value(0).toLongLong();
        report.itemHash = query.value(1).toString();
        report.reason = query.value(2).toString();
        report.note = query.value(3).toString();
        if (!query.value(4).isNull())
            report.content = query.value(4).toString();
        report.createdAt = query.value(5).toLongLong();
        reports.append(report);
    }
    return reports;
}

std::optional<QuarantinedVoter> QueueStore::quarantinedVoter(const QString& voter, QString& error)
{
    QSqlQuery query(m_database.connection());
    if (!run(query,
             u"SELECT q.voter, q.reason, q.quarantined_by, q.quarantined_at, "
             u"(SELECT COUNT(*) FROM votes v WHERE v.voter = q.voter) FROM quarantined_voters q "
             u"WHERE q.voter = ?"_s,
             {voter}, "read a quarantined voter", error))
        return std::nullopt;
    if (!query.next()) {
        error.clear();
        return std::nullopt;
    }
    return QuarantinedVoter{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toLongLong(), query.value(4).toInt()};
}

std::optional<qint64> QueueStore::reportedItemsAndVoters(QString& error)
{
    QSqlQuery query(m_database.connection());
    if (!run(query,
             u"SELECT (SELECT COUNT(DISTINCT item_hash) FROM reports WHERE resolved_at IS NULL), "
             u"(SELECT COUNT(*) FROM quarantined_voters)"_s,
             {}, "count the moderation queue", error) ||
        !query.next())
        return std::nullopt;
    return query.value(0).toLongLong() + query.value(1).toLongLong();
}

std::optional<QStringList> QueueStore::contestedItems(QString& error)
{
    QSqlQuery query(m_database.connection());
    if (!run(query, u"SELECT subject FROM ("_s + CandidatesSql + u") c WHERE kind = 1"_s, {},
             "read contested items", error))
        return std::nullopt;
    QStringList hashes;
    while (query.next())
        hashes.append(query.value(0).toString());
    return hashes;
}

} // namespace SafeScan
