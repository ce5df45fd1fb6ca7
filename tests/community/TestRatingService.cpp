// RatingService on a scripted network and a real local store: only the 4-byte prefix leaves the
// device, the full hash is matched locally, answers are cached (TTL 5 min), the cache then
// `unknown` answer when the server cannot, lookups of one prefix share a request, and votes are
// recorded locally before they are sent.
#include "../api/ApiFixture.h"
#include "api/ApiExecutor.h"
#include "community/CommunityOpinion.h"
#include "community/RatingService.h"
#include "localdata/RatingCache.h"
#include "localdata/VoteRepository.h"
#include "store/ClientSchema.h"
#include "store/Database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

namespace {

QByteArray ratingJson(const QString& hash, const char* verdict = "safe", int safe = 8, int unsafe = 2)
{
    return u"{\"hash\":\"%1\",\"score\":0.8,\"confidence\":0.65,\"safe\":%2,\"unsafe\":%3,\"verdict\":\"%4\","
           u"\"moderated\":false}"_s.arg(hash)
               .arg(safe)
               .arg(unsafe)
               .arg(QLatin1StringView(verdict))
               .toUtf8();
}

QByteArray ratingsJson(const QList<QByteArray>& ratings)
{
    QByteArray out = "{\"ratings\":[";
    for (qsizetype i = 0; i < ratings.size(); ++i)
        out += (i ? "," : "") + ratings.at(i);
    return out + "]}";
}

} // namespace

class TestRatingService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void lookupSendsOnlyThePrefix();
    void absentItemIsUnrated();
    void freshCacheAnswersWithoutTheNetwork();
    void serverDownFallsBackToTheCache();
    void offlineFallback_data();
    void offlineFallback();
    void unknownWhenNothingIsCached();
    void openCircuitFallsBackWithoutARequest();
    void lookupsOfOnePrefixShareARequest();
    void badHashIsRefused();
    void voteIsRecordedSentAndCached();
    void voteOfflineStaysPending();
    void retractSendsDeleteAndDropsTheCache();
    void voteOutcomeIsKeptWhenTheReceiverIsGone();
    void opinionFeedsTheVerdict();

private:
    RatingLookup lookup(const QString& hash, bool refresh = false);
    VoteResult vote(const QString& hash, std::optional<Vote> vote);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ApiFixture> m_f;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RatingCache> m_cache;
    std::unique_ptr<VoteRepository> m_votes;
    std::unique_ptr<ApiExecutor> m_executor;
    std::unique_ptr<RatingService> m_service;
    const QString m_hash = hashOfText("https://example.com/");
};

void TestRatingService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_f = std::make_unique<ApiFixture>();
    m_db = std::make_unique<Database>(m_dir->filePath(u"client.sqlite"_s), m_f->clock, clientSchema());
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
    m_cache = std::make_unique<RatingCache>(*m_db, m_f->clock);
    m_votes = std::make_unique<VoteRepository>(*m_db, m_f->clock);
    ApiExecutor::Options options;
    options.retry.maxAttempts = 1; // retries are TestApiExecutor's business
    m_executor = std::make_unique<ApiExecutor>(Service::Api, m_f->clock, m_f->scheduler, options);
    m_service = std::make_unique<RatingService>(*m_executor, m_f->context(), *m_cache, *m_votes);
}

void TestRatingService::cleanup()
{
    m_service.reset();
    m_executor.reset();
    m_votes.reset();
    m_cache.reset();
    m_db.reset();
    m_f.reset();
}

RatingLookup TestRatingService::lookup(const QString& hash, bool refresh)
{
    std::optional<RatingLookup> result;
    m_service->lookup(
        hash, this, [&result](const RatingLookup& r) { result = r; }, refresh);
    if (result) // never inside the call
        return {};
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return {};
    return *result;
}

VoteResult TestRatingService::vote(const QString& hash, std::optional<Vote> vote)
{
    std::optional<VoteResult> result;
    const auto done = [&result](const VoteResult& r) { result = r; };
    if (vote)
        m_service->vote(hash, *vote, this, done);
    else
        m_service->retract(hash, this, done);
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return {};
    return *result;
}

