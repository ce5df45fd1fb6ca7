// The Settings view: each control changes its setting at once (and it persists), refused values
// say why in words, a damaged settings file is reported, backups and restores run with a
// confirmation, and sign-in says plainly when there is no server connection.
#include "AccessibleWalk.h"
#include "UiFixture.h"
#include "credentials/CredentialVault.h"
#include "credentials/MemorySecretStore.h"
#include "settings/Settings.h"
#include "ui/AccountPanel.h"
#include "ui/BackupPanel.h"
#include "ui/CameraPanel.h"
#include "ui/ResultCard.h"
#include "ui/ScanView.h"
#include "ui/SettingsView.h"
#include "ui/SyncPassphrasePanel.h"
#include "viewmodels/BackupJob.h"
#include "viewmodels/HistoryTableModel.h"
#include "viewmodels/ScanViewModel.h"
#include "viewmodels/SyncPassphraseModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using Field = SettingsViewModel::Field;

class TestSettingsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void controlsChangeSettingsAndPersist()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        QVERIFY(ui.window->showView(MainWindow::SettingsPage));
        SettingsView* view = ui.window->settingsView();
        QVERIFY(view);
        QVERIFY(view->isVisible());

        // Keyboard: a combo box changes with the arrow keys.
        view->themeBox()->setFocus();
        QTest::keyClick(view->themeBox(), Qt::Key_Down);
        QCOMPARE(ui.context->settings().value(SettingKeys::theme), u"light"_s);
        view->languageBox()->setFocus();
        QTest::keyClick(view->languageBox(), Qt::Key_Down);
        QTest::keyClick(view->languageBox(), Qt::Key_Down);
        QCOMPARE(ui.context->settings().value(SettingKeys::language), u"de"_s);
        view->linkPolicyBox()->setFocus();
        QTest::keyClick(view->linkPolicyBox(), Qt::Key_Down);
        QCOMPARE(ui.context->settings().value(SettingKeys::openLinkPolicy), u"ask_unless_trusted"_s);

        // Check boxes with the space bar.
        for (QCheckBox* box : {view->offTheRecordBox(), view->sensitiveBox(), view->analyticsBox()}) {
            box->setFocus();
            QTest::keyClick(box, Qt::Key_Space);
        }
        QVERIFY(ui.context->settings().value(SettingKeys::offTheRecord));
        QVERIFY(ui.context->settings().value(SettingKeys::storeSensitiveFields));
        QVERIFY(ui.context->settings().value(SettingKeys::analyticsEnabled));
        // Off the record takes effect at once: the next scan is not saved.
        ui.window->scanModel()->scanText(u"https://private.example"_s, u"clipboard"_s);
        QTRY_VERIFY(ui.window->scanModel()->lastMessage().contains(u"Off the record"_s));

        view->quotaBox()->setValue(120);
        view->retentionBox()->setValue(30);
        QCOMPARE(ui.context->settings().value(SettingKeys::historySizeLimitBytes), qint64(120) * 1024 * 1024);
        QCOMPARE(ui.context->settings().value(SettingKeys::retentionDays), 30);

        // Mirror from the Settings view reaches the camera panel.
        view->mirrorBox()->setChecked(true);
        QVERIFY(ui.context->settings().value(SettingKeys::cameraMirror));
        QCOMPARE(view->retentionBox()->specialValueText(), u"Forever"_s);

        // Written to the file at once: another reader sees it.
        QSettings ini(ui.context->settings().filePath(), QSettings::IniFormat);
        QCOMPARE(ini.value(u"analytics/enabled"_s).toString(), u"true"_s);
        QCOMPARE(ini.value(u"ui/language"_s).toString(), u"de"_s);
        QCOMPARE(ini.value(u"history/retentionDays"_s).toInt(), 30);
    }

    void persistsAcrossRestarts()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(u"data"_s);
        {
            AppContext context(data);
            MainWindow window(context);
            window.settingsModel()->setValue(Field::RetentionDays, 90);
            window.settingsView()->serverField()->setText(u"https://scan.example.org"_s);
            window.settingsView()->serverApplyButton()->click();
        }
        AppContext context(data);
        MainWindow window(context);
        QCOMPARE(window.settingsView()->retentionBox()->value(), 90);
        QCOMPARE(window.settingsView()->serverField()->text(), u"https://scan.example.org"_s);
    }

    void refusedServerAddressSaysWhy()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        QVERIFY(ui.window->showView(MainWindow::SettingsPage));
        SettingsView* view = ui.window->settingsView();
        view->serverField()->setFocus();
        QTest::keyClicks(view->serverField(), u"ftp://files.example.org"_s);
        QTest::keyClick(view->serverField(), Qt::Key_Return);
        QVERIFY2(view->errorText(Field::ServerUrl).startsWith(u"⚠ Not saved:"_s),
                 qPrintable(view->errorText(Field::ServerUrl)));
        QVERIFY(view->errorText(Field::ServerUrl).contains(u"https://"_s));
        QCOMPARE(ui.context->settings().value(SettingKeys::serverUrl), QString());
        // The typed text stays for correcting.
        QCOMPARE(view->serverField()->text(), u"ftp://files.example.org"_s);
        view->serverField()->clear();
        QTest::keyClicks(view->serverField(), u"https://files.example.org/"_s);
        QTest::keyClick(view->serverField(), Qt::Key_Return);
        QCOMPARE(view->errorText(Field::ServerUrl), QString());
        QCOMPARE(ui.context->settings().value(SettingKeys::serverUrl), u"https://files.example.org"_s);
        QCOMPARE(view->serverField()->text(), u"https://files.example.org"_s);
    }

    void damagedSettingsAreReported()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(u"data"_s);
        QVERIFY(QDir().mkpath(data));
        QFile file(Settings::defaultFilePath(data));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[ui]\ntheme=dark\nthis line is broken\n");
        file.close();
        AppContext context(data);
        MainWindow window(context);
        SettingsView* view = window.settingsView();
        QVERIFY(!view->warningsLabel()->isHidden());
        QVERIFY2(view->warningsLabel()->text().contains(u"damaged"_s),
                 qPrintable(view->warningsLabel()->text()));
        QVERIFY(view->warningsLabel()->text().startsWith(u"⚠ Warning:"_s));
        QCOMPARE(view->themeBox()->currentData().toString(), u"system"_s); // the default
    }

    void noWarningsWhenAllIsWell()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        QVERIFY(ui.window->settingsView()->warningsLabel()->isHidden());
    }

    void backupAndRestore()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        ui.window->scanModel()->scanText(u"before the backup"_s, u"clipboard"_s);
        auto* panel = ui.window->settingsView()->findChild<BackupPanel*>();
        QVERIFY(panel);
        // The automatic backup made on open is listed.
        QCOMPARE(panel->list()->count(), 1);
        QVERIFY(panel->list()->item(0)->data(Qt::UserRole).toString().endsWith(u".sqlite"_s));

        const QString path = ui.dir.filePath(u"manual.sqlite"_s);
        QSignalSpy backedUp(ui.window->backupJob(), &BackupJob::backupFinished);
        QVERIFY(panel->backupTo(path));
        QTRY_COMPARE(backedUp.size(), 1);
        QVERIFY2(panel->statusText().startsWith(u"Backup written to"_s), qPrintable(panel->statusText()));
        QVERIFY(QFileInfo::exists(path));

        ui.window->scanModel()->scanText(u"after the backup"_s, u"clipboard"_s);
        QTRY_COMPARE(ui.window->historyModel()->rowCount(), 2);

        // Refusing the confirmation changes nothing.
        QString asked;
        panel->setConfirmation([&asked](const QString& question) {
            asked = question;
            return false;
        });
        QVERIFY(!panel->restoreFrom(path));
        QVERIFY(asked.contains(u"Replace your whole history"_s));
        QCOMPARE(panel->statusText(), u"Restore cancelled; nothing was changed."_s);

        panel->setConfirmation([](const QString&) { return true; });
        QSignalSpy restored(panel, &BackupPanel::restored);
        QVERIFY(panel->restoreFrom(path));
        QTRY_COMPARE(restored.size(), 1);
        QVERIFY2(panel->statusText().startsWith(u"The history was restored"_s),
                 qPrintable(panel->statusText()));
        QTRY_COMPARE(ui.window->historyModel()->rowCount(), 1);
    }

    void restoreOfAGarbageFileChangesNothing()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        ui.window->scanModel()->scanText(u"keep me"_s, u"clipboard"_s);
        auto* panel = ui.window->settingsView()->findChild<BackupPanel*>();
        panel->setConfirmation([](const QString&) { return true; });
        const QString path = ui.dir.filePath(u"garbage.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(5000, 'g'));
        file.close();
        QSignalSpy finished(ui.window->backupJob(), &BackupJob::restoreFinished);
        QVERIFY(panel->restoreFrom(path));
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(panel->statusText().startsWith(u"⚠ Nothing was restored"_s),
                 qPrintable(panel->statusText()));
        QTRY_COMPARE(ui.window->historyModel()->rowCount(), 1);
    }

    void linkPolicyReachesResultCards()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        ui.window->scanModel()->scanText(u"https://policy.example/"_s, u"clipboard"_s);
        QVERIFY(!ui.window->scanView()->resultCards().first()->opensWithoutAsking());
        QVERIFY(ui.window->settingsModel()->setValue(Field::OpenLinkPolicy, u"ask_unless_trusted"_s));
        ScanResult trusted = ui.window->scanModel()->results().first();
        trusted.verdict.level = VerdictLevel::Trusted;
        ResultCard card(trusted);
        card.setAskUnlessTrusted(true);
        QVERIFY(card.opensWithoutAsking());
        ScanResult plain = trusted;
        plain.verdict.level = VerdictLevel::NoKnownRisk;
        ResultCard other(plain);
        other.setAskUnlessTrusted(true);
        QVERIFY(!other.opensWithoutAsking()); // only trusted links skip the question
    }

    void signInWithoutServerIsExplained()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        auto* account = ui.window->settingsView()->findChild<AccountPanel*>();
        QVERIFY(account);
        QVERIFY(!account->signInButton()->isEnabled());
        QVERIFY(!account->userField()->isEnabled());
        QVERIFY(account->statusText().contains(u"server connection"_s));
        // The sync passphrase is there too, and says why it cannot be used.
        auto* sync = ui.window->settingsView()->findChild<SyncPassphrasePanel*>();
        QVERIFY(sync);
        QCOMPARE(ui.window->syncPassphraseModel()->state(), SyncPassphraseModel::State::Unavailable);
        QVERIFY(sync->statusText().contains(u"not set up"_s));
        QVERIFY(!sync->turnOnButton()->isVisible());
    }

    // The sync passphrase panel with the keyboard: strength hint while typing, a mismatch said in
    // words, a wrong passphrase reported, a memory-only key announced, sync turned off.
    void syncPassphrasePanel()
    {
        MemorySecretStore secrets;
        CredentialVault vault(secrets, QUrl(u"https://sync.example"_s));
        SyncPassphraseModel model(
            &vault, [] { return u"alice"_s; }, KdfParams::minimumForTests());
        SyncPassphrasePanel panel(model);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(Test::unnamedControls(&panel).isEmpty());
        QVERIFY(panel.statusText().contains(u"off"_s));
        QVERIFY(panel.firstDeviceButton()->isChecked());
        QVERIFY(panel.repeatField()->isVisible());

        // Keyboard only: the fields take focus with Tab from the radio buttons.
        panel.joinButton()->setFocus();
        QTest::keyClick(panel.joinButton(), Qt::Key_Tab);
        QCOMPARE(panel.focusWidget(), panel.passphraseField());
        panel.firstDeviceButton()->setChecked(true);
        QTest::keyClicks(panel.passphraseField(), u"abc"_s);
        QVERIFY2(panel.strengthText().contains(u"Too short"_s), qPrintable(panel.strengthText()));
        panel.passphraseField()->clear();
        QTest::keyClicks(panel.passphraseField(), u"correct horse battery staple"_s);
        QVERIFY2(panel.strengthText().contains(u"Strong"_s), qPrintable(panel.strengthText()));
        QTest::keyClick(panel.passphraseField(), Qt::Key_Return); // to the repeat field
        QCOMPARE(panel.focusWidget(), panel.repeatField());
        QTest::keyClicks(panel.repeatField(), u"correct horse battery stable"_s);
        QTest::keyClick(panel.repeatField(), Qt::Key_Return);
        QVERIFY2(panel.errorText().contains(u"differ"_s), qPrintable(panel.errorText()));
        QCOMPARE(model.state(), SyncPassphraseModel::State::Off);

        // Another device's passphrase, wrong: the engine's key check says so.
        panel.joinButton()->setChecked(true);
        QVERIFY(!panel.repeatField()->isVisible());
        panel.passphraseField()->setText(u"not the passphrase"_s);
        QTest::keyClick(panel.passphraseField(), Qt::Key_Return);
        QTRY_COMPARE(model.state(), SyncPassphraseModel::State::Checking);
        QVERIFY(panel.passphraseField()->text().isEmpty()); // not left in the field
        model.syncFinished({SyncError::Kind::WrongPassphrase, u"wrong_passphrase"_s, u"does not open"_s});
        QCOMPARE(model.state(), SyncPassphraseModel::State::Off);
        QVERIFY2(panel.errorText().contains(u"Wrong passphrase"_s), qPrintable(panel.errorText()));
        QVERIFY(vault.syncKey().isEmpty());

        // The right one, while the server cannot be reached: kept, checked later.
        panel.passphraseField()->setText(u"correct horse battery staple"_s);
        panel.turnOnButton()->click();
        QTRY_COMPARE(model.state(), SyncPassphraseModel::State::Checking);
        model.syncFinished({SyncError::Kind::Server, u"network"_s, u"connection refused"_s});
        QCOMPARE(model.state(), SyncPassphraseModel::State::On);
        QVERIFY(!model.isVerified());
        QVERIFY(panel.statusText().contains(u"next time the server can be reached"_s));
        QVERIFY(panel.turnOffButton()->isVisible());
        QVERIFY(!panel.passphraseField()->isVisible());
        QTRY_VERIFY(!vault.syncKey().isEmpty());
        QVERIFY(panel.storageText().isEmpty());

        panel.turnOffButton()->setFocus();
        QTest::keyClick(panel.turnOffButton(), Qt::Key_Space);
        QCOMPARE(model.state(), SyncPassphraseModel::State::Off);
        QVERIFY(vault.syncKey().isEmpty());
        QVERIFY(panel.passphraseField()->isVisible());
    }
};

QTEST_MAIN(TestSettingsView)
#include "TestSettingsView.moc"
