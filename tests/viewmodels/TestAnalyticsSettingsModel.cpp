// AnalyticsSettingsModel: the opt-in stored in the settings file and applied to the recorder,
// the counts, the recorded events as text, export and deletion (what the Settings view binds to).
#include "ManualClock.h"
#include "analytics/EventRecorder.h"
#include "localdata/AnalyticsEventQueue.h"
#include "settings/Settings.h"
#include "store/ClientSchema.h"
#include "store/Database.h"
#include "viewmodels/AnalyticsSettingsModel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestAnalyticsSettingsModel : public QObject
{
    Q_OBJECT

private slots:
    void optInIsStoredAndApplied()
    {
        QTemporaryDir dir;
        Test::ManualClock clock;
        Database db(dir.filePath(u"client.sqlite"_s), clock, clientSchema());
        QVERIFY(db.open());
        AnalyticsEventQueue queue(db, clock);
        EventRecorder recorder(queue, db, clock);
        const QString settingsPath = dir.filePath(u"settings.ini"_s);
        {
            Settings settings(settingsPath);
            AnalyticsSettingsModel model(settings, recorder);
            QVERIFY(!model.isEnabled());
            QCOMPARE(settings.value(SettingKeys::analyticsEnabled), false);
            QSignalSpy enabled(&model, &AnalyticsSettingsModel::enabledChanged);
            QSignalSpy records(&model, &AnalyticsSettingsModel::recordsChanged);
            model.setEnabled(true);
            QCOMPARE(enabled.count(), 1);
            QVERIFY(recorder.isEnabled());
            QVERIFY(!recorder.recordVote(u"safe"_s).isEmpty());
            const QString sent = recorder.recordReport();
            QCOMPARE(queue.markSent({sent}), 1);
            QVERIFY(records.count() >= 3);
            QCOMPARE(model.pendingCount(), 1);
            QCOMPARE(model.sentCount(), 1);
            QCOMPARE(model.droppedCount(), 0);
            QCOMPARE(model.retentionDays(), 30);
            const QJsonObject shown = QJsonDocument::fromJson(model.recordedText().toUtf8()).object();
            QCOMPARE(shown.value(u"events"_s).toArray().size(), 2);
            const QString path = dir.filePath(u"analytics.json"_s);
            QString error;
            QVERIFY2(model.exportTo(path, &error), qPrintable(error));
            QVERIFY(QFile::exists(path));
            QVERIFY(model.explanation().contains(u"never records"_s));
        }
        {
            Settings settings(settingsPath); // the choice persists
            QCOMPARE(settings.value(SettingKeys::analyticsEnabled), true);
            AnalyticsSettingsModel model(settings, recorder);
            model.setEnabled(false);
            QCOMPARE(model.pendingCount(), 0); // consent withdrawn: unsent events deleted
            QCOMPARE(model.sentCount(), 1);
            QString error;
            QVERIFY2(model.clearRecorded(&error), qPrintable(error));
            QCOMPARE(model.sentCount(), 0);
        }
        Settings settings(settingsPath);
        QCOMPARE(settings.value(SettingKeys::analyticsEnabled), false);
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsSettingsModel)
#include "TestAnalyticsSettingsModel.moc"
