// The History view: typing in the search filters the table (pages come from the store thread);
// delete and undo; saves still queued when the window closes are kept; the store's recovery
// report is shown once in the banner.
#include "UiFixture.h"
#include "history/HistoryStore.h"
#include "store/LocalStore.h"
#include "ui/HistoryView.h"
#include "ui/ScanView.h"
#include "viewmodels/HistoryTableModel.h"
#include "viewmodels/ScanViewModel.h"

#include <QDir>
#include <QLineEdit>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestHistoryView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void searchFiltersTheTable()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        for (const QString& text :
             {u"https://alpha.example"_s, u"https://beta.example"_s, u"alphabet soup"_s})
            ui.window->scanModel()->scanText(text, u"clipboard"_s);
        ui.window->showView(MainWindow::HistoryPage);
        HistoryView* view = ui.window->historyView();
        QTRY_COMPARE(view->table()->model()->rowCount(), 3);
        QTRY_COMPARE(view->statusText(), u"3 scan(s)"_s);
        ui.window->historyModel()->setDebounceMs(1);
        QTest::keyClicks(view->searchField(), u"beta"_s);
        QTRY_COMPARE(view->table()->model()->rowCount(), 1);
        QCOMPARE(view->table()->model()->index(0, HistoryTableModel::ContentColumn).data().toString(),
                 u"https://beta.example"_s);
        view->searchField()->clear();
        QTRY_COMPARE(view->table()->model()->rowCount(), 3);
    }

    void deleteAndUndo()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        ui.window->scanModel()->scanText(u"keep"_s, u"clipboard"_s);
        ui.window->scanModel()->scanText(u"remove"_s, u"clipboard"_s);
        HistoryView* view = ui.window->historyView();
        QTRY_COMPARE(view->table()->model()->rowCount(), 2);
        view->table()->selectRow(0);
        view->deleteSelected();
        QCOMPARE(view->table()->model()->rowCount(), 1);
        view->undoDelete();
        QTRY_COMPARE(view->table()->model()->rowCount(), 2);
    }

    // While a page is on its way from the store thread the view says so.
    void loadingIsShown()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        ui.window->scanModel()->scanText(u"one"_s, u"clipboard"_s);
        HistoryView* view = ui.window->historyView();
        QTRY_COMPARE(view->statusText(), u"1 scan(s)"_s);
        ui.window->historyModel()->reload();
        QCOMPARE(view->statusText(), u"1 scan(s) shown, loading…"_s);
        QCOMPARE(view->table()->model()->rowCount(), 1); // the rows stay meanwhile
        QTRY_COMPARE(view->statusText(), u"1 scan(s)"_s);
        ui.window->historyModel()->setSourceFilter(u"camera"_s);
        QCOMPARE(view->statusText(), u"Loading…"_s);
        QTRY_COMPARE(view->statusText(), u"0 scan(s)"_s);
    }

    // Closing the window right after scanning: the saves still queued on the store thread are
    // committed before it goes.
    void savesQueuedWhenTheWindowClosesAreKept()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        ui.window->scanModel()->scanText(u"https://closing.example/deleted"_s, u"clipboard"_s);
        HistoryView* view = ui.window->historyView();
        QTRY_COMPARE(view->table()->model()->rowCount(), 1);
        view->table()->selectRow(0);
        view->deleteSelected(); // still in its undo window when the window closes
        for (int i = 0; i < 30; ++i)
            ui.window->scanModel()->scanText(u"https://closing.example/%1"_s.arg(i), u"clipboard"_s);
        QVERIFY(ui.window->scanModel()->pendingSaves() > 0);
        ui.window.reset();
        HistoryStore* history = ui.context->history(nullptr);
        QVERIFY(history);
        QCOMPARE(history->count(), 30);
    }

    void exportWritesTheFile()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        ui.window->scanModel()->scanText(u"https://export.example/a"_s, u"clipboard"_s);
        ui.window->scanModel()->scanText(u"second"_s, u"clipboard"_s);
        HistoryView* view = ui.window->historyView();
        // The export has its own thread: it sees what the store thread has saved so far.
        QTRY_COMPARE(ui.window->scanModel()->pendingSaves(), 0);
        const QString path = ui.dir.filePath(u"history.json"_s);
        QVERIFY(view->exportTo(path));
        QTRY_VERIFY(view->statusText().startsWith(u"Exported 2 scans"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("https://export.example/a"));
    }

    void recheckAndImportFromTheView()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        ui.window->scanModel()->scanText(u"https://recheck.example/a"_s, u"clipboard"_s);
        ui.window->scanModel()->scanText(u"https://recheck.example/b"_s, u"clipboard"_s);
        ui.window->showView(MainWindow::HistoryPage);
        HistoryView* view = ui.window->historyView();
        QVERIFY(view->jobReport().isEmpty());
        view->recheckAll();
        QTRY_VERIFY(!view->jobReport().isEmpty());
        QVERIFY2(view->jobReport().startsWith(u"Re-checked 2 scan(s); 0 verdict(s) changed."_s),
                 qPrintable(view->jobReport()));
        view->table()->selectRow(0);
        view->recheckSelected();
        QTRY_VERIFY(view->jobReport().startsWith(u"Re-checked 1 scan(s)"_s));

        const QString path = ui.dir.filePath(u"import.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[{\"content\":\"https://imported.example/\",\"scanned_at\":1700000000000},"
                   " {\"content\":\"\",\"scanned_at\":1},"
                   " {\"content\":\"https://recheck.example/zzz\",\"scanned_at\":\"yesterday\"}]");
        file.close();
        QVERIFY(view->importFrom(path));
        QTRY_VERIFY(view->jobReport().startsWith(u"Imported"_s));
        const QString report = view->jobReport();
        QVERIFY2(report.contains(u"Imported 1 scan(s)."_s), qPrintable(report));
        QVERIFY2(report.contains(u"2 record(s) could not be read"_s), qPrintable(report));
        QVERIFY2(report.contains(u"record 3: \"scanned_at\""_s), qPrintable(report));
        QTRY_COMPARE(view->table()->model()->rowCount(), 3);
    }

    void recoveryReportIsShownOnce()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(u"data"_s);
        QVERIFY(QDir().mkpath(data));
        QFile damaged(LocalStore::databasePath(data));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray(8192, 'x'));
        damaged.close();
        {
            AppContext context(data);
            MainWindow window(context);
            QVERIFY(window.recoveryMessage().contains(u"damaged"_s, Qt::CaseInsensitive));
        }
        AppContext again(data);
        MainWindow window(again);
        QVERIFY(window.recoveryMessage().isEmpty()); // healthy now: nothing more to say
    }
};

QTEST_MAIN(TestHistoryView)
#include "TestHistoryView.moc"
