// Every control a person can operate has an accessible name, in every view, with results shown.
#include "AccessibleWalk.h"
#include "UiFixture.h"
#include "ui/OpenLinkDialog.h"
#include "ui/ScanView.h"
#include "ui/ScreenRegionPicker.h"
#include "ui/SettingsView.h"
#include "ui/StatusPanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QScrollBar>
#include <QTextEdit>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

class TestAccessibleNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyControlIsNamed()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open({true}));
        const QString path = ui.dir.filePath(u"codes.png"_s);
        QVERIFY(Test::montage({Test::qrImage("https://example.com"),
                               Test::qrImage("WIFI:S:Cafe;T:WPA;P:pw123456;;"),
                               Test::qrImage("MECARD:N:Doe,Jane;TEL:+4930123;;")})
                    .save(path));
        ui.window->scanView()->scanPaths({path});
        int controls = 0;
        for (int view = 0; view < MainWindow::PageCount; ++view) {
            QVERIFY(ui.window->showView(MainWindow::View(view)));
            for (const QWidget* w : ui.window->findChildren<QWidget*>())
                controls += isControl(w) && !isInsideAControl(w);
        }
        QVERIFY2(controls > 20, qPrintable(QString::number(controls))); // the walk did see the window
        const QStringList missing = unnamedControls(ui.window.get());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u"\n"_s)));
    }

    void theOpenLinkDialogIsNamed()
    {
        Verdict verdict;
        verdict.level = VerdictLevel::Dangerous;
        OpenLinkDialog dialog(u"https://bad.example"_s, verdict);
        const QStringList missing = unnamedControls(&dialog);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u"\n"_s)));
    }

    // The Settings view (with its backup and account panels) and the status bar, control by control.
    void settingsAndStatusAreNamed()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        QVERIFY(ui.window->showView(MainWindow::SettingsPage));
        int controls = 0;
        for (const QWidget* w : ui.window->settingsView()->findChildren<QWidget*>())
            controls += isControl(w) && !isInsideAControl(w);
        QVERIFY2(controls >= 18, qPrintable(QString::number(controls)));
        QStringList missing = unnamedControls(ui.window->settingsView());
        missing += unnamedControls(ui.window->statusPanel());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u"\n"_s)));
        // Every setting is reachable from the keyboard.
        for (QWidget* w : ui.window->settingsView()->findChildren<QWidget*>())
            if (isControl(w) && !isInsideAControl(w))
                QVERIFY2(w->focusPolicy() & Qt::TabFocus, qPrintable(w->accessibleName()));
    }

    void screenRegionPickerIsNamed()
    {
        QPixmap screen(400, 300);
        screen.fill(Qt::white);
        ScreenRegionPicker picker(screen);
        QVERIFY(!picker.accessibleName().isEmpty());
        QVERIFY(picker.accessibleDescription().contains(u"Escape"_s));
        QVERIFY(picker.focusPolicy() & Qt::TabFocus);
    }
};

QTEST_MAIN(TestAccessibleNames)
#include "TestAccessibleNames.moc"
