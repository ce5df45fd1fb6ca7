// The community and moderation view-models against the real safescan-server on port 0: a device
// reports an item with its consent to share the content, a moderator (made with `safescan-server
// admin add-user`) sees it in the queue with that content, confirms it unsafe, the audit log and
// the item's rating show it, the card's verdict becomes dangerous, a conflicting decision is
// rolled back with the server's reason, and a plain user's session is refused by the server.
#include "../server/ApiClient.h"
#include "api/ApiExecutor.h"
#include "base/Clock.h"
#include "base/Scheduler.h"
#include "community/CommunityJournal.h"
#include "community/RatingService.h"
#include "localdata/AppState.h"
#include "localdata/RatingCache.h"
#include "localdata/VoteRepository.h"
#include "payload/PayloadParser.h"
#include "store/ClientSchema.h"
#include "store/Database.h"
#include "viewmodels/CommunityClient.h"
#include "viewmodels/ItemRatingViewModel.h"
#include "viewmodels/ModerationViewModel.h"

#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {
const QString kUrl = u"https://bank-login.example/verify"_s;
const QString kPassword = u"moderator-password-1"_s;
} // namespace

class TestModerationServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void reportReachesTheModerator();
    void confirmUnsafe();
    void conflictIsRolledBack();
    void plainUserIsRefusedByTheServer();

private:
    ApiContext context(std::function<QString()> token);
    ScanResult scanned() const;

    ApiClient m_api;
    QTemporaryDir m_dir;
    SystemClock m_clock;
    TimerScheduler m_scheduler;
    QNetworkAccessManager m_network;
    QString m_deviceToken;
    QString m_moderatorToken;
    QString m_userToken;
    std::unique_ptr<ApiExecutor> m_executor;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RatingCache> m_cache;
    std::unique_ptr<VoteRepository> m_votes;
    std::unique_ptr<AppState> m_state;
    std::unique_ptr<CommunityJournal> m_journal;
    std::unique_ptr<RatingService> m_ratings;
    std::unique_ptr<CommunityClient> m_client;
    std::unique_ptr<ModerationViewModel> m_moderation;
};

ApiContext TestModerationServer::context(std::function<QString()> token)
{
    ApiContext c;
    c.network = &m_network;
    c.baseUrl = m_api.server().url(u"/"_s);
    c.token = std::move(token);
    c.clock = &m_clock;
    c.scheduler = &m_scheduler;
    return c;
}

ScanResult TestModerationServer::scanned() const
{
    ScanResult r;
    r.code.text = kUrl;
    r.payload = PayloadParser::parse(kUrl);
    r.verdict.level = VerdictLevel::NoKnownRisk;
    return r;
}

void TestModerationServer::initTestCase()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    QVERIFY2(m_api.start(), qPrintable(m_api.server().errorString()));
    QVERIFY(m_api.addUser(u"mod1"_s, u"moderator"_s, kPassword));
    QVERIFY(m_api.addUser(u"plain1"_s, u"user"_s, kPassword));
    m_moderatorToken = m_api.login(u"mod1"_s, kPassword);
    m_userToken = m_api.login(u"plain1"_s, kPassword);
    m_deviceToken = m_api.registerDevice();
    QVERIFY(!m_moderatorToken.isEmpty() && !m_userToken.isEmpty() && !m_deviceToken.isEmpty());

    ApiExecutor::Options options;
    options.retry.maxAttempts = 1;
    m_executor = std::make_unique<ApiExecutor>(Service::Api, m_clock, m_scheduler, options);
    m_db = std::make_unique<Database>(m_dir.filePath(u"client.sqlite"_s), m_clock, clientSchema());
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
    m_cache = std::make_unique<RatingCache>(*m_db, m_clock);
    m_votes = std::make_unique<VoteRepository>(*m_db, m_clock);
    m_state = std::make_unique<AppState>(*m_db);
    m_journal = std::make_unique<CommunityJournal>(*m_state, m_clock);
    const ApiContext device = context([this] { return m_deviceToken; });
    m_ratings = std::make_unique<RatingService>(*m_executor, device, *m_cache, *m_votes);
    CommunityServices services;
    services.ratings = m_ratings.get();
    services.executor = m_executor.get();
    services.reportContext = device;
    services.moderationContext = context([this] { return m_moderatorToken; });
    services.votes = m_votes.get();
    services.journal = m_journal.get();
    services.clock = &m_clock;
    m_client = std::make_unique<CommunityClient>(services);
    m_moderation = std::make_unique<ModerationViewModel>(*m_executor, services.moderationContext);
    m_moderation->setAccount({CommunityAccount::Kind::Account, u"mod1"_s, u"moderator"_s});
}

