#include "AnalyticsEventQueue.h"

#include "AppState.h"
#include "LocalDataLog.h"
#include "base/Clock.h"
#include "store/Database.h"
#include "store/SqlError.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

QString forbiddenFieldIn(const QJsonValue& value);

QString forbiddenFieldIn(const QJsonObject& object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (AnalyticsEventQueue::forbiddenFields().contains(it.key(), Qt::CaseInsensitive))
            return it.key();
        if (QString nested = forbiddenFieldIn(it.value()); !nested.isEmpty())
            return nested;
    }
    return {};
}

QString forbiddenFieldIn(const QJsonValue& value)
{
    if (value.isObject())
        return forbiddenFieldIn(value.toObject());
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray()) {
            if (QString nested = forbiddenFieldIn(item); !nested.isEmpty())
                return nested;
        }
    }
    return {};
}

// Deletes the rows the statement selects (it RETURNs `sent`) and counts the unsent ones in the
// dropped counter. Returns the number of rows deleted, -1 on failure.
int dropRows(QSqlQuery& query, AppState& state, QString& error)
{
    if (!query.exec()) {
        error = sqlErrorText(query.lastError());
        return -1;
    }
    int rows = 0;
    int unsent = 0;
    while (query.next()) {
        ++rows;
        if (query.value(0).toInt() == 0)
            ++unsent;
    }
    query.finish();
    if (unsent > 0 && !state.add(AnalyticsEventQueue::droppedCounterKey(), unsent, &error))
        return -1;
    return rows;
}

int dropExpired(QSqlDatabase db, AppState& state, qint64 cutoff, QString& error)
{
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM analytics_events WHERE created_at < ? RETURNING sent"_s);
    query.addBindValue(cutoff);
    return dropRows(query, state, error);
}

} // namespace

AnalyticsEventQueue::AnalyticsEventQueue(Database& database, const Clock& clock, Options options)
    : m_database(database)
    , m_clock(clock)
    , m_options(options)
{}

AnalyticsEventQueue::AnalyticsEventQueue(Database& database, const Clock& clock)
    : AnalyticsEventQueue(database, clock, Options{})
{}

QString AnalyticsEventQueue::droppedCounterKey()
{
    return u"analytics.dropped_events"_s;
}

const QStringList& AnalyticsEventQueue::forbiddenFields()
{
    static const QStringList fields{
        u"content"_s, u"text"_s,         u"payload"_s,  u"url"_s,     u"uri"_s,       u"host"_s,
        u"domain"_s,  u"ssid"_s,         u"password"_s, u"secret"_s,  u"email"_s,     u"phone"_s,
        u"hash"_s,    u"content_hash"_s, u"note"_s,     u"account"_s, u"client_id"_s, u"device_id"_s,
    };
    return fields;
}

QString AnalyticsEventQueue::append(const QString& kind, const QJsonObject& body, QString* error)
{
    const auto failed = [&](const QString& why) {
        localDataFailure(error, u"Cannot record the analytics event \"%1\": %2"_s.arg(kind, why));
        return QString();
    };
    static const QRegularExpression kindPattern(u"^[a-z][a-z0-9_]{0,63}$"_s);
    if (!kindPattern.match(kind).hasMatch())
        return failed(u"the kind must be lowercase letters, digits and '_'"_s);
    if (const QString field = forbiddenFieldIn(body); !field.isEmpty())
        return failed(u"the field \"%1\" could carry content or an identifier"_s.arg(field));
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (json.size() > kMaxBodyBytes)
        return failed(u"the body has %1 bytes, more than %2"_s.arg(json.size()).arg(kMaxBodyBytes));

    Transaction transaction(m_database);
    if (!transaction.isActive())
        return failed(transaction.errorString());
    QSqlDatabase db = transaction.database();

    const qint64 now = m_clock.epochMs();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO analytics_events(event_id, kind, body, created_at) VALUES(?, ?, ?, ?)"_s);
    query.addBindValue(id);
    query.addBindValue(kind);
    query.addBindValue(QString::fromUtf8(json));
    query.addBindValue(now);
    if (!query.exec())
        return failed(sqlErrorText(query.lastError()));

    AppState state(m_database);
    QString why;
    const int expired = dropExpired(db, state, now - m_options.retentionMs, why);
    if (expired < 0)
        return failed(why);
    // Beyond the cap: sent events first, then the oldest.
    query.prepare(u"DELETE FROM analytics_events WHERE rowid IN (SELECT rowid FROM analytics_events "
                  u"ORDER BY sent DESC, created_at, rowid "
                  u"LIMIT max(0, (SELECT count(*) FROM analytics_events) - ?)) RETURNING sent"_s);
    query.addBindValue(std::max(m_options.maxEvents, 0));
    const int capped = dropRows(query, state, why);
    if (capped < 0)
        return failed(why);
    if (!transaction.commit())
        return failed(transaction.errorString());
    if (capped > 0)
        qCInfo(lcLocalData) << "The analytics queue is full: dropped the" << capped << "oldest events";
    return id;
}

