#pragma once

// Shared by the community view-model and widget tests: a scripted network (FakeNetwork), a manual
// clock and scheduler, a real client database, and the whole community stack on them.
#include "../api/ApiFixture.h"
#include "api/ApiExecutor.h"
#include "community/CommunityJournal.h"
#include "community/ItemHash.h"
#include "community/RatingService.h"
#include "localdata/AppState.h"
#include "localdata/RatingCache.h"
#include "localdata/VoteRepository.h"
#include "payload/PayloadParser.h"
#include "store/ClientSchema.h"
#include "store/Database.h"
#include "viewmodels/CommunityClient.h"
#include "viewmodels/ScanResult.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <memory>

namespace SafeScan::Test {

struct CommunityFixture
{
    QTemporaryDir dir;
    ApiFixture api;
    QString sessionToken = QStringLiteral("session-token-1");
    std::unique_ptr<Database> db;
    std::unique_ptr<RatingCache> cache;
    std::unique_ptr<VoteRepository> votes;
    std::unique_ptr<AppState> state;
    std::unique_ptr<CommunityJournal> journal;
    std::unique_ptr<ApiExecutor> executor;
    std::unique_ptr<RatingService> ratings;
    std::unique_ptr<CommunityClient> client;

    bool open()
    {
        db = std::make_unique<Database>(dir.filePath(QStringLiteral("client.sqlite")), api.clock,
                                        clientSchema());
        if (!db->open())
            return false;
        cache = std::make_unique<RatingCache>(*db, api.clock);
        votes = std::make_unique<VoteRepository>(*db, api.clock);
        state = std::make_unique<AppState>(*db);
        journal = std::make_unique<CommunityJournal>(*state, api.clock);
        ApiExecutor::Options options;
        options.retry.maxAttempts = 1; // retries are TestApiExecutor's business
        executor = std::make_unique<ApiExecutor>(Service::Api, api.clock, api.scheduler, options);
        ratings = std::make_unique<RatingService>(*executor, api.context(), *cache, *votes);
        CommunityServices services;
        services.ratings = ratings.get();
        services.executor = executor.get();
        services.reportContext = api.context();
        services.moderationContext = moderationContext();
        services.votes = votes.get();
        services.journal = journal.get();
        services.clock = &api.clock;
        client = std::make_unique<CommunityClient>(services);
        return true;
    }

    ApiContext moderationContext()
    {
        ApiContext c = api.context();
        c.token = [this] { return sessionToken; };
        return c;
    }

    ~CommunityFixture()
    {
        client.reset();
        ratings.reset();
        executor.reset();
    }

    static ScanResult result(const QString& text, VerdictLevel level = VerdictLevel::NoKnownRisk)
    {
        ScanResult r;
        r.code.text = text;
        r.payload = PayloadParser::parse(text);
        r.verdict.level = level;
        r.source = QStringLiteral("file");
        r.origin = QStringLiteral("test.png");
        return r;
    }
    static QString hashOf(const QString& text) { return ItemHash::of(PayloadParser::parse(text)); }

    static QByteArray rating(const QString& hash, const char* verdict = "safe", int safe = 8, int unsafe = 2,
                             bool moderated = false, double score = 0.8, double confidence = 0.7)
    {
        const QJsonObject o{{QStringLiteral("hash"), hash},
                            {QStringLiteral("score"), score},
                            {QStringLiteral("confidence"), confidence},
                            {QStringLiteral("safe"), safe},
                            {QStringLiteral("unsafe"), unsafe},
                            {QStringLiteral("verdict"), QLatin1StringView(verdict).toString()},
                            {QStringLiteral("moderated"), moderated}};
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    static QByteArray ratingsList(const QByteArray& one) { return "{\"ratings\":[" + one + "]}"; }

    // The JSON body of the request, as an object.
    static QJsonObject bodyOf(const FakeRequest& request)
    {
        return QJsonDocument::fromJson(request.body).object();
    }
};

} // namespace SafeScan::Test
