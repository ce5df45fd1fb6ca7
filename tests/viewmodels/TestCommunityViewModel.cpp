// The Community view's model on a scripted network and a real local store: my votes with their
// current ratings and retraction, my reports, the lookup of any text (only the hash prefix is
// sent), and the account shown read-only.
#include "CommunityFixture.h"
#include "viewmodels/CommunityViewModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

class TestCommunityViewModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void myVotesWithTheirRatings();
    void retractRemovesTheVote();
    void myReportsAreListed();
    void lookup_data();
    void lookup();
    void lookupOfNothingSaysWhatToDo();
    void lookupOfflineIsUnknown();
    void accountIsShown();

private:
    std::unique_ptr<CommunityFixture> m_f;
};

void TestCommunityViewModel::init()
{
    m_f = std::make_unique<CommunityFixture>();
    QVERIFY(m_f->open());
}

void TestCommunityViewModel::cleanup()
{
    m_f.reset();
}

void TestCommunityViewModel::myVotesWithTheirRatings()
{
    const QString a = CommunityFixture::hashOf(u"https://a.example/"_s);
    const QString b = CommunityFixture::hashOf(u"https://b.example/"_s);
    QVERIFY(m_f->votes->setVote(a, Vote::Safe).ok);
    m_f->api.clock.advance(1000);
    QVERIFY(m_f->votes->setVote(b, Vote::Unsafe).ok);
    QVERIFY(m_f->journal->setLabel(b, u"Web link: https://b.example/"_s));
    m_f->api.network.setHandler([&](const FakeRequest& request) {
        const QString prefix = QUrlQuery(request.url).queryItemValue(u"prefix"_s);
        const QString hash = prefix == a.left(8) ? a : b;
        return FakeResponse::json(
            200, CommunityFixture::ratingsList(CommunityFixture::rating(
                     hash, hash == a ? "safe" : "unsafe", hash == a ? 5 : 0, hash == a ? 0 : 4)));
    });
    CommunityViewModel model(*m_f->client);
    model.reload();
    QStandardItemModel* votes = model.votesModel();
    QCOMPARE(votes->rowCount(), 2);
    // Newest first; the label when one is known, else the short hash.
    QCOMPARE(votes->item(0, CommunityViewModel::VoteItemColumn)->text(), u"Web link: https://b.example/"_s);
    QCOMPARE(votes->item(0, CommunityViewModel::VoteValueColumn)->text(), u"Unsafe"_s);
    QVERIFY(votes->item(1, CommunityViewModel::VoteItemColumn)->text().contains(a.left(12)));
    QCOMPARE(votes->item(1, CommunityViewModel::VoteSyncColumn)->text(), u"Waiting to be sent"_s);
    QTRY_VERIFY(votes->item(0, CommunityViewModel::VoteRatingColumn)->text().startsWith(u"Rated unsafe"_s));
    QTRY_VERIFY(votes->item(1, CommunityViewModel::VoteRatingColumn)->text().startsWith(u"Rated safe"_s));
}

void TestCommunityViewModel::retractRemovesTheVote()
{
    const QString a = CommunityFixture::hashOf(u"https://a.example/"_s);
    QVERIFY(m_f->votes->setVote(a, Vote::Safe).ok);
    m_f->api.network.setHandler([&](const FakeRequest& request) {
        if (request.method == "DELETE")
            return FakeResponse::json(204, {});
        return FakeResponse::json(200, R"({"ratings":[]})");
    });
    CommunityViewModel model(*m_f->client);
    model.reload();
    QCOMPARE(model.votesModel()->rowCount(), 1);
    QSignalSpy messages(&model, &CommunityViewModel::message);
    model.retractRow(0);
    QTRY_COMPARE(model.votesModel()->rowCount(), 0);
    QVERIFY(!m_f->votes->vote(a));
    QCOMPARE(messages.count(), 1);
    bool deleted = false;
    for (const FakeRequest& request : m_f->api.network.requests())
        deleted = deleted || (request.method == "DELETE" && request.url.path().endsWith(a));
    QVERIFY(deleted);
}

