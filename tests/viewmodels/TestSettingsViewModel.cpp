// SettingsViewModel: every field round-trips through the INI file, refused values keep the stored
// one and say why, damaged files surface their warning, and history options apply at once.
#include "HistoryFixtures.h"
#include "settings/Settings.h"
#include "viewmodels/SettingsViewModel.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using Field = SettingsViewModel::Field;

class TestSettingsViewModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"settings.ini"_s));
        SettingsViewModel model(settings);
        QCOMPARE(model.value(Field::Language).toString(), u"system"_s);
        QCOMPARE(model.value(Field::Theme).toString(), u"system"_s);
        QCOMPARE(model.value(Field::OpenLinkPolicy).toString(), u"always_ask"_s);
        QCOMPARE(model.value(Field::HistoryQuotaMb).toInt(), 50);
        QCOMPARE(model.value(Field::RetentionDays).toInt(), 0);
        QCOMPARE(model.value(Field::OffTheRecord).toBool(), false);
        QCOMPARE(model.value(Field::StoreSensitive).toBool(), false);
        QCOMPARE(model.value(Field::DailyBackups).toBool(), true);
        QCOMPARE(model.value(Field::ServerUrl).toString(), QString());
        QCOMPARE(model.value(Field::AnalyticsEnabled).toBool(), false); // opt-in
        QCOMPARE(model.effectiveServerUrl(), defaultServerUrl());
        QVERIFY(model.warnings().isEmpty());
    }

    void keyNames()
    {
        // The analytics uploader reads the same key; it must not drift.
        QCOMPARE(SettingsViewModel::keyName(Field::AnalyticsEnabled), u"analytics/enabled"_s);
        QCOMPARE(SettingsViewModel::keyName(Field::HistoryQuotaMb), u"history/sizeLimitBytes"_s);
        QCOMPARE(SettingsViewModel::keyName(Field::ServerUrl), u"server/url"_s);
        QSet<QString> names;
        for (int f = 0; f < SettingsViewModel::FieldCount; ++f)
            names.insert(SettingsViewModel::keyName(Field(f)));
        QCOMPARE(names.size(), SettingsViewModel::FieldCount);
    }

    void setValue_data()
    {
        QTest::addColumn<Field>("field");
        QTest::addColumn<QVariant>("input");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QVariant>("stored"); // what value() gives afterwards
        QTest::addColumn<QString>("key");     // the raw INI key written
        QTest::addColumn<QVariant>("raw");    // its raw value (invalid: not checked)
        QTest::addColumn<QString>("error");   // part of the message when refused

        QTest::newRow("language de") << Field::Language << QVariant(u"de"_s) << true << QVariant(u"de"_s)
                                     << u"ui/language"_s << QVariant(u"de"_s) << QString();
        QTest::newRow("language klingon")
            << Field::Language << QVariant(u"tlh"_s) << false << QVariant(u"system"_s) << QString()
            << QVariant() << u"languages"_s;
        QTest::newRow("theme dark") << Field::Theme << QVariant(u"dark"_s) << true << QVariant(u"dark"_s)
                                    << u"ui/theme"_s << QVariant(u"dark"_s) << QString();
        QTest::newRow("theme purple")
            << Field::Theme << QVariant(u"purple"_s) << false << QVariant(u"system"_s) << QString()
            << QVariant() << u"system, light or dark"_s;
        QTest::newRow("policy trusted") << Field::OpenLinkPolicy << QVariant(u"ask_unless_trusted"_s) << true
                                        << QVariant(u"ask_unless_trusted"_s) << u"links/openPolicy"_s
                                        << QVariant(u"ask_unless_trusted"_s) << QString();
        QTest::newRow("policy never ask")
            << Field::OpenLinkPolicy << QVariant(u"never_ask"_s) << false << QVariant(u"always_ask"_s)
            << QString() << QVariant() << u"policies"_s;
        QTest::newRow("camera id") << Field::CameraId << QVariant(u"/dev/video2"_s) << true
                                   << QVariant(u"/dev/video2"_s) << u"camera/deviceId"_s
                                   << QVariant(u"/dev/video2"_s) << QString();
        QTest::newRow("mirror on") << Field::CameraMirror << QVariant(true) << true << QVariant(true)
                                   << u"camera/mirror"_s << QVariant() << QString();
        QTest::newRow("mirror text") << Field::CameraMirror << QVariant(u"yes"_s) << false << QVariant(false)
                                     << QString() << QVariant() << u"on or off"_s;
        QTest::newRow("quota 200 MB")
            << Field::HistoryQuotaMb << QVariant(200) << true << QVariant(200) << u"history/sizeLimitBytes"_s
            << QVariant(qint64(200) * 1024 * 1024) << QString();
        QTest::newRow("quota as text")
            << Field::HistoryQuotaMb << QVariant(u" 75 "_s) << true << QVariant(75)
            << u"history/sizeLimitBytes"_s << QVariant(qint64(75) * 1024 * 1024) << QString();
        QTest::newRow("quota 0") << Field::HistoryQuotaMb << QVariant(0) << false << QVariant(50) << QString()
                                 << QVariant() << u"between 1 and 102400 MB"_s;
        QTest::newRow("quota huge") << Field::HistoryQuotaMb << QVariant(200000) << false << QVariant(50)
                                    << QString() << QVariant() << u"between 1 and"_s;
        QTest::newRow("quota fraction") << Field::HistoryQuotaMb << QVariant(1.5) << false << QVariant(50)
                                        << QString() << QVariant() << u"whole number"_s;
        QTest::newRow("quota words") << Field::HistoryQuotaMb << QVariant(u"lots"_s) << false << QVariant(50)
                                     << QString() << QVariant() << u"whole number"_s;
        QTest::newRow("retention 30") << Field::RetentionDays << QVariant(30) << true << QVariant(30)
                                      << u"history/retentionDays"_s << QVariant(30) << QString();
        QTest::newRow("retention forever") << Field::RetentionDays << QVariant(0) << true << QVariant(0)
                                           << QString() << QVariant() << QString();
        QTest::newRow("retention negative") << Field::RetentionDays << QVariant(-1) << false << QVariant(0)
                                            << QString() << QVariant() << u"keep forever"_s;
        QTest::newRow("off the record") << Field::OffTheRecord << QVariant(true) << true << QVariant(true)
                                        << u"history/offTheRecord"_s << QVariant() << QString();
        QTest::newRow("sensitive") << Field::StoreSensitive << QVariant(true) << true << QVariant(true)
                                   << u"history/storeSensitiveFields"_s << QVariant() << QString();
        QTest::newRow("daily backups off")
            << Field::DailyBackups << QVariant(false) << true << QVariant(false) << u"backups/daily"_s
            << QVariant() << QString();
        QTest::newRow("analytics on") << Field::AnalyticsEnabled << QVariant(true) << true << QVariant(true)
                                      << u"analytics/enabled"_s << QVariant() << QString();
        QTest::newRow("server https") << Field::ServerUrl << QVariant(u"https://scan.example.org/"_s) << true
                                      << QVariant(u"https://scan.example.org"_s) << u"server/url"_s
                                      << QVariant(u"https://scan.example.org"_s) << QString();
        QTest::newRow("server with path")
            << Field::ServerUrl << QVariant(u" http://10.0.0.2:8080/safescan "_s) << true
            << QVariant(u"http://10.0.0.2:8080/safescan"_s) << u"server/url"_s
            << QVariant(u"http://10.0.0.2:8080/safescan"_s) << QString();
        QTest::newRow("server empty") << Field::ServerUrl << QVariant(QString()) << true
                                      << QVariant(QString()) << QString() << QVariant() << QString();
        QTest::newRow("server ftp") << Field::ServerUrl << QVariant(u"ftp://files.example.org"_s) << false
                                    << QVariant(QString()) << QString() << QVariant() << u"https://"_s;
        QTest::newRow("server no host") << Field::ServerUrl << QVariant(u"https://"_s) << false
                                        << QVariant(QString()) << QString() << QVariant() << u"host"_s;
        QTest::newRow("server password")
            << Field::ServerUrl << QVariant(u"https://me:pw@example.org"_s) << false << QVariant(QString())
            << QString() << QVariant() << u"password"_s;
        QTest::newRow("server query") << Field::ServerUrl << QVariant(u"https://example.org/?a=1"_s) << false
                                      << QVariant(QString()) << QString() << QVariant() << u"'?'"_s;
        QTest::newRow("server words") << Field::ServerUrl << QVariant(u"my server"_s) << false
                                      << QVariant(QString()) << QString() << QVariant() << u"local server"_s;
    }

    void setValue()
    {
        QFETCH(Field, field);
        QFETCH(QVariant, input);
        QFETCH(bool, accepted);
        QFETCH(QVariant, stored);
        QFETCH(QString, key);
        QFETCH(QVariant, raw);
        QFETCH(QString, error);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_s);
        {
            Settings settings(path);
            SettingsViewModel model(settings);
            QSignalSpy changed(&model, &SettingsViewModel::changed);
            QSignalSpy errors(&model, &SettingsViewModel::errorChanged);
            QCOMPARE(model.setValue(field, input), accepted);
            QCOMPARE(model.value(field), stored);
            if (accepted) {
                QVERIFY(model.error(field).isEmpty());
                QVERIFY(errors.isEmpty());
            } else {
                QVERIFY2(model.error(field).contains(error), qPrintable(model.error(field)));
                QCOMPARE(errors.size(), 1);
                QVERIFY(changed.isEmpty());
                // A good value afterwards clears the message.
            }
        }
        // Saved at once: a fresh Settings on the same file reads the same.
        Settings again(path);
        SettingsViewModel reread(again);
        QCOMPARE(reread.value(field), stored);
        if (!key.isEmpty() && raw.isValid()) {
            QSettings ini(path, QSettings::IniFormat);
            QCOMPARE(ini.value(key).toString(), raw.toString());
        }
        QVERIFY(again.warnings().isEmpty());
    }

    void refusedThenAccepted()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"settings.ini"_s));
        SettingsViewModel model(settings);
        QSignalSpy errors(&model, &SettingsViewModel::errorChanged);
        QVERIFY(!model.setValue(Field::RetentionDays, 999999));
        QVERIFY(!model.error(Field::RetentionDays).isEmpty());
        QVERIFY(model.setValue(Field::RetentionDays, 14));
        QVERIFY(model.error(Field::RetentionDays).isEmpty());
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.last().at(1).toString(), QString());
    }

    void changedOnlyWhenDifferent()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"settings.ini"_s));
        SettingsViewModel model(settings);
        QSignalSpy changed(&model, &SettingsViewModel::changed);
        QVERIFY(model.setValue(Field::Theme, u"dark"_s));
        QVERIFY(model.setValue(Field::Theme, u"dark"_s));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<Field>(), Field::Theme);
        QCOMPARE(changed.first().at(1).toString(), u"dark"_s);
        model.reset(Field::Theme);
        QCOMPARE(model.value(Field::Theme).toString(), u"system"_s);
        QCOMPARE(changed.size(), 2);
    }

    void damagedFileFallsBackWithWarning()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[history]\nretentionDays=30\n\x01\x02garbage without equals\n");
        file.close();
        Settings settings(path);
        SettingsViewModel model(settings);
        QCOMPARE(model.value(Field::RetentionDays).toInt(), 0);
        QVERIFY(!model.warnings().isEmpty());
        QVERIFY2(model.warnings().first().contains(u"damaged"_s), qPrintable(model.warnings().first()));
    }

    void badStoredValueFallsBackWithWarning()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_s);
        {
            QSettings ini(path, QSettings::IniFormat);
            ini.setValue(u"ui/theme"_s, u"neon"_s);
            ini.setValue(u"server/url"_s, u"gopher://old"_s);
        }
        Settings settings(path);
        SettingsViewModel model(settings);
        QCOMPARE(model.value(Field::Theme).toString(), u"system"_s);
        QCOMPARE(model.value(Field::ServerUrl).toString(), QString());
        QCOMPARE(model.effectiveServerUrl(), defaultServerUrl());
        QCOMPARE(model.warnings().size(), 2);
    }

    void historyOptionsApplyAtOnce()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        Settings settings(fixture.dir->filePath(u"settings.ini"_s));
        SettingsViewModel model(settings, fixture.store.get());
        QVERIFY(model.setValue(Field::OffTheRecord, true));
        QVERIFY(fixture.store->options().offTheRecord);
        const SaveResult saved = fixture.store->save({Test::makeScan(u"https://example.org/"_s)});
        QVERIFY(saved.ok);
        QVERIFY(saved.offTheRecord);
        QVERIFY(model.setValue(Field::StoreSensitive, true));
        QVERIFY(fixture.store->options().storeSensitive);
        model.reset(Field::OffTheRecord);
        QVERIFY(!fixture.store->options().offTheRecord);
        QVERIFY(fixture.store->options().storeSensitive);
    }

    void unsavableFileIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_s);
        QVERIFY(QDir().mkpath(path)); // a folder where the file should be
        Settings settings(path);
        SettingsViewModel model(settings);
        QSignalSpy failed(&model, &SettingsViewModel::saveFailed);
        QVERIFY(model.setValue(Field::Theme, u"light"_s));
        QCOMPARE(model.value(Field::Theme).toString(), u"light"_s); // for this session
        QCOMPARE(failed.size(), 1);
        QVERIFY(!model.warnings().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSettingsViewModel)
#include "TestSettingsViewModel.moc"
