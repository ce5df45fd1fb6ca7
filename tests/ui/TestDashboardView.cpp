// The Dashboard view: the personal charts over the local history, the analysts' Community tab
// over a fake stats server (series, bars, top-N table), PNG and CSV export of each chart, live
// refresh only while the tab is on screen, and an accessible name on every control.
#include "ManualScheduler.h"
#include "StatsFakeServer.h"
#include "UiFixture.h"
#include "api/ApiExecutor.h"
#include "ui/ChartCard.h"
#include "ui/CommunityDashboardPanel.h"
#include "ui/DashboardView.h"
#include "ui/PersonalDashboardPanel.h"
#include "viewmodels/DashboardViewModel.h"
#include "viewmodels/ScanViewModel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QTabWidget>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

namespace {
QStringList unnamedControls(const QWidget* root)
{
    QStringList missing;
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        const bool control = qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QComboBox*>(w) ||
                             qobject_cast<const QAbstractItemView*>(w) ||
                             qobject_cast<const QAbstractSpinBox*>(w);
        bool inside = false;
        for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget())
            inside = inside || qobject_cast<const QAbstractItemView*>(p) ||
                     qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractSpinBox*>(p);
        if (control && !inside && w->accessibleName().trimmed().isEmpty())
            missing.append(QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName());
    }
    return missing;
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The analysts' view-model on a fake stats server.
struct Community
{
    ManualClock clock{1000, 1'795'046'400'000 + 10LL * 60 * 60 * 1000};
    ManualScheduler scheduler{clock};
    FakeNetwork network;
    StatsFakeServer server;
    ApiExecutor executor{Service::Analytics, clock, scheduler};
    std::unique_ptr<DashboardViewModel> model;

    Community()
    {
        network.setHandler([this](const FakeRequest& request) { return server.answer(request); });
        ApiContext context;
        context.network = &network;
        context.baseUrl = QUrl(u"https://stats.example/"_s);
        context.token = [] { return u"analyst-session"_s; };
        context.clock = &clock;
        context.scheduler = &scheduler;
        model = std::make_unique<DashboardViewModel>(executor, context, clock, scheduler);
    }
};
} // namespace

