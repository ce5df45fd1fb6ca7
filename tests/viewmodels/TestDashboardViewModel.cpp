// DashboardViewModel: the four stats requests per refresh, states, errors in words, parameters,
// live refresh only while active (manual scheduler) and CSV of the data shown.
#include "FakeNetwork.h"
#include "ManualClock.h"
#include "ManualScheduler.h"
#include "StatsFakeServer.h"
#include "api/ApiExecutor.h"
#include "viewmodels/DashboardViewModel.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

namespace {
// 2026-11-19 10:00 UTC
constexpr qint64 kNow = 1'795'046'400'000 + 10LL * 60 * 60 * 1000;

struct Fixture
{
    ManualClock clock{1000, kNow};
    ManualScheduler scheduler{clock};
    FakeNetwork network;
    StatsFakeServer server;
    std::unique_ptr<ApiExecutor> executor;
    std::unique_ptr<DashboardViewModel> model;

    Fixture()
    {
        ApiExecutor::Options options;
        options.retry.maxAttempts = 1;
        executor = std::make_unique<ApiExecutor>(Service::Analytics, clock, scheduler, options);
        network.setHandler([this](const FakeRequest& request) { return server.answer(request); });
        ApiContext context;
        context.network = &network;
        context.baseUrl = QUrl(u"https://stats.example/"_s);
        context.token = [] { return u"session-token"_s; };
        context.clock = &clock;
        context.scheduler = &scheduler;
        model = std::make_unique<DashboardViewModel>(*executor, context, clock, scheduler);
    }
    bool settle()
    {
        return QTest::qWaitFor([this] { return model->state() != DashboardViewModel::State::Loading; }, 5000);
    }
};
} // namespace

class TestDashboardViewModel : public QObject
{
    Q_OBJECT

private slots:
    void defaultsToTheLastThirtyDays();
    void refreshLoadsEverything();
    void parametersReachTheServer();
    void errorsInWords_data();
    void errorsInWords();
    void partialFailureKeepsTheRest();
    void newerRefreshWins();
    void liveRefreshOnlyWhileActive();
    void csvOfTheShownData();
    void csvExportFailsClearly();
};

void TestDashboardViewModel::defaultsToTheLastThirtyDays()
{
    Fixture f;
    QCOMPARE(f.model->filter().to, QDate(2026, 11, 19));
    QCOMPARE(f.model->filter().from, QDate(2026, 10, 21));
    QCOMPARE(f.model->state(), DashboardViewModel::State::Idle);
    QCOMPARE(f.model->compare(), true);
    QCOMPARE(f.network.requests().size(), 0); // nothing is asked before it is shown
}

void TestDashboardViewModel::refreshLoadsEverything()
{
    Fixture f;
    QSignalSpy states(f.model.get(), &DashboardViewModel::stateChanged);
    QSignalSpy data(f.model.get(), &DashboardViewModel::dataChanged);
    f.model->refresh();
    QCOMPARE(f.model->state(), DashboardViewModel::State::Loading);
    QVERIFY(f.settle());
    QCOMPARE(f.model->state(), DashboardViewModel::State::Ready);
    QCOMPARE(f.model->errorMessage(), QString());
    QCOMPARE(data.count(), 1);
    QCOMPARE(states.count(), 2);
    QCOMPARE(f.network.requests().size(), 4);
    QCOMPARE(f.model->timeseries().points.size(), 30);
    QCOMPARE(f.model->timeseries().previous.size(), 30);
    QCOMPARE(f.model->timeseries().points.first().value, 10.0);
    QCOMPARE(f.model->distribution().values.size(), 2);
    QCOMPARE(f.model->top().items.size(), 1);
    QCOMPARE(f.model->summary().eventsTotal, 1234);
    QCOMPARE(f.model->lastUpdatedEpochMs(), f.clock.epochMs());
    for (const FakeRequest& request : f.network.requests())
        QCOMPARE(request.authorization, QByteArray("Bearer session-token"));
}

void TestDashboardViewModel::parametersReachTheServer()
{
    Fixture f;
    f.model->setActive(true);
    QVERIFY(f.settle());
    const qsizetype before = f.network.requests().size();
    StatsFilter filter;
    filter.from = QDate(2026, 11, 1);
    filter.to = QDate(2026, 11, 7);
    filter.payloadType = u"wifi"_s;
    filter.source = u"camera"_s;
    f.model->setFilter(filter); // active: refreshes at once
    QVERIFY(f.settle());
    f.model->setMetric(u"sync_errors"_s);
    f.model->setMetric(u"not_a_metric"_s); // ignored
    f.model->setCompare(false);
    f.model->setDimension(u"source"_s);
    f.model->setTopList(u"most_disputed"_s);
    f.model->setTopLimit(500); // clamped to 100
    f.model->setBucket(u"hour"_s);
    QVERIFY(f.settle());
    QCOMPARE(f.model->metric(), u"sync_errors"_s);
    QCOMPARE(f.model->topLimit(), 100);
    QCOMPARE(f.model->timeseries().metric, u"sync_errors"_s);
    QVERIFY(f.model->timeseries().previous.isEmpty());
    QCOMPARE(f.model->timeseries().points.size(), 7);
    QCOMPARE(f.model->distribution().dimension, u"source"_s);
    QVERIFY(f.network.requests().size() > before);
    const QList<FakeRequest>& all = f.network.requests();
    QUrlQuery series;
    QUrlQuery top;
    for (const FakeRequest& request : all) {
        if (request.url.path().endsWith(u"/timeseries"_s))
            series = QUrlQuery(request.url);
        if (request.url.path().endsWith(u"/top"_s))
            top = QUrlQuery(request.url);
    }
    QCOMPARE(series.queryItemValue(u"metric"_s), u"sync_errors"_s);
    QCOMPARE(series.queryItemValue(u"bucket"_s), u"hour"_s);
    QCOMPARE(series.queryItemValue(u"payload_type"_s), u"wifi"_s);
    QCOMPARE(series.queryItemValue(u"source"_s), u"camera"_s);
    QCOMPARE(series.queryItemValue(u"from"_s), u"2026-11-01"_s);
    QVERIFY(!series.hasQueryItem(u"compare"_s));
    QCOMPARE(top.queryItemValue(u"list"_s), u"most_disputed"_s);
    QCOMPARE(top.queryItemValue(u"limit"_s), u"100"_s);
}

