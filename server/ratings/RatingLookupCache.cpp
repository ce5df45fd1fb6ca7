#include "RatingLookupCache.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

RatingLookupCache::RatingLookupCache(const Clock& clock, qint64 ttlMs, qsizetype capacity)
    : m_clock(clock)
    , m_ttlMs(ttlMs)
    , m_capacity(std::max<qsizetype>(1, capacity))
{}

std::optional<QByteArray> RatingLookupCache::find(const QString& prefix) const
{
    const auto found = m_entries.constFind(prefix);
    if (found == m_entries.cend() || m_clock.nowMs() >= found->expiresAtMs)
        return std::nullopt;
    return found->body;
}

void RatingLookupCache::insert(const QString& prefix, const QByteArray& body)
{
    const qint64 now = m_clock.nowMs();
    if (m_entries.size() >= m_capacity && !m_entries.contains(prefix)) {
        m_entries.removeIf([now](const auto& entry) { return now >= entry.value().expiresAtMs; });
        if (m_entries.size() >= m_capacity)
            m_entries.clear();
    }
    m_entries.insert(prefix, Entry{body, now + m_ttlMs});
}

void RatingLookupCache::invalidate(const QString& prefix)
{
    m_entries.remove(prefix);
}

void RatingLookupCache::invalidateChannel(const QString& channel)
{
    static const QString ratings = u"ratings:"_s;
    if (channel.startsWith(ratings))
        invalidate(channel.mid(ratings.size()));
}

} // namespace SafeScan
