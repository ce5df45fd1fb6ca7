#pragma once

#include "api/ApiContext.h"
#include "api/ApiError.h"
#include "api/RatingInfo.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace SafeScan {

class ApiExecutor;
class Clock;
class CommunityJournal;
class OutboxSender;
class RatingService;
class VoteRepository;

// Who the app talks to the server as (read-only for the views; Settings signs in and out).
struct CommunityAccount
{
    enum class Kind
    {
        None,    // no token at all
        Device,  // an anonymous device token
        Account, // a signed-in account (session token)
    };
    Kind kind = Kind::None;
    QString username;
    QString role; // user, moderator, analyst, admin (accounts only)

    bool canModerate() const;
    bool canAnalyse() const;  // the community dashboards (analysts and admins)
    QString describe() const; // "Signed in as alice (moderator)", "This device (anonymous)", ...
    friend bool operator==(const CommunityAccount&, const CommunityAccount&) = default;
};

// What the community views share: the rating service, the API executor with the contexts for
// reports (any token) and moderation (the session token), my votes and the local journal (my
// reports, item labels), and the account. All pointers must outlive the client.
struct CommunityServices
{
    RatingService* ratings = nullptr;
    ApiExecutor* executor = nullptr;
    ApiContext reportContext;     // POST /v1/reports: the device or session token
    ApiContext moderationContext; // moderation routes: the session token
    VoteRepository* votes = nullptr;
    CommunityJournal* journal = nullptr;
    const Clock* clock = nullptr;
    // Optional: reports go through the outbox (queued first, sent once, retried without the user
    // acting). Null: they are sent directly and a failed one is only recorded in the journal.
    OutboxSender* outbox = nullptr;
};

// The hub between the community views and core: it forwards rating changes (from lookups, votes
// and, later, the live connection through applyRatingUpdate) and tells the views when my votes,
// my reports or the account changed.
class CommunityClient : public QObject
{
    Q_OBJECT
public:
    using ReportCallback = std::function<void(qint64 reportId, const ApiError& error)>;

    explicit CommunityClient(const CommunityServices& services, QObject* parent = nullptr);

    const CommunityServices& services() const { return m_services; }
    RatingService& ratings() const { return *m_services.ratings; }
    VoteRepository& votes() const { return *m_services.votes; }
    CommunityJournal& journal() const { return *m_services.journal; }
    const Clock& clock() const { return *m_services.clock; }

    CommunityAccount account() const { return m_account; }
    // Hook for Settings / sign-in: the account changed.
    void setAccount(const CommunityAccount& account);

    // Hook for the live connection (ratings:<prefix> messages): a newer rating of an item.
    void applyRatingUpdate(const SafeScan::RatingInfo& rating);
    // My votes changed (a vote or retraction from any view).
    void notifyVotesChanged() { emit votesChanged(); }

    // Sends a report (POST /v1/reports) and records it in the journal, sent or not. `content` goes
    // along only when set, i.e. when the user agreed to share it. `done` runs on `receiver`. With
    // an outbox (CommunityServices::outbox) a report that could not be sent stays queued and is
    // sent later; `done` then gets the error of the first attempt.
    void report(const QString& hash, const QString& label, const QString& reason, const QString& note,
                const std::optional<QString>& content, QObject* receiver, ReportCallback done);

signals:
    void ratingUpdated(const QString& hash, const SafeScan::RatingInfo& rating);
    void votesChanged();
    void reportsChanged();
    void accountChanged(const SafeScan::CommunityAccount& account);

private:
    CommunityServices m_services;
    CommunityAccount m_account;
};

} // namespace SafeScan