void TestDashboardViewModel::errorsInWords_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("words");
    QTest::newRow("403") << 403 << u"analyst role"_s;
    QTest::newRow("401") << 401 << u"sign in again"_s;
    QTest::newRow("500") << 500 << u"HTTP 500"_s;
    QTest::newRow("offline") << 0 << u"cannot be reached"_s;
}

void TestDashboardViewModel::errorsInWords()
{
    QFETCH(int, status);
    QFETCH(QString, words);
    Fixture f;
    if (status)
        f.server.failStatus = status;
    else
        f.network.setHandler([](const FakeRequest&) {
            return FakeResponse::networkError(QNetworkReply::ConnectionRefusedError);
        });
    f.model->refresh();
    QVERIFY(f.settle());
    QCOMPARE(f.model->state(), DashboardViewModel::State::Error);
    QVERIFY2(f.model->errorMessage().contains(words), qPrintable(f.model->errorMessage()));
    QVERIFY(f.model->timeseries().points.isEmpty());
}

void TestDashboardViewModel::partialFailureKeepsTheRest()
{
    Fixture f;
    f.server.failStatus = 403;
    f.server.failPath = u"/top"_s;
    f.model->refresh();
    QVERIFY(f.settle());
    QCOMPARE(f.model->state(), DashboardViewModel::State::Error);
    QVERIFY(f.model->top().items.isEmpty());
    QCOMPARE(f.model->timeseries().points.size(), 30);
    QCOMPARE(f.model->distribution().values.size(), 2);
}

void TestDashboardViewModel::newerRefreshWins()
{
    Fixture f;
    f.model->refresh();
    f.server.scale = 2; // answers to the second refresh differ
    f.model->refresh();
    QVERIFY(f.settle());
    QCOMPARE(f.model->state(), DashboardViewModel::State::Ready);
    QCOMPARE(f.model->timeseries().points.first().value, 20.0);
    QCOMPARE(f.model->distribution().values.first().count, 8);
}

void TestDashboardViewModel::liveRefreshOnlyWhileActive()
{
    Fixture f;
    f.model->setRefreshSeconds(15);
    f.model->setActive(true);
    QVERIFY(f.settle());
    QCOMPARE(f.server.requests, 4);
    QVERIFY(f.model->isRefreshPlanned());
    f.server.scale = 3;
    f.scheduler.advance(14'999);
    QCOMPARE(f.model->state(), DashboardViewModel::State::Ready);
    f.scheduler.advance(1);
    QCOMPARE(f.model->state(), DashboardViewModel::State::Loading);
    QVERIFY(f.settle());
    QCOMPARE(f.server.requests, 8);
    QCOMPARE(f.model->timeseries().points.first().value, 30.0);
    f.model->setActive(false); // hidden: no more requests
    QVERIFY(!f.model->isRefreshPlanned());
    f.scheduler.advance(600'000);
    QCoreApplication::processEvents();
    QCOMPARE(f.server.requests, 8);
    f.model->setActive(true); // shown again: refresh at once
    QVERIFY(f.settle());
    QCOMPARE(f.server.requests, 12);
    f.model->setRefreshSeconds(0); // off: only by hand
    QVERIFY(!f.model->isRefreshPlanned());
}

void TestDashboardViewModel::csvOfTheShownData()
{
    Fixture f;
    f.model->setDateRange(QDate(2026, 11, 1), QDate(2026, 11, 2));
    f.model->refresh();
    QVERIFY(f.settle());
    QCOMPARE(f.model->csv(DashboardViewModel::Dataset::TimeSeries),
             u"t,value,previous_t,previous_value\r\n"
             u"2026-11-01T00:00:00Z,10,2026-10-30T00:00:00Z,1\r\n"
             u"2026-11-02T00:00:00Z,11,2026-10-31T00:00:00Z,2\r\n"_s);
    QCOMPARE(f.model->csv(DashboardViewModel::Dataset::Distribution),
             u"key,count\r\ndangerous,4\r\nno_known_risk,90\r\n"_s);
    QCOMPARE(f.model->csv(DashboardViewModel::Dataset::TopList),
             u"hash,votes,safe,unsafe,verdict\r\n%1,9,4,5,disputed\r\n"_s.arg(QString(64, u'a')));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"series.csv"_s);
    QString error;
    QVERIFY2(f.model->exportCsv(DashboardViewModel::Dataset::TimeSeries, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), f.model->csv(DashboardViewModel::Dataset::TimeSeries));
}

void TestDashboardViewModel::csvExportFailsClearly()
{
    Fixture f;
    QString error;
    QVERIFY(
        !f.model->exportCsv(DashboardViewModel::Dataset::Distribution, u"/nonexistent-dir/x.csv"_s, &error));
    QVERIFY(error.contains(u"/nonexistent-dir/x.csv"_s));
}

QTEST_GUILESS_MAIN(TestDashboardViewModel)
#include "TestDashboardViewModel.moc"
