#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace SafeScan {

class Clock;
class Database;

// One recorded analytics event (SPEC §10).
struct AnalyticsEvent
{
    QString eventId; // random UUID; the server deduplicates by it
    QString kind;    // "app_start", "scan", "vote", "sync", "error", ...
    QJsonObject body;
    qint64 createdAtMs = 0; // epoch ms
    bool sent = false;
    friend bool operator==(const AnalyticsEvent&, const AnalyticsEvent&) = default;
};

// The offline queue of analytics events (table analytics_events, clientSchema() migration 3).
// Events carry no content: a body is refused when it is over 64 KB or has a field whose name
// suggests content or a stable identifier (see forbiddenFields()). Recording is opt-in: the
// caller decides whether to append at all.
//
// The queue holds at most `maxEvents`: appending beyond it drops the oldest events, those
// already sent first. Events older than `retentionMs` are dropped on append and by
// purgeExpired(). Unsent events that are dropped are counted in the app_state key
// droppedCounterKey(), so the loss is visible.
//
// Each call that writes opens its own transaction on the calling thread's connection, so it must
// not be called while that thread already has one open.
class AnalyticsEventQueue
{
public:
    struct Options
    {
        int maxEvents = 10'000;
        qint64 retentionMs = 30LL * 24 * 60 * 60 * 1000;
    };
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;

    AnalyticsEventQueue(Database& database, const Clock& clock, Options options);
    AnalyticsEventQueue(Database& database, const Clock& clock);

    static QString droppedCounterKey(); // "analytics.dropped_events"
    // Field names refused anywhere in a body (compared case-insensitively).
    static const QStringList& forbiddenFields();

    // Queues an event stamped now; returns its id, empty on failure or refusal (`error` says why).
    // `kind` is lowercase letters, digits and '_', starting with a letter.
    QString append(const QString& kind, const QJsonObject& body, QString* error = nullptr);
    // The oldest unsent events, at most `limit`. They stay unsent until markSent().
    QList<AnalyticsEvent> takeBatch(int limit, QString* error = nullptr);
    // Every event kept (sent and unsent), oldest first, at most `limit`: what the user can see and
    // export of what was recorded.
    QList<AnalyticsEvent> allEvents(int limit = 100'000, QString* error = nullptr);
    // Deletes the unsent events (`unsentOnly`) or all of them; the user's choice, so nothing is
    // counted as dropped. Returns how many, -1 on failure.
    int clear(bool unsentOnly, QString* error = nullptr);
    // Marks the events sent; returns how many were found unsent, -1 on failure.
    int markSent(const QStringList& eventIds, QString* error = nullptr);
    // Drops events older than the retention; returns how many, -1 on failure.
    int purgeExpired(QString* error = nullptr);
    // -1 on failure.
    qint64 unsentCount(QString* error = nullptr);
    qint64 totalCount(QString* error = nullptr);
    // Unsent events dropped so far by the cap or the retention.
    qint64 droppedCount() const;

    Options options() const { return m_options; }

private:
    Database& m_database;
    const Clock& m_clock;
    const Options m_options;
};

} // namespace SafeScan
