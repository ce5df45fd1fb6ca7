#include "LiveMessageStore.h"

#include "LiveLog.h"
#include "base/Clock.h"
#include "store/Database.h"
#include "store/SqlError.h"
#include "store/Transaction.h"

#include <QRandomGenerator>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

// A channel is trimmed back to `keep` messages every TrimEvery appends, so it holds at most
// keep + TrimEvery rows.
constexpr qint64 TrimEvery = 50;

bool fail(const QSqlQuery& query, const char* what, QString& error)
{
    error = sqlErrorText(query.lastError());
    qCWarning(lcServerLive) << "cannot" << what << ":" << error;
    return false;
}

QString newEpoch()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex());
}

} // namespace

LiveMessageStore::LiveMessageStore(Database& database, int keep)
    : m_database(database)
    , m_keep(keep)
{}

std::optional<QString> LiveMessageStore::epoch(QString& error)
{
    if (!m_epoch.isEmpty())
        return m_epoch;
    QSqlQuery query(m_database.connection());
    // Several instances may start at once: the first insert wins, everyone reads the winner.
    query.prepare(u"INSERT INTO live_state(id, epoch) VALUES(1, ?) ON CONFLICT(id) DO NOTHING"_s);
    query.addBindValue(newEpoch());
    if (!query.exec()) {
        fail(query, "create the live epoch", error);
        return std::nullopt;
    }
    query.finish();
    if (!query.exec(u"SELECT epoch FROM live_state WHERE id = 1"_s) || !query.next()) {
        fail(query, "read the live epoch", error);
        return std::nullopt;
    }
    m_epoch = query.value(0).toString();
    return m_epoch;
}

std::optional<qint64> LiveMessageStore::append(const QString& channel, const QByteArray& data, QString& error)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        error = transaction.errorString();
        return std::nullopt;
    }
    QSqlQuery query(transaction.database());
    query.prepare(u"INSERT INTO live_channels(channel, head) VALUES(?, 1) "
                  u"ON CONFLICT(channel) DO UPDATE SET head = live_channels.head + 1 RETURNING head"_s);
    query.addBindValue(channel);
    if (!query.exec() || !query.next()) {
        fail(query, "assign a live offset", error);
        return std::nullopt;
    }
    const qint64 offset = query.value(0).toLongLong();
    query.finish();
    query.prepare(u"INSERT INTO live_log(channel, msg_offset, payload, at) VALUES(?, ?, ?, ?)"_s);
    query.addBindValue(channel);
    query.addBindValue(offset);
    query.addBindValue(QString::fromUtf8(data));
    query.addBindValue(m_database.clock().epochMs());
    if (!query.exec()) {
        fail(query, "append to the live log", error);
        return std::nullopt;
    }
    if (offset % TrimEvery == 0 && offset > m_keep) {
        query.finish();
        query.prepare(u"DELETE FROM live_log WHERE channel = ? AND msg_offset <= ?"_s);
        query.addBindValue(channel);
        query.addBindValue(offset - m_keep);
        if (!query.exec()) {
            fail(query, "trim the live log", error);
            return std::nullopt;
        }
    }
    query.finish();
    if (!transaction.commit()) {
        error = transaction.errorString();
        return std::nullopt;
    }
    return offset;
}

std::optional<qint64> LiveMessageStore::head(const QString& channel, QString& error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT head FROM live_channels WHERE channel = ?"_s);
    query.addBindValue(channel);
    if (!query.exec()) {
        fail(query, "read a live channel", error);
        return std::nullopt;
    }
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<QList<LiveEntry>> LiveMessageStore::readAfter(const QString& channel, qint64 after, int limit,
                                                            QString& error)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT msg_offset, payload FROM live_log WHERE channel = ? AND msg_offset > ? "
                  u"ORDER BY msg_offset LIMIT ?"_s);
    query.addBindValue(channel);
    query.addBindValue(after);
    query.addBindValue(limit);
    if (!query.exec()) {
        fail(query, "read the live log", error);
        return std::nullopt;
    }
    QList<LiveEntry> entries;
    while (query.next())
        entries.append(LiveEntry{query.value(0).toLongLong(), query.value(1).toString().toUtf8()});
    return entries;
}

} // namespace SafeScan
