#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace SafeScan {

class DecisionStore;
class ModerationStore;
class QueueStore;
class RatingQuery;
struct QueueCandidate;

// One entry of the moderation queue: an item (open reports and/or a disputed verdict) or a
// quarantined voter. `id` ("item:<hash>" / "voter:<pseudonym>") is stable and names the subject
// of an action; entries are ordered by (since, id), which new entries never reorder.
struct QueueEntry
{
    qint64 since = 0; // oldest open report / oldest counted vote / quarantine time
    QString id;
    QJsonObject json;
};

// The position after an entry, for paging: "<since>.<id>".
struct QueueCursor
{
    qint64 since = 0;
    QString id;

    QString toString() const;
    static std::optional<QueueCursor> parse(const QString& text);
    bool isBefore(const QueueEntry& entry) const;
};

// One page of the queue.
struct QueuePage
{
    QList<QueueEntry> entries;
    qint64 total = 0;                // entries in the whole queue
    std::optional<QueueCursor> next; // set when entries follow this page
};

// What needs a moderator's decision (SPEC §8): items with open reports (grouped by item: count,
// reasons, newest, consented content; the votes behind it), disputed undecided items, and
// quarantined voters. The database orders and pages the candidates (QueueStore); only the entries
// of the page asked for are built. Whether an unreported contested item is "disputed" depends on
// its rating (RatingQuery), so candidates that are not are skipped while the page fills, and
// `total` rates each contested, unreported item (usually few) rather than every queued one.
class ModerationQueue
{
public:
    static constexpr int MaxSamples = 5; // notes and consented contents shown per item
    static constexpr int MaxVotes = 50;  // newest votes shown per item

    ModerationQueue(ModerationStore& store, QueueStore& queue, const RatingQuery& ratings,
                    const DecisionStore& decisions);

    // Up to `limit` entries after `after` (from the start without); nullopt with `error`.
    std::optional<QueuePage> page(const std::optional<QueueCursor>& after, int limit, QString& error) const;
    // Every entry, in queue order (page after page); nullopt with `error`.
    std::optional<QList<QueueEntry>> entries(QString& error) const;

    static QString itemId(const QString& itemHash) { return QStringLiteral("item:") + itemHash; }
    static QString voterId(const QString& voter) { return QStringLiteral("voter:") + voter; }

private:
    // The entry of a candidate; nullopt with `error` empty when it is not one (contested but not
    // disputed, or resolved meanwhile), with `error` set when the database failed.
    std::optional<QueueEntry> entryOf(const QueueCandidate& candidate, QString& error) const;

    ModerationStore& m_store;
    QueueStore& m_queue;
    const RatingQuery& m_ratings;
    const DecisionStore& m_decisions;
};

} // namespace SafeScan
