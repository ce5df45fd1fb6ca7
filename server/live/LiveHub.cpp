#include "LiveHub.h"

#include "ChangeNotifier.h"
#include "LiveLog.h"
#include "LiveMessageStore.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

// Messages read from the log per query when catching up after a notification.
constexpr int CatchUpBatch = 500;

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

LiveHub::LiveHub(LiveMessageStore& store, ChangeNotifier& notifier, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_notifier(notifier)
{
    connect(&m_notifier, &ChangeNotifier::received, this, &LiveHub::onReceived);
}

LiveHub::~LiveHub() = default;

bool LiveHub::start(QString& error)
{
    const std::optional<QString> epoch = m_store.epoch(error);
    if (!epoch)
        return false;
    m_epoch = *epoch;
    return true;
}

void LiveHub::publish(const QString& channel, const QJsonObject& message)
{
    QString error;
    const std::optional<qint64> offset =
        m_store.append(channel, QJsonDocument(message).toJson(QJsonDocument::Compact), error);
    if (!offset) {
        // The change itself is committed; clients will see it on their next REST fetch.
        qCWarning(lcServerLive) << "live message on" << channel << "lost:" << error;
        return;
    }
    Q_EMIT channelChanged(channel);
    m_notifier.notify(u"%1 %2"_s.arg(channel).arg(*offset));
}

QString LiveHub::messageFrame(const QString& channel, const LiveEntry& entry) const
{
    const QJsonObject data = QJsonDocument::fromJson(entry.data).object();
    return compact({{u"type"_s, u"message"_s},
                    {u"channel"_s, channel},
                    {u"epoch"_s, m_epoch},
                    {u"offset"_s, entry.offset},
                    {u"data"_s, data}});
}

QString LiveHub::controlFrame(const QString& type, const QString& channel, qint64 offset) const
{
    QJsonObject frame{
        {u"type"_s, type}, {u"channel"_s, channel}, {u"epoch"_s, m_epoch}, {u"offset"_s, offset}};
    if (type == u"resync"_s)
        frame.insert(u"recovered"_s, false);
    return compact(frame);
}

void LiveHub::sendResync(LiveSubscriber* subscriber, const QString& channel, qint64 offset)
{
    subscriber->sendText(controlFrame(u"resync"_s, channel, offset));
}

bool LiveHub::subscribe(LiveSubscriber* subscriber, const QString& channel,
                        const std::optional<LiveResume>& resume)
{
    const auto existing = m_channels.constFind(channel);
    if (existing != m_channels.cend() && existing->subscribers.contains(subscriber)) {
        subscriber->sendText(controlFrame(u"subscribed"_s, channel, existing->subscribers.value(subscriber)));
        return true;
    }
    QString error;
    const std::optional<qint64> head = m_store.head(channel, error);
    if (!head)
        return false;
    qint64 last = *head;
    bool recovered = true;
    QList<LiveEntry> replay;
    if (resume) {
        const qint64 from = resume->offset;
        recovered = resume->epoch == m_epoch && from >= 0 && from <= *head && *head - from <= MaxReplay;
        if (recovered && from < *head) {
            const std::optional<QList<LiveEntry>> entries =
                m_store.readAfter(channel, from, MaxReplay, error);
            if (!entries)
                return false;
            // Trimmed away: the oldest kept message is past the one the client needs next.
            recovered = !entries->isEmpty() && entries->constFirst().offset == from + 1;
            if (recovered) {
                replay = *entries;
                last = std::max(last, replay.constLast().offset);
            }
        }
    }
    if (!recovered) {
        sendResync(subscriber, channel, last);
    } else {
        for (const LiveEntry& entry : std::as_const(replay))
            subscriber->sendText(messageFrame(channel, entry));
        subscriber->sendText(controlFrame(u"subscribed"_s, channel, last));
    }
    auto found = m_channels.find(channel);
    if (found == m_channels.end())
        found = m_channels.insert(channel, Channel{last, {}});
    found->subscribers.insert(subscriber, last);
    qCDebug(lcServerLive) << "subscribed to" << channel << "at" << last << (recovered ? "" : "(resync)");
    return true;
}

void LiveHub::unsubscribe(LiveSubscriber* subscriber, const QString& channel)
{
    const auto found = m_channels.find(channel);
    if (found == m_channels.end())
        return;
    found->subscribers.remove(subscriber);
    if (found->subscribers.isEmpty())
        m_channels.erase(found);
}

void LiveHub::unsubscribeAll(LiveSubscriber* subscriber)
{
    for (auto it = m_channels.begin(); it != m_channels.end();) {
        it->subscribers.remove(subscriber);
        if (it->subscribers.isEmpty())
            it = m_channels.erase(it);
        else
            ++it;
    }
}

bool LiveHub::isSubscribed(LiveSubscriber* subscriber, const QString& channel) const
{
    const auto found = m_channels.constFind(channel);
    return found != m_channels.cend() && found->subscribers.contains(subscriber);
}

int LiveHub::subscriptionCount(LiveSubscriber* subscriber) const
{
    int count = 0;
    for (const Channel& channel : m_channels)
        count += channel.subscribers.contains(subscriber) ? 1 : 0;
    return count;
}

void LiveHub::sendToChannel(const QString& channel, const QString& text)
{
    const auto found = m_channels.constFind(channel);
    if (found == m_channels.cend())
        return;
    const QList<LiveSubscriber*> subscribers = found->subscribers.keys();
    for (LiveSubscriber* subscriber : subscribers)
        subscriber->sendText(text);
}

void LiveHub::announce(const QString& topic)
{
    m_notifier.notify(topic + u" 0"_s);
}

void LiveHub::onReceived(const QString& payload)
{
    // From other instances too (PostgreSQL NOTIFY): never trust its shape.
    const qsizetype space = payload.indexOf(u' ');
    bool ok = false;
    const qint64 offset = space > 0 ? payload.mid(space + 1).toLongLong(&ok) : 0;
    if (!ok) {
        qCWarning(lcServerLive) << "ignoring a malformed change notification";
        return;
    }
    const QString channel = payload.left(space);
    Q_EMIT channelChanged(channel);
    const auto found = m_channels.constFind(channel);
    if (found == m_channels.cend() || offset <= found->delivered)
        return; // nobody listens here, or already delivered by an earlier catch-up
    catchUp(channel);
}

void LiveHub::catchUpAll()
{
    // A copy: delivering frames may unsubscribe (a connection closing) and change m_channels.
    const QStringList channels = m_channels.keys();
    for (const QString& channel : channels)
        catchUp(channel);
}

void LiveHub::catchUp(const QString& channel)
{
    for (;;) {
        auto found = m_channels.find(channel);
        if (found == m_channels.end())
            return;
        QString error;
        const std::optional<QList<LiveEntry>> entries =
            m_store.readAfter(channel, found->delivered, CatchUpBatch, error);
        if (!entries || entries->isEmpty())
            return;
        const qint64 first = entries->constFirst().offset;
        const qint64 newest = entries->constLast().offset;
        const bool gap = first != found->delivered + 1;
        if (gap)
            qCWarning(lcServerLive) << channel << "moved past the kept log before it was read: resync";
        found->delivered = newest;
        const QHash<LiveSubscriber*, qint64> subscribers = found->subscribers;
        QList<QString> frames;
        frames.reserve(entries->size());
        for (const LiveEntry& entry : *entries)
            frames.append(messageFrame(channel, entry));
        for (auto it = subscribers.cbegin(); it != subscribers.cend(); ++it) {
            LiveSubscriber* subscriber = it.key();
            qint64 has = it.value();
            if (gap && has < first - 1) {
                sendResync(subscriber, channel, newest);
                has = newest;
            }
            for (qsizetype i = 0; i < entries->size(); ++i) {
                if (entries->at(i).offset > has) {
                    subscriber->sendText(frames.at(i));
                    has = entries->at(i).offset;
                }
            }
            // Looked up again: a subscriber may have gone while frames were sent.
            const auto again = m_channels.find(channel);
            if (again != m_channels.end() && again->subscribers.contains(subscriber))
                again->subscribers[subscriber] = has;
        }
        if (entries->size() < CatchUpBatch)
            return;
    }
}

} // namespace SafeScan
