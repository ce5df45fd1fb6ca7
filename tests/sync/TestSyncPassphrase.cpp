// SyncPassphraseModel (Settings' sync passphrase) with a real SyncEngine and the real
// safescan-server: the first device sets the passphrase, another device's wrong passphrase is
// reported and syncs nothing, the right one joins, turning sync off forgets the key, and without
// a keychain the key lives in memory only and the model says so. Plus the checks that need no
// server (mismatch, weak passphrases, the strength estimate).
#include "ApiClient.h"
#include "ServerProcess.h"
#include "SyncDevice.h"
#include "credentials/CredentialVault.h"
#include "credentials/MemorySecretStore.h"
#include "viewmodels/SyncPassphraseModel.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

namespace {

const QString kPassword = u"sync-passphrase-password"_s;
const QString kPassphrase = u"correct horse battery staple"_s;

// A keychain that is not there (no D-Bus session): every call answers Unavailable.
class NoKeychain final : public SecretStore
{
public:
    void read(const QString&, QObject* context, Callback done) override { answer(context, std::move(done)); }
    void write(const QString&, const QByteArray&, QObject* context, Callback done) override
    {
        answer(context, std::move(done));
    }
    void remove(const QString&, QObject* context, Callback done) override
    {
        answer(context, std::move(done));
    }
    bool isPersistent() const override { return true; }

private:
    static void answer(QObject* context, Callback done)
    {
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done)] {
                done({SecretResult::Status::Unavailable, {}, u"no Secret Service on the session bus"_s});
            },
            Qt::QueuedConnection);
    }
};

// One device: SyncDevice plus a vault and the model attached to its engine.
struct Device
{
    Device(ManualClock& clock, const QUrl& server, const QString& user, const QString& token,
           SecretStore& secrets)
        : sync(clock, server, user, token)
        , vault(secrets, server)
        , model(
              &vault, [user] { return user; }, KdfParams::minimumForTests())
    {
        QSignalSpy loaded(&vault, &CredentialVault::loaded);
        vault.load();
        if (!vault.isLoaded())
            loaded.wait();
        model.attach(sync.engine());
    }
    // Waits until the model is neither deriving nor checking.
    bool settle()
    {
        return QTest::qWaitFor([this] { return !model.isBusy(); }, 60'000);
    }

    SyncDevice sync;
    CredentialVault vault;
    SyncPassphraseModel model;
};

} // namespace

class TestSyncPassphrase : public QObject
{
    Q_OBJECT
private:
    ServerProcess m_server;
    std::unique_ptr<ApiClient> m_api;
    ManualClock m_clock{1000, 1'795'000'000'000};
    int m_accounts = 0;

