#include "EventStore.h"

#include "AnalyticsLog.h"
#include "base/Clock.h"
#include "store/Database.h"
#include "store/SqlError.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>

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
    QSqlQuery insert(db);
    if (!insert.prepare(
            u"INSERT INTO analytics_events(id, type, at, received_at, props) VALUES(?, ?, ?, ?, ?) "
            u"ON CONFLICT(id) DO NOTHING"_s)) {
        error = sqlErrorText(insert.lastError());
        return std::nullopt;
    }
    IngestResult result;
    CountBatch counts;
    QSet<qint64> days;
    for (const AnalyticsEvent& event : events) {
        insert.bindValue(0, event.id);
        insert.bindValue(1, event.type);
        insert.bindValue(2, event.timeMs);
        insert.bindValue(3, now);
        insert.bindValue(4, QString::fromUtf8(QJsonDocument(event.props).toJson(QJsonDocument::Compact)));
        if (!insert.exec()) {
            error = sqlErrorText(insert.lastError());
            return std::nullopt;
        }
        if (insert.numRowsAffected() != 1) {
            ++result.duplicates;
            continue;
        }
        ++result.accepted;
        counts.add(Metric::Events, event.timeMs);
        counts.add(metricOf(event), event.timeMs);
        if (event.type == u"scan"_s)
            counts.add(Metric::ScansByDimensions, event.timeMs, event.dimensions());
        if (event.type == u"sync"_s && event.props.value(u"result"_s).toString() == u"error"_s)
            counts.add(Metric::SyncErrors, event.timeMs);
        days.insert(dayStart(event.timeMs));
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