void TestModerationServer::cleanupTestCase()
{
    m_moderation.reset();
    m_client.reset();
    m_ratings.reset();
    m_db.reset();
    QVERIFY(m_api.server().stop());
}

void TestModerationServer::reportReachesTheModerator()
{
    ItemRatingViewModel item(m_client.get(), scanned());
    QSignalSpy reported(&item, &ItemRatingViewModel::reportFinished);
    item.report(u"phishing"_s, u"asks for my PIN"_s, true);
    QVERIFY(reported.wait(20'000));
    QVERIFY2(reported.at(0).at(0).toBool(), qPrintable(reported.at(0).at(1).toString()));

    QSignalSpy changed(m_moderation.get(), &ModerationViewModel::entriesChanged);
    QVERIFY(m_moderation->refresh());
    QVERIFY(changed.wait(20'000));
    const std::optional<ModerationEntry> entry = m_moderation->entry(u"item:"_s + item.hash());
    QVERIFY2(entry, qPrintable(m_moderation->lastMessage()));
    QCOMPARE(entry->openReports, 1);
    QCOMPARE(entry->reportReasons.value(u"phishing"_s), 1);
    QCOMPARE(entry->notes, QStringList{u"asks for my PIN"_s});
    QCOMPARE(entry->contents, QStringList{kUrl}); // shared with consent
}

void TestModerationServer::confirmUnsafe()
{
    ItemRatingViewModel item(m_client.get(), scanned());
    const QString id = u"item:"_s + item.hash();
    QSignalSpy finished(m_moderation.get(), &ModerationViewModel::actionFinished);
    QVERIFY(m_moderation->act(ModerationAction::ConfirmUnsafe, id, u"phishing kit, checked by hand"_s));
    QVERIFY(!m_moderation->entry(id)); // at once
    QVERIFY(finished.wait(20'000));
    QVERIFY2(finished.at(0).at(2).toBool(), qPrintable(finished.at(0).at(3).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_moderation->isLoading(), 20'000);
    QVERIFY(!m_moderation->entry(id)); // the server's queue agrees

    const QJsonObject rating = m_api.ratingFor(item.hash());
    QCOMPARE(rating.value(u"verdict"_s).toString(), u"unsafe"_s);
    QVERIFY(rating.value(u"moderated"_s).toBool());

    QSignalSpy loaded(m_moderation->auditModel(), &AuditModel::loaded);
    m_moderation->auditModel()->reload();
    QVERIFY(loaded.wait(20'000));
    const QList<AuditRecord> history = m_moderation->decisionHistory(id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).action, u"confirm_unsafe"_s);
    QCOMPARE(history.at(0).actor, u"mod1"_s);
    QCOMPARE(history.at(0).reason, u"phishing kit, checked by hand"_s);

    // The result card sees the moderator's decision: dangerous.
    item.refresh(true);
    QTRY_COMPARE_WITH_TIMEOUT(item.state(), CommunityText::RatingState::Live, 20'000);
    QVERIFY(item.rating()->moderated);
    QCOMPARE(item.verdict().level, VerdictLevel::Dangerous);
}

void TestModerationServer::conflictIsRolledBack()
{
    const QString id = u"item:"_s + ItemRatingViewModel(nullptr, scanned()).hash();
    const QList<ModerationEntry> before = m_moderation->entries();
    QSignalSpy finished(m_moderation.get(), &ModerationViewModel::actionFinished);
    QVERIFY(m_moderation->act(ModerationAction::ConfirmSafe, id, u"changed my mind"_s));
    QVERIFY(finished.wait(20'000));
    QVERIFY(!finished.at(0).at(2).toBool());
    QCOMPARE(m_moderation->entries(), before);
    QVERIFY2(m_moderation->lastMessage().contains(u"clear that decision first"_s),
             qPrintable(m_moderation->lastMessage()));
}

void TestModerationServer::plainUserIsRefusedByTheServer()
{
    // Even when the client is told the wrong role, the server refuses a plain user's session.
    ModerationViewModel model(*m_executor, context([this] { return m_userToken; }));
    model.setAccount({CommunityAccount::Kind::Account, u"plain1"_s, u"moderator"_s});
    QSignalSpy messages(&model, &ModerationViewModel::message);
    QVERIFY(model.refresh());
    QVERIFY(messages.wait(20'000));
    QVERIFY2(model.lastMessage().contains(u"may not"_s), qPrintable(model.lastMessage()));
    QVERIFY(model.entries().isEmpty());
    // And with the right role the client sends nothing at all.
    model.setAccount({CommunityAccount::Kind::Account, u"plain1"_s, u"user"_s});
    QVERIFY(!model.refresh());
}

QTEST_GUILESS_MAIN(TestModerationServer)
#include "TestModerationServer.moc"
