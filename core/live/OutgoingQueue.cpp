#include "OutgoingQueue.h"

#include <algorithm>

namespace SafeScan {

OutgoingQueue::OutgoingQueue(int capacity)
    : m_capacity(std::max(capacity, 1))
{}

bool OutgoingQueue::push(const QJsonObject& message)
{
    bool kept = true;
    if (int(m_messages.size()) >= m_capacity) {
        m_messages.pop_front();
        ++m_dropped;
        kept = false;
    }
    m_messages.push_back(message);
    return kept;
}

QList<QJsonObject> OutgoingQueue::takeAll()
{
    QList<QJsonObject> all(m_messages.begin(), m_messages.end());
    m_messages.clear();
    return all;
}

} // namespace SafeScan
