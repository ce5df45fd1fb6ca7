#pragma once

#include "CommunityClient.h"
#include "CommunityText.h"
#include "api/RatingInfo.h"

#include <QObject>
#include <QStandardItemModel>

#include <optional>

namespace SafeScan {

struct RatingLookup;

// The Community view (issue 7): my votes (item, vote, time, the item's current rating, retract),
// my reports, a lookup of any URL or text's community rating without scanning it, and the account
// the app uses (read-only here; Settings changes it).
class CommunityViewModel : public QObject
{
    Q_OBJECT
public:
    enum VoteColumn
    {
        VoteItemColumn,
        VoteValueColumn,
        VoteTimeColumn,
        VoteRatingColumn,
        VoteSyncColumn,
        VoteColumnCount
    };
    enum ReportColumn
    {
        ReportItemColumn,
        ReportReasonColumn,
        ReportSharedColumn,
        ReportTimeColumn,
        ReportStatusColumn,
        ReportColumnCount
    };
    static constexpr int HashRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;
    static constexpr int MaxVotesListed = 500;

    struct LookupResult
    {
        QString input;
        QString hash;
        QString label;
        CommunityText::RatingState state = CommunityText::RatingState::NotAsked;
        std::optional<RatingInfo> rating;
        QString text; // the sentence the view shows
    };

    explicit CommunityViewModel(CommunityClient& client, QObject* parent = nullptr);

    QStandardItemModel* votesModel() { return &m_votes; }
    QStandardItemModel* reportsModel() { return &m_reports; }
    CommunityAccount account() const { return m_client.account(); }
    QString accountText() const { return m_client.account().describe(); }

    // Reloads my votes and reports and asks for the voted items' ratings (the cache answers fresh ones).
    void reload();
    // Retracts my vote on the item of that row of votesModel().
    void retractRow(int row);
    // Looks up the rating of `text` (a URL or any content) as if it had been scanned: only the
    // hash prefix leaves the device. lookupFinished() follows.
    void lookup(const QString& text);
    const LookupResult& lastLookup() const { return m_lookup; }
    bool isLookupRunning() const { return m_lookupRunning; }
    QString lastMessage() const { return m_message; }

signals:
    void lookupFinished();
    void accountChanged();
    void message(const QString& text);

private:
    void reloadVotes();
    void reloadReports();
    void setRowRating(const QString& hash, const QString& text);
    void onRatingUpdated(const QString& hash, const SafeScan::RatingInfo& rating);
    void onLookup(const RatingLookup& lookup);
    void setMessage(const QString& text);

    CommunityClient& m_client;
    QStandardItemModel m_votes;
    QStandardItemModel m_reports;
    LookupResult m_lookup;
    bool m_lookupRunning = false;
    QString m_message;
};

} // namespace SafeScan
