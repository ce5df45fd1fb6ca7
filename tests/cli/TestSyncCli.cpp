// `safescan login`, `sync` and `status` against the real server, in a private D-Bus session with
// gnome-keyring (the session token and the sync key live there), and once without any keychain.
#include "ApiClient.h"
#include "CliRunner.h"
#include "ServerProcess.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

namespace {
const QString kPassword = u"cli-sync-password"_s;
bool keychainExpected()
{
    return qEnvironmentVariable("SAFESCAN_KEYCHAIN") != u"unavailable"_s;
}
} // namespace

class TestSyncCli : public QObject
{
    Q_OBJECT
private:
    ServerProcess m_server;
    std::unique_ptr<ApiClient> m_api;
    QTemporaryDir m_laptop;
    QTemporaryDir m_phone;

    CliRun run(const QTemporaryDir& dir, QStringList args, const QByteArray& input = {})
    {
        return runSafescan(args << u"--data-dir"_s << dir.path(), input);
    }
    CliRun login(const QTemporaryDir& dir, const QString& user, const QString& password)
    {
        return run(dir,
                   {u"login"_s, u"--server"_s, m_server.url(u""_s).toString(), u"--username"_s, user,
                    u"--password-stdin"_s},
                   password.toUtf8() + '\n');
    }
    QJsonObject json(const CliRun& r)
    {
        const QList<QJsonObject> lines = jsonLines(r.out);
        return lines.value(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_api = std::make_unique<ApiClient>(m_server);
        QVERIFY(m_api->addUser(u"carol"_s, u"user"_s, kPassword));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("login without server")
            << QStringList{u"login"_s, u"--username"_s, u"carol"_s, u"--password-stdin"_s} << 1
            << u"--server"_s;
        QTest::newRow("login with a bad URL")
            << QStringList{u"login"_s,      u"--server"_s, u"ftp://x"_s,
                           u"--username"_s, u"carol"_s,    u"--password-stdin"_s}
            << 1 << u"http"_s;
        QTest::newRow("login without --password-stdin")
            << QStringList{u"login"_s, u"--server"_s, u"http://127.0.0.1:1"_s, u"--username"_s, u"carol"_s}
            << 1 << u"password-stdin"_s;
        QTest::newRow("sync before login") << QStringList{u"sync"_s} << 2 << u"not signed in"_s;
        QTest::newRow("passphrase fd not a number")
            << QStringList{u"login"_s, u"--server"_s,         u"http://127.0.0.1:1"_s,   u"--username"_s,
                           u"carol"_s, u"--password-stdin"_s, u"--sync-passphrase-fd"_s, u"three"_s}
            << 1 << u"file descriptor"_s;
        QTest::newRow("passphrase fd 0 is stdin")
            << QStringList{u"login"_s, u"--server"_s,         u"http://127.0.0.1:1"_s,   u"--username"_s,
                           u"carol"_s, u"--password-stdin"_s, u"--sync-passphrase-fd"_s, u"0"_s}
            << 1 << u"stdin"_s;
        QTest::newRow("unknown option") << QStringList{u"status"_s, u"--bogus"_s} << 1 << u"bogus"_s;
    }

    void badUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir empty;
        const CliRun r = run(empty, args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

    void statusBeforeLogin()
    {
        QTemporaryDir empty;
        const CliRun r = run(empty, {u"status"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject status = json(r);
        QCOMPARE(status.value(u"account"_s).toString(), QString());
        QCOMPARE(status.value(u"outbox_depth"_s).toInt(), 0);
        QCOMPARE(status.value(u"api"_s).toString(), u"not signed in"_s);
    }

    void wrongPasswordIsRefused()
    {
        const CliRun r = login(m_laptop, u"carol"_s, u"not the password"_s);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("wrong user name or password"), r.err.constData());
    }

    void loginWithoutKeychainSaysSo()
    {
        if (keychainExpected())
            QSKIP("runs in the registration without a keychain");
        const CliRun r = login(m_laptop, u"carol"_s, kPassword);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("cannot be kept") && r.err.contains("keychain"), r.err.constData());
    }

    void twoDevicesSyncThroughTheCommands()
    {
        if (!keychainExpected())
            QSKIP("needs the keychain (with-keyring.sh)");
        // The laptop has two scans (imported), signs in and syncs with a new passphrase.
        QFile scans(m_laptop.filePath(u"scans.json"_s));
        QVERIFY(scans.open(QIODevice::WriteOnly));
        scans.write("[{\"content\": \"https://cli-sync.example/one\", \"scanned_at\": 1795000000000},\n"
                    " {\"content\": \"https://cli-sync.example/two\", \"scanned_at\": 1795000001000, "
                    "\"note\": \"n\"}]");
        scans.close();
        QCOMPARE(run(m_laptop, {u"import"_s, scans.fileName()}).exitCode, 0);
        CliRun r = login(m_laptop, u"carol"_s, kPassword);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Signed in"), r.out.constData());
        r = run(m_laptop, {u"sync"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--passphrase-stdin"), r.err.constData());
        r = run(m_laptop, {u"sync"_s, u"--passphrase-stdin"_s, u"--json"_s}, "laptop and phone\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject outcome = json(r);
        QCOMPARE(outcome.value(u"ok"_s).toBool(), true);
        QCOMPARE(outcome.value(u"pushed"_s).toInt(), 2);
        QCOMPARE(outcome.value(u"outbox_depth"_s).toInt(), 0);
        // The key stayed in the keychain: the next sync needs no passphrase.
        r = run(m_laptop, {u"sync"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("pushed 0"), r.out.constData());

        // The phone: a wrong passphrase is refused clearly and changes nothing; the right one pulls.
        QCOMPARE(login(m_phone, u"carol"_s, kPassword).exitCode, 0);
        r = run(m_phone, {u"sync"_s, u"--passphrase-stdin"_s, u"--json"_s}, "laptop and tablet\n");
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(json(r).value(u"error"_s).toString(), u"wrong_passphrase"_s);
        QVERIFY2(r.err.contains("passphrase"), r.err.constData());
        QCOMPARE(jsonLines(run(m_phone, {u"history"_s, u"--json"_s}).out).size(), 0);
        r = run(m_phone, {u"sync"_s}); // the wrong key was not kept
        QCOMPARE(r.exitCode, 2);
        r = run(m_phone, {u"sync"_s, u"--passphrase-stdin"_s, u"--json"_s}, "laptop and phone\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(json(r).value(u"pulled"_s).toInt(), 2);
        const QList<QJsonObject> history = jsonLines(run(m_phone, {u"history"_s, u"--json"_s}).out);
        QCOMPARE(history.size(), 2);
        QStringList contents;
        for (const QJsonObject& scan : history)
            contents.append(scan.value(u"content"_s).toString());
        contents.sort();
        QCOMPARE(contents,
                 (QStringList{u"https://cli-sync.example/one"_s, u"https://cli-sync.example/two"_s}));

        r = run(m_phone, {u"status"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject status = json(r);
        QCOMPARE(status.value(u"account"_s).toString(), u"carol"_s);
        QCOMPARE(status.value(u"server"_s).toString(), m_server.url(u""_s).toString());
        QCOMPARE(status.value(u"outbox_depth"_s).toInt(), 0);
        QVERIFY(!status.value(u"last_sync"_s).toString().isEmpty());
        QCOMPARE(status.value(u"api"_s).toString(), u"online"_s);
        QCOMPARE(status.value(u"signed_in"_s).toBool(), true);
        QCOMPARE(status.value(u"sync_key"_s).toBool(), true);
        r = run(m_phone, {u"status"_s});
        QVERIFY2(r.out.contains("Outbox:       0 waiting") && r.out.contains("carol"), r.out.constData());
    }

    // `login --sync-passphrase-fd N`: the passphrase comes on a pipe (never argv or the
    // environment); the key is kept and the first sync checks it. A wrong one is refused by that
    // sync, which drops it; a closed descriptor is an error before anything is stored.
    void loginWithPassphraseOnAFileDescriptor()
    {
        if (!keychainExpected())
            QSKIP("needs the keychain (with-keyring.sh)");
        QVERIFY(m_api->addUser(u"dave"_s, u"user"_s, kPassword));
        QTemporaryDir first;
        QTemporaryDir second;
        const QStringList login{
            u"login"_s,     u"--server"_s,         m_server.url(u""_s).toString(), u"--username"_s,
            u"dave"_s,      u"--password-stdin"_s, u"--sync-passphrase-fd"_s,      u"3"_s,
            u"--data-dir"_s};
        // A descriptor that is not open (97: nothing here opens that many files).
        QStringList closed = login;
        closed[closed.indexOf(u"3"_s)] = u"97"_s;
        CliRun r = runSafescan(closed << first.path(), kPassword.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("file descriptor 97 is not open"), r.err.constData());

        r = runSafescanWithFd(QStringList(login) << first.path(), kPassword.toUtf8() + '\n', 3,
                              "dave's fd passphrase\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("History sync is on"), r.out.constData());
        QCOMPARE(json(run(first, {u"status"_s, u"--json"_s})).value(u"sync_key"_s).toBool(), true);
        QFile scans(first.filePath(u"scans.json"_s));
        QVERIFY(scans.open(QIODevice::WriteOnly));
        scans.write("[{\"content\": \"https://fd-passphrase.example/\", \"scanned_at\": 1795000000000}]");
        scans.close();
        QCOMPARE(run(first, {u"import"_s, scans.fileName()}).exitCode, 0);
        r = run(first, {u"sync"_s, u"--json"_s}); // no passphrase needed: login kept the key
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(json(r).value(u"pushed"_s).toInt(), 1);

        // The second device's login carries a wrong passphrase: its first sync says so, pushes
        // nothing and forgets the key.
        r = runSafescanWithFd(QStringList(login) << second.path(), kPassword.toUtf8() + '\n', 3,
                              "not dave's passphrase\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = run(second, {u"sync"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(json(r).value(u"error"_s).toString(), u"wrong_passphrase"_s);
        QCOMPARE(json(run(second, {u"status"_s, u"--json"_s})).value(u"sync_key"_s).toBool(), false);
        r = runSafescanWithFd(QStringList(login) << second.path(), kPassword.toUtf8() + '\n', 3,
                              "dave's fd passphrase\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = run(second, {u"sync"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(json(r).value(u"pulled"_s).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "TestSyncCli.moc"
