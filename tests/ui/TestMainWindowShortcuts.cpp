// Keyboard: Ctrl+1..6 switch views (Moderation only with the role), Ctrl+F goes to the history
// search.
#include "UiFixture.h"
#include "ui/HistoryView.h"

#include <QLineEdit>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestMainWindowShortcuts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ctrlNumberSwitchesViews_data()
    {
        QTest::addColumn<bool>("moderator");
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("expected");
        QTest::newRow("history") << false << int(Qt::Key_2) << int(MainWindow::HistoryPage);
        QTest::newRow("community") << false << int(Qt::Key_3) << int(MainWindow::CommunityPage);
        QTest::newRow("moderation refused") << false << int(Qt::Key_4) << int(MainWindow::ScanPage);
        QTest::newRow("moderation allowed") << true << int(Qt::Key_4) << int(MainWindow::ModerationPage);
        QTest::newRow("dashboard") << false << int(Qt::Key_5) << int(MainWindow::DashboardPage);
        QTest::newRow("settings") << false << int(Qt::Key_6) << int(MainWindow::SettingsPage);
    }
    void ctrlNumberSwitchesViews()
    {
        QFETCH(bool, moderator);
        QFETCH(int, key);
        QFETCH(int, expected);
        Test::UiFixture ui;
        QVERIFY(ui.open({moderator}));
        QApplication::setActiveWindow(ui.window.get());
        QVERIFY(QTest::qWaitForWindowActive(ui.window.get()));
        QCOMPARE(ui.window->currentView(), MainWindow::ScanPage);
        QTest::keyClick(ui.window.get(), Qt::Key(key), Qt::ControlModifier);
        QCOMPARE(int(ui.window->currentView()), expected);
        QTest::keyClick(ui.window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(ui.window->currentView(), MainWindow::ScanPage);
    }

    void ctrlFFocusesTheHistorySearch()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        QApplication::setActiveWindow(ui.window.get());
        QVERIFY(QTest::qWaitForWindowActive(ui.window.get()));
        QTest::keyClick(ui.window.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(ui.window->currentView(), MainWindow::HistoryPage);
        QTRY_VERIFY(ui.window->historyView()->searchField()->hasFocus());
    }

    void moderationIsHiddenWithoutTheRole()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        QVERIFY(!ui.window->isViewAvailable(MainWindow::ModerationPage));
        QVERIFY(!ui.window->showView(MainWindow::ModerationPage));
        QVERIFY(ui.window->isViewAvailable(MainWindow::DashboardPage));
    }
};

QTEST_MAIN(TestMainWindowShortcuts)
#include "TestMainWindowShortcuts.moc"
