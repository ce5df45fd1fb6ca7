// The community widgets in the real window (offscreen) on a scripted network: a result card shows
// the community rating and votes and reports through its buttons (the report dialog's consent is
// off by default and then no content is sent), the Community view looks up any text, the
// Moderation view is there only for moderators and acts through its buttons, and every control
// of these views has an accessible name.
#include "../viewmodels/CommunityFixture.h"
#include "AccessibleWalk.h"
#include "AppContext.h"
#include "ui/CommunityView.h"
#include "ui/MainWindow.h"
#include "ui/ModerationActionDialog.h"
#include "ui/ModerationView.h"
#include "ui/ReportDialog.h"
#include "ui/ResultCard.h"
#include "ui/ScanView.h"
#include "viewmodels/CommunityViewModel.h"
#include "viewmodels/ItemRatingViewModel.h"
#include "viewmodels/ModerationViewModel.h"
#include "viewmodels/ScanViewModel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

namespace {

const QString kUrl = u"https://shop.example/pay"_s;

QByteArray queuePage(const QString& hash)
{
    const QJsonObject rating{{u"hash"_s, hash},      {u"score"_s, 0.5}, {u"confidence"_s, 0.1},
                             {u"safe"_s, 1},         {u"unsafe"_s, 1},  {u"verdict"_s, u"disputed"_s},
                             {u"moderated"_s, false}};
    const QJsonObject entry{{u"id"_s, u"item:"_s + hash},
                            {u"kind"_s, u"item"_s},
                            {u"hash"_s, hash},
                            {u"since"_s, 1795000000000.0},
                            {u"reports"_s, QJsonObject{{u"open"_s, 1},
                                                       {u"ids"_s, QJsonArray{1}},
                                                       {u"reasons"_s, QJsonObject{{u"scam"_s, 1}}},
                                                       {u"newest"_s, 1795000000000.0},
                                                       {u"notes"_s, QJsonArray{u"fake shop"_s}},
                                                       {u"content"_s, QJsonArray{kUrl}}}},
                            {u"disputed"_s, true},
                            {u"decision"_s, QJsonValue()},
                            {u"rating"_s, rating},
                            {u"votes"_s, QJsonArray{QJsonObject{{u"voter"_s, u"p1"_s},
                                                                {u"vote"_s, u"safe"_s},
                                                                {u"at"_s, 1795000000000.0},
                                                                {u"quarantined"_s, false}}}}};
    return QJsonDocument(
               QJsonObject{{u"entries"_s, QJsonArray{entry}}, {u"total"_s, 1}, {u"next"_s, QJsonValue()}})
        .toJson(QJsonDocument::Compact);
}

// Answers the community routes like a server would.
FakeResponse serve(const FakeRequest& request)
{
    const QString path = request.url.path();
    const QString hash = CommunityFixture::hashOf(kUrl);
    if (path.endsWith(u"/v1/ratings"_s))
        return FakeResponse::json(
            200, CommunityFixture::ratingsList(CommunityFixture::rating(hash, "safe", 6, 1)));
    if (path.contains(u"/v1/votes/"_s))
        return request.method == "DELETE"
                   ? FakeResponse::json(204, {})
                   : FakeResponse::json(200, CommunityFixture::rating(hash, "safe", 7, 1));
    if (path.endsWith(u"/v1/reports"_s))
        return FakeResponse::json(201, R"({"id":5})");
    if (path.endsWith(u"/v1/moderation/queue"_s))
        return FakeResponse::json(200, queuePage(hash));
    if (path.endsWith(u"/v1/moderation/audit"_s))
        return FakeResponse::json(200, R"({"entries":[]})");
    if (path.endsWith(u"/v1/moderation/actions"_s)) {
        const QJsonObject body = CommunityFixture::bodyOf(request);
        return FakeResponse::json(200, QJsonDocument(QJsonObject{{u"action"_s, body.value(u"action"_s)},
                                                                 {u"id"_s, body.value(u"id"_s)},
                                                                 {u"changed"_s, true},
                                                                 {u"audit_id"_s, 3}})
                                           .toJson());
    }
    return FakeResponse::json(404, R"({"error":"not_found","message":"?"})");
}

} // namespace

class TestCommunityViews : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void resultCardVotes();
    void reportWithoutConsentSendsNoContent();
    void reportWithConsentSendsTheContent();
    void communityLookup();
    void moderationOnlyForModerators();
    void moderationActsThroughItsButtons();
    void actionDialogNeedsAReason();
    void everyControlIsNamed();

private:
    ResultCard* scanOne();
    void answerReportDialog(bool consent);
    QList<FakeRequest> requestsTo(const QString& pathEnd) const;

    QTemporaryDir m_dir;
    std::unique_ptr<CommunityFixture> m_f;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};