void TestRatingService::lookupSendsOnlyThePrefix()
{
    const QString sibling = m_hash.left(8) + QString(56, u'0');
    m_f->network.enqueue(
        FakeResponse::json(200, ratingsJson({ratingJson(sibling, "unsafe"), ratingJson(m_hash)})));
    QSignalSpy changed(m_service.get(), &RatingService::ratingChanged);
    const RatingLookup result = lookup(m_hash.toUpper());
    QCOMPARE(result.source, RatingLookup::Source::Server);
    QVERIFY(result.rating);
    QCOMPARE(result.rating->hash, m_hash);
    QCOMPARE(result.rating->verdict, RatingVerdict::Safe); // ours, not the sibling's
    QCOMPARE(m_f->network.requests().size(), 1);
    const FakeRequest& sent = m_f->network.requests().at(0);
    QCOMPARE(sent.url.query(), u"prefix="_s + m_hash.left(8));
    QVERIFY(!sent.url.toString().contains(m_hash.mid(8)));
    QVERIFY(sent.body.isEmpty());
    QVERIFY(sent.authorization.isEmpty()); // lookups are anonymous
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_cache->size(), 1); // only the item asked for is cached
}

void TestRatingService::absentItemIsUnrated()
{
    m_f->network.enqueue(FakeResponse::json(200, R"({"ratings":[]})"));
    const RatingLookup result = lookup(m_hash);
    QCOMPARE(result.source, RatingLookup::Source::Server);
    QCOMPARE(result.rating, RatingInfo::unrated(m_hash));
    QVERIFY(m_cache->get(m_hash)); // "nobody rated it" is an answer worth caching too
}

void TestRatingService::freshCacheAnswersWithoutTheNetwork()
{
    m_f->network.setHandler(
        [this](const FakeRequest&) { return FakeResponse::json(200, ratingsJson({ratingJson(m_hash)})); });
    QCOMPARE(lookup(m_hash).source, RatingLookup::Source::Server);
    m_f->clock.advance(5 * 60 * 1000 - 1);
    const RatingLookup cached = lookup(m_hash);
    QCOMPARE(cached.source, RatingLookup::Source::Cache);
    QVERIFY(cached.error.ok());
    QCOMPARE(m_f->network.requests().size(), 1);
    m_f->clock.advance(1); // the TTL is over
    QCOMPARE(lookup(m_hash).source, RatingLookup::Source::Server);
    QCOMPARE(m_f->network.requests().size(), 2);
    QCOMPARE(lookup(m_hash, true).source, RatingLookup::Source::Server); // refresh skips the cache
    QCOMPARE(m_f->network.requests().size(), 3);
}

void TestRatingService::serverDownFallsBackToTheCache()
{
    m_f->network.enqueue(FakeResponse::json(200, ratingsJson({ratingJson(m_hash, "unsafe", 1, 9)})));
    QCOMPARE(lookup(m_hash).source, RatingLookup::Source::Server);
    m_f->network.enqueue(FakeResponse::networkError(QNetworkReply::ConnectionRefusedError));
    const RatingLookup result = lookup(m_hash, true);
    QCOMPARE(result.source, RatingLookup::Source::Cache);
    QVERIFY(result.rating);
    QCOMPARE(result.rating->verdict, RatingVerdict::Unsafe);
    QCOMPARE(result.error.kind, ApiError::Kind::Network);
    QCOMPARE(m_executor->health().state(), ServiceState::Offline);
}

