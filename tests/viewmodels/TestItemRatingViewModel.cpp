// The community part of a result card on a scripted network and a real local store: the rating
// and where it came from (live, cached, offline, unknown), the verdict combined with it, votes and
// retraction (my vote from VoteRepository), and reports that carry the content only with consent.
#include "CommunityFixture.h"
#include "viewmodels/ItemRatingViewModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

Q_DECLARE_METATYPE(SafeScan::VerdictLevel)

namespace {
const QString kUrl = u"https://shop.example/pay"_s;
}

class TestItemRatingViewModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ratingCombinesWithTheVerdict_data();
    void ratingCombinesWithTheVerdict();
    void freshCacheAnswersAsCached();
    void offlineShowsTheCachedRating();
    void unknownWhenNothingIsCached();
    void voteSafeSendsTheHashOnly();
    void voteKeptWhenTheServerIsDown();
    void retractSendsDelete();
    void myVoteIsReadBack();
    void reportWithoutConsentSendsNoContent();
    void reportWithConsentSendsTheContent();
    void reportFailureIsExplained();
    void liveUpdateChangesTheRating();
    void withoutServiceNothingIsAsked();
    void labelHidesSecrets();

private:
    std::unique_ptr<CommunityFixture> m_f;
};

void TestItemRatingViewModel::init()
{
    m_f = std::make_unique<CommunityFixture>();
    QVERIFY(m_f->open());
}

void TestItemRatingViewModel::cleanup()
{
    m_f.reset();
}

void TestItemRatingViewModel::ratingCombinesWithTheVerdict_data()
{
    QTest::addColumn<QByteArray>("verdict");
    QTest::addColumn<bool>("moderated");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<SafeScan::VerdictLevel>("expected");
    QTest::newRow("moderator unsafe") << QByteArray("unsafe") << true << 0.2 << VerdictLevel::Dangerous;
    QTest::newRow("confident community safe") << QByteArray("safe") << false << 0.9 << VerdictLevel::Trusted;
    QTest::newRow("unsure community safe") << QByteArray("safe") << false << 0.3 << VerdictLevel::NoKnownRisk;
    QTest::newRow("unrated") << QByteArray("unrated") << false << 0.0 << VerdictLevel::NoKnownRisk;
}

void TestItemRatingViewModel::ratingCombinesWithTheVerdict()
{
    QFETCH(QByteArray, verdict);
    QFETCH(bool, moderated);
    QFETCH(double, confidence);
    QFETCH(SafeScan::VerdictLevel, expected);
    const QString hash = CommunityFixture::hashOf(kUrl);
    m_f->api.network.enqueue(
        FakeResponse::json(200, CommunityFixture::ratingsList(CommunityFixture::rating(
                                    hash, verdict.constData(), 8, 2, moderated, 0.8, confidence))));
    ItemRatingViewModel model(m_f->client.get(), CommunityFixture::result(kUrl));
    QCOMPARE(model.state(), CommunityText::RatingState::NotAsked);
    model.refresh();
    QCOMPARE(model.state(), CommunityText::RatingState::Loading);
    QTRY_COMPARE(model.state(), CommunityText::RatingState::Live);
    QVERIFY(model.rating());
    QCOMPARE(model.rating()->moderated, moderated);
    QCOMPARE(model.verdict().level, expected);
    QCOMPARE(model.localVerdict().level, VerdictLevel::NoKnownRisk);
    // Only the prefix left the device.
    const FakeRequest& request = m_f->api.network.requests().constFirst();
    QCOMPARE(QUrlQuery(request.url).queryItemValue(u"prefix"_s), hash.left(8));
    QVERIFY(!request.url.toString().contains(hash));
}

void TestItemRatingViewModel::freshCacheAnswersAsCached()
{
    const QString hash = CommunityFixture::hashOf(kUrl);
    QVERIFY(m_f->cache->put(hash, QJsonDocument::fromJson(CommunityFixture::rating(hash, "safe")).object()));
    ItemRatingViewModel model(m_f->client.get(), CommunityFixture::result(kUrl));
    model.refresh();
    QTRY_COMPARE(model.state(), CommunityText::RatingState::Cached);
    QCOMPARE(model.rating()->verdict, RatingVerdict::Safe);
    QCOMPARE(m_f->api.network.requests().size(), 0);
    QCOMPARE(CommunityText::stateLabel(model.state()), u"cached"_s);
}

