// SyncEngine against the real safescan-server (port 0): two devices of one account converge,
// a wrong passphrase is detected before anything is pushed, the conflict rules hold end to end,
// the server stores no scanned content, and local changes trigger a debounced sync.
#include "ApiClient.h"
#include "FaultProxy.h"
#include "ManualScheduler.h"
#include "ServerProcess.h"
#include "SyncDevice.h"
#include "api/HealthJob.h"
#include "sync/ConnectivityWatcher.h"
#include "sync/SyncState.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

namespace {
const QString kPassword = u"sync-engine-password"_s;
}

class TestSyncEngine : public QObject
{
    Q_OBJECT
private:
    ServerProcess m_server;
    std::unique_ptr<ApiClient> m_api;
    ManualClock m_clock{1000, 1'795'000'000'000};
    int m_accounts = 0;

    struct Account
    {
        QString name;
        QString token;
    };
    Account newAccount()
    {
        const QString name = u"device-user-%1"_s.arg(++m_accounts);
        if (!m_api->addUser(name, u"user"_s, kPassword))
            qFatal("cannot add a user");
        return {name, m_api->login(name, kPassword)};
    }
    std::unique_ptr<SyncDevice> device(const Account& account, const QByteArray& passphrase = "correct horse")
    {
        auto d = std::make_unique<SyncDevice>(m_clock, m_server.url(u""_s), account.name, account.token);
        d->setPassphrase(passphrase);
        return d;
    }
    // How many records the server holds for the account (pulled from cursor 0).
    int serverRecords(const Account& account)
    {
        const ApiReply reply = m_api->send("GET", u"/v1/sync/pull?cursor=0&limit=1000"_s, {}, account.token);
        return int(reply.json.value(u"changes"_s).toArray().size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_api = std::make_unique<ApiClient>(m_server);
    }

    void twoDevicesConverge()
    {
        const Account account = newAccount();
        auto a = device(account);
        const qint64 kept = a->save(u"https://kept.example/path"_s);
        const qint64 noted = a->save(u"WIFI:S:cafe;T:WPA;P:hunter22;;"_s);
        const qint64 gone = a->save(u"https://gone.example/"_s);
        m_clock.advance(10);
        QVERIFY(a->history().setNote(noted, u"the café downstairs"_s));
        QVERIFY(a->history().remove(gone));
        QVERIFY(a->sync());
        QCOMPARE(a->outboxDepth(), 0);
        QCOMPARE(a->engine().counts().pushed, 3);
        QVERIFY(!SyncState(a->database()).verifiedKey().isEmpty()); // it stored the key check

        auto b = device(account);
        QSignalSpy progress(&b->engine(), &SyncEngine::progress);
        QVERIFY(b->sync());
        QVERIFY(!progress.isEmpty());
        QVERIFY(progress.first().first().value<SyncProgress>().firstSync);
        QCOMPARE(b->snapshot(), a->snapshot());
        QCOMPARE(b->snapshot().size(), 2);

        m_clock.advance(10);
        const qint64 onB = b->liveIds().first();
        QVERIFY(b->history().setPinned(onB, true));
        QVERIFY(b->sync());
        QVERIFY(a->sync());
        QCOMPARE(a->snapshot(), b->snapshot());
        QVERIFY(a->snapshot().join(u'\n').contains(u"|1"_s)); // the pin arrived
        Q_UNUSED(kept);

        // End-to-end: no scanned content, note or host in any server table.
        const QByteArray dump = m_server.databaseDump();
        QVERIFY(!dump.isEmpty());
        for (const QByteArray& secret :
             {QByteArray("kept.example"), QByteArray("gone.example"), QByteArray("hunter22"),
              QByteArray("cafe"), QByteArray("downstairs")})
            QVERIFY2(!dump.contains(secret), secret.constData());
    }

    void wrongPassphraseIsDetectedBeforeAnythingIsPushed_data()
    {
        QTest::addColumn<bool>("withRecords");
        QTest::newRow("account with records") << true;
        QTest::newRow("account with only its key check") << false;
    }

    void wrongPassphraseIsDetectedBeforeAnythingIsPushed()
    {
        QFETCH(bool, withRecords);
        const Account account = newAccount();
        auto a = device(account, "the right one");
        if (withRecords)
            a->save(u"https://a.example/"_s);
        QVERIFY(a->sync());
        const int before = serverRecords(account);

        auto c = device(account, "the wrong one");
        c->save(u"https://c.example/"_s);
        QVERIFY(!c->sync());
        QCOMPARE(c->engine().lastError().kind, SyncError::Kind::WrongPassphrase);
        QVERIFY(c->engine().status().lastError.contains(u"passphrase"_s));
        QCOMPARE(serverRecords(account), before); // nothing sealed with the wrong key went up
        QCOMPARE(c->outboxDepth(), 1);
        QCOMPARE(c->snapshot().size(), 1); // and nothing came down

        c->setPassphrase("the right one");
        QVERIFY(c->sync());
        QVERIFY(a->sync());
        QCOMPARE(c->snapshot(), a->snapshot());
        QCOMPARE(a->snapshot().size(), withRecords ? 2 : 1);
    }

    void conflictRulesEndToEnd_data()
    {
        QTest::addColumn<QString>("second"); // what B does after A's edit
        QTest::addColumn<QString>("expectedNote");
        QTest::addColumn<bool>("expectedLive");
        QTest::newRow("later edit wins") << u"later note"_s << u"from B"_s << true;
        QTest::newRow("earlier edit loses") << u"earlier note"_s << u"from A"_s << true;
        QTest::newRow("deletion wins over an older edit") << u"later delete"_s << QString() << false;
        QTest::newRow("newer edit wins over an older deletion") << u"earlier delete"_s << u"from A"_s << true;
    }

    void conflictRulesEndToEnd()
    {
        QFETCH(QString, second);
        QFETCH(QString, expectedNote);
        QFETCH(bool, expectedLive);
        const Account account = newAccount();
        auto a = device(account);
        auto b = device(account);
        a->save(u"https://shared.example/"_s);
        QVERIFY(a->sync());
        QVERIFY(b->sync());
        const qint64 onA = a->liveIds().first();
        const qint64 onB = b->liveIds().first();
        // Both edit offline; the clock decides who is later.
        const bool bLater = second.startsWith(u"later"_s);
        m_clock.advance(10);
        if (!bLater) { // B's change is older: make it first
            if (second.endsWith(u"delete"_s))
                QVERIFY(b->history().remove(onB));
            else
                QVERIFY(b->history().setNote(onB, u"from B"_s));
            m_clock.advance(10);
        }
        QVERIFY(a->history().setNote(onA, u"from A"_s));
        if (bLater) {
            m_clock.advance(10);
            if (second.endsWith(u"delete"_s))
                QVERIFY(b->history().remove(onB));
            else
                QVERIFY(b->history().setNote(onB, u"from B"_s));
        }
        QVERIFY(a->sync());
        QVERIFY(b->sync());
        QVERIFY(a->sync());
        QCOMPARE(a->snapshot(), b->snapshot());
        QCOMPARE(a->snapshot().size(), expectedLive ? 1 : 0);
        if (expectedLive)
            QVERIFY2(a->snapshot().first().contains(u'|' + expectedNote + u'|'),
                     qPrintable(a->snapshot().first()));
        QCOMPARE(a->outboxDepth(), 0);
        QCOMPARE(b->outboxDepth(), 0);
    }

    void serverRestartLosesNothing()
    {
        const Account account = newAccount();
        FaultProxy proxy(m_server.port(), 1); // no faults: a stable address across the restart
        QVERIFY(proxy.listen());
        SyncDevice a(m_clock, QUrl(u"http://127.0.0.1:%1"_s.arg(proxy.port())), account.name, account.token);
        a.setPassphrase("restart");
        a.save(u"https://before.example/"_s);
        QVERIFY(a.sync());
        for (int i = 0; i < 3; ++i)
            a.save(u"https://during.example/%1"_s.arg(i));
        QVERIFY(m_server.stop());
        QVERIFY(!a.sync());
        QCOMPARE(a.engine().lastError().kind, SyncError::Kind::Server);
        QCOMPARE(a.outboxDepth(), 3); // kept for later
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        proxy.setTargetPort(m_server.port());
        // Without reachability information, the API's next successful request (any request)
        // starts the sync.
        QSignalSpy finished(&a.engine(), &SyncEngine::finished);
        a.executor().run(new HealthJob(a.apiContext()));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(a.outboxDepth(), 0);
        auto b = device(account, "restart");
        QVERIFY(b->sync());
        QCOMPARE(b->snapshot(), a.snapshot());
        QCOMPARE(b->snapshot().size(), 4);
    }

    void localChangesAndConnectivityTriggerSyncs()
    {
        // No account configured: each sync ends at once (NotConfigured), which counts the syncs.
        ManualClock clock;
        ManualScheduler scheduler(clock);
        QTemporaryDir dir;
        Database db(dir.filePath(u"c.sqlite"_s), clock, clientSchema());
        QVERIFY(db.open());
        HistoryStore history(db, clock);
        ApiExecutor executor(Service::Api, clock, scheduler);
        ApiContext context;
        context.clock = &clock;
        context.scheduler = &scheduler;
        SyncEngine::Options options;
        options.debounceMs = 2'000;
        options.retryMs = 60'000;
        SyncEngine engine(db, history, executor, context, options);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        for (int i = 0; i < 3; ++i) {
            engine.localChanged();
            scheduler.advance(1'500);
        }
        QCOMPARE(finished.size(), 0); // every change restarted the delay
        scheduler.advance(500);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(engine.lastError().code, u"not_signed_in"_s);
        scheduler.advance(120'000);
        QCOMPARE(finished.size(), 1); // a configuration problem is not retried on a timer

        // The network coming back starts a sync at once; staying online does not.
        ConnectivityWatcher watcher;
        engine.watchConnectivity(watcher);
        watcher.setOnline(false);
        watcher.setOnline(true);
        QCOMPARE(finished.size(), 2);
        watcher.setOnline(true);
        QCOMPARE(finished.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
