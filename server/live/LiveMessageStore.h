#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace SafeScan {

class Database;

// One logged live message: its offset in its channel and its data (compact JSON object text).
struct LiveEntry
{
    qint64 offset = 0;
    QByteArray data;
};

// The durable live message log shared by every server instance on one database (tables live_state,
// live_channels, live_log). Offsets count up from 1 per channel and are assigned inside the
// appending transaction, so on PostgreSQL two instances appending to one channel serialise on the
// channel's row and commit in offset order. Only the newest `keep` messages of a channel stay.
// The epoch names this log: random, created with it. Deleting the live_state row (say, after
// restoring a backup, when offsets may go back) makes the next start create a new one, and every
// client then resynchronises.
class LiveMessageStore
{
public:
    static constexpr int DefaultKeep = 400;

    explicit LiveMessageStore(Database& database, int keep = DefaultKeep);

    // The log's epoch, created on first use; nullopt with `error` on a database failure.
    std::optional<QString> epoch(QString& error);
    // Appends `data` to `channel` and returns its offset; trims the channel's old messages.
    std::optional<qint64> append(const QString& channel, const QByteArray& data, QString& error);
    // The newest offset of `channel` (0 when nothing was ever published on it).
    std::optional<qint64> head(const QString& channel, QString& error);
    // Up to `limit` messages of `channel` with offset > `after`, oldest first.
    std::optional<QList<LiveEntry>> readAfter(const QString& channel, qint64 after, int limit,
                                              QString& error);

    int keep() const { return m_keep; }

private:
    Database& m_database;
    const int m_keep;
    QString m_epoch;
};

} // namespace SafeScan
