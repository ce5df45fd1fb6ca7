#pragma once

#include "api/ApiError.h"
#include "api/RatingInfo.h"
#include "localdata/VoteRepository.h"

#include <QString>
#include <QStringList>

// How community ratings, votes and moderation are told to a person (translated words, never a
// colour alone).
namespace SafeScan::CommunityText {

inline constexpr char context[] = "SafeScan::CommunityText";

// Where the rating shown came from (SPEC §9 degradation).
enum class RatingState
{
    NotAsked, // no community service configured
    Loading,  // asking the server
    Live,     // the server's answer
    Cached,   // a fresh cached answer
    Offline,  // the server could not answer; an older cached answer is shown
    Unknown,  // no answer and nothing cached
};

// "Rated safe", "Rated unsafe", "Disputed", "Not rated yet".
QString verdictLabel(RatingVerdict verdict);
// "Safe 72% · confidence 64% · 12 votes (9 safe, 3 unsafe)".
QString ratingSummary(const RatingInfo& rating);
// "" for Live, "cached", "offline: showing the last known rating", "unknown", ...
QString stateLabel(RatingState state);
// "You voted safe" / "You have not voted".
QString myVoteLabel(const std::optional<Vote>& vote);
// A sentence for the user about a failed call ("The server is busy; try again in 30 s.").
QString errorSentence(const ApiError& error);
// "12 Nov 2026 14:03" in the user's locale.
QString formatTime(qint64 epochMs);
// "Confirm safe", "Dismiss reports", ... for buttons and the audit filter.
QString moderationActionLabel(const QString& actionName);
// "phishing" → "Phishing", ... (the reasons a report may give).
QString reportReasonLabel(const QString& reason);
QStringList reportReasons(); // phishing, malware, scam, other

} // namespace SafeScan::CommunityText
