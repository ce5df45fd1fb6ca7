#pragma once

#include <QJsonObject>
#include <QList>

#include <deque>

namespace SafeScan {

// Messages waiting for the live connection (SPEC §9: "outgoing messages queue while disconnected
// (bounded)"). When full, the oldest message is dropped and counted: a newer message (presence,
// say) is worth more than an older one.
class OutgoingQueue
{
public:
    explicit OutgoingQueue(int capacity = 64);

    // Queues `message`; returns false when that dropped the oldest one.
    bool push(const QJsonObject& message);
    // Everything queued, oldest first; the queue is empty afterwards.
    QList<QJsonObject> takeAll();

    int size() const { return int(m_messages.size()); }
    int capacity() const { return m_capacity; }
    // Messages dropped because the queue was full, since construction.
    qint64 dropped() const { return m_dropped; }

private:
    int m_capacity;
    std::deque<QJsonObject> m_messages;
    qint64 m_dropped = 0;
};

} // namespace SafeScan
