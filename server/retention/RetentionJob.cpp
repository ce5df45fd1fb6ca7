#include "RetentionJob.h"

#include "analytics/AnalyticsRetention.h"
#include "base/Clock.h"
#include "storage/VoteFolds.h"
#include "store/Database.h"
#include "store/SqlError.h"
#include "store/Transaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SafeScan {

Q_LOGGING_CATEGORY(lcServerRetention, "safescan.retention")

namespace {

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

// Deletes with `sql` (one bound cutoff); the number of rows, or nullopt with `error`.
std::optional<int> remove(QSqlDatabase db, const QString& sql, qint64 cutoff, QString& error)
{
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(cutoff);
    if (!query.exec()) {
        error = sqlErrorText(query.lastError());
        return std::nullopt;
    }
    return query.numRowsAffected();
}

} // namespace

RetentionJob::RetentionJob(Database& database, const Clock& clock, RetentionConfig config, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_config(config)
{
    m_timer.setInterval(std::chrono::milliseconds(std::max<qint64>(config.intervalMs, 1000)));
    connect(&m_timer, &QTimer::timeout, this, [this] {
        QString error;
        runOnce(error);
    });
}

void RetentionJob::start()
{
    QString error;
    runOnce(error);
    m_timer.start();
}

void RetentionJob::stop()
{
    m_timer.stop();
}

std::optional<RetentionReport> RetentionJob::runOnce(QString& error)
{
    const qint64 now = m_clock.epochMs();
    const auto cutoff = [now](int days) { return now - qint64(days) * DayMs; };
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        error = transaction.errorString();
        qCWarning(lcServerRetention) << "retention did not run:" << error;
        return std::nullopt;
    }
    QSqlDatabase db = transaction.database();
    RetentionReport report;
    const auto step = [&](int days, const QString& sql, int& count) {
        if (days <= 0)
            return true;
        const std::optional<int> removed = remove(db, sql, cutoff(days), error);
        if (removed)
            count = *removed;
        return removed.has_value();
    };
    const std::optional<int> sessions =
        remove(db, u"DELETE FROM sessions WHERE expires_at <= ?"_s, now, error);
    bool ok = sessions.has_value();
    report.sessions = sessions.value_or(0);
    if (ok && m_config.voteDays > 0) {
        const std::optional<FoldResult> folded =
            VoteFolds::fold(db, u"voted_at < ?"_s, {cutoff(m_config.voteDays)}, now, error);
        ok = folded.has_value();
        if (folded) {
            report.votesFolded = folded->folded;
            report.votesDropped = folded->dropped;
        }
    }
    ok = ok && step(m_config.ratingDays,
                    u"DELETE FROM vote_folds WHERE last_vote_at < ? AND NOT EXISTS "
                    u"(SELECT 1 FROM votes WHERE votes.item_hash = vote_folds.item_hash) AND NOT EXISTS "
                    u"(SELECT 1 FROM locked_items WHERE locked_items.item_hash = vote_folds.item_hash)"_s,
                    report.ratings);
    ok = ok && step(m_config.reportDays, u"DELETE FROM reports WHERE created_at < ?"_s, report.reports);
    ok = ok && step(m_config.auditDays, u"DELETE FROM audit_log WHERE at < ?"_s, report.audit);
    ok = ok && step(m_config.tombstoneDays,
                    u"DELETE FROM sync_records WHERE deleted = 1 AND changed_at < ?"_s, report.tombstones);
    if (ok) {
        const std::optional<AnalyticsRetentionReport> analytics =
            removeExpiredAnalytics(db, now, m_config.eventDays, error);
        ok = analytics.has_value();
        if (analytics) {
            report.events = analytics->events;
            report.salts = analytics->salts;
        }
    }
    if (!ok || !transaction.commit()) {
        if (ok)
            error = transaction.errorString();
        qCWarning(lcServerRetention) << "retention failed, nothing removed:" << error;
        return std::nullopt;
    }
    qCInfo(lcServerRetention) << "retention:" << report.sessions << "sessions," << report.votesFolded
                              << "votes folded," << report.votesDropped << "quarantined votes,"
                              << report.ratings << "ratings," << report.reports << "reports," << report.audit
                              << "audit entries," << report.tombstones << "tombstones," << report.events
                              << "analytics events," << report.salts << "daily salts removed";
    return report;
}

} // namespace SafeScan
