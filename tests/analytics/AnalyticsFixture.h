#pragma once

// Shared by the analytics tests: a client database on a manual clock with the event queue and
// the recorder, and a fake network with a manual scheduler and the analytics service's executor.
#include "FakeNetwork.h"
#include "ManualClock.h"
#include "ManualScheduler.h"
#include "analytics/EventRecorder.h"
#include "analytics/EventUploader.h"
#include "api/ApiExecutor.h"
#include "localdata/AnalyticsEventQueue.h"
#include "store/ClientSchema.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace SafeScan::Test {

inline constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
// 2026-11-19 00:00:00 UTC plus 10 h: far from a day boundary unless a test moves there.
inline constexpr qint64 kEpochStart = 1'795'046'400'000 + 10LL * 60 * 60 * 1000;

struct AnalyticsFixture
{
    QTemporaryDir dir;
    ManualClock clock{1000, kEpochStart};
    ManualScheduler scheduler{clock};
    FakeNetwork network;
    QString token = QStringLiteral("device-token-1");
    std::unique_ptr<Database> db;
    std::unique_ptr<AnalyticsEventQueue> queue;
    std::unique_ptr<EventRecorder> recorder;
    std::unique_ptr<ApiExecutor> executor;

    bool open()
    {
        if (!dir.isValid())
            return false;
        db = std::make_unique<Database>(dir.filePath(QStringLiteral("client.sqlite")), clock, clientSchema());
        if (!db->open())
            return false;
        queue = std::make_unique<AnalyticsEventQueue>(*db, clock);
        recorder = std::make_unique<EventRecorder>(*queue, *db, clock);
        ApiExecutor::Options options;
        options.retry.maxAttempts = 1; // the uploader's own interval is the retry under test
        executor = std::make_unique<ApiExecutor>(Service::Analytics, clock, scheduler, options);
        return true;
    }
    // open() with recording turned on (the user opted in) and, when given, the server's answers.
    bool openRecording(FakeNetwork::Handler handler = {})
    {
        if (!open())
            return false;
        recorder->setEnabled(true);
        if (handler)
            network.setHandler(std::move(handler));
        return true;
    }
    // Closes and reopens the database, as a restart of the app would.
    bool reopen()
    {
        recorder.reset();
        queue.reset();
        db.reset();
        return open();
    }

    ApiContext context()
    {
        ApiContext c;
        c.network = &network;
        c.baseUrl = QUrl(QStringLiteral("https://ratings.example:8443/"));
        c.token = [this] { return token; };
        c.clock = &clock;
        c.scheduler = &scheduler;
        c.timeoutMs = 10'000;
        return c;
    }

    // Every stored row of the event table, as text (what "the queue" holds on disk).
    QString storedRows()
    {
        QString out;
        QSqlQuery query(db->connection());
        query.exec(QStringLiteral("SELECT event_id, kind, body, created_at, sent FROM analytics_events"));
        while (query.next())
            for (int c = 0; c < 5; ++c)
                out += query.value(c).toString() + u'\n';
        return out;
    }

    // The events of request `index` (its JSON body's "events").
    QJsonArray sentEvents(qsizetype index) const
    {
        return QJsonDocument::fromJson(network.requests().at(index).body).object().value(u"events").toArray();
    }
};

// An answer that accepts every event of the request.
inline FakeResponse acceptAll(const FakeRequest& request)
{
    const qsizetype n = QJsonDocument::fromJson(request.body).object().value(u"events").toArray().size();
    return FakeResponse::json(
        200, QStringLiteral("{\"accepted\":%1,\"duplicates\":0,\"rejected\":[]}").arg(n).toUtf8());
}

} // namespace SafeScan::Test
