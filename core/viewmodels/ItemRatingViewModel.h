#pragma once

#include "CommunityText.h"
#include "ScanResult.h"
#include "api/RatingInfo.h"
#include "localdata/VoteRepository.h"

#include <QObject>

#include <optional>

namespace SafeScan {

class CommunityClient;
struct RatingLookup;

// The community part of one result card (issue 7): the item's rating and where it came from
// (live, cached, offline, unknown), my vote, the verdict combined with the rating (withCommunity),
// and the vote / retract / report actions. A rating that arrives later (a vote's answer, another
// view's lookup, the live connection through CommunityClient::applyRatingUpdate) updates it.
class ItemRatingViewModel : public QObject
{
    Q_OBJECT
public:
    using RatingState = CommunityText::RatingState;
    // Shared content is cut to this many UTF-8 bytes (the server's limit).
    static constexpr int MaxSharedBytes = 4096;

    // `client` may be null: then nothing is asked and the state stays NotAsked.
    ItemRatingViewModel(CommunityClient* client, const ScanResult& result, QObject* parent = nullptr);
    ~ItemRatingViewModel() override;

    QString hash() const { return m_hash; }
    // A short description of the item for lists ("Web link: https://…"); never a secret.
    QString label() const { return m_label; }
    RatingState state() const { return m_state; }
    const std::optional<RatingInfo>& rating() const { return m_rating; }
    std::optional<Vote> myVote() const { return m_myVote; }
    // The local verdict combined with the community's rating.
    const Verdict& verdict() const { return m_verdict; }
    const Verdict& localVerdict() const { return m_local; }
    bool isBusy() const { return m_busy; }
    bool isAvailable() const { return m_client != nullptr; }
    QString lastMessage() const { return m_message; }
    // What a report would share with the moderators when the user agrees.
    QString shareableContent() const;

    // Asks for the rating: a fresh cached one (5 min) answers at once unless `force`.
    void refresh(bool force = false);
    void voteSafe() { castVote(Vote::Safe); }
    void voteUnsafe() { castVote(Vote::Unsafe); }
    void retract();
    // Reports the item; the content goes along only when `shareContent` is true.
    void report(const QString& reason, const QString& note, bool shareContent);

    // A newer rating of this item (ignored for other items).
    void applyRatingUpdate(const QString& hash, const SafeScan::RatingInfo& rating);

    // A short label for any payload: type and, unless sensitive, the start of its content.
    static QString labelFor(const ScanResult& result);

signals:
    void changed();
    void verdictChanged(const SafeScan::Verdict& verdict);
    // A sentence for the user (vote kept for later, rate limited, report sent, ...).
    void message(const QString& text);
    void reportFinished(bool ok, const QString& text);

private:
    void castVote(std::optional<Vote> vote);
    void onLookup(const RatingLookup& lookup);
    void setRating(const std::optional<RatingInfo>& rating, RatingState state);
    void setMessage(const QString& text);
    void reloadMyVote();

    CommunityClient* m_client;
    ScanResult m_result;
    QString m_hash;
    QString m_label;
    Verdict m_local;
    Verdict m_verdict;
    RatingState m_state = RatingState::NotAsked;
    std::optional<RatingInfo> m_rating;
    std::optional<Vote> m_myVote;
    bool m_busy = false;
    QString m_message;
};

} // namespace SafeScan