void TestCommunityViewModel::myReportsAreListed()
{
    QVERIFY(m_f->journal->addReport(
        {CommunityFixture::hashOf(u"x"_s), u"Text: x"_s, u"scam"_s, {}, true, 5, 12, {}}));
    QVERIFY(m_f->journal->addReport(
        {CommunityFixture::hashOf(u"y"_s), {}, u"phishing"_s, {}, false, 9, 0, u"network"_s}));
    CommunityViewModel model(*m_f->client);
    model.reload();
    QStandardItemModel* reports = model.reportsModel();
    QCOMPARE(reports->rowCount(), 2);
    QVERIFY(reports->item(0, CommunityViewModel::ReportStatusColumn)->text().startsWith(u"Not sent"_s));
    QCOMPARE(reports->item(0, CommunityViewModel::ReportSharedColumn)->text(), u"No"_s);
    QCOMPARE(reports->item(1, CommunityViewModel::ReportItemColumn)->text(), u"Text: x"_s);
    QCOMPARE(reports->item(1, CommunityViewModel::ReportSharedColumn)->text(), u"Yes"_s);
    QVERIFY(reports->item(1, CommunityViewModel::ReportStatusColumn)->text().contains(u"12"_s));
}

void TestCommunityViewModel::lookup_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    // A link is looked up by its canonical form, so different spellings are one item.
    QTest::newRow("link") << u"HTTP://Shop.Example/a/../pay"_s << u"http://shop.example/pay"_s;
    QTest::newRow("text") << u"  hello community  "_s << u"hello community"_s;
}

void TestCommunityViewModel::lookup()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    const QString hash = CommunityFixture::hashOf(canonical);
    m_f->api.network.enqueue(FakeResponse::json(
        200, CommunityFixture::ratingsList(CommunityFixture::rating(hash, "unsafe", 1, 6, true))));
    CommunityViewModel model(*m_f->client);
    QSignalSpy finished(&model, &CommunityViewModel::lookupFinished);
    model.lookup(input);
    QVERIFY(model.isLookupRunning());
    QTRY_COMPARE(finished.count(), 1);
    const auto& result = model.lastLookup();
    QCOMPARE(result.hash, hash);
    QCOMPARE(result.state, CommunityText::RatingState::Live);
    QVERIFY(result.rating);
    QVERIFY2(result.text.contains(u"Rated unsafe by a moderator"_s), qPrintable(result.text));
    const FakeRequest& request = m_f->api.network.requests().constFirst();
    QCOMPARE(QUrlQuery(request.url).queryItemValue(u"prefix"_s), hash.left(8));
    QVERIFY(!request.url.toString().contains(hash));
}

void TestCommunityViewModel::lookupOfNothingSaysWhatToDo()
{
    CommunityViewModel model(*m_f->client);
    QSignalSpy finished(&model, &CommunityViewModel::lookupFinished);
    model.lookup(u"   "_s);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!model.lastLookup().text.isEmpty());
    QCOMPARE(m_f->api.network.requests().size(), 0);
}

void TestCommunityViewModel::lookupOfflineIsUnknown()
{
    m_f->api.network.enqueue(FakeResponse::networkError(QNetworkReply::ConnectionRefusedError));
    CommunityViewModel model(*m_f->client);
    QSignalSpy finished(&model, &CommunityViewModel::lookupFinished);
    model.lookup(u"https://nowhere.example/"_s);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(model.lastLookup().state, CommunityText::RatingState::Unknown);
    QVERIFY(!model.lastLookup().rating);
    QVERIFY(model.lastLookup().text.contains(u"cannot be reached"_s));
}

void TestCommunityViewModel::accountIsShown()
{
    CommunityViewModel model(*m_f->client);
    QSignalSpy changed(&model, &CommunityViewModel::accountChanged);
    QVERIFY(model.accountText().contains(u"Not connected"_s));
    m_f->client->setAccount({CommunityAccount::Kind::Account, u"alice"_s, u"moderator"_s});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.accountText(), u"Signed in as alice (moderator)"_s);
    m_f->client->setAccount({CommunityAccount::Kind::Device, {}, {}});
    QVERIFY(model.accountText().contains(u"device"_s));
}

QTEST_GUILESS_MAIN(TestCommunityViewModel)
#include "TestCommunityViewModel.moc"
