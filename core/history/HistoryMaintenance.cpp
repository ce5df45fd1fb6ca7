#include "HistoryMaintenance.h"

#include "HistoryLog.h"
#include "base/Clock.h"
#include "store/Database.h"
#include "store/SqlError.h"
#include "store/Transaction.h"

#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
constexpr int kMaxRounds = 50;

// A scan that may go: not pinned, synced, no mutation waiting for it.
const QString kRemovable = u"pinned = 0 AND sync_state = 'synced' "
                           u"AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.record_uuid = scans.uuid)"_s;

bool exec(QSqlQuery& query, const QString& sql, QString& error)
{
    if (query.exec(sql))
        return true;
    error = sqlErrorText(query.lastError()) + u" in: "_s + sql;
    return false;
}

} // namespace

HistoryMaintenance::HistoryMaintenance(Database& database, const Clock& clock, Options options)
    : m_database(database)
    , m_clock(clock)
    , m_options(options)
{}

HistoryMaintenance::HistoryMaintenance(Database& database, const Clock& clock)
    : HistoryMaintenance(database, clock, Options{})
{}

qint64 HistoryMaintenance::usedBytes(QString* error)
{
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen()) {
        if (error)
            *error = m_database.errorString();
        return -1;
    }
    QSqlQuery query(db);
    qint64 values[3] = {0, 0, 0};
    const QString pragmas[3] = {u"PRAGMA page_count"_s, u"PRAGMA freelist_count"_s, u"PRAGMA page_size"_s};
    for (int i = 0; i < 3; ++i) {
        if (!query.exec(pragmas[i]) || !query.next()) {
            if (error)
                *error = sqlErrorText(query.lastError());
            return -1;
        }
        values[i] = query.value(0).toLongLong();
    }
    return (values[0] - values[1]) * values[2];
}

qint64 HistoryMaintenance::fileBytes() const
{
    return QFileInfo(m_database.path()).size() + QFileInfo(m_database.path() + u"-wal"_s).size();
}

MaintenanceReport HistoryMaintenance::start()
{
    MaintenanceReport report;
    report.limitBytes = m_options.sizeLimitBytes;
    report.usedBytesBefore = report.usedBytesAfter = usedBytes(&report.error);
    report.fileBytesBefore = report.fileBytesAfter = fileBytes();
    return report;
}

MaintenanceReport HistoryMaintenance::finish(MaintenanceReport report, bool ok)
{
    QString error;
    const qint64 used = usedBytes(&error);
    if (used >= 0)
        report.usedBytesAfter = used;
    report.fileBytesAfter = fileBytes();
    report.ok = ok && report.usedBytesBefore >= 0;
    if (!report.ok) {
        if (report.error.isEmpty())
            report.error = error;
        report.error = u"History maintenance failed: "_s + report.error;
        qCWarning(lcHistory).noquote() << report.error;
    } else if (!report.removedIds.isEmpty()) {
        qCInfo(lcHistory) << "History maintenance removed" << report.removedForAge << "old and"
                          << report.removedForQuota << "scan(s) for the quota; used" << report.usedBytesBefore
                          << "->" << report.usedBytesAfter << "bytes, file" << report.fileBytesBefore << "->"
                          << report.fileBytesAfter;
    }
    return report;
}

MaintenanceReport HistoryMaintenance::run()
{
    MaintenanceReport report = start();
    if (report.usedBytesBefore < 0)
        return finish(report, false);
    const bool ok =
        applyRetention(report) && enforceQuota(report) && (report.removedIds.isEmpty() || shrink(report));
    return finish(report, ok);
}

MaintenanceReport HistoryMaintenance::enforceQuota()
{
    MaintenanceReport report = start();
    if (report.usedBytesBefore < 0)
        return finish(report, false);
    const bool ok = enforceQuota(report) && (report.removedIds.isEmpty() || shrink(report));
    return finish(report, ok);
}

MaintenanceReport HistoryMaintenance::applyRetention()
{
    MaintenanceReport report = start();
    if (report.usedBytesBefore < 0)
        return finish(report, false);
    const bool ok = applyRetention(report) && (report.removedIds.isEmpty() || shrink(report));
    return finish(report, ok);
}

