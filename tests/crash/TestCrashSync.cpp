// SIGKILL of the client between writing a change and syncing it: the real CLI talks to the real
// server through a FaultProxy (in this process), is killed at the moment its request is swallowed
// (never reached the server) or its answer is cut (the server acted, the client never heard),
// and the next `safescan sync` delivers the change exactly once. Runs in a private D-Bus session
// with gnome-keyring (tests/credentials/with-keyring.sh): the session token and the sync key of
// the killed process must survive it.
#include "ApiClient.h"
#include "FaultProxy.h"
#include "ServerProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <functional>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

namespace {

const QString kPassword = u"crash-sync-password"_s;
const QByteArray kPassphrase = "crash sync passphrase\n";

struct Run
{
    int exitCode = -1; // -1: killed or crashed
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object(); }
};

} // namespace

class TestCrashSync : public QObject
{
    Q_OBJECT
private:
    ServerProcess m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<FaultProxy> m_proxy;
    QTemporaryDir m_data;
    QString m_session;
    const QString m_voteHash = ApiClient::sha256Hex(u"https://crash-vote.example/"_s);

    QString proxyUrl() const { return u"http://127.0.0.1:%1"_s.arg(m_proxy->port()); }

    // Runs the CLI with the event loop turning (the proxy lives in this process). `killWhen` is
    // polled: once true, the CLI gets SIGKILL. `passphraseFd3` goes to its file descriptor 3.
    Run cli(QStringList args, const QByteArray& input = {}, const std::function<bool()>& killWhen = {},
            const QByteArray& passphraseFd3 = {})
    {
        args << u"--data-dir"_s << m_data.path();
        QProcess process;
        int ends[2] = {-1, -1};
        if (!passphraseFd3.isEmpty()) {
            if (pipe2(ends, O_CLOEXEC) != 0 || write(ends[1], passphraseFd3.constData(),
                                                     size_t(passphraseFd3.size())) != passphraseFd3.size())
                qFatal("cannot make the passphrase pipe");
            close(ends[1]);
            const int readEnd = ends[0];
            process.setChildProcessModifier([readEnd] { dup2(readEnd, 3); });
        }
        process.start(QStringLiteral(SAFESCAN_BINARY), args);
        process.write(input);
        process.closeWriteChannel();
        bool killed = false;
        const bool ended = QTest::qWaitFor(
            [&] {
                if (!killed && killWhen && killWhen()) {
                    ::kill(pid_t(process.processId()), SIGKILL);
                    killed = true;
                }
                return process.state() == QProcess::NotRunning;
            },
            120'000);
        if (!ended)
            qWarning() << "the CLI did not end within 120 s:" << args;
        if (ends[0] >= 0)
            close(ends[0]);
        Run run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
        if (killed)
            run.exitCode = -1;
        return run;
    }
    int serverVotes(const QString& hash)
    {
        int rows = -1;
        {
            QSqlDatabase db = m_server.openDatabase(u"inspect"_s);
            QSqlQuery query(db);
            query.prepare(u"SELECT COUNT(*) FROM votes WHERE item_hash = ?"_s);
            query.addBindValue(hash);
            if (query.exec() && query.next())
                rows = query.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(u"inspect"_s);
        return rows;
    }
    // The account's live synced records (the key check included).
    int serverRecords()
    {
        const ApiReply reply = m_api->send("GET", u"/v1/sync/pull?cursor=0&limit=1000"_s, {}, m_session);
        int live = 0;
        for (const QJsonValue& change : reply.json.value(u"changes"_s).toArray())
            live += change.toObject().value(u"deleted"_s).toBool() ? 0 : 1;
        return live;
    }
    int outboxDepth() { return cli({u"status"_s, u"--json"_s}).json().value(u"outbox_depth"_s).toInt(-1); }
    void blackHole(FaultProxy::Fault fault)
    {
        m_proxy->setFaults({fault});
        m_proxy->setFaultRate(1.0);
    }
    void heal() { m_proxy->setFaultRate(0.0); }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("SAFESCAN_KEYCHAIN") == u"unavailable"_s)
            QSKIP("needs the keychain (with-keyring.sh)");
        QVERIFY2(
            m_server.start(u"--vote-limit 999 --spam-rapid-votes 999 --spam-item-repeats 999"_s.split(u' ')),
            qPrintable(m_server.errorString()));
        m_api = std::make_unique<ApiClient>(m_server);
        QVERIFY(m_api->addUser(u"erin"_s, u"user"_s, kPassword));
        m_session = m_api->login(u"erin"_s, kPassword);
        m_proxy = std::make_unique<FaultProxy>(m_server.port(), 20261122);
        QVERIFY(m_proxy->listen());
        // Signed in, with the sync passphrase on descriptor 3; one vote registers the device.
        Run r = cli({u"login"_s, u"--server"_s, proxyUrl(), u"--username"_s, u"erin"_s, u"--password-stdin"_s,
                     u"--sync-passphrase-fd"_s, u"3"_s},
                    kPassword.toUtf8() + '\n', {}, kPassphrase);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({u"vote"_s, u"--server"_s, proxyUrl(), u"--safe"_s, u"https://register-device.example/"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({u"sync"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(outboxDepth(), 0);
    }

    // The vote's request never reached the server when the CLI died.
    void voteKilledBeforeItReachedTheServer()
    {
        const QString hash = ApiClient::sha256Hex(u"https://never-reached.example/"_s);
        blackHole(FaultProxy::Fault::BlackHole);
        const int swallowed = m_proxy->injected(FaultProxy::Fault::BlackHole);
        const Run killed = cli({u"vote"_s, u"--server"_s, proxyUrl(), u"--unsafe"_s, u"--hash"_s, hash}, {},
                               [&] { return m_proxy->injected(FaultProxy::Fault::BlackHole) > swallowed; });
        QCOMPARE(killed.exitCode, -1);
        heal();
        QCOMPARE(serverVotes(hash), 0);
        QCOMPARE(outboxDepth(), 1);
        const Run synced = cli({u"sync"_s, u"--json"_s});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QCOMPARE(synced.json().value(u"votes_sent"_s).toInt(), 1);
        QCOMPARE(serverVotes(hash), 1);
        QCOMPARE(outboxDepth(), 0);
        QCOMPARE(cli({u"sync"_s, u"--json"_s}).json().value(u"votes_sent"_s).toInt(), 0);
        QCOMPARE(serverVotes(hash), 1);
    }

    // The server stored the vote; the CLI died before it heard so. Sent again, still one vote.
    void voteKilledAfterTheServerActed()
    {
        blackHole(FaultProxy::Fault::CutResponse);
        // Killed once the server holds the vote: every answer is cut, so the CLI never heard.
        const Run killed = cli({u"vote"_s, u"--server"_s, proxyUrl(), u"--unsafe"_s, u"--hash"_s, m_voteHash},
                               {}, [&] { return serverVotes(m_voteHash) == 1; });
        QCOMPARE(killed.exitCode, -1);
        heal();
        QCOMPARE(serverVotes(m_voteHash), 1);
        QCOMPARE(outboxDepth(), 1); // the client does not know
        const Run synced = cli({u"sync"_s, u"--json"_s});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QCOMPARE(synced.json().value(u"votes_sent"_s).toInt(), 1);
        QCOMPARE(serverVotes(m_voteHash), 1);
        QCOMPARE(outboxDepth(), 0);
    }

    // A history change pushed by a sync whose answer was cut when the CLI died: the next sync
    // sends it again and the server applies it once (its mutation id).
    void historyPushKilledAfterTheServerApplied()
    {
        const int before = serverRecords();
        const int depth = outboxDepth();
        QFile scans(m_data.filePath(u"scan.json"_s));
        QVERIFY(scans.open(QIODevice::WriteOnly));
        scans.write("[{\"content\": \"https://crash-history.example/\", \"scanned_at\": 1795000000000}]");
        scans.close();
        QCOMPARE(cli({u"import"_s, scans.fileName()}).exitCode, 0);
        QCOMPARE(outboxDepth(), depth + 1);
        blackHole(FaultProxy::Fault::CutResponse);
        // The key is verified, so the sync's first request is the push: killed once the server
        // applied it (the answer is cut, the CLI never heard).
        const Run killed = cli({u"sync"_s, u"--json"_s}, {}, [&] { return serverRecords() == before + 1; });
        QCOMPARE(killed.exitCode, -1);
        heal();
        QCOMPARE(outboxDepth(), depth + 1);
        const Run synced = cli({u"sync"_s, u"--json"_s});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QVERIFY(synced.json().value(u"duplicates"_s).toInt() >= 1); // the server had it already
        QCOMPARE(outboxDepth(), 0);
        QCOMPARE(serverRecords(), before + 1);
        const Run again = cli({u"sync"_s, u"--json"_s});
        QCOMPARE(again.json().value(u"pushed"_s).toInt(), 0);
        QCOMPARE(serverRecords(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestCrashSync)
#include "TestCrashSync.moc"
