// The offline event queue survives the app being killed (SIGKILL right after recording) and the
// events are sent after the restart.
#include "AnalyticsFixture.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

class TestAnalyticsSurvival : public QObject
{
    Q_OBJECT

private slots:
    void queueSurvivesSigkill()
    {
        AnalyticsFixture f;
        QVERIFY(f.dir.isValid());
        QProcess writer;
        writer.start(QStringLiteral(SAFESCAN_ANALYTICS_WRITER),
                     {f.dir.filePath(u"client.sqlite"_s), QString::number(37)});
        QVERIFY2(writer.waitForStarted(30'000), qPrintable(writer.errorString()));
        QVERIFY(writer.waitForReadyRead(30'000));
        QCOMPARE(writer.readLine().trimmed(), QByteArray("recorded 37"));
        writer.kill(); // SIGKILL: no destructor, no clean close of the database
        QVERIFY(writer.waitForFinished(30'000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        QVERIFY(f.open());
        QCOMPARE(f.queue->unsentCount(), 37);
        f.recorder->setEnabled(true);
        f.network.setHandler(acceptAll);
        EventUploader uploader(*f.queue, *f.executor, f.context(), f.scheduler);
        QSignalSpy drained(&uploader, &EventUploader::drained);
        uploader.start();
        f.scheduler.advance(30'000);
        QTRY_COMPARE(drained.count(), 1);
        QCOMPARE(uploader.counters().accepted, 37);
        QCOMPARE(f.queue->unsentCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsSurvival)
#include "TestAnalyticsSurvival.moc"
