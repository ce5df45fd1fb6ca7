// `safescan scan --save` records one content-free scan event per code when analytics is on (the
// settings file of the data folder), and nothing when it is off (the default).
#include "CliRunner.h"
#include "QrFixtures.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {
// The analytics rows of the data folder's database, one "kind|body" string each.
QStringList storedEvents(const QString& dataDir)
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(dataDir + u"/safescan.sqlite"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"SELECT kind, body FROM analytics_events ORDER BY created_at, rowid"_s))
                while (query.next())
                    rows.append(query.value(0).toString() + u'|' + query.value(1).toString());
        }
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
    return rows;
}
} // namespace

class TestAnalyticsCli : public QObject
{
    Q_OBJECT

private slots:
    void savedScansAreRecordedOnlyWhenOptedIn_data()
    {
        QTest::addColumn<bool>("enabled");
        QTest::newRow("opted in") << true;
        QTest::newRow("default (off)") << false;
    }

    void savedScansAreRecordedOnlyWhenOptedIn()
    {
        QFETCH(bool, enabled);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(u"data"_s);
        QVERIFY(QDir().mkpath(data));
        if (enabled) {
            QFile settings(data + u"/settings.ini"_s);
            QVERIFY(settings.open(QIODevice::WriteOnly));
            settings.write("[analytics]\nenabled=true\n");
        }
        const QByteArray content = "https://private-portal.example/invite?code=XY12-secret";
        const QString image = dir.filePath(u"code.png"_s);
        QVERIFY(Test::qrImage(content).save(image));
        const Test::CliRun run = Test::runSafescan({u"scan"_s, u"--save"_s, u"--data-dir"_s, data, image});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList events = storedEvents(data);
        if (!enabled) {
            QVERIFY(events.isEmpty());
            return;
        }
        QCOMPARE(events.size(), 1);
        QVERIFY(events.at(0).startsWith(u"scan|"_s));
        QVERIFY2(events.at(0).contains(u"\"source\":\"file\""_s), qPrintable(events.at(0)));
        QVERIFY(events.at(0).contains(u"\"payload_type\":\"url\""_s));
        QVERIFY(!events.at(0).contains(u"private-portal"_s));
        QVERIFY(!events.at(0).contains(u"XY12"_s));
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsCli)
#include "TestAnalyticsCli.moc"