void TestRatingService::offlineFallback_data()
{
    QTest::addColumn<qint64>("age"); // of the cached entry when the server fails; -1: none cached
    QTest::addColumn<int>("source");
    QTest::addColumn<bool>("stale");
    QTest::newRow("fresh cache") << qint64(60'000) << int(RatingLookup::Source::Cache) << false;
    QTest::newRow("cache past its TTL") << qint64(6 * 60'000) << int(RatingLookup::Source::Cache) << true;
    QTest::newRow("cache a day old") << qint64(86'400'000) << int(RatingLookup::Source::Cache) << true;
    QTest::newRow("nothing cached") << qint64(-1) << int(RatingLookup::Source::None) << false;
}

void TestRatingService::offlineFallback()
{
    QFETCH(qint64, age);
    QFETCH(int, source);
    QFETCH(bool, stale);
    if (age >= 0) {
        m_f->network.enqueue(FakeResponse::json(200, ratingsJson({ratingJson(m_hash, "unsafe", 1, 9)})));
        QCOMPARE(lookup(m_hash).source, RatingLookup::Source::Server);
        m_f->clock.advance(age);
    }
    const qint64 fetchedAt = m_f->clock.epochMs() - std::max<qint64>(age, 0);
    m_f->network.enqueue(FakeResponse::networkError(QNetworkReply::HostNotFoundError));
    const RatingLookup result = lookup(m_hash, true);
    QCOMPARE(int(result.source), source);
    QCOMPARE(result.stale, stale);
    QVERIFY(result.offline());
    QCOMPARE(result.rating.has_value(), age >= 0);
    if (result.rating) {
        QCOMPARE(result.rating->unsafe, 9);
        QCOMPARE(result.fetchedAtMs, fetchedAt);
    }
    // A fresh cache hit without asking is not "offline".
    if (age >= 0 && !stale)
        QVERIFY(!lookup(m_hash).offline());
}

void TestRatingService::unknownWhenNothingIsCached()
{
    m_f->network.enqueue(FakeResponse::json(500, R"({"error":"internal","message":"db"})"));
    const RatingLookup result = lookup(m_hash);
    QCOMPARE(result.source, RatingLookup::Source::None);
    QVERIFY(!result.rating);
    QCOMPARE(result.error.code, u"internal"_s);
    QVERIFY(!opinionOf(result));

    // A garbled answer is no answer either.
    m_f->network.enqueue(FakeResponse::json(200, R"({"ratings":[{"hash":"nope"}]})"));
    const RatingLookup garbled = lookup(m_hash);
    QCOMPARE(garbled.source, RatingLookup::Source::None);
    QCOMPARE(garbled.error.kind, ApiError::Kind::Parse);
    QCOMPARE(m_cache->size(), 0);
}

void TestRatingService::openCircuitFallsBackWithoutARequest()
{
    m_f->network.enqueue(FakeResponse::json(200, ratingsJson({ratingJson(m_hash)})));
    QCOMPARE(lookup(m_hash).source, RatingLookup::Source::Server);
    for (int i = 0; i < 5; ++i)
        m_executor->breaker().recordFailure();
    const int sent = int(m_f->network.requests().size());
    const RatingLookup cached = lookup(m_hash, true);
    QCOMPARE(cached.source, RatingLookup::Source::Cache);
    QCOMPARE(cached.error.kind, ApiError::Kind::CircuitOpen);
    const RatingLookup unknown = lookup(hashOfText("never seen"));
    QCOMPARE(unknown.source, RatingLookup::Source::None);
    QCOMPARE(int(m_f->network.requests().size()), sent);
}

void TestRatingService::lookupsOfOnePrefixShareARequest()
{
    const QString a = u"abcd1234"_s + QString(56, u'1');
    const QString b = u"abcd1234"_s + QString(56, u'2');
    const QString other = u"ffff0000"_s + QString(56, u'3');
    m_f->network.setHandler([&](const FakeRequest& r) {
        if (r.url.query().contains(u"abcd1234"_s))
            return FakeResponse::json(200, ratingsJson({ratingJson(a, "safe"), ratingJson(b, "unsafe")}));
        return FakeResponse::json(200, R"({"ratings":[]})");
    });
    QList<RatingLookup> results;
    for (const QString& hash : {a, b, a, other})
        m_service->lookup(hash, this, [&results](const RatingLookup& r) { results.append(r); });
    QTRY_COMPARE(results.size(), 4);
    QCOMPARE(m_f->network.requests().size(), 2); // one per prefix
    QHash<QString, RatingVerdict> verdicts;
    for (const RatingLookup& r : results)
        verdicts.insert(r.hash, r.rating->verdict);
    QCOMPARE(verdicts.value(a), RatingVerdict::Safe);
    QCOMPARE(verdicts.value(b), RatingVerdict::Unsafe);
    QCOMPARE(verdicts.value(other), RatingVerdict::Unrated);
}

void TestRatingService::badHashIsRefused()
{
    const RatingLookup result = lookup(u"not a hash"_s);
    QCOMPARE(result.source, RatingLookup::Source::None);
    QCOMPARE(result.error.code, u"invalid_hash"_s);
    const VoteResult voted = vote(u"abc"_s, Vote::Safe);
    QVERIFY(!voted.recorded);
    QVERIFY(!voted.localError.isEmpty());
    QCOMPARE(m_f->network.requests().size(), 0);
}

void TestRatingService::voteIsRecordedSentAndCached()
{
    m_f->network.enqueue(FakeResponse::json(200, ratingJson(m_hash, "safe", 9, 2)));
    QSignalSpy changed(m_service.get(), &RatingService::ratingChanged);
    const VoteResult result = vote(m_hash, Vote::Safe);
    QVERIFY(result.recorded);
    QVERIFY2(result.sent, qPrintable(result.error.toString()));
    QCOMPARE(result.rating->safe, 9);
    const FakeRequest& sent = m_f->network.requests().at(0);
    QCOMPARE(sent.method, QByteArray("PUT"));
    QCOMPARE(sent.url.path(), u"/base/v1/votes/"_s + m_hash);
    QCOMPARE(sent.authorization, QByteArray("Bearer device-token-1"));
    const std::optional<MyVote> mine = m_votes->vote(m_hash);
    QVERIFY(mine);
    QVERIFY(mine->synced);
    QVERIFY(m_votes->pending().isEmpty());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(lookup(m_hash).source, RatingLookup::Source::Cache); // the vote's answer is cached

    // The same vote again: already acknowledged, nothing sent.
    const VoteResult again = vote(m_hash, Vote::Safe);
    QVERIFY(again.recorded && again.sent);
    QCOMPARE(m_f->network.requests().size(), 1);
}

void TestRatingService::voteOfflineStaysPending()
{
    m_f->network.enqueue(FakeResponse::networkError(QNetworkReply::HostNotFoundError));
    const VoteResult result = vote(m_hash, Vote::Unsafe);
    QVERIFY(result.recorded);
    QVERIFY(!result.sent);
    QCOMPARE(result.error.kind, ApiError::Kind::Network);
    const QList<MyVote> pending = m_votes->pending();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.at(0).vote, Vote::Unsafe);

    // Without a device token nothing is sent either, and the vote is still kept.
    m_f->token.clear();
    const VoteResult noToken = vote(m_hash, Vote::Safe);
    QVERIFY(noToken.recorded);
    QCOMPARE(noToken.error.code, u"not_signed_in"_s);
    QCOMPARE(m_votes->pending().size(), 1);
    QCOMPARE(m_votes->pending().at(0).vote, Vote::Safe);
}

void TestRatingService::retractSendsDeleteAndDropsTheCache()
{
    QSignalSpy recorded(m_service.get(), &RatingService::voteRecorded); // for analytics: no item
    m_f->network.enqueue(FakeResponse::json(200, ratingJson(m_hash)));
    QVERIFY(vote(m_hash, Vote::Safe).sent);
    QVERIFY(m_cache->get(m_hash));
    m_f->network.enqueue(FakeResponse::json(204, ""));
    const VoteResult result = vote(m_hash, std::nullopt);
    QCOMPARE(recorded.count(), 2);
    QCOMPARE(recorded.at(0), QVariantList{u"safe"_s});
    QCOMPARE(recorded.at(1), QVariantList{u"retract"_s});
    QVERIFY(result.recorded && result.sent);
    QCOMPARE(m_f->network.requests().last().method, QByteArray("DELETE"));
    QVERIFY(!m_votes->vote(m_hash));
    QVERIFY(!m_cache->get(m_hash));
}

void TestRatingService::voteOutcomeIsKeptWhenTheReceiverIsGone()
{
    m_f->network.enqueue(FakeResponse::json(200, ratingJson(m_hash)));
    bool called = false;
    {
        QObject window; // e.g. a dialog closed before the server answered
        m_service->vote(m_hash, Vote::Safe, &window, [&called](const VoteResult&) { called = true; });
    }
    QTRY_VERIFY(m_votes->vote(m_hash) && m_votes->vote(m_hash)->synced);
    QVERIFY(m_cache->get(m_hash));
    QVERIFY(!called);
}

void TestRatingService::opinionFeedsTheVerdict()
{
    m_f->network.enqueue(FakeResponse::json(
        200, ratingsJson({u"{\"hash\":\"%1\",\"score\":0.05,\"confidence\":0.7,\"safe\":1,\"unsafe\":30,"
                          u"\"verdict\":\"unsafe\",\"moderated\":false}"_s.arg(m_hash)
                              .toUtf8()})));
    const RatingLookup result = lookup(m_hash);
    const std::optional<CommunityOpinion> opinion = opinionOf(result);
    QVERIFY(opinion);
    QCOMPARE(opinion->rating, CommunityOpinion::Rating::Unsafe);
    QCOMPARE(opinion->unsafeVotes, 30);
    Verdict local;
    local.level = VerdictLevel::NoKnownRisk;
    QCOMPARE(withCommunity(local, opinion).level, VerdictLevel::Dangerous);
}

QTEST_GUILESS_MAIN(TestRatingService)
#include "TestRatingService.moc"
