#include "EventStore.h"

#include "AnalyticsLog.h"
#include "base/Clock.h"
#include "storage/MultiRowInsert.h"
#include "store/Database.h"
#include "store/SqlError.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

constexpr qsizetype SaltBytes = 32;

QString metricOf(const AnalyticsEvent& event)
{
    if (event.type == u"scan"_s)
        return Metric::Scans;
    if (event.type == u"app_start"_s)
        return Metric::AppStarts;
    if (event.type == u"vote"_s)
        return Metric::VoteEvents;
    if (event.type == u"report"_s)
        return Metric::ReportEvents;
    if (event.type == u"sync"_s)
        return Metric::Syncs;
    return Metric::Errors;
}

constexpr int EventColumns = 5;

// Inserts `events` (distinct ids) into analytics_events, rowsPerInsert() rows per statement (one
// prepared statement reused while the row count stays), and returns the ids that were new; the
// others were already stored (ON CONFLICT DO NOTHING inserts no row for them). Multi-row
// statements say which rows they inserted with RETURNING; a one-row statement (SQLite) by the rows
// it affected, without RETURNING, which would cost SQLite a statement journal per row.
std::optional<QSet<QString>> insertNew(QSqlDatabase db, const QList<const AnalyticsEvent*>& events,
                                       qint64 now, QString& error)
{
    QSet<QString> stored;
    stored.reserve(events.size());
    const int maxRows = rowsPerInsert(db, EventColumns);
    QSqlQuery insert(db);
    insert.setForwardOnly(true);
    int preparedRows = 0;
    for (qsizetype first = 0; first < events.size(); first += maxRows) {
        const int rows = int(std::min<qsizetype>(maxRows, events.size() - first));
        if (rows != preparedRows &&
            !insert.prepare(u"INSERT INTO analytics_events(id, type, at, received_at, props) VALUES "_s +
                            valuesPlaceholders(rows, EventColumns) + u" ON CONFLICT(id) DO NOTHING"_s +
                            (maxRows > 1 ? u" RETURNING id"_s : QString()))) {
            error = sqlErrorText(insert.lastError());
            return std::nullopt;
        }
        preparedRows = rows;
        int parameter = 0;
        for (qsizetype index = first; index < first + rows; ++index) {
            const AnalyticsEvent& event = *events.at(index);
            insert.bindValue(parameter++, event.id);
            insert.bindValue(parameter++, event.type);
            insert.bindValue(parameter++, event.timeMs);
            insert.bindValue(parameter++, now);
            insert.bindValue(parameter++,
                             QString::fromUtf8(QJsonDocument(event.props).toJson(QJsonDocument::Compact)));
        }
        if (!insert.exec()) {
            error = sqlErrorText(insert.lastError());
            return std::nullopt;
        }
        if (maxRows == 1) {
            if (insert.numRowsAffected() == 1)
                stored.insert(events.at(first)->id);
            continue;
        }
        while (insert.next())
            stored.insert(insert.value(0).toString());
        if (insert.lastError().isValid()) {
            error = sqlErrorText(insert.lastError());
            return std::nullopt;
        }
    }
    return stored;
}

} // namespace