void TestCommunityViews::init()
{
    m_f = std::make_unique<CommunityFixture>();
    QVERIFY(m_f->open());
    m_f->api.network.setHandler(serve);
    m_context = std::make_unique<AppContext>(m_dir.filePath(u"data"_s));
    MainWindow::Options options;
    options.community = m_f->client.get();
    m_window = std::make_unique<MainWindow>(*m_context, options);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCommunityViews::cleanup()
{
    m_window.reset();
    m_context.reset();
    m_f.reset();
}

QList<FakeRequest> TestCommunityViews::requestsTo(const QString& pathEnd) const
{
    QList<FakeRequest> list;
    for (const FakeRequest& request : m_f->api.network.requests())
        if (request.url.path().endsWith(pathEnd))
            list.append(request);
    return list;
}

ResultCard* TestCommunityViews::scanOne()
{
    m_window->scanModel()->scanText(kUrl, u"clipboard"_s);
    const QList<ResultCard*> cards = m_window->scanView()->resultCards();
    return cards.isEmpty() ? nullptr : cards.first();
}

void TestCommunityViews::resultCardVotes()
{
    ResultCard* card = scanOne();
    QVERIFY(card && card->community());
    QTRY_VERIFY(card->communityText().contains(u"Rated safe"_s));
    QVERIFY(card->communityText().contains(u"7 vote"_s)); // 6 + 1
    QCOMPARE(card->myVoteText(), u"You have not voted"_s);
    QVERIFY(!card->retractButton()->isEnabled());
    QTest::mouseClick(card->voteUnsafeButton(), Qt::LeftButton);
    QTRY_COMPARE(card->myVoteText(), u"You voted unsafe"_s);
    QTRY_VERIFY(card->retractButton()->isEnabled());
    QVERIFY(!card->voteUnsafeButton()->isEnabled());
    QCOMPARE(requestsTo(u"/v1/votes/"_s + card->community()->hash()).size(), 1);
    QCOMPARE(CommunityFixture::bodyOf(requestsTo(card->community()->hash()).constLast()),
             (QJsonObject{{u"vote"_s, u"unsafe"_s}}));
    // The keyboard: retract with Ctrl+Alt+R while the card has focus.
    card->retractButton()->setFocus();
    QTest::keyClick(card->retractButton(), Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
    QTRY_COMPARE(card->myVoteText(), u"You have not voted"_s);
    QCOMPARE(requestsTo(card->community()->hash()).constLast().method, "DELETE");
}

void TestCommunityViews::answerReportDialog(bool consent)
{
    QTimer::singleShot(0, this, [consent] {
        auto* dialog = qobject_cast<ReportDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QVERIFY(!dialog->consentBox()->isChecked()); // never on by default
        dialog->reasonBox()->setCurrentIndex(dialog->reasonBox()->findData(u"scam"_s));
        dialog->noteEdit()->setText(u"fake shop"_s);
        if (consent)
            QTest::mouseClick(dialog->consentBox(), Qt::LeftButton);
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    });
}

void TestCommunityViews::reportWithoutConsentSendsNoContent()
{
    ResultCard* card = scanOne();
    QVERIFY(card);
    answerReportDialog(false);
    card->reportToModerators();
    QTRY_COMPARE(requestsTo(u"/v1/reports"_s).size(), 1);
    const FakeRequest request = requestsTo(u"/v1/reports"_s).constFirst();
    const QJsonObject body = CommunityFixture::bodyOf(request);
    QCOMPARE(body.value(u"reason"_s).toString(), u"scam"_s);
    QCOMPARE(body.value(u"note"_s).toString(), u"fake shop"_s);
    QVERIFY(!body.contains(u"content"_s));
    QVERIFY(!request.body.contains("shop.example"));
}

void TestCommunityViews::reportWithConsentSendsTheContent()
{
    ResultCard* card = scanOne();
    QVERIFY(card);
    answerReportDialog(true);
    card->reportToModerators();
    QTRY_COMPARE(requestsTo(u"/v1/reports"_s).size(), 1);
    QCOMPARE(
        CommunityFixture::bodyOf(requestsTo(u"/v1/reports"_s).constFirst()).value(u"content"_s).toString(),
        kUrl);
    // It is listed under my reports.
    QVERIFY(m_window->showView(MainWindow::CommunityPage));
    QTRY_COMPARE(m_window->communityModel()->reportsModel()->rowCount(), 1);
}

void TestCommunityViews::communityLookup()
{
    QVERIFY(m_window->showView(MainWindow::CommunityPage));
    CommunityView* view = m_window->communityView();
    QVERIFY(view);
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(view->lookupEdit()->hasFocus());
    QTest::keyClicks(view->lookupEdit(), kUrl);
    QTest::keyClick(view->lookupEdit(), Qt::Key_Return);
    QTRY_VERIFY2(view->lookupResultLabel()->text().contains(u"Rated safe"_s),
                 qPrintable(view->lookupResultLabel()->text()));
    const QList<FakeRequest> lookups = requestsTo(u"/v1/ratings"_s);
    QVERIFY(!lookups.isEmpty());
    QVERIFY(!lookups.constLast().url.toString().contains(u"shop.example"_s));
    QVERIFY(view->accountLabel()->text().contains(u"Not connected"_s));
}

void TestCommunityViews::moderationOnlyForModerators()
{
    QVERIFY(!m_window->isViewAvailable(MainWindow::ModerationPage));
    QVERIFY(!m_window->showView(MainWindow::ModerationPage));
    m_f->client->setAccount({CommunityAccount::Kind::Account, u"alice"_s, u"user"_s});
    QVERIFY(!m_window->isViewAvailable(MainWindow::ModerationPage));
    QVERIFY(requestsTo(u"/v1/moderation/queue"_s).isEmpty());
    m_f->client->setAccount({CommunityAccount::Kind::Account, u"alice"_s, u"moderator"_s});
    QVERIFY(m_window->isViewAvailable(MainWindow::ModerationPage));
    QVERIFY(m_window->showView(MainWindow::ModerationPage));
    QTRY_COMPARE(m_window->moderationView()->queueTable()->model()->rowCount(), 1);
    // Signing out hides it again and leaves the view.
    m_f->client->setAccount({CommunityAccount::Kind::Device, {}, {}});
    QVERIFY(!m_window->isViewAvailable(MainWindow::ModerationPage));
    QCOMPARE(m_window->currentView(), MainWindow::ScanPage);
    QCOMPARE(m_window->moderationModel()->entries().size(), 0);
}

void TestCommunityViews::moderationActsThroughItsButtons()
{
    m_f->client->setAccount({CommunityAccount::Kind::Account, u"alice"_s, u"moderator"_s});
    QVERIFY(m_window->showView(MainWindow::ModerationPage));
    ModerationView* view = m_window->moderationView();
    QTRY_COMPARE(view->queueTable()->model()->rowCount(), 1);
    view->queueTable()->selectRow(0);
    view->queueTable()->setCurrentIndex(view->queueTable()->model()->index(0, 0));
    QTRY_VERIFY(view->detailTitle()->text().contains(u"Reported"_s));
    m_window->moderationModel()->setPresence(u"bob"_s, m_window->moderationModel()->openedItem());
    QVERIFY(!view->actionButtons().isEmpty());
    QPushButton* confirmUnsafe = nullptr;
    for (QPushButton* button : view->actionButtons())
        if (button->text().startsWith(u"Confirm unsafe"_s))
            confirmUnsafe = button;
    QVERIFY(confirmUnsafe);
    view->setReasonOverride(u"fake shop, checked"_s);
    QTest::mouseClick(confirmUnsafe, Qt::LeftButton);
    QTRY_COMPARE(requestsTo(u"/v1/moderation/actions"_s).size(), 1);
    const QJsonObject body = CommunityFixture::bodyOf(requestsTo(u"/v1/moderation/actions"_s).constFirst());
    QCOMPARE(body.value(u"action"_s).toString(), u"confirm_unsafe"_s);
    QCOMPARE(body.value(u"reason"_s).toString(), u"fake shop, checked"_s);
    QTRY_VERIFY(view->messageLabel()->text().contains(u"done"_s));
}

void TestCommunityViews::actionDialogNeedsAReason()
{
    ModerationActionDialog dialog(u"Confirm safe"_s, u"effect"_s, u"Item 1234"_s);
    QVERIFY(!dialog.confirmButton()->isEnabled());
    QTest::keyClicks(dialog.reasonEdit(), u"   "_s);
    QVERIFY(!dialog.confirmButton()->isEnabled());
    QTest::keyClicks(dialog.reasonEdit(), u"checked"_s);
    QVERIFY(dialog.confirmButton()->isEnabled());
    QCOMPARE(dialog.reason(), u"checked"_s);
}

void TestCommunityViews::everyControlIsNamed()
{
    m_f->client->setAccount({CommunityAccount::Kind::Account, u"alice"_s, u"moderator"_s});
    QVERIFY(scanOne());
    QVERIFY(m_window->showView(MainWindow::CommunityPage));
    QVERIFY(m_window->showView(MainWindow::ModerationPage));
    ModerationView* view = m_window->moderationView();
    QTRY_COMPARE(view->queueTable()->model()->rowCount(), 1);
    view->queueTable()->setCurrentIndex(view->queueTable()->model()->index(0, 0));
    QTRY_VERIFY(!view->actionButtons().isEmpty());
    int controls = 0;
    QStringList missing = unnamedControls(m_window.get(), &controls);
    ReportDialog report(u"Web link"_s, kUrl);
    missing += unnamedControls(&report, &controls);
    ModerationActionDialog action(u"Lock rating"_s, u"effect"_s, u"Item"_s);
    missing += unnamedControls(&action, &controls);
    QVERIFY2(controls > 30, qPrintable(QString::number(controls)));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u"\n"_s)));
}

QTEST_MAIN(TestCommunityViews)
#include "TestCommunityViews.moc"
