#pragma once

#include "LivePublisher.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

namespace SafeScan {

class ChangeNotifier;
class LiveMessageStore;
struct LiveEntry;

// Whatever receives live frames: a WebSocket connection, or a test double.
class LiveSubscriber
{
public:
    virtual ~LiveSubscriber() = default;
    // One complete JSON text frame.
    virtual void sendText(const QString& text) = 0;
};

// Where a client asks to resume: the epoch and the last offset it saw on a channel.
struct LiveResume
{
    QString epoch;
    qint64 offset = 0;
};

// The live hub of one server instance (SPEC §9, §11). publish() appends the message to the durable
// log (LiveMessageStore), then signals "<channel> <offset>" through the ChangeNotifier. Every
// instance on the database, this one included, reacts to the signal by reading the channel's new
// messages from the log and fanning them out to its local subscribers; each subscriber gets every
// message once, in offset order, never one it already had (its replay included).
//
// Frames sent (JSON text):
//   {"type":"message","channel","epoch","offset","data"}   a logged message
//   {"type":"subscribed","channel","epoch","offset"}       subscribed; offset = newest seen
//   {"type":"resync","channel","recovered":false,"epoch","offset"}  missed messages are lost
class LiveHub final : public QObject, public LivePublisher
{
    Q_OBJECT

public:
    static constexpr int MaxReplay = 300;

    LiveHub(LiveMessageStore& store, ChangeNotifier& notifier, QObject* parent = nullptr);
    ~LiveHub() override;

    // Reads (or creates) the epoch. False with `error` when the database fails.
    bool start(QString& error);
    QString epoch() const { return m_epoch; }

    void publish(const QString& channel, const QJsonObject& message) override;

    // Subscribes `subscriber` to `channel` and sends it, in order: the messages it missed since
    // `resume` (at most MaxReplay) and "subscribed", or "resync" when they cannot be replayed
    // (other epoch, gap too large or trimmed, offset ahead of the log). Subscribing again to a
    // channel only repeats "subscribed". False when the database fails (nothing is sent).
    bool subscribe(LiveSubscriber* subscriber, const QString& channel,
                   const std::optional<LiveResume>& resume);
    void unsubscribe(LiveSubscriber* subscriber, const QString& channel);
    void unsubscribeAll(LiveSubscriber* subscriber);
    bool isSubscribed(LiveSubscriber* subscriber, const QString& channel) const;
    int subscriptionCount(LiveSubscriber* subscriber) const;

    // An ephemeral frame (not logged, this instance only) to every local subscriber of `channel`.
    void sendToChannel(const QString& channel, const QString& text);
    // Tells every instance (this one included, later) that `topic`, something kept in the database
    // outside the log (say, "presence"), changed: they get channelChanged(topic). Never a channel
    // clients can subscribe to.
    void announce(const QString& topic);

    // Reads `channel`'s new messages from the log and delivers them (what a notification does).
    void catchUp(const QString& channel);
    // catchUp() on every channel with local subscribers: after the notifier reconnects, since
    // notifications sent during the outage were lost.
    void catchUpAll();

    // The frame texts.
    QString messageFrame(const QString& channel, const LiveEntry& entry) const;
    QString controlFrame(const QString& type, const QString& channel, qint64 offset) const;

Q_SIGNALS:
    // `channel` has a new message: published here (at once) or announced by any instance.
    void channelChanged(const QString& channel);

private:
    struct Channel
    {
        qint64 delivered = 0;                       // newest offset fanned out (or read) here
        QHash<LiveSubscriber*, qint64> subscribers; // -> newest offset that subscriber has
    };

    void onReceived(const QString& payload);
    void sendResync(LiveSubscriber* subscriber, const QString& channel, qint64 offset);

    LiveMessageStore& m_store;
    ChangeNotifier& m_notifier;
    QString m_epoch;
    QHash<QString, Channel> m_channels;
};

} // namespace SafeScan
