#pragma once

#include "RetentionConfig.h"

#include <QLoggingCategory>
#include <QObject>
#include <QTimer>

#include <optional>

namespace SafeScan {

class Clock;
class Database;

Q_DECLARE_LOGGING_CATEGORY(lcServerRetention)

struct RetentionReport
{
    int sessions = 0;     // expired sessions removed
    int votesFolded = 0;  // counted votes folded into aggregates
    int votesDropped = 0; // quarantined votes deleted
    int ratings = 0;      // folded ratings dropped
    int reports = 0;
    int audit = 0;
    int tombstones = 0;
    int events = 0; // raw analytics events
    int salts = 0;  // daily analytics salts (with their install hashes), 48 h after their day began
};

// The retention job: removes expired sessions and everything older than RetentionConfig says,
// in one transaction per run, with times from the injected Clock. start() runs it on a timer
// (and once right away); tests call runOnce().
class RetentionJob : public QObject
{
    Q_OBJECT

public:
    RetentionJob(Database& database, const Clock& clock, RetentionConfig config = {},
                 QObject* parent = nullptr);

    void start();
    void stop();
    // nullopt with `error` when the database failed (nothing was removed then).
    std::optional<RetentionReport> runOnce(QString& error);

private:
    Database& m_database;
    const Clock& m_clock;
    RetentionConfig m_config;
    QTimer m_timer;
};

} // namespace SafeScan