// Removes up to maxRows of the oldest removable scans (older than `olderThan` when given) in one
// transaction. `removed` gets how many went (0: nothing left to remove).
bool HistoryMaintenance::removeOldest(MaintenanceReport& report, qint64 maxRows,
                                      std::optional<qint64> olderThan, int& removed)
{
    removed = 0;
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen()) {
        report.error = m_database.errorString();
        return false;
    }
    Transaction transaction(db);
    if (!transaction.isActive()) {
        report.error = transaction.errorString();
        return false;
    }
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM scans WHERE id IN (SELECT id FROM scans WHERE "_s + kRemovable +
                  (olderThan ? u" AND scanned_at < ?"_s : QString()) +
                  u" ORDER BY scanned_at, id LIMIT ?) RETURNING id, scanned_at"_s);
    if (olderThan)
        query.addBindValue(*olderThan);
    query.addBindValue(maxRows);
    if (!query.exec()) {
        report.error = sqlErrorText(query.lastError());
        return false;
    }
    QList<std::pair<qint64, qint64>> ids; // RETURNING gives no order: sort by (scanned_at, id)
    while (query.next())
        ids.append({query.value(1).toLongLong(), query.value(0).toLongLong()});
    query.finish();
    if (!transaction.commit()) {
        report.error = transaction.errorString();
        return false;
    }
    std::sort(ids.begin(), ids.end());
    for (const auto& [at, id] : std::as_const(ids))
        report.removedIds.append(id);
    removed = int(ids.size());
    return true;
}

bool HistoryMaintenance::applyRetention(MaintenanceReport& report)
{
    if (!m_options.retentionDays)
        return true;
    const qint64 cutoff = m_clock.epochMs() - qint64(*m_options.retentionDays) * kDayMs;
    int removed = 0;
    do {
        if (!removeOldest(report, 10'000, cutoff, removed))
            return false;
        report.removedForAge += removed;
    } while (removed > 0);
    return true;
}

bool HistoryMaintenance::enforceQuota(MaintenanceReport& report)
{
    const qint64 limit = m_options.sizeLimitBytes;
    const auto used = [&]() { return usedBytes(&report.error); };
    qint64 now = used();
    if (now < 0)
        return false;
    if (double(now) < m_options.highWater * double(limit))
        return true;
    const qint64 target = qint64(m_options.lowWater * double(limit));
    QSqlDatabase db = m_database.connection();
    for (int round = 0; round < kMaxRounds && now >= target; ++round) {
        QSqlQuery query(db);
        if (!query.exec(u"SELECT count(*) FROM scans"_s) || !query.next()) {
            report.error = sqlErrorText(query.lastError());
            return false;
        }
        const qint64 rows = std::max<qint64>(query.value(0).toLongLong(), 1);
        query.finish();
        // Estimate from the average row (FTS and indexes included), a little more to converge fast.
        const qint64 perRow = std::max<qint64>(now / rows, 1);
        const qint64 batch = std::max<qint64>((now - target) / perRow * 11 / 10, 16);
        int removed = 0;
        if (!removeOldest(report, batch, std::nullopt, removed))
            return false;
        report.removedForQuota += removed;
        now = used();
        if (now < 0)
            return false;
        if (now >= target && removed > 0) {
            // Deleted FTS entries only free their pages once the segments are merged.
            QString error;
            if (!exec(query, u"INSERT INTO scans_fts(scans_fts) VALUES('optimize')"_s, error)) {
                report.error = error;
                return false;
            }
            now = used();
            if (now < 0)
                return false;
        }
        if (removed == 0)
            break;
    }
    report.underLowWater = now < target;
    if (!report.underLowWater)
        qCWarning(lcHistory) << "History quota: still" << now << "bytes used of" << limit
                             << "; the rest is pinned or not synced yet";
    return true;
}

bool HistoryMaintenance::shrink(MaintenanceReport& report)
{
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen()) {
        report.error = m_database.errorString();
        return false;
    }
    QSqlQuery query(db);
    QString& error = report.error;
    if (!exec(query, u"INSERT INTO scans_fts(scans_fts) VALUES('optimize')"_s, error) ||
        !exec(query, u"PRAGMA auto_vacuum"_s, error) || !query.next())
        return false;
    const int mode = query.value(0).toInt();
    query.finish();
    if (mode == 2) {
        report.shrink = u"incremental_vacuum"_s;
        if (!exec(query, u"PRAGMA incremental_vacuum"_s, error))
            return false;
        while (query.next()) {
        }
    } else {
        report.shrink = u"vacuum"_s;
        if (!exec(query, u"PRAGMA auto_vacuum = INCREMENTAL"_s, error) || !exec(query, u"VACUUM"_s, error))
            return false;
    }
    query.finish();
    if (!exec(query, u"PRAGMA wal_checkpoint(TRUNCATE)"_s, error))
        return false;
    query.finish();
    return true;
}

} // namespace SafeScan