void TestItemRatingViewModel::offlineShowsTheCachedRating()
{
    const QString hash = CommunityFixture::hashOf(kUrl);
    QVERIFY(
        m_f->cache->put(hash, QJsonDocument::fromJson(CommunityFixture::rating(hash, "unsafe")).object()));
    m_f->api.network.enqueue(FakeResponse::networkError(QNetworkReply::ConnectionRefusedError));
    ItemRatingViewModel model(m_f->client.get(), CommunityFixture::result(kUrl));
    model.refresh(true);
    QTRY_COMPARE(model.state(), CommunityText::RatingState::Offline);
    QCOMPARE(model.rating()->verdict, RatingVerdict::Unsafe);
    QVERIFY(model.verdict().level == VerdictLevel::Suspicious ||
            model.verdict().level == VerdictLevel::Dangerous);
}

void TestItemRatingViewModel::unknownWhenNothingIsCached()
{
    m_f->api.network.enqueue(FakeResponse::networkError(QNetworkReply::ConnectionRefusedError));
    ItemRatingViewModel model(m_f->client.get(), CommunityFixture::result(kUrl));
    QSignalSpy messages(&model, &ItemRatingViewModel::message);
    model.refresh();
    QTRY_COMPARE(model.state(), CommunityText::RatingState::Unknown);
    QVERIFY(!model.rating());
    QCOMPARE(model.verdict().level, VerdictLevel::NoKnownRisk); // never made safer by an error
    QCOMPARE(messages.count(), 1);
    QVERIFY(!CommunityText::stateLabel(model.state()).isEmpty());
}

void TestItemRatingViewModel::voteSafeSendsTheHashOnly()
{
    const QString hash = CommunityFixture::hashOf(kUrl);
    m_f->api.network.enqueue(FakeResponse::json(200, CommunityFixture::rating(hash, "safe", 9, 2)));
    ItemRatingViewModel model(m_f->client.get(), CommunityFixture::result(kUrl));
    QSignalSpy votesChanged(m_f->client.get(), &CommunityClient::votesChanged);
    model.voteSafe();
    QTRY_VERIFY(!model.isBusy());
    QCOMPARE(model.myVote(), Vote::Safe);
    QCOMPARE(model.state(), CommunityText::RatingState::Live);
    QCOMPARE(model.rating()->safe, 9);
    QCOMPARE(votesChanged.count(), 1);
    const FakeRequest& request = m_f->api.network.requests().constFirst();
    QCOMPARE(request.method, "PUT");
    QCOMPARE(request.url.path(), u"/base/v1/votes/"_s + hash);
    QCOMPARE(CommunityFixture::bodyOf(request), (QJsonObject{{u"vote"_s, u"safe"_s}}));
    QVERIFY(!request.body.contains("shop.example"));
    QCOMPARE(m_f->journal->label(hash), model.label());
}

void TestItemRatingViewModel::voteKeptWhenTheServerIsDown()
{
    m_f->api.network.enqueue(FakeResponse::networkError(QNetworkReply::HostNotFoundError));
    ItemRatingViewModel model(m_f->client.get(), CommunityFixture::result(kUrl));
    QSignalSpy messages(&model, &ItemRatingViewModel::message);
    model.voteUnsafe();
    QTRY_VERIFY(!model.isBusy());
    QCOMPARE(model.myVote(), Vote::Unsafe);
    QCOMPARE(m_f->votes->pending().size(), 1);
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.at(0).at(0).toString().contains(u"later"_s));
}

void TestItemRatingViewModel::retractSendsDelete()
{
    const QString hash = CommunityFixture::hashOf(kUrl);
    m_f->api.network.enqueue(FakeResponse::json(200, CommunityFixture::rating(hash, "unsafe", 0, 1)));
    m_f->api.network.enqueue(FakeResponse::json(204, {}));
    ItemRatingViewModel model(m_f->client.get(), CommunityFixture::result(kUrl));
    model.voteUnsafe();
    QTRY_COMPARE(model.myVote(), Vote::Unsafe);
    QTRY_VERIFY(!model.isBusy());
    model.retract();
    QTRY_VERIFY(!model.isBusy());
    QCOMPARE(model.myVote(), std::nullopt);
    QCOMPARE(m_f->api.network.requests().size(), 2);
    QCOMPARE(m_f->api.network.requests().at(1).method, "DELETE");
    QVERIFY(!m_f->votes->vote(hash));
}

void TestItemRatingViewModel::myVoteIsReadBack()
{
    const QString hash = CommunityFixture::hashOf(kUrl);
    QVERIFY(m_f->votes->setVote(hash, Vote::Unsafe).ok);
    ItemRatingViewModel model(m_f->client.get(), CommunityFixture::result(kUrl));
    QCOMPARE(model.myVote(), Vote::Unsafe);
    QCOMPARE(CommunityText::myVoteLabel(model.myVote()), u"You voted unsafe"_s);
}

