#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SafeScan {

// Where the client stands on one channel of /v1/live: the server's message log (epoch) and the
// last offset received from it.
struct ChannelPosition
{
    QString epoch;
    qint64 offset = 0;
    friend bool operator==(const ChannelPosition&, const ChannelPosition&) = default;
};

// The channels the live client wants and how far it got on each (docs/api.md, "Live updates"):
// - the wanted set survives reconnects (it is what is subscribed again);
// - positions survive reconnects too (they are what `resume` sends); a channel that is dropped
//   forgets its position;
// - a message at or below the known offset of its epoch is a duplicate; one past the next offset
//   is a gap (the missed ones must be refetched). Pure bookkeeping, no I/O.
class LiveChannels
{
public:
    enum class Arrival
    {
        New,       // deliver it
        Duplicate, // already seen: drop it
        Gap,       // new, but messages before it were missed: deliver it and refetch
        Unwanted,  // not a channel the client wants: drop it
    };

    // Adds channels to the wanted set; returns those that were not wanted yet.
    QStringList add(const QStringList& channels);
    // Removes channels (and their positions); returns those that were wanted.
    QStringList remove(const QStringList& channels);
    bool wants(const QString& channel) const { return m_wanted.contains(channel); }
    QStringList wanted() const { return m_wanted; }
    int count() const { return int(m_wanted.size()); }

    std::optional<ChannelPosition> position(const QString& channel) const;
    // A message (epoch, offset) arrived on `channel`: how to treat it. New and Gap move the
    // position; a message of another epoch starts that epoch's count.
    Arrival arrive(const QString& channel, const QString& epoch, qint64 offset);
    // "subscribed" (`authoritative` false: never moves back within an epoch, as messages may
    // have been counted already) or "resync" (true: the server's position replaces ours, also
    // when it is behind, e.g. after the server's log was reset).
    void setPosition(const QString& channel, const ChannelPosition& position, bool authoritative = true);

    // The subscribe messages that restore every wanted channel after a reconnect: channels with
    // a known position grouped by epoch (each with its `resume`), then those without one. Each
    // message lists at most `maxPerMessage` channels.
    QList<QJsonObject> subscribeMessages(const QStringList& channels, int maxPerMessage = 64) const;

    // A canonical channel name ("ratings:" + 8 lowercase hex digits, or "moderation"); empty
    // when `name` is neither.
    static QString normalized(const QString& name);
    static QString ratingsChannel(const QString& prefix); // "ratings:" + prefix, normalized
    static bool isRatings(const QString& channel);

private:
    QStringList m_wanted;
    QHash<QString, ChannelPosition> m_positions;
};

} // namespace SafeScan
