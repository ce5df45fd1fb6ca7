#include "rating/SpamDetector.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SafeScan {

QString spamReasonName(SpamReason reason)
{
    switch (reason) {
    case SpamReason::RapidVoting:
        return u"rapid_voting"_s;
    case SpamReason::RepeatedVoting:
        return u"repeated_voting"_s;
    case SpamReason::None:
        break;
    }
    return {};
}

SpamDetector::SpamDetector(const Clock& clock, SpamDetectorConfig config)
    : m_clock(clock)
    , m_config(config)
    , m_lastSweepMs(clock.nowMs())
    , m_sweepAbove(config.maxTrackedVoters)
{
    m_config.rapidVotes = std::max(1, m_config.rapidVotes);
    m_config.maxRepeatsPerItem = std::max(0, m_config.maxRepeatsPerItem);
    m_config.rapidWindowMs = std::max<qint64>(1, m_config.rapidWindowMs);
    m_config.repeatWindowMs = std::max<qint64>(1, m_config.repeatWindowMs);
    m_config.maxTrackedVoters = std::max<qsizetype>(1, m_config.maxTrackedVoters);
    m_sweepAbove = m_config.maxTrackedVoters;
}

qint64 SpamDetector::horizonMs() const
{
    return std::max(m_config.rapidWindowMs, m_config.repeatWindowMs);
}

SpamReason SpamDetector::recordVote(const QString& voterId, const QString& itemHash)
{
    const qint64 now = m_clock.nowMs();
    VoterState& state = m_voters[voterId];
    state.recent.removeIf([&](const Recent& r) { return now - r.atMs >= horizonMs(); });
    state.recent.append({now, itemHash});
    const qsizetype keep = std::max(m_config.rapidVotes, m_config.maxRepeatsPerItem + 1);
    while (state.recent.size() > keep)
        state.recent.removeFirst();

    if (state.flag == SpamReason::None) {
        int inRapidWindow = 0;
        int onItem = 0;
        for (const Recent& r : std::as_const(state.recent)) {
            const qint64 age = now - r.atMs;
            if (age < m_config.rapidWindowMs)
                ++inRapidWindow;
            if (age < m_config.repeatWindowMs && r.item == itemHash)
                ++onItem;
        }
        if (onItem > m_config.maxRepeatsPerItem)
            state.flag = SpamReason::RepeatedVoting;
        else if (inRapidWindow >= m_config.rapidVotes)
            state.flag = SpamReason::RapidVoting;
    }
    const SpamReason result = state.flag; // copy: sweep() may rehash

    if (m_voters.size() > m_sweepAbove || now - m_lastSweepMs >= horizonMs())
        sweep(now);
    return result;
}

SpamReason SpamDetector::flagReason(const QString& voterId) const
{
    const auto it = m_voters.constFind(voterId);
    return it == m_voters.cend() ? SpamReason::None : it->flag;
}

bool SpamDetector::unflag(const QString& voterId)
{
    const auto it = m_voters.find(voterId);
    if (it == m_voters.end())
        return false;
    const bool wasFlagged = it->flag != SpamReason::None;
    m_voters.erase(it);
    return wasFlagged;
}

QStringList SpamDetector::flaggedVoters() const
{
    QStringList result;
    for (auto it = m_voters.cbegin(); it != m_voters.cend(); ++it) {
        if (it->flag != SpamReason::None)
            result.append(it.key());
    }
    result.sort();
    return result;
}

void SpamDetector::sweep(qint64 nowMs)
{
    m_lastSweepMs = nowMs;
    m_voters.removeIf([&](const QHash<QString, VoterState>::iterator it) {
        return it->flag == SpamReason::None &&
               (it->recent.isEmpty() || nowMs - it->recent.constLast().atMs >= horizonMs());
    });
    // Active and flagged voters are never dropped; let the table double before the next full sweep
    // so that a crowd of active voters does not cost a sweep per vote.
    m_sweepAbove = std::max(m_config.maxTrackedVoters, 2 * m_voters.size());
}

} // namespace SafeScan
