// The one connection to the community server (core/connection/ServerConnection) against the real
// server on port 0: the device token goes to the keychain and is reused by the next start, and a
// sign-in's role reaches the window's view gating (Moderation, the analysts' dashboard) at once.
#include "ApiClient.h"
#include "AppContext.h"
#include "connection/ServerConnection.h"
#include "credentials/CredentialVault.h"
#include "credentials/MemorySecretStore.h"
#include "store/LocalStore.h"
#include "ui/DashboardView.h"
#include "ui/MainWindow.h"
#include "viewmodels/AccountViewModel.h"
#include "viewmodels/CommunityClient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {
const QString kPassword = u"correct horse battery"_s;

QByteArray readSecret(SecretStore& store, const QString& key)
{
    std::optional<SecretResult> result;
    QObject context;
    store.read(key, &context, [&result](const SecretResult& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000) || !result->ok())
        return {};
    return result->secret;
}
} // namespace

class TestServerConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deviceTokenIsKeptAndReused();
    void signInRoleReachesViewGating_data();
    void signInRoleReachesViewGating();

private:
    std::unique_ptr<ServerConnection> openConnection(AppContext& app, SecretStore& keychain);

    ApiClient m_api;
    QTemporaryDir m_dir;
};

void TestServerConnection::initTestCase()
{
    QVERIFY2(m_api.start(), qPrintable(m_api.server().errorString()));
    for (const QString& role : {u"user"_s, u"moderator"_s, u"analyst"_s, u"admin"_s})
        QVERIFY(m_api.addUser(role + u"-account"_s, role, kPassword));
}

std::unique_ptr<ServerConnection> TestServerConnection::openConnection(AppContext& app, SecretStore& keychain)
{
    const QUrl server = m_api.server().url(QString());
    auto connection =
        std::make_unique<ServerConnection>(app.settings(), app.clock(), keychain, server, server);
    QString error;
    LocalStore* store = app.store(&error);
    if (!store)
        qWarning("%s", qPrintable(error));
    else
        connection->attachStore(store->database(), app.history(nullptr));
    return connection;
}

void TestServerConnection::deviceTokenIsKeptAndReused()
{
    MemorySecretStore keychain;
    AppContext app(m_dir.filePath(u"device"_s));
    const QUrl server = m_api.server().url(QString());
    QString token;
    {
        std::unique_ptr<ServerConnection> first = openConnection(app, keychain);
        QSignalSpy ready(first.get(), &ServerConnection::deviceReady);
        QSignalSpy saved(&first->vault(), &CredentialVault::saved);
        first->start();
        QVERIFY(ready.wait(10'000));
        QCOMPARE(ready.first().first().toBool(), true); // registered now
        token = first->vault().deviceToken();
        QVERIFY(!token.isEmpty());
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().toBool(), true);
        QCOMPARE(first->vault().storage(), CredentialVault::Storage::Keychain);
        QCOMPARE(first->community()->account().kind, CommunityAccount::Kind::Device);
    }
    // The token is in the keychain under this server's name, not only in memory.
    QCOMPARE(QString::fromUtf8(readSecret(keychain, CredentialVault::keyFor(server, u"device-token"_s))),
             token);

    // The next start reads it back and registers nothing.
    std::unique_ptr<ServerConnection> second = openConnection(app, keychain);
    QSignalSpy ready(second.get(), &ServerConnection::deviceReady);
    second->start();
    QVERIFY(ready.wait(10'000));
    QCOMPARE(ready.first().first().toBool(), false); // from the keychain
    QCOMPARE(second->vault().deviceToken(), token);
    QCOMPARE(second->deviceContext().token(), token);
    QCOMPARE(second->community()->account().kind, CommunityAccount::Kind::Device);
}

void TestServerConnection::signInRoleReachesViewGating_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("moderates");
    QTest::addColumn<bool>("analyses");
    QTest::newRow("user") << u"user"_s << false << false;
    QTest::newRow("moderator") << u"moderator"_s << true << false;
    QTest::newRow("analyst") << u"analyst"_s << false << true;
    QTest::newRow("admin") << u"admin"_s << true << true;
}

void TestServerConnection::signInRoleReachesViewGating()
{
    QFETCH(QString, role);
    QFETCH(bool, moderates);
    QFETCH(bool, analyses);
    MemorySecretStore keychain;
    AppContext app(m_dir.filePath(u"role-"_s + role));
    std::unique_ptr<ServerConnection> connection = openConnection(app, keychain);
    QTRY_VERIFY(connection->vault().isLoaded());
    MainWindow::Options options;
    options.connection = connection.get();
    MainWindow window(app, options);
    QCOMPARE(window.accountModel(), &connection->account());
    QVERIFY(!window.isViewAvailable(MainWindow::ModerationPage));
    QVERIFY(!window.dashboardView()->communityPanel());

    // Sign in through the Settings' view-model, as the AccountPanel does.
    AccountViewModel& account = connection->account();
    QSignalSpy signedIn(&account, &AccountViewModel::signedIn);
    QVERIFY(account.signIn(role + u"-account"_s, kPassword));
    QVERIFY(signedIn.wait(10'000));
    QCOMPARE(account.role(), role);
    CommunityClient* community = connection->community();
    QCOMPARE(community->account().kind, CommunityAccount::Kind::Account);
    QCOMPARE(community->account().role, role);
    // Moderation and reports go with the new session token.
    QCOMPARE(community->services().moderationContext.token(), connection->vault().sessionToken());
    QCOMPARE(community->services().reportContext.token(), connection->vault().sessionToken());
    QCOMPARE(window.isViewAvailable(MainWindow::ModerationPage), moderates);
    QCOMPARE(window.showView(MainWindow::ModerationPage), moderates);
    QCOMPARE(window.dashboardView()->communityPanel() != nullptr, analyses);

    // The next start (a new connection on the same keychain and settings) gates the same way once
    // the session token is read back.
    {
        std::unique_ptr<ServerConnection> restarted = openConnection(app, keychain);
        MainWindow::Options next;
        next.connection = restarted.get();
        MainWindow again(app, next);
        QTRY_COMPARE(restarted->community()->account().kind, CommunityAccount::Kind::Account);
        QCOMPARE(again.isViewAvailable(MainWindow::ModerationPage), moderates);
        QCOMPARE(again.dashboardView()->communityPanel() != nullptr, analyses);
    }

    account.signOut();
    QCOMPARE(community->account().kind, CommunityAccount::Kind::None);
    QVERIFY(!window.isViewAvailable(MainWindow::ModerationPage));
    QVERIFY(window.currentView() != MainWindow::ModerationPage);
    QVERIFY(!window.dashboardView()->communityPanel());
}

QTEST_MAIN(TestServerConnection)
#include "TestServerConnection.moc"