QList<AnalyticsEvent> AnalyticsEventQueue::takeBatch(int limit, QString* error)
{
    QList<AnalyticsEvent> events;
    if (limit <= 0)
        return events;
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen()) {
        localDataFailure(error, u"Cannot read the analytics queue: "_s + m_database.errorString());
        return events;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT event_id, kind, body, created_at FROM analytics_events WHERE sent = 0 "
                  u"ORDER BY created_at, rowid LIMIT ?"_s);
    query.addBindValue(limit);
    if (!query.exec()) {
        localDataFailure(error, u"Cannot read the analytics queue: "_s + sqlErrorText(query.lastError()));
        return events;
    }
    while (query.next()) {
        events.append({query.value(0).toString(), query.value(1).toString(),
                       QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object(),
                       query.value(3).toLongLong(), false});
    }
    return events;
}

QList<AnalyticsEvent> AnalyticsEventQueue::allEvents(int limit, QString* error)
{
    QList<AnalyticsEvent> events;
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen()) {
        localDataFailure(error, u"Cannot read the analytics queue: "_s + m_database.errorString());
        return events;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT event_id, kind, body, created_at, sent FROM analytics_events "
                  u"ORDER BY created_at, rowid LIMIT ?"_s);
    query.addBindValue(std::max(limit, 0));
    if (!query.exec()) {
        localDataFailure(error, u"Cannot read the analytics queue: "_s + sqlErrorText(query.lastError()));
        return events;
    }
    while (query.next()) {
        events.append({query.value(0).toString(), query.value(1).toString(),
                       QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object(),
                       query.value(3).toLongLong(), query.value(4).toInt() != 0});
    }
    return events;
}

int AnalyticsEventQueue::clear(bool unsentOnly, QString* error)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (!db.isOpen() || !query.exec(unsentOnly ? u"DELETE FROM analytics_events WHERE sent = 0"_s
                                               : u"DELETE FROM analytics_events"_s)) {
        localDataFailure(error,
                         u"Cannot clear the analytics queue: "_s +
                             (db.isOpen() ? sqlErrorText(query.lastError()) : m_database.errorString()));
        return -1;
    }
    return std::max(query.numRowsAffected(), 0);
}

int AnalyticsEventQueue::markSent(const QStringList& eventIds, QString* error)
{
    const auto failed = [&](const QString& why) {
        localDataFailure(error, u"Cannot mark analytics events sent: "_s + why);
        return -1;
    };
    if (eventIds.isEmpty())
        return 0;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return failed(transaction.errorString());
    QSqlDatabase db = transaction.database();
    QSqlQuery query(db);
    if (!query.prepare(u"UPDATE analytics_events SET sent = 1 WHERE event_id = ? AND sent = 0"_s))
        return failed(sqlErrorText(query.lastError()));
    int marked = 0;
    for (const QString& id : eventIds) {
        query.bindValue(0, id);
        if (!query.exec())
            return failed(sqlErrorText(query.lastError()));
        marked += std::max(query.numRowsAffected(), 0);
    }
    if (!transaction.commit())
        return failed(transaction.errorString());
    return marked;
}

int AnalyticsEventQueue::purgeExpired(QString* error)
{
    const auto failed = [&](const QString& why) {
        localDataFailure(error, u"Cannot apply the analytics retention: "_s + why);
        return -1;
    };
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return failed(transaction.errorString());
    QSqlDatabase db = transaction.database();
    AppState state(m_database);
    QString why;
    const int dropped = dropExpired(db, state, m_clock.epochMs() - m_options.retentionMs, why);
    if (dropped < 0)
        return failed(why);
    if (!transaction.commit())
        return failed(transaction.errorString());
    return dropped;
}

qint64 AnalyticsEventQueue::unsentCount(QString* error)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (!db.isOpen() || !query.exec(u"SELECT count(*) FROM analytics_events WHERE sent = 0"_s) ||
        !query.next()) {
        localDataFailure(error,
                         u"Cannot count the analytics queue: "_s +
                             (db.isOpen() ? sqlErrorText(query.lastError()) : m_database.errorString()));
        return -1;
    }
    return query.value(0).toLongLong();
}

qint64 AnalyticsEventQueue::totalCount(QString* error)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (!db.isOpen() || !query.exec(u"SELECT count(*) FROM analytics_events"_s) || !query.next()) {
        localDataFailure(error,
                         u"Cannot count the analytics queue: "_s +
                             (db.isOpen() ? sqlErrorText(query.lastError()) : m_database.errorString()));
        return -1;
    }
    return query.value(0).toLongLong();
}

qint64 AnalyticsEventQueue::droppedCount() const
{
    return AppState(m_database).integer(droppedCounterKey(), 0);
}

} // namespace SafeScan
