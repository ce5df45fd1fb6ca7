#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace SafeScan {

class DecisionStore;
class ModerationStore;
class RatingQuery;

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

// What needs a moderator's decision (SPEC §8): items with open reports (grouped by item: count,
// reasons, newest, consented content; the votes behind it), disputed undecided items, and
// quarantined voters.
class ModerationQueue
{
public:
    static constexpr int MaxSamples = 5; // notes and consented contents shown per item
    static constexpr int MaxVotes = 50;  // newest votes shown per item

    ModerationQueue(ModerationStore& store, const RatingQuery& ratings, const DecisionStore& decisions);

    // Every entry, in queue order; nullopt with `error`.
    std::optional<QList<QueueEntry>> entries(QString& error) const;

    static QString itemId(const QString& itemHash) { return QStringLiteral("item:") + itemHash; }
    static QString voterId(const QString& voter) { return QStringLiteral("voter:") + voter; }

private:
    ModerationStore& m_store;
    const RatingQuery& m_ratings;
    const DecisionStore& m_decisions;
};

} // namespace SafeScan
