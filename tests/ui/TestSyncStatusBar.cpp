// The window's sync wiring against the real server on port 0: a pin in the history grows the
// outbox the status bar shows, and a sync (once the sync key is given through the connection's
// hook, as the Settings passphrase panel does) empties it and sets "last sync".
#include "ApiClient.h"
#include "UiFixture.h"
#include "connection/ServerConnection.h"
#include "credentials/CredentialVault.h"
#include "credentials/MemorySecretStore.h"
#include "store/LocalStore.h"
#include "sync/SyncState.h"
#include "ui/StatusPanel.h"
#include "viewmodels/AccountViewModel.h"
#include "viewmodels/HistoryTableModel.h"
#include "viewmodels/ScanViewModel.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestSyncStatusBar : public QObject
{
    Q_OBJECT
private slots:
    void pinGrowsOutboxAndSyncSetsLastSync();
};

void TestSyncStatusBar::pinGrowsOutboxAndSyncSetsLastSync()
{
    ApiClient api;
    QVERIFY2(api.start(), qPrintable(api.server().errorString()));
    QVERIFY(api.addUser(u"alice"_s, u"user"_s, u"alice password"_s));

    QTemporaryDir dir;
    AppContext app(dir.filePath(u"data"_s));
    QString error;
    LocalStore* store = app.store(&error);
    QVERIFY2(store, qPrintable(error));
    MemorySecretStore keychain;
    const QUrl server = api.server().url(QString());
    ServerConnection::Options connectionOptions;
    connectionOptions.sync.debounceMs = 60'000; // the test syncs when it wants to
    ServerConnection connection(app.settings(), app.clock(), keychain, server, server, connectionOptions);
    connection.attachStore(store->database(), app.history(nullptr));
    QTRY_VERIFY(connection.vault().isLoaded());
    MainWindow::Options options;
    options.connection = &connection;
    MainWindow window(app, options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    StatusPanel* panel = window.statusPanel();
    QTRY_COMPARE(panel->outboxText(), u"Outbox: empty"_s);
    QCOMPARE(panel->lastSyncText(), u"Last sync: never"_s);

    // Signed in, no key yet: no engine, nothing syncs.
    QSignalSpy signedIn(&connection.account(), &AccountViewModel::signedIn);
    QVERIFY(connection.account().signIn(u"alice"_s, u"alice password"_s));
    QVERIFY(signedIn.wait(10'000));
    QVERIFY(!connection.syncEngine());

    window.scanModel()->scanText(u"https://pinned.example/"_s, u"clipboard"_s);
    QTRY_COMPARE(panel->outboxText(), u"Outbox: 1 change(s) waiting to sync"_s);
    HistoryTableModel* history = window.historyModel();
    QTRY_COMPARE(history->rowCount(), 1);
    QVERIFY(history->setPinned(0, true));
    QTRY_COMPARE(panel->outboxText(), u"Outbox: 2 change(s) waiting to sync"_s);

    // The passphrase panel's hook: the key is checked by a sync with the real server.
    QSignalSpy checked(&connection, &ServerConnection::syncKeyChecked);
    QSignalSpy engines(&connection, &ServerConnection::syncEngineChanged);
    connection.setSyncKey(SyncKey::derive("sync passphrase", u"alice"_s, KdfParams::minimumForTests()));
    QCOMPARE(engines.size(), 1);
    QVERIFY(checked.wait(20'000));
    QCOMPARE(checked.first().at(0).toBool(), true);
    QTRY_COMPARE(panel->outboxText(), u"Outbox: empty"_s);
    QCOMPARE(panel->lastSyncText(), u"Last sync: just now"_s);
    QCOMPARE(panel->syncErrorText(), QString());
    QVERIFY(SyncState(store->database()).lastSyncEpochMs() > 0);
    QVERIFY(!connection.vault().syncKey().isEmpty()); // kept for the next start

    // With the engine on, an unpin grows the outbox again until the next sync.
    QVERIFY(history->setPinned(0, false));
    QTRY_COMPARE(panel->outboxText(), u"Outbox: 1 change(s) waiting to sync"_s);
    QSignalSpy finished(connection.syncEngine(), &SyncEngine::finished);
    connection.syncEngine()->syncNow();
    QVERIFY(finished.wait(20'000));
    QCOMPARE(finished.first().first().toBool(), true);
    QTRY_COMPARE(panel->outboxText(), u"Outbox: empty"_s);

    // Signing out switches sync off.
    connection.account().signOut();
    QVERIFY(!connection.syncEngine());
}

QTEST_MAIN(TestSyncStatusBar)
#include "TestSyncStatusBar.moc"
