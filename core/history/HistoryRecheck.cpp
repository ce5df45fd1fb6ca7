#include "HistoryRecheck.h"

#include "HistoryLog.h"
#include "HistorySql.h"
#include "payload/PayloadParser.h"
#include "safety/SafetyEngine.h"
#include "safety/VerdictJson.h"
#include "store/Database.h"
#include "store/SqlError.h"
#include "store/Transaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SafeScan {

using namespace HistorySql;

namespace {

struct Candidate
{
    qint64 id = 0;
    QString content;
    bool redacted = false;
    QString payloadType;
    QString verdictJson;
};

} // namespace

HistoryRecheck::HistoryRecheck(Database& database, const SafetyEngine& safety)
    : m_database(database)
    , m_safety(safety)
{}

RecheckReport HistoryRecheck::run(const QList<qint64>& ids, const RecheckProgress& progress, int batchSize)
{
    RecheckReport report;
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen()) {
        report.error = m_database.errorString();
        return report;
    }
    batchSize = qBound(1, batchSize, 1000);

    // The ids to look at, in order: the given ones, or every live scan.
    QList<qint64> todo;
    if (ids.isEmpty()) {
        QSqlQuery all(db);
        all.setForwardOnly(true);
        if (!all.exec(u"SELECT id FROM scans WHERE deleted = 0 ORDER BY id"_s)) {
            report.error = sqlErrorText(all.lastError());
            return report;
        }
        while (all.next())
            todo.append(all.value(0).toLongLong());
    } else {
        todo = ids;
        std::sort(todo.begin(), todo.end());
        todo.erase(std::unique(todo.begin(), todo.end()), todo.end());
    }
    const qint64 total = todo.size();
    if (progress && !progress(0, total)) {
        report.ok = true;
        report.cancelled = true;
        return report;
    }

    for (qsizetype start = 0; start < todo.size(); start += batchSize) {
        const QList<qint64> batch = todo.mid(start, batchSize);
        QStringList marks;
        for (qsizetype i = 0; i < batch.size(); ++i)
            marks.append(u"?"_s);
        QSqlQuery read(db);
        read.setForwardOnly(true);
        read.prepare(u"SELECT id, content, content_redacted, payload_type, verdict_json FROM scans "
                     u"WHERE deleted = 0 AND id IN (%1)"_s.arg(marks.join(u',')));
        for (const qint64 id : batch)
            read.addBindValue(id);
        if (!read.exec()) {
            report.error = sqlErrorText(read.lastError());
            return report;
        }
        QList<Candidate> rows;
        while (read.next())
            rows.append({read.value(0).toLongLong(), read.value(1).toString(), read.value(2).toBool(),
                         read.value(3).toString(), read.value(4).toString()});
        read.finish();

        // Judge outside the transaction: the engine may consult the blocklists on this connection.
        QList<std::pair<qint64, Verdict>> updates;
        for (const Candidate& row : std::as_const(rows)) {
            if (row.redacted || row.payloadType == u"binary"_s) {
                ++report.skipped;
                continue;
            }
            const Verdict verdict = m_safety.judge(PayloadParser::parse(row.content));
            ++report.checked;
            if (verdictToJson(verdict) != parseObject(row.verdictJson))
                updates.append({row.id, verdict});
        }
        if (!updates.isEmpty()) {
            Transaction transaction(db);
            if (!transaction.isActive()) {
                report.error = transaction.errorString();
                return report;
            }
            QSqlQuery write(db);
            write.prepare(
                u"UPDATE scans SET verdict_level = ?, verdict_json = ? WHERE id = ? AND deleted = 0"_s);
            for (const auto& [id, verdict] : std::as_const(updates)) {
                write.addBindValue(verdictLevelName(verdict.level));
                write.addBindValue(compactJson(verdictToJson(verdict)));
                write.addBindValue(id);
                if (!write.exec()) {
                    report.error = sqlErrorText(write.lastError());
                    return report;
                }
            }
            if (!transaction.commit()) {
                report.error = transaction.errorString();
                return report;
            }
            for (const auto& update : std::as_const(updates))
                report.changedIds.append(update.first);
            report.changed += updates.size();
        }
        const qint64 done = qMin<qint64>(start + batchSize, total);
        if (progress && !progress(done, total)) {
            report.ok = true;
            report.cancelled = true;
            return report;
        }
    }
    report.ok = true;
    qCDebug(lcHistory, "re-check: %lld checked, %lld changed, %lld skipped", report.checked, report.changed,
            report.skipped);
    return report;
}

} // namespace SafeScan
