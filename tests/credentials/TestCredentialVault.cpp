// CredentialVault on scripted stores: tokens load and save through the store, keys are per
// server, and any keychain failure switches to memory-only with a notice (never plaintext).
#include "credentials/CredentialVault.h"
#include "credentials/MemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

Q_DECLARE_METATYPE(SafeScan::SecretResult::Status)

namespace {

// A store whose every operation fails with one status (or succeeds, keeping secrets in memory).
class ScriptedStore final : public SecretStore
{
public:
    SecretResult::Status status = SecretResult::Status::Ok;
    QStringList log;

    void read(const QString& key, QObject* context, Callback done) override
    {
        answer(u"read "_s + key, context, done);
    }
    void write(const QString& key, const QByteArray&, QObject* context, Callback done) override
    {
        answer(u"write "_s + key, context, done);
    }
    void remove(const QString& key, QObject* context, Callback done) override
    {
        answer(u"remove "_s + key, context, done);
    }
    bool isPersistent() const override { return true; }

private:
    void answer(const QString& what, QObject* context, const Callback& done)
    {
        log.append(what);
        SecretResult result{
            status, {}, status == SecretResult::Status::Ok ? QString() : u"scripted failure"_s};
        QMetaObject::invokeMethod(
            context, [done, result] { done(result); }, Qt::QueuedConnection);
    }
};

} // namespace

class TestCredentialVault : public QObject
{
    Q_OBJECT

private slots:
    void keysNameTheServer_data();
    void keysNameTheServer();
    void loadsAndSaves();
    void failureMeansMemoryOnly_data();
    void failureMeansMemoryOnly();
    void writeFailureMeansMemoryOnly();
    void callbacksNeverRunInsideTheCall();
};

void TestCredentialVault::keysNameTheServer_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key");
    QTest::newRow("https default port")
        << u"https://Ratings.Example/base"_s << u"https://ratings.example:443/device-token"_s;
    QTest::newRow("http explicit port")
        << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080/device-token"_s;
    QTest::newRow("http default port") << u"http://host"_s << u"http://host:80/device-token"_s;
}

void TestCredentialVault::keysNameTheServer()
{
    QFETCH(QString, url);
    QFETCH(QString, key);
    QCOMPARE(CredentialVault::keyFor(QUrl(url), u"device-token"_s), key);
}

void TestCredentialVault::loadsAndSaves()
{
    MemorySecretStore store;
    QVERIFY(!store.isPersistent());
    const QUrl server(u"https://a.example"_s);
    {
        CredentialVault vault(store, server);
        QSignalSpy saved(&vault, &CredentialVault::saved);
        vault.setDeviceToken(u"dev"_s);
        QVERIFY(saved.wait(2000));
        QVERIFY(saved.at(0).at(0).toBool());
    }
    CredentialVault vault(store, server);
    QSignalSpy loaded(&vault, &CredentialVault::loaded);
    vault.load();
    QVERIFY(!vault.isLoaded());
    QVERIFY(loaded.wait(2000));
    QVERIFY(vault.isLoaded());
    QCOMPARE(vault.deviceToken(), u"dev"_s);
    QVERIFY(vault.sessionToken().isEmpty());
    QCOMPARE(vault.storage(), CredentialVault::Storage::Keychain);

    CredentialVault other(store, QUrl(u"https://b.example"_s)); // another server, other keys
    QSignalSpy otherLoaded(&other, &CredentialVault::loaded);
    other.load();
    QVERIFY(otherLoaded.wait(2000));
    QVERIFY(other.deviceToken().isEmpty());
}

void TestCredentialVault::failureMeansMemoryOnly_data()
{
    QTest::addColumn<SecretResult::Status>("status");
    QTest::addColumn<QString>("notice");
    QTest::newRow("unavailable") << SecretResult::Status::Unavailable << u"No keychain is available"_s;
    QTest::newRow("denied") << SecretResult::Status::Denied << u"Access to the keychain was refused"_s;
    QTest::newRow("failed") << SecretResult::Status::Failed << u"The keychain failed"_s;
}

void TestCredentialVault::failureMeansMemoryOnly()
{
    QFETCH(SecretResult::Status, status);
    QFETCH(QString, notice);
    ScriptedStore store;
    store.status = status;
    CredentialVault vault(store, QUrl(u"https://a.example"_s));
    QSignalSpy loaded(&vault, &CredentialVault::loaded);
    QSignalSpy storage(&vault, &CredentialVault::storageChanged);
    vault.load();
    QVERIFY(loaded.wait(2000));
    QCOMPARE(storage.count(), 1); // once, not per token
    QCOMPARE(vault.storage(), CredentialVault::Storage::MemoryOnly);
    QVERIFY2(vault.storageNotice().startsWith(notice), qPrintable(vault.storageNotice()));
    QVERIFY(vault.storageNotice().contains(u"scripted failure"_s));

    // Memory-only: tokens work for the session; the keychain is not asked again.
    const int asked = int(store.log.size());
    QSignalSpy saved(&vault, &CredentialVault::saved);
    vault.setDeviceToken(u"dev"_s);
    QVERIFY(saved.wait(2000));
    QCOMPARE(saved.at(0).at(0).toBool(), false);
    QCOMPARE(vault.deviceToken(), u"dev"_s);
    QCOMPARE(int(store.log.size()), asked);
}

void TestCredentialVault::writeFailureMeansMemoryOnly()
{
    ScriptedStore store;
    store.status = SecretResult::Status::NotFound; // reads find nothing: a first start
    CredentialVault vault(store, QUrl(u"https://a.example"_s));
    QSignalSpy loaded(&vault, &CredentialVault::loaded);
    vault.load();
    QVERIFY(loaded.wait(2000));
    QCOMPARE(vault.storage(), CredentialVault::Storage::Keychain);

    store.status = SecretResult::Status::Denied;
    QSignalSpy saved(&vault, &CredentialVault::saved);
    vault.setDeviceToken(u"dev"_s);
    QVERIFY(saved.wait(2000));
    QCOMPARE(saved.at(0).at(0).toBool(), false);
    QCOMPARE(vault.storage(), CredentialVault::Storage::MemoryOnly);
    QCOMPARE(vault.deviceToken(), u"dev"_s);
    QCOMPARE(store.log.last(), u"write https://a.example:443/device-token"_s);
}

void TestCredentialVault::callbacksNeverRunInsideTheCall()
{
    MemorySecretStore store;
    QObject context;
    bool called = false;
    store.write(u"k"_s, "v", &context, [&called](const SecretResult&) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);
    // A destroyed context gets no callback.
    bool late = false;
    {
        QObject gone;
        store.read(u"k"_s, &gone, [&late](const SecretResult&) { late = true; });
    }
    QTest::qWait(10);
    QVERIFY(!late);
}

QTEST_GUILESS_MAIN(TestCredentialVault)
#include "TestCredentialVault.moc"
