// The seeded fault campaign of issue #6: two devices of one account change their history (scan,
// note, pin, delete) and sync through a FaultProxy that drops, delays, cuts, garbles and black-holes
// connections. After the faults stop and each device syncs, both hold the same history, the server
// answered "applied" at most once per (client id, mutation id) (a re-sent mutation is answered as a
// duplicate), nothing is left in either outbox, and no scanned content is in any server table.
#include "ApiClient.h"
#include "FaultProxy.h"
#include "ServerProcess.h"
#include "SyncDevice.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

namespace {
const QString kPassword = u"campaign-password"_s;
constexpr int kRounds = 8;
constexpr double kFaultRate = 0.3;
constexpr qint64 kRequestTimeoutMs = 1'000; // what a black hole costs per attempt
} // namespace

class TestSyncCampaign : public QObject
{
    Q_OBJECT
private:
    ServerProcess m_server;
    std::unique_ptr<ApiClient> m_api;
    ManualClock m_clock{1000, 1'795'000'000'000};
    // Totals over all seeds, printed at the end.
    int m_runs = 0;
    int m_mutations = 0;
    int m_applied = 0;
    int m_duplicates = 0;
    int m_failedSyncs = 0;
    std::array<int, FaultProxy::FaultKinds> m_faults{};

    void changeSomething(SyncDevice& device, QRandomGenerator& random, int seed, int round, int& saved)
    {
        const QList<qint64> live = device.liveIds();
        const quint32 op = live.isEmpty() ? 0 : random.bounded(10u);
        m_clock.advance(qint64(random.bounded(3u))); // 0: a tie with the other device's last change
        if (op < 4) {
            device.save(u"https://campaign.example/%1/%2/%3"_s.arg(seed).arg(round).arg(++saved));
            return;
        }
        const qint64 id = live.at(qsizetype(random.bounded(quint32(live.size()))));
        if (op < 6)
            device.history().setNote(id, u"campaign-note %1-%2"_s.arg(round).arg(random.bounded(1000u)));
        else if (op < 8)
            device.history().setPinned(id, random.bounded(2u) == 1);
        else
            device.history().remove(id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_api = std::make_unique<ApiClient>(m_server);
    }

    void devicesConvergeThroughFaults_data()
    {
        QTest::addColumn<int>("seed");
        // Five seeds in CI; scripts/crash runs long campaigns with SAFESCAN_SYNC_CAMPAIGN_SEEDS=N.
        const int seeds = std::max(1, qEnvironmentVariableIsSet("SAFESCAN_SYNC_CAMPAIGN_SEEDS")
                                          ? qEnvironmentVariableIntValue("SAFESCAN_SYNC_CAMPAIGN_SEEDS")
                                          : 5);
        for (int seed = 1; seed <= seeds; ++seed)
            QTest::addRow("seed %d", seed) << seed;
    }

    void devicesConvergeThroughFaults()
    {
        QFETCH(int, seed);
        const QString user = u"campaign-%1"_s.arg(seed);
        QVERIFY(m_api->addUser(user, u"user"_s, kPassword));
        const QString token = m_api->login(user, kPassword);
        QVERIFY(!token.isEmpty());
        FaultProxy proxy(m_server.port(), quint32(seed));
        QVERIFY(proxy.listen());
        const QUrl url(u"http://127.0.0.1:%1"_s.arg(proxy.port()));
        SyncDevice a(m_clock, url, user, token, kRequestTimeoutMs);
        SyncDevice b(m_clock, url, user, token, kRequestTimeoutMs);
        a.setPassphrase("campaign passphrase");
        b.setPassphrase("campaign passphrase");

        // Every answer of the server, per (client id, mutation id).
        QHash<QString, int> applied;
        int duplicates = 0;
        for (SyncDevice* device : {&a, &b}) {
            connect(&device->engine(), &SyncEngine::pushAnswered, this,
                    [&](const QString& client, const SyncPushOutcome& outcome) {
                        for (const qint64 id : outcome.applied)
                            ++applied[client + u'/' + QString::number(id)];
                        duplicates += int(outcome.duplicates.size());
                    });
        }

        QRandomGenerator random(quint32(seed) * 7919u);
        proxy.setFaultRate(kFaultRate);
        int saved = 0;
        int failed = 0;
        int changes = 0;
        for (int round = 0; round < kRounds; ++round) {
            for (SyncDevice* device : {&a, &b}) {
                const int count = 1 + int(random.bounded(3u));
                for (int i = 0; i < count; ++i, ++changes)
                    changeSomething(*device, random, seed, round, saved);
                if (!device->sync(60'000))
                    ++failed;
            }
        }

        // The faults stop; each device syncs until both are quiet.
        proxy.setFaultRate(0);
        bool quiet = false;
        for (int attempt = 0; attempt < 4 && !quiet; ++attempt) {
            const bool ok = a.sync() && b.sync() && a.sync();
            quiet = ok && a.outboxDepth() == 0 && b.outboxDepth() == 0;
        }
        QVERIFY2(quiet,
                 qPrintable(a.engine().lastError().message + u" / "_s + b.engine().lastError().message));
        QCOMPARE(a.snapshot(), b.snapshot());
        QVERIFY(!a.snapshot().isEmpty());

        for (auto it = applied.cbegin(); it != applied.cend(); ++it)
            QVERIFY2(it.value() == 1,
                     qPrintable(u"mutation %1 applied %2 times"_s.arg(it.key()).arg(it.value())));

        const QByteArray dump = m_server.databaseDump();
        QVERIFY(!dump.contains("campaign.example"));
        QVERIFY(!dump.contains("campaign-note"));

        ++m_runs;
        m_mutations += changes;
        m_applied += int(applied.size());
        m_duplicates += duplicates;
        m_failedSyncs += failed;
        for (int kind = 1; kind < FaultProxy::FaultKinds; ++kind)
            m_faults[size_t(kind)] += proxy.injected(FaultProxy::Fault(kind));
        qInfo("seed %d: %d local changes, %d mutations applied once each, %d answered as duplicates, "
              "%d faults injected, %d of %d syncs failed under faults, %lld records in the end",
              seed, changes, int(applied.size()), duplicates, proxy.injectedTotal(), failed, 2 * kRounds,
              qint64(a.snapshot().size()));
    }

    void cleanupTestCase()
    {
        QStringList faults;
        int total = 0;
        for (int kind = 1; kind < FaultProxy::FaultKinds; ++kind) {
            faults.append(u"%1 %2"_s.arg(QString::fromLatin1(FaultProxy::faultName(FaultProxy::Fault(kind))))
                              .arg(m_faults[size_t(kind)]));
            total += m_faults[size_t(kind)];
        }
        qInfo("campaign: %d seeded runs, %d local changes, %d mutations applied exactly once, %d duplicates "
              "answered, %d syncs failed under faults, %d faults injected (%s)",
              m_runs, m_mutations, m_applied, m_duplicates, m_failedSyncs, total,
              qPrintable(faults.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestSyncCampaign)
#include "TestSyncCampaign.moc"
