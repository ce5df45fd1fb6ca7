#pragma once

#include "base/Clock.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace SafeScan {

// The answers of GET /v1/ratings by prefix, kept for a short time: lookups vastly outnumber votes,
// and most prefixes are asked again and again (and most have no rating at all). An entry goes when
// a rating of its prefix changes on any instance (the live hub's "ratings:<prefix>" channel moves:
// see LiveHub::channelChanged) and after `ttlMs` at the latest, which bounds how stale the time
// decay of the votes can make a cached score. When full, expired entries go first, then all.
class RatingLookupCache
{
public:
    static constexpr qint64 DefaultTtlMs = 30'000;
    static constexpr qsizetype DefaultCapacity = 65'536;

    explicit RatingLookupCache(const Clock& clock, qint64 ttlMs = DefaultTtlMs,
                               qsizetype capacity = DefaultCapacity);

    // The cached JSON body for `prefix` (8 lowercase hex digits), if fresh.
    std::optional<QByteArray> find(const QString& prefix) const;
    void insert(const QString& prefix, const QByteArray& body);
    void invalidate(const QString& prefix);
    // For a live channel name: "ratings:<prefix>" invalidates that prefix; others are ignored.
    void invalidateChannel(const QString& channel);

    qsizetype size() const { return m_entries.size(); }

private:
    struct Entry
    {
        QByteArray body;
        qint64 expiresAtMs = 0;
    };

    const Clock& m_clock;
    const qint64 m_ttlMs;
    const qsizetype m_capacity;
    QHash<QString, Entry> m_entries;
};

} // namespace SafeScan
