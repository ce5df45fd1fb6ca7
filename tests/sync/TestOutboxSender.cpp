// OutboxSender against the real safescan-server (port 0) behind a FaultProxy: a vote and a report
// made while the server is down stay in the outbox (counted in its depth) and reach the server
// exactly once when it is back, without anyone asking; a report whose answer is lost on the way
// back is sent again and still stored once (its request id); a report the server refuses for good
// leaves the outbox.
#include "ApiClient.h"
#include "FaultProxy.h"
#include "ServerProcess.h"
#include "api/ApiExecutor.h"
#include "base/Clock.h"
#include "base/Scheduler.h"
#include "community/RatingService.h"
#include "localdata/ContentHash.h"
#include "localdata/RatingCache.h"
#include "localdata/VoteRepository.h"
#include "store/ClientSchema.h"
#include "store/Database.h"
#include "sync/OutboxSender.h"
#include "sync/SyncState.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

namespace {

// A port nothing listens on (bound, then released).
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestOutboxSender : public QObject
{
    Q_OBJECT
private:
    ServerProcess m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    QTemporaryDir m_dir;
    SystemClock m_clock;
    TimerScheduler m_scheduler;
    QNetworkAccessManager m_network;
    QString m_token;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ApiExecutor> m_executor;
    std::unique_ptr<RatingCache> m_cache;
    std::unique_ptr<VoteRepository> m_votes;
    std::unique_ptr<RatingService> m_ratings;
    std::unique_ptr<OutboxSender> m_sender;

    ApiContext context()
    {
        ApiContext c;
        c.network = &m_network;
        c.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(m_proxy->port()));
        c.token = [this] { return m_token; };
        c.clock = &m_clock;
        c.scheduler = &m_scheduler;
        c.timeoutMs = 5'000;
        return c;
    }
    // Rows of `table` on the server about `hash`.
    int serverRows(const QString& table, const QString& hash)
    {
        int rows = -1;
        {
            QSqlDatabase db = m_server.openDatabase(u"inspect"_s);
            QSqlQuery query(db);
            query.prepare(u"SELECT COUNT(*) FROM %1 WHERE item_hash = ?"_s.arg(table));
            query.addBindValue(hash);
            if (query.exec() && query.next())
                rows = query.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(u"inspect"_s);
        return rows;
    }
    qint64 depth() { return SyncState(*m_db).outboxDepth(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_token = ApiClient(m_server).registerDevice();
        QVERIFY(!m_token.isEmpty());
        m_proxy = std::make_unique<FaultProxy>(m_server.port(), 20261122);
        QVERIFY(m_proxy->listen());
        m_db = std::make_unique<Database>(m_dir.filePath(u"client.sqlite"_s), m_clock, clientSchema());
        QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
        ApiExecutor::Options options;
        options.retry.baseDelayMs = 10;
        options.retry.maxDelayMs = 50;
        options.retry.maxAttempts = 3;
        options.breaker.openMs = 100;
        m_executor = std::make_unique<ApiExecutor>(Service::Api, m_clock, m_scheduler, options);
        m_cache = std::make_unique<RatingCache>(*m_db, m_clock);
        m_votes = std::make_unique<VoteRepository>(*m_db, m_clock);
        m_ratings = std::make_unique<RatingService>(*m_executor, context(), *m_cache, *m_votes);
        OutboxSender::Options senderOptions;
        senderOptions.retryMs = 300;
        m_sender = std::make_unique<OutboxSender>(*m_db, *m_votes, *m_executor, context(), senderOptions);
    }

    void cleanupTestCase()
    {
        m_sender.reset();
        m_ratings.reset();
        m_executor.reset();
        m_db.reset();
        m_server.stop();
    }

    void offlineVoteAndReportArriveOnceWhenTheServerIsBack()
    {
        const QString hash = ContentHash::ofCanonicalContent(u"https://offline-outbox.example/"_s);
        // The server goes down.
        QVERIFY(m_server.stop());
        m_proxy->setTargetPort(closedPort());

        std::optional<VoteResult> vote;
        m_ratings->vote(hash, Vote::Unsafe, this, [&vote](const VoteResult& r) { vote = r; });
        QTRY_VERIFY_WITH_TIMEOUT(vote.has_value(), 20'000);
        QVERIFY(vote->recorded);
        QVERIFY(!vote->sent);
        std::optional<ReportResult> report;
        m_sender->report(hash, u"phishing"_s, u"asks for a bank password"_s, std::nullopt, this,
                         [&report](const ReportResult& r) { report = r; });
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 20'000);
        QVERIFY(report->queued);
        QVERIFY(!report->sent);
        QCOMPARE(depth(), 2); // the vote's row and the report's
        QCOMPARE(m_sender->pendingCount(), 2);

        // The server comes back (on another port, same database): nobody asks, the retry sends.
        QSignalSpy flushed(m_sender.get(), &OutboxSender::flushed);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_proxy->setTargetPort(m_server.port());
        QTRY_COMPARE_WITH_TIMEOUT(depth(), 0, 30'000);
        QVERIFY(!flushed.isEmpty());
        QCOMPARE(serverRows(u"votes"_s, hash), 1);
        QCOMPARE(serverRows(u"reports"_s, hash), 1);
        QVERIFY(m_votes->vote(hash)->synced);

        // Another flush sends nothing again.
        flushed.clear();
        m_sender->flush();
        QTRY_COMPARE(flushed.size(), 1);
        QCOMPARE(flushed.first().first().value<OutboxSendCounts>().reports, 0);
        QCOMPARE(serverRows(u"reports"_s, hash), 1);
        QCOMPARE(serverRows(u"votes"_s, hash), 1);
    }

    void voteAloneIsSentWhenTheServerIsBack()
    {
        const QString hash = ContentHash::ofCanonicalContent(u"https://vote-alone.example/"_s);
        QVERIFY(m_server.stop());
        m_proxy->setTargetPort(closedPort());
        std::optional<VoteResult> vote;
        m_ratings->vote(hash, Vote::Safe, this, [&vote](const VoteResult& r) { vote = r; });
        QTRY_VERIFY_WITH_TIMEOUT(vote.has_value(), 20'000);
        QVERIFY(vote->recorded && !vote->sent);
        QCOMPARE(depth(), 1);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_proxy->setTargetPort(m_server.port());
        QTRY_COMPARE_WITH_TIMEOUT(depth(), 0, 30'000); // nobody called flush()
        QCOMPARE(serverRows(u"votes"_s, hash), 1);
    }

    void lostAnswerStillStoresOneReport()
    {
        const QString hash = ContentHash::ofCanonicalContent(u"https://lost-answer.example/"_s);
        // Every answer is cut after the server acted, until the test lets one through.
        m_proxy->setFaults({FaultProxy::Fault::CutResponse});
        m_proxy->setFaultRate(1.0);
        std::optional<ReportResult> report;
        m_sender->report(hash, u"scam"_s, {}, u"https://lost-answer.example/"_s, this,
                         [&report](const ReportResult& r) { report = r; });
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 20'000);
        QVERIFY(report->queued);
        QVERIFY(!report->sent);
        QVERIFY(m_proxy->injected(FaultProxy::Fault::CutResponse) >= 1);
        QCOMPARE(serverRows(u"reports"_s, hash), 1); // the server has it; the client does not know
        QCOMPARE(depth(), 1);
        m_proxy->setFaultRate(0.0);
        QTRY_COMPARE_WITH_TIMEOUT(depth(), 0, 30'000);
        QCOMPARE(serverRows(u"reports"_s, hash), 1);
    }

    void refusedReportLeavesTheOutbox()
    {
        // A hash the client accepts but the server would not is impossible, so: a report row whose
        // reason the server refuses (an older client's row, a damaged body).
        const QString hash = ContentHash::ofCanonicalContent(u"https://refused.example/"_s);
        CommunityOutbox outbox(*m_db, m_clock);
        QVERIFY(outbox.queueReport(hash, u"ugly"_s, {}, std::nullopt).outboxId > 0);
        QSignalSpy flushed(m_sender.get(), &OutboxSender::flushed);
        m_sender->flush();
        QTRY_COMPARE(flushed.size(), 1);
        QCOMPARE(flushed.first().at(1).toBool(), true);
        QCOMPARE(flushed.first().first().value<OutboxSendCounts>().dropped, 1);
        QCOMPARE(depth(), 0);
        QCOMPARE(serverRows(u"reports"_s, hash), 0);
    }
};

QTEST_GUILESS_MAIN(TestOutboxSender)
#include "TestOutboxSender.moc"