class TestDashboardView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void personalChartsShowTheHistoryAndExport()
    {
        UiFixture ui;
        QVERIFY(ui.open());
        for (const QString& text : {u"https://one.example"_s, u"https://two.example"_s, u"plain words"_s})
            QCOMPARE(ui.window->scanModel()->scanText(text, u"clipboard"_s), 1);
        QTest::keyClick(ui.window.get(), Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(ui.window->currentView(), MainWindow::DashboardPage);
        DashboardView* view = ui.window->dashboardView();
        QVERIFY(view->isVisible());
        QCOMPARE(view->tabs()->count(), 1); // no Community tab without the analyst role
        PersonalDashboardPanel* panel = view->personalPanel();
        QTRY_VERIFY(panel->statusText().contains(u"3 scan"_s));
        ChartCard* perDay = panel->card(PersonalDashboardPanel::PerDayChart);
        QCOMPARE(perDay->seriesNames(), (QStringList{u"This period"_s, u"Previous period"_s}));
        QCOMPARE(perDay->pointCount(0), 30);
        QVERIFY(perDay->chartView()->accessibleDescription().contains(u"total 3"_s));
        QCOMPARE(panel->card(PersonalDashboardPanel::TypeChart)->pointCount(0), 2); // url, text
        QCOMPARE(panel->card(PersonalDashboardPanel::SourceChart)->pointCount(0), 1);

        const QString png = ui.dir.filePath(u"per-day.png"_s);
        QString error;
        QVERIFY2(panel->exportPng(PersonalDashboardPanel::PerDayChart, png, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100 && image.height() > 100);
        const QString csv = ui.dir.filePath(u"types.csv"_s);
        QVERIFY2(panel->exportCsv(PersonalDashboardPanel::TypeChart, csv, &error), qPrintable(error));
        QCOMPARE(readText(csv), u"payload_type,count\r\ntext,1\r\nurl,2\r\n"_s);
        const QStringList missing = unnamedControls(view);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    }

    void communityTabShowsTheServersSeries()
    {
        UiFixture ui;
        QVERIFY(ui.open());
        Community community;
        DashboardView* view = ui.window->dashboardView();
        view->setCommunityModel(community.model.get());
        QCOMPARE(view->tabs()->count(), 2);
        QCOMPARE(community.server.requests, 0); // not shown yet: nothing asked
        ui.window->showView(MainWindow::DashboardPage);
        QVERIFY(view->showCommunity());
        QVERIFY(community.model->isActive());
        QTRY_COMPARE(community.model->state(), DashboardViewModel::State::Ready);
        CommunityDashboardPanel* panel = view->communityPanel();
        ChartCard* series = panel->card(CommunityDashboardPanel::TimeSeriesChart);
        QCOMPARE(series->seriesNames(), (QStringList{u"Scans"_s, u"Scans, previous period"_s}));
        QCOMPARE(series->pointCount(0), 30);
        QCOMPARE(series->pointCount(1), 30);
        QCOMPARE(panel->card(CommunityDashboardPanel::DistributionChart)->pointCount(0), 2);
        QCOMPARE(panel->topTable()->rowCount(), 1);
        // The hash is shortened on screen; the full one is in the tooltip and the CSV.
        QCOMPARE(panel->topTable()->item(0, 0)->text(), QString(12, u'a') + u"…"_s + QString(4, u'a'));
        QCOMPARE(panel->topTable()->item(0, 0)->toolTip(), QString(64, u'a'));
        QVERIFY(panel->statusText().startsWith(u"Updated"_s));

        const QString png = ui.dir.filePath(u"series.png"_s);
        QString error;
        QVERIFY2(panel->exportPng(CommunityDashboardPanel::TimeSeriesChart, png, &error), qPrintable(error));
        QVERIFY(!QImage(png).isNull());
        const QString csv = ui.dir.filePath(u"series.csv"_s);
        QVERIFY2(panel->exportCsv(DashboardViewModel::Dataset::TimeSeries, csv, &error), qPrintable(error));
        const QString text = readText(csv);
        QVERIFY(text.startsWith(u"t,value,previous_t,previous_value\r\n"_s));
        QCOMPARE(text.count(u"\r\n"_s), 31);

        // A filter from the combo box reaches the server.
        auto* metric = panel->findChild<QComboBox*>(u"metric"_s);
        QVERIFY(metric);
        QCOMPARE(metric->accessibleName(), u"Metric of the time series"_s);
        metric->setCurrentIndex(metric->findData(u"votes"_s));
        QTRY_COMPARE(community.model->state(), DashboardViewModel::State::Ready);
        QCOMPARE(community.model->timeseries().metric, u"votes"_s);
        QCOMPARE(series->seriesNames().first(), u"Votes"_s);

        // Hidden (another view): inactive, so no live refresh runs.
        ui.window->showView(MainWindow::ScanPage);
        QVERIFY(!community.model->isActive());
        const int asked = community.server.requests;
        community.scheduler.advance(10 * 60 * 1000);
        QCoreApplication::processEvents();
        QCOMPARE(community.server.requests, asked);

        const QStringList missing = unnamedControls(view);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    }

    void communityErrorIsShownInWords()
    {
        UiFixture ui;
        QVERIFY(ui.open());
        Community community;
        community.server.failStatus = 403;
        ui.window->dashboardView()->setCommunityModel(community.model.get());
        ui.window->showView(MainWindow::DashboardPage);
        ui.window->dashboardView()->showCommunity();
        QTRY_COMPARE(community.model->state(), DashboardViewModel::State::Error);
        QVERIFY(ui.window->dashboardView()->communityPanel()->statusText().contains(u"analyst role"_s));
        ui.window->dashboardView()->setCommunityModel(nullptr);
        QCOMPARE(ui.window->dashboardView()->tabs()->count(), 1);
    }
};

QTEST_MAIN(TestDashboardView)
#include "TestDashboardView.moc"
