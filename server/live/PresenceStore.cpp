#include "PresenceStore.h"

#include "LiveLog.h"
#include "store/Database.h"
#include "store/SqlError.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

bool run(QSqlQuery& query, const QString& sql, const QVariantList& values, const char* what, QString& error)
{
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    error = sqlErrorText(query.lastError());
    qCWarning(lcServerLive) << "cannot" << what << ":" << error;
    return false;
}

} // namespace

PresenceStore::PresenceStore(Database& database)
    : m_database(database)
{}

bool PresenceStore::set(const PresenceClaim& claim, QString& error)
{
    QSqlQuery query(m_database.connection());
    const qsizetype colon = claim.session.lastIndexOf(u':');
    return run(query,
               u"INSERT INTO live_presence(session, instance, moderator, item, expires_at) "
               u"VALUES(?, ?, ?, ?, ?) ON CONFLICT(session) DO UPDATE SET "
               u"moderator = excluded.moderator, item = excluded.item, expires_at = excluded.expires_at"_s,
               {claim.session, claim.session.left(std::max<qsizetype>(colon, 0)), claim.moderator, claim.item,
                claim.expiresAt},
               "store a presence claim", error);
}

std::optional<bool> PresenceStore::clear(const QString& session, QString& error)
{
    QSqlQuery query(m_database.connection());
    if (!run(query, u"DELETE FROM live_presence WHERE session = ?"_s, {session}, "clear a presence claim",
             error))
        return std::nullopt;
    return query.numRowsAffected() > 0;
}

std::optional<int> PresenceStore::clearInstance(const QString& instance, QString& error)
{
    QSqlQuery query(m_database.connection());
    if (!run(query, u"DELETE FROM live_presence WHERE instance = ?"_s, {instance}, "clear presence claims",
             error))
        return std::nullopt;
    return query.numRowsAffected();
}

bool PresenceStore::refresh(const QString& instance, qint64 expiresAt, QString& error)
{
    QSqlQuery query(m_database.connection());
    return run(query, u"UPDATE live_presence SET expires_at = ? WHERE instance = ?"_s, {expiresAt, instance},
               "refresh presence claims", error);
}

std::optional<int> PresenceStore::removeExpired(qint64 now, QString& error)
{
    QSqlQuery query(m_database.connection());
    if (!run(query, u"DELETE FROM live_presence WHERE expires_at <= ?"_s, {now}, "expire presence claims",
             error))
        return std::nullopt;
    return query.numRowsAffected();
}

std::optional<QList<PresenceClaim>> PresenceStore::current(qint64 now, QString& error)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!run(query,
             u"SELECT session, moderator, item, expires_at FROM live_presence WHERE expires_at > ? "
             u"ORDER BY session"_s,
             {now}, "read presence claims", error))
        return std::nullopt;
    QList<PresenceClaim> claims;
    while (query.next()) {
        claims.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString(),
                       query.value(3).toLongLong()});
    }
    return claims;
}

} // namespace SafeScan
