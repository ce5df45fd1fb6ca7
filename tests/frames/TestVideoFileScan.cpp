// VideoFileScan: a short video made by ffmpeg from qrencode images plays through the frame
// pipeline; each code in it is found once; bad files and cancelling end with a clear outcome.
#include "ManualClock.h"
#include "QrFixtures.h"
#include "frames/VideoFileScan.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {
// An H.264 MP4 showing each image for `seconds`, at 10 frames per second.
bool makeVideo(const QList<QString>& images, double seconds, const QString& out, QString& error)
{
    const QString ffmpeg = QStandardPaths::findExecutable(u"ffmpeg"_s);
    if (ffmpeg.isEmpty()) {
        error = u"ffmpeg is not installed (scripts/setup)"_s;
        return false;
    }
    QStringList args{u"-v"_s, u"error"_s, u"-y"_s};
    QString filter;
    for (int i = 0; i < images.size(); ++i) {
        args << u"-loop"_s << u"1"_s << u"-t"_s << QString::number(seconds) << u"-i"_s << images.at(i);
        filter += u"[%1:v]scale=320:320,setsar=1,fps=10[v%1];"_s.arg(i);
    }
    for (int i = 0; i < images.size(); ++i)
        filter += u"[v%1]"_s.arg(i);
    filter += u"concat=n=%1:v=1:a=0,format=yuv420p[out]"_s.arg(images.size());
    args << u"-filter_complex"_s << filter << u"-map"_s << u"[out]"_s << u"-c:v"_s << u"libx264"_s << out;
    QProcess process;
    process.start(ffmpeg, args);
    if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
        error = QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    return true;
}
} // namespace

class TestVideoFileScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Qt 6.4's FFmpeg backend decodes without extra GStreamer plugins.
        if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
            qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    }

    void findsEachCodeOnce()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(u"a.png"_s);
        const QString b = dir.filePath(u"b.png"_s);
        QVERIFY(Test::qrImage("https://example.com/first", 8).save(a));
        QVERIFY(Test::qrImage("WIFI:S:Video;T:WPA;P:pw123456;;", 8).save(b));
        const QString video = dir.filePath(u"codes.mp4"_s);
        QString error;
        QVERIFY2(makeVideo({a, b}, 1.5, video, error), qPrintable(error));

        Test::ManualClock clock;
        VideoFileScan scan(clock);
        scan.setPlaybackRate(2.0);
        QSignalSpy codes(&scan, &VideoFileScan::codesDetected);
        QSignalSpy progress(&scan, &VideoFileScan::progress);
        QSignalSpy finished(&scan, &VideoFileScan::finished);
        QVERIFY(scan.start(video));
        QVERIFY(scan.isRunning());
        QVERIFY(!scan.start(video));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
        QCOMPARE(finished.first().at(0).toBool(), false); // not cancelled
        QVERIFY2(finished.first().at(1).toString().isEmpty(), qPrintable(finished.first().at(1).toString()));
        QStringList texts;
        for (const QList<QVariant>& call : codes)
            for (const DecodedCode& code : call.first().value<QList<DecodedCode>>())
                texts.append(code.text);
        // The tracker runs on a manual clock that never moves: each code counts once.
        QCOMPARE(texts, (QStringList{u"https://example.com/first"_s, u"WIFI:S:Video;T:WPA;P:pw123456;;"_s}));
        QCOMPARE(finished.first().at(2).toInt(), 2);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong()); // at the end
        QVERIFY(scan.pipeline().stats().decoded > 0);
        QVERIFY(!scan.isRunning());
    }

    void missingFile()
    {
        Test::ManualClock clock;
        VideoFileScan scan(clock);
        QSignalSpy finished(&scan, &VideoFileScan::finished);
        QVERIFY(scan.start(u"/nonexistent/video.mp4"_s));
        QCOMPARE(finished.size(), 0); // never from inside start()
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toString(), u"The video file does not exist."_s);
    }

    void notAVideo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"fake.mp4"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        Test::ManualClock clock;
        VideoFileScan scan(clock);
        QSignalSpy finished(&scan, &VideoFileScan::finished);
        QVERIFY(scan.start(path));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20'000);
        QVERIFY(!finished.first().at(1).toString().isEmpty());
        QCOMPARE(finished.first().at(2).toInt(), 0);
        // Usable again afterwards.
        QVERIFY(scan.start(u"/nonexistent.mp4"_s));
        QTRY_COMPARE(finished.size(), 2);
    }

    void stopCancels()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(u"a.png"_s);
        QVERIFY(Test::qrImage("https://example.com/long", 8).save(a));
        const QString video = dir.filePath(u"long.mp4"_s);
        QString error;
        QVERIFY2(makeVideo({a}, 20, video, error), qPrintable(error));
        Test::ManualClock clock;
        VideoFileScan scan(clock);
        QSignalSpy progress(&scan, &VideoFileScan::progress);
        QSignalSpy finished(&scan, &VideoFileScan::finished);
        QVERIFY(scan.start(video));
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 20'000);
        scan.stop();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(!scan.isRunning());
    }
};

QTEST_MAIN(TestVideoFileScan)
#include "TestVideoFileScan.moc"
