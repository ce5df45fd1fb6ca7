#pragma once

#include "rating/RatingAggregator.h"

#include <QHash>
#include <QString>

#include <optional>

namespace SafeScan {

class Database;

// Reads moderator decisions (table moderation_decisions) for RatingQuery: a decision overrides the
// community verdict of its item (SPEC §8). ModerationStore writes them.
class DecisionStore
{
public:
    explicit DecisionStore(Database& database);

    // The decision on one item (None when there is none); nullopt with `error`.
    std::optional<ModeratorDecision> decisionOf(const QString& itemHash, QString& error) const;
    // Every decided item whose hash starts with `hexPrefix` (lowercase hex).
    std::optional<QHash<QString, ModeratorDecision>> decisionsWithPrefix(const QString& hexPrefix,
                                                                         QString& error) const;

    static ModeratorDecision fromName(const QString& name);
    static QString name(ModeratorDecision decision); // "safe", "unsafe" or ""

private:
    Database& m_database;
};

} // namespace SafeScan