    std::pair<QString, QString> newAccount()
    {
        const QString name = u"passphrase-user-%1"_s.arg(++m_accounts);
        if (!m_api->addUser(name, u"user"_s, kPassword))
            qFatal("cannot add a user");
        return {name, m_api->login(name, kPassword)};
    }
    int serverRecords(const QString& token)
    {
        const ApiReply reply = m_api->send("GET", u"/v1/sync/pull?cursor=0&limit=1000"_s, {}, token);
        return int(reply.json.value(u"changes"_s).toArray().size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_api = std::make_unique<ApiClient>(m_server);
    }

    void firstDeviceWrongPassphraseThenJoin()
    {
        const auto [user, token] = newAccount();
        MemorySecretStore keychainA;
        Device a(m_clock, m_server.url(u""_s), user, token, keychainA);
        QCOMPARE(a.model.state(), SyncPassphraseModel::State::Off);
        a.sync.save(u"https://first-device.example/"_s);

        QSignalSpy keys(&a.model, &SyncPassphraseModel::keyChanged);
        QVERIFY(a.model.setPassphrase(kPassphrase, kPassphrase));
        QCOMPARE(a.model.state(), SyncPassphraseModel::State::Deriving); // Argon2id runs on a thread
        QVERIFY(a.settle());
        QCOMPARE(keys.size(), 1);
        QCOMPARE(a.model.state(), SyncPassphraseModel::State::On);
        QVERIFY(a.model.isVerified());
        QVERIFY(a.model.lastError().isEmpty());
        QCOMPARE(a.vault.syncKey(), a.model.key()->bytes()); // kept in the keychain
        QVERIFY(a.model.storageNotice().isEmpty());
        QCOMPARE(a.sync.outboxDepth(), 0);
        const int records = serverRecords(token);
        QCOMPARE(records, 2); // the scan and the key check

        // Another device with a wrong passphrase: reported, nothing pushed, no key kept.
        MemorySecretStore keychainB;
        Device b(m_clock, m_server.url(u""_s), user, token, keychainB);
        b.sync.save(u"https://second-device.example/"_s);
        QSignalSpy failed(&b.model, &SyncPassphraseModel::failed);
        QVERIFY(b.model.enterPassphrase(u"correct horse battery stapler"_s));
        QVERIFY(b.settle());
        QCOMPARE(b.model.state(), SyncPassphraseModel::State::Off);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(b.model.lastError().startsWith(u"Wrong passphrase"_s), qPrintable(b.model.lastError()));
        QVERIFY(!b.model.key());
        QVERIFY(!b.sync.engine().hasKey());
        QVERIFY(b.vault.syncKey().isEmpty());
        QCOMPARE(b.sync.outboxDepth(), 1);
        QCOMPARE(serverRecords(token), records);

        // The right one joins: both scans end on both devices.
        QVERIFY(b.model.enterPassphrase(kPassphrase));
        QVERIFY(b.settle());
        QCOMPARE(b.model.state(), SyncPassphraseModel::State::On);
        QVERIFY(b.model.isVerified());
        QCOMPARE(b.model.key()->fingerprint(), a.model.key()->fingerprint());
        QCOMPARE(b.vault.syncKey(), b.model.key()->bytes());
        QCOMPARE(b.sync.outboxDepth(), 0);
        QVERIFY(a.sync.sync());
        QCOMPARE(a.sync.snapshot(), b.sync.snapshot());
        QCOMPARE(a.sync.snapshot().size(), 2);

        // Off: the key is forgotten in the keychain and the engine.
        b.model.turnOff();
        QCOMPARE(b.model.state(), SyncPassphraseModel::State::Off);
        QVERIFY(!b.sync.engine().hasKey());
        QTRY_VERIFY(b.vault.syncKey().isEmpty());
        QVERIFY(!b.sync.sync());
        QCOMPARE(b.sync.engine().lastError().code, u"no_sync_key"_s);

        // A later start of device A finds its key in the keychain again.
        CredentialVault again(keychainA, m_server.url(u""_s));
        QSignalSpy loaded(&again, &CredentialVault::loaded);
        again.load();
        QVERIFY(again.isLoaded() || loaded.wait());
        SyncPassphraseModel restored(
            &again, [user] { return user; }, KdfParams::minimumForTests());
        QCOMPARE(restored.state(), SyncPassphraseModel::State::On);
        QCOMPARE(restored.key()->fingerprint(), a.model.key()->fingerprint());
    }

    void noKeychainKeepsTheKeyInMemory()
    {
        const auto [user, token] = newAccount();
        NoKeychain none;
        Device a(m_clock, m_server.url(u""_s), user, token, none);
        QVERIFY(a.model.setPassphrase(kPassphrase, kPassphrase));
        QVERIFY(a.settle());
        QCOMPARE(a.model.state(), SyncPassphraseModel::State::On);
        QTRY_COMPARE(a.vault.storage(), CredentialVault::Storage::MemoryOnly);
        QVERIFY2(a.model.storageNotice().contains(u"memory only"_s), qPrintable(a.model.storageNotice()));
        QCOMPARE(a.vault.syncKey(), a.model.key()->bytes()); // usable for this session
        QVERIFY(a.sync.sync());
    }

    void refusedBeforeAnyWork_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QString>("repeated");
        QTest::addColumn<QString>("error");
        QTest::newRow("differ") << kPassphrase << u"correct horse battery stable"_s << u"differ"_s;
        QTest::newRow("short") << u"abc123"_s << u"abc123"_s << u"Too short"_s;
        QTest::newRow("repeats") << u"aaaaaaaaaaaaaaaa"_s << u"aaaaaaaaaaaaaaaa"_s << u"Weak"_s;
        QTest::newRow("empty") << QString() << QString() << u"passphrase"_s;
    }
    void refusedBeforeAnyWork()
    {
        QFETCH(QString, passphrase);
        QFETCH(QString, repeated);
        QFETCH(QString, error);
        MemorySecretStore secrets;
        CredentialVault vault(secrets, QUrl(u"https://sync.example"_s));
        SyncPassphraseModel model(
            &vault, [] { return u"alice"_s; }, KdfParams::minimumForTests());
        QSignalSpy keys(&model, &SyncPassphraseModel::keyChanged);
        QVERIFY(!model.setPassphrase(passphrase, repeated));
        QVERIFY2(model.lastError().contains(error), qPrintable(model.lastError()));
        QCOMPARE(model.state(), SyncPassphraseModel::State::Off);
        QVERIFY(keys.isEmpty());
    }