void TestItemRatingViewModel::reportWithoutConsentSendsNoContent()
{
    m_f->api.network.enqueue(FakeResponse::json(201, R"({"id":17})"));
    ItemRatingViewModel model(m_f->client.get(), CommunityFixture::result(kUrl));
    QSignalSpy finished(&model, &ItemRatingViewModel::reportFinished);
    model.report(u"phishing"_s, u"asks for my card"_s, false);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.at(0).at(0).toBool());
    const FakeRequest& request = m_f->api.network.requests().constFirst();
    QCOMPARE(request.url.path(), u"/base/v1/reports"_s);
    const QJsonObject body = CommunityFixture::bodyOf(request);
    QVERIFY(!body.contains(u"content"_s));
    QVERIFY(!request.body.contains("shop.example"));
    QCOMPARE(body.value(u"hash"_s).toString(), model.hash());
    QCOMPARE(body.value(u"reason"_s).toString(), u"phishing"_s);
    QCOMPARE(body.value(u"note"_s).toString(), u"asks for my card"_s);
    const QList<MyReport> reports = m_f->journal->reports();
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.at(0).serverId, 17);
    QVERIFY(!reports.at(0).contentShared);
}

void TestItemRatingViewModel::reportWithConsentSendsTheContent()
{
    m_f->api.network.enqueue(FakeResponse::json(201, R"({"id":18})"));
    ItemRatingViewModel model(m_f->client.get(), CommunityFixture::result(kUrl));
    QSignalSpy finished(&model, &ItemRatingViewModel::reportFinished);
    model.report(u"scam"_s, {}, true);
    QTRY_COMPARE(finished.count(), 1);
    const QJsonObject body = CommunityFixture::bodyOf(m_f->api.network.requests().constFirst());
    QCOMPARE(body.value(u"content"_s).toString(), kUrl);
    QVERIFY(!body.contains(u"note"_s));
    QVERIFY(m_f->journal->reports().at(0).contentShared);
}

void TestItemRatingViewModel::reportFailureIsExplained()
{
    m_f->api.network.enqueue(
        FakeResponse::json(429, R"({"error":"rate_limited","message":"slow down","retry_after":30})"));
    ItemRatingViewModel model(m_f->client.get(), CommunityFixture::result(kUrl));
    QSignalSpy finished(&model, &ItemRatingViewModel::reportFinished);
    model.report(u"malware"_s, {}, false);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY2(finished.at(0).at(1).toString().contains(u"30"_s), qPrintable(finished.at(0).at(1).toString()));
    const QList<MyReport> reports = m_f->journal->reports();
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.at(0).serverId, 0);
    QVERIFY(!reports.at(0).error.isEmpty());
}

void TestItemRatingViewModel::liveUpdateChangesTheRating()
{
    const QString hash = CommunityFixture::hashOf(kUrl);
    ItemRatingViewModel model(m_f->client.get(), CommunityFixture::result(kUrl));
    QSignalSpy verdicts(&model, &ItemRatingViewModel::verdictChanged);
    RatingInfo other = RatingInfo::unrated(CommunityFixture::hashOf(u"https://other.example/"_s));
    other.verdict = RatingVerdict::Unsafe;
    m_f->client->applyRatingUpdate(other);
    QVERIFY(!model.rating()); // another item
    RatingInfo rating = RatingInfo::unrated(hash);
    rating.verdict = RatingVerdict::Unsafe;
    rating.moderated = true;
    m_f->client->applyRatingUpdate(rating);
    QCOMPARE(model.state(), CommunityText::RatingState::Live);
    QCOMPARE(model.verdict().level, VerdictLevel::Dangerous);
    QCOMPARE(verdicts.count(), 1);
    QCOMPARE(m_f->api.network.requests().size(), 0);
}

void TestItemRatingViewModel::withoutServiceNothingIsAsked()
{
    ItemRatingViewModel model(nullptr, CommunityFixture::result(kUrl));
    QSignalSpy messages(&model, &ItemRatingViewModel::message);
    model.refresh();
    model.voteSafe();
    QCOMPARE(model.state(), CommunityText::RatingState::NotAsked);
    QVERIFY(!model.isAvailable());
    QCOMPARE(messages.count(), 1);
}

void TestItemRatingViewModel::labelHidesSecrets()
{
    const QString wifi =
        ItemRatingViewModel::labelFor(CommunityFixture::result(u"WIFI:T:WPA;S:Home;P:secret123;;"_s));
    QVERIFY(!wifi.contains(u"secret123"_s));
    const QString url = ItemRatingViewModel::labelFor(CommunityFixture::result(kUrl));
    QVERIFY(url.contains(u"shop.example"_s));
}

QTEST_GUILESS_MAIN(TestItemRatingViewModel)
#include "TestItemRatingViewModel.moc"