EventStore::EventStore(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

std::optional<QByteArray> EventStore::saltOf(QSqlDatabase db, qint64 day, qint64 now, QString& error)
{
    if (now >= day + SaltLifetimeMs)
        return std::nullopt;
    if (const auto cached = m_salts.constFind(day); cached != m_salts.constEnd())
        return *cached;
    QByteArray fresh(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(fresh.begin(), fresh.end());
    // Another instance may create it at the same moment: the first one stays, both read it.
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO analytics_salts(day, salt, created_at) VALUES(?, ?, ?) "
                   u"ON CONFLICT(day) DO NOTHING"_s);
    insert.addBindValue(day);
    insert.addBindValue(QString::fromLatin1(fresh.toHex()));
    insert.addBindValue(now);
    QSqlQuery select(db);
    select.prepare(u"SELECT salt FROM analytics_salts WHERE day = ?"_s);
    select.addBindValue(day);
    if (!insert.exec() || !select.exec() || !select.next()) {
        error = sqlErrorText(insert.lastError().isValid() ? insert.lastError() : select.lastError());
        if (error.isEmpty())
            error = u"the daily salt could not be read back"_s;
        return std::nullopt;
    }
    const QByteArray salt = QByteArray::fromHex(select.value(0).toString().toLatin1());
    // Forget salts that have expired (the retention job deletes their rows).
    m_salts.removeIf([now](const auto& entry) { return now >= entry.key() + SaltLifetimeMs; });
    m_salts.insert(day, salt);
    return salt;
}

std::optional<IngestResult> EventStore::ingest(const QString& installId, const QList<AnalyticsEvent>& events,
                                               int rejected, QString& error)
{
    const qint64 now = m_clock.epochMs();
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        error = transaction.errorString();
        return std::nullopt;
    }
    QSqlDatabase db = transaction.database();
    // A salt cached in a transaction that then rolls back may not exist: read them again later.
    auto forgetSalts = qScopeGuard([this] { m_salts.clear(); });
    IngestResult result;
    // An id seen earlier in the same batch is a duplicate without asking the database.
    QList<const AnalyticsEvent*> distinct;
    distinct.reserve(events.size());
    QSet<QString> seen;
    seen.reserve(events.size());
    for (const AnalyticsEvent& event : events) {
        if (seen.contains(event.id)) {
            ++result.duplicates;
            continue;
        }
        seen.insert(event.id);
        distinct.append(&event);
    }
    const std::optional<QSet<QString>> stored = insertNew(db, distinct, now, error);
    if (!stored)
        return std::nullopt;
    CountBatch counts;
    QSet<qint64> days;
    for (const AnalyticsEvent* event : std::as_const(distinct)) {
        if (!stored->contains(event->id)) {
            ++result.duplicates; // stored by an earlier batch
            continue;
        }
        ++result.accepted;
        counts.add(Metric::Events, event->timeMs);
        counts.add(metricOf(*event), event->timeMs);
        if (event->type == u"scan"_s)
            counts.add(Metric::ScansByDimensions, event->timeMs, event->dimensions());
        if (event->type == u"sync"_s && event->props.value(u"result"_s).toString() == u"error"_s)
            counts.add(Metric::SyncErrors, event->timeMs);
        days.insert(dayStart(event->timeMs));
    }
    QSqlQuery install(db);
    install.prepare(u"INSERT INTO analytics_installs(day, install_hash) VALUES(?, ?) "
                    u"ON CONFLICT(day, install_hash) DO NOTHING"_s);
    for (const qint64 day : std::as_const(days)) {
        const std::optional<QByteArray> salt = saltOf(db, day, now, error);
        if (!error.isEmpty())
            return std::nullopt;
        if (!salt)
            continue; // too old to be counted as an install of its day
        install.bindValue(0, day);
        install.bindValue(1, QString::fromLatin1(QMessageAuthenticationCode::hash(installId.toLatin1(), *salt,
                                                                                  QCryptographicHash::Sha256)
                                                     .toHex()));
        if (!install.exec()) {
            error = sqlErrorText(install.lastError());
            return std::nullopt;
        }
        if (install.numRowsAffected() == 1)
            counts.addDaily(Metric::Installs, day);
    }
    if (result.duplicates > 0)
        counts.add(Metric::Duplicates, now, {}, result.duplicates);
    if (rejected > 0)
        counts.add(Metric::Rejected, now, {}, rejected);
    if (!counts.write(db, error))
        return std::nullopt;
    if (!transaction.commit()) {
        error = transaction.errorString();
        return std::nullopt;
    }
    forgetSalts.dismiss();
    qCDebug(lcAnalytics) << "events:" << result.accepted << "accepted," << result.duplicates << "duplicates,"
                         << rejected << "rejected";
    return result;
}

} // namespace SafeScan
