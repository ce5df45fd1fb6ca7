#pragma once

#include "base/Clock.h"

#include <QHash>
#include <QList>
#include <QString>

namespace SafeScan {

enum class SpamReason
{
    None,
    RapidVoting,    // rapidVotes or more votes (any items) within rapidWindowMs
    RepeatedVoting, // more than maxRepeatsPerItem votes on one item within repeatWindowMs
};

// "rapid_voting", "repeated_voting", or "" for None (for audit logs and JSON).
QString spamReasonName(SpamReason reason);

struct SpamDetectorConfig
{
    int rapidVotes = 10; // SPEC §8: 10 or more votes in a minute
    qint64 rapidWindowMs = 60'000;
    int maxRepeatsPerItem = 5; // SPEC §8: more than 5 votes on one item in a minute
    qint64 repeatWindowMs = 60'000;
    qsizetype maxTrackedVoters = 100000;
};

// Flags voters whose voting pattern looks automated (SPEC §8). Feed it every vote attempt with
// recordVote(); once flagged, a voter stays flagged (with the reason of the first rule that fired)
// until unflag(), which also forgets the recent history so the next vote starts afresh. The server
// quarantines a flagged voter's votes; unflag() is the "restore votes" half of that.
//
// Memory: per voter at most max(rapidVotes, maxRepeatsPerItem + 1) recent votes (enough to decide
// both rules exactly: more votes than that within a window already trips the rapid rule). Unflagged
// voters with no vote in the last max(window) are idle and dropped, swept at most once per window or
// when over maxTrackedVoters (or twice the size left by the last sweep, whichever is larger). Voters
// active within the window and flagged voters are never dropped, so the table holds at most
// max(maxTrackedVoters, 2 × (recently active + flagged)) voters.
class SpamDetector
{
public:
    explicit SpamDetector(const Clock& clock, SpamDetectorConfig config = {});

    // Records a vote of voterId on itemHash and returns the voter's flag reason afterwards (None
    // while the voter is not flagged).
    SpamReason recordVote(const QString& voterId, const QString& itemHash);

    bool isFlagged(const QString& voterId) const { return flagReason(voterId) != SpamReason::None; }
    SpamReason flagReason(const QString& voterId) const;
    // Returns whether the voter was flagged.
    bool unflag(const QString& voterId);
    QStringList flaggedVoters() const;

    qsizetype trackedVoters() const { return m_voters.size(); }
    const SpamDetectorConfig& config() const { return m_config; }

private:
    struct Recent
    {
        qint64 atMs;
        QString item;
    };
    struct VoterState
    {
        QList<Recent> recent; // ascending time
        SpamReason flag = SpamReason::None;
    };

    qint64 horizonMs() const;
    void sweep(qint64 nowMs);

    const Clock& m_clock;
    SpamDetectorConfig m_config;
    QHash<QString, VoterState> m_voters;
    qint64 m_lastSweepMs;
    qsizetype m_sweepAbove;
};

} // namespace SafeScan