    void unavailableWithoutAccount()
    {
        MemorySecretStore secrets;
        CredentialVault vault(secrets, QUrl(u"https://sync.example"_s));
        SyncPassphraseModel model(
            &vault, [] { return QString(); }, KdfParams::minimumForTests());
        QCOMPARE(model.state(), SyncPassphraseModel::State::Unavailable);
        QVERIFY(!model.enterPassphrase(kPassphrase));
        QVERIFY(model.lastError().contains(u"Sign in"_s));
        SyncPassphraseModel noServer(nullptr, [] { return u"alice"_s; });
        QCOMPARE(noServer.state(), SyncPassphraseModel::State::Unavailable);
    }

    void accountChangeForgetsTheKey()
    {
        MemorySecretStore secrets;
        CredentialVault vault(secrets, QUrl(u"https://sync.example"_s));
        QString user = u"alice"_s;
        SyncPassphraseModel model(
            &vault, [&user] { return user; }, KdfParams::minimumForTests());
        QVERIFY(model.enterPassphrase(kPassphrase));
        QTRY_COMPARE(model.state(), SyncPassphraseModel::State::Checking);
        model.syncFinished({}); // the engine's sync passed
        QCOMPARE(model.state(), SyncPassphraseModel::State::On);
        QVERIFY(!vault.syncKey().isEmpty());
        model.accountChanged(); // the same account: nothing changes
        QVERIFY(model.key());
        user = u"bob"_s;
        QSignalSpy keys(&model, &SyncPassphraseModel::keyChanged);
        model.accountChanged();
        QVERIFY(!model.key());
        QCOMPARE(keys.size(), 1);
        QVERIFY(vault.syncKey().isEmpty());
    }

    void strengthEstimate_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("words") << kPassphrase << true;
        QTest::newRow("mixed") << u"Tr0ub4dor&3x"_s << true;
        QTest::newRow("password12") << u"password12"_s << false;
        QTest::newRow("one letter") << u"xxxxxxxxxxxxxxxxxxxxxxxx"_s << false;
        QTest::newRow("short") << u"Ab1!"_s << false;
    }
    void strengthEstimate()
    {
        QFETCH(QString, passphrase);
        QFETCH(bool, acceptable);
        const PassphraseStrength strength = PassphraseStrength::of(passphrase);
        QCOMPARE(strength.acceptable(), acceptable);
        QVERIFY(!strength.hint.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncPassphrase)
#include "TestSyncPassphrase.moc"
