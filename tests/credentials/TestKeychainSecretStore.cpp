// KeychainSecretStore and CredentialVault against the real QtKeychain. CTest runs this twice:
// inside a private D-Bus session with gnome-keyring (SAFESCAN_KEYCHAIN=available, through
// with-keyring.sh) and without any D-Bus session (SAFESCAN_KEYCHAIN=unavailable), where every
// operation must say "unavailable" and the vault must keep the tokens in memory only.
#include "credentials/CredentialVault.h"
#include "credentials/KeychainSecretStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

SecretResult run(const std::function<void(QObject*, SecretStore::Callback)>& operation)
{
    QObject context;
    std::optional<SecretResult> result;
    operation(&context, [&result](const SecretResult& r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20'000))
        return {SecretResult::Status::Failed, {}, u"no answer within 20 s"_s};
    return *result;
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadRemove();
    void vaultPersistsAcrossInstances();
    void unavailableKeychain();

private:
    bool m_available = false;
    QString m_service;
};

void TestKeychainSecretStore::initTestCase()
{
    const QByteArray mode = qgetenv("SAFESCAN_KEYCHAIN");
    QVERIFY2(mode == "available" || mode == "unavailable", "set SAFESCAN_KEYCHAIN (ctest does)");
    m_available = mode == "available";
    m_service = u"SafeScanTest-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void TestKeychainSecretStore::writeReadRemove()
{
    if (!m_available)
        QSKIP("no keychain in this run");
    KeychainSecretStore store(m_service);
    QVERIFY(store.isPersistent());
    const QString key = u"https://ratings.example:443/device-token"_s;
    SecretResult r = run([&](QObject* c, auto done) { store.read(key, c, done); });
    QCOMPARE(r.status, SecretResult::Status::NotFound);

    r = run([&](QObject* c, auto done) { store.write(key, "secret-1", c, done); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = run([&](QObject* c, auto done) { store.read(key, c, done); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.secret, QByteArray("secret-1"));

    r = run([&](QObject* c, auto done) { store.write(key, "secret-2", c, done); });
    QVERIFY(r.ok());
    r = run([&](QObject* c, auto done) { store.read(key, c, done); });
    QCOMPARE(r.secret, QByteArray("secret-2"));

    r = run([&](QObject* c, auto done) { store.remove(key, c, done); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = run([&](QObject* c, auto done) { store.read(key, c, done); });
    QCOMPARE(r.status, SecretResult::Status::NotFound);
}

void TestKeychainSecretStore::vaultPersistsAcrossInstances()
{
    if (!m_available)
        QSKIP("no keychain in this run");
    KeychainSecretStore store(m_service);
    const QUrl server(u"http://127.0.0.1:8080"_s);
    {
        CredentialVault vault(store, server);
        QSignalSpy loaded(&vault, &CredentialVault::loaded);
        vault.load();
        QVERIFY(loaded.wait(20'000));
        QVERIFY(vault.deviceToken().isEmpty());
        QSignalSpy saved(&vault, &CredentialVault::saved);
        vault.setDeviceToken(u"device-abc"_s);
        vault.setSessionToken(u"session-xyz"_s);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 20'000);
        QCOMPARE(saved.at(0).at(0).toBool(), true);
        QCOMPARE(saved.at(1).at(0).toBool(), true);
        QCOMPARE(vault.storage(), CredentialVault::Storage::Keychain);
        QVERIFY(vault.storageNotice().isEmpty());
    }
    {
        CredentialVault vault(store, server); // as after a restart
        QSignalSpy loaded(&vault, &CredentialVault::loaded);
        vault.load();
        QVERIFY(loaded.wait(20'000));
        QCOMPARE(vault.deviceToken(), u"device-abc"_s);
        QCOMPARE(vault.sessionToken(), u"session-xyz"_s);
        QSignalSpy saved(&vault, &CredentialVault::saved);
        vault.setSessionToken({}); // sign out: removed from the keychain
        QVERIFY(saved.wait(20'000));
        QVERIFY(saved.at(0).at(0).toBool());
    }
    {
        CredentialVault vault(store, server);
        QSignalSpy loaded(&vault, &CredentialVault::loaded);
        vault.load();
        QVERIFY(loaded.wait(20'000));
        QCOMPARE(vault.deviceToken(), u"device-abc"_s);
        QVERIFY(vault.sessionToken().isEmpty());
        vault.setDeviceToken({});
        QSignalSpy saved(&vault, &CredentialVault::saved);
        QVERIFY(saved.wait(20'000));
    }
}

void TestKeychainSecretStore::unavailableKeychain()
{
    if (m_available)
        QSKIP("a keychain is available in this run");
    KeychainSecretStore store(m_service);
    const QString key = u"https://ratings.example:443/device-token"_s;
    SecretResult r = run([&](QObject* c, auto done) { store.read(key, c, done); });
    QCOMPARE(r.status, SecretResult::Status::Unavailable);
    QVERIFY(!r.message.isEmpty());
    r = run([&](QObject* c, auto done) { store.write(key, "secret", c, done); });
    QCOMPARE(r.status, SecretResult::Status::Unavailable);

    CredentialVault vault(store, QUrl(u"http://127.0.0.1:8080"_s));
    QSignalSpy storageChanged(&vault, &CredentialVault::storageChanged);
    QSignalSpy loaded(&vault, &CredentialVault::loaded);
    vault.load();
    QVERIFY(loaded.wait(20'000));
    QCOMPARE(vault.storage(), CredentialVault::Storage::MemoryOnly);
    QCOMPARE(storageChanged.count(), 1);
    QVERIFY(vault.storageNotice().contains(u"No keychain is available"_s));
    QVERIFY(vault.storageNotice().contains(u"this session only"_s));
    QSignalSpy saved(&vault, &CredentialVault::saved);
    vault.setDeviceToken(u"device-abc"_s);
    QVERIFY(saved.wait(20'000));
    QCOMPARE(saved.at(0).at(0).toBool(), false);    // not persisted...
    QCOMPARE(vault.deviceToken(), u"device-abc"_s); // ...but usable for this session
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"
