#include "LiveChannels.h"

#include <QJsonArray>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
const QString kRatingsPrefix = u"ratings:"_s;
const QString kModeration = u"moderation"_s;

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}

QJsonObject subscribeMessage(const QStringList& channels, const QString& epoch,
                             const QHash<QString, ChannelPosition>& positions)
{
    QJsonObject message{{u"type"_s, u"subscribe"_s}, {u"channels"_s, QJsonArray::fromStringList(channels)}};
    if (!epoch.isEmpty()) {
        QJsonObject offsets;
        for (const QString& channel : channels)
            offsets.insert(channel, positions.value(channel).offset);
        message.insert(u"resume"_s, QJsonObject{{u"epoch"_s, epoch}, {u"offsets"_s, offsets}});
    }
    return message;
}
} // namespace

QString LiveChannels::normalized(const QString& name)
{
    const QString lower = name.toLower();
    if (lower == kModeration)
        return kModeration;
    if (!lower.startsWith(kRatingsPrefix) || lower.size() != kRatingsPrefix.size() + 8)
        return {};
    for (qsizetype i = kRatingsPrefix.size(); i < lower.size(); ++i)
        if (!isHexDigit(lower.at(i)))
            return {};
    return lower;
}

QString LiveChannels::ratingsChannel(const QString& prefix)
{
    return normalized(kRatingsPrefix + prefix);
}

bool LiveChannels::isRatings(const QString& channel)
{
    return channel.startsWith(kRatingsPrefix);
}

QStringList LiveChannels::add(const QStringList& channels)
{
    QStringList added;
    for (const QString& channel : channels) {
        if (!m_wanted.contains(channel)) {
            m_wanted.append(channel);
            added.append(channel);
        }
    }
    return added;
}

QStringList LiveChannels::remove(const QStringList& channels)
{
    QStringList removed;
    for (const QString& channel : channels) {
        if (m_wanted.removeAll(channel) > 0)
            removed.append(channel);
        m_positions.remove(channel);
    }
    return removed;
}

std::optional<ChannelPosition> LiveChannels::position(const QString& channel) const
{
    const auto found = m_positions.constFind(channel);
    if (found == m_positions.cend())
        return std::nullopt;
    return *found;
}

LiveChannels::Arrival LiveChannels::arrive(const QString& channel, const QString& epoch, qint64 offset)
{
    if (!m_wanted.contains(channel))
        return Arrival::Unwanted;
    const auto found = m_positions.find(channel);
    if (found == m_positions.end() || found->epoch != epoch) {
        // No position yet (a subscription without resume) or a new log: take it as the start.
        m_positions.insert(channel, ChannelPosition{epoch, offset});
        return Arrival::New;
    }
    if (offset <= found->offset)
        return Arrival::Duplicate;
    const bool gap = offset > found->offset + 1;
    found->offset = offset;
    return gap ? Arrival::Gap : Arrival::New;
}

void LiveChannels::setPosition(const QString& channel, const ChannelPosition& position, bool authoritative)
{
    if (!m_wanted.contains(channel))
        return;
    const auto found = m_positions.constFind(channel);
    if (!authoritative && found != m_positions.cend() && found->epoch == position.epoch &&
        found->offset > position.offset)
        return;
    m_positions.insert(channel, position);
}

QList<QJsonObject> LiveChannels::subscribeMessages(const QStringList& channels, int maxPerMessage) const
{
    std::map<QString, QStringList> byEpoch; // "" = no known position
    for (const QString& channel : channels) {
        if (!m_wanted.contains(channel))
            continue;
        const auto found = m_positions.constFind(channel);
        byEpoch[found == m_positions.cend() ? QString() : found->epoch].append(channel);
    }
    QList<QJsonObject> messages;
    const int chunk = std::max(1, maxPerMessage);
    // Channels with positions first (their epoch sorts after ""), so reversed iteration.
    for (auto it = byEpoch.crbegin(); it != byEpoch.crend(); ++it) {
        for (qsizetype i = 0; i < it->second.size(); i += chunk)
            messages.append(subscribeMessage(it->second.mid(i, chunk), it->first, m_positions));
    }
    return messages;
}

} // namespace SafeScan
