// `safescan` with no command opens the window; without a display it explains and prints the
// usage; `gui --screenshots` renders every view of the real application (offscreen here).
#include "QrFixtures.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGuiCli : public QObject
{
    Q_OBJECT

    static QProcessEnvironment environment(bool display)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
            env.remove(name);
        if (display)
            env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        return env;
    }

private Q_SLOTS:
    void noDisplayPrintsTheUsage()
    {
        QProcess process;
        process.setProcessEnvironment(environment(false));
        process.start(QStringLiteral(SAFESCAN_BINARY), {});
        QVERIFY(process.waitForFinished(60'000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        const QByteArray err = process.readAllStandardError();
        QVERIFY(err.contains("no display"));
        QVERIFY(err.contains("Usage: safescan"));
    }

    void helpStillPrintsTheUsage()
    {
        QProcess process;
        process.setProcessEnvironment(environment(false));
        process.start(QStringLiteral(SAFESCAN_BINARY), {u"--help"_s});
        QVERIFY(process.waitForFinished(60'000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().contains("gui [--scan PATH]"));
    }

    void screenshotsOfEveryView()
    {
        QTemporaryDir dir;
        const QString code = dir.filePath(u"code.png"_s);
        QVERIFY(SafeScan::Test::qrImage("https://example.com/gui").save(code));
        const QString shots = dir.filePath(u"shots"_s);
        QProcess process;
        process.setProcessEnvironment(environment(true));
        process.start(QStringLiteral(SAFESCAN_BINARY), {u"gui"_s, u"--data-dir"_s, dir.filePath(u"data"_s),
                                                        u"--scan"_s, code, u"--screenshots"_s, shots});
        QVERIFY(process.waitForFinished(120'000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        // Moderation is not shown without the role; the other five are.
        const QStringList files = QDir(shots).entryList({u"*.png"_s}, QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{u"community.png"_s, u"dashboard.png"_s, u"history.png"_s, u"scan.png"_s,
                                     u"settings.png"_s}));
        const QImage scan(QDir(shots).filePath(u"scan.png"_s));
        QVERIFY(scan.width() >= 800 && scan.height() >= 500);
        // The scan was saved in the data folder given.
        QVERIFY(QFile::exists(dir.filePath(u"data/safescan.sqlite"_s)));
    }
};

QTEST_GUILESS_MAIN(TestGuiCli)
#include "TestGuiCli.moc"
