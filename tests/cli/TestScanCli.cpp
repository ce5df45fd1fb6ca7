#include "CliRunner.h"
#include "QrFixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace SafeScan;
using namespace Qt::StringLiterals;

namespace {
using Run = Test::CliRun;
using Test::jsonLines;

Run safescan(QStringList args, const QByteArray& input = {})
{
    static QTemporaryDir dataDir; // never the user's own data folder
    if (args.size() > 1)
        args << u"--data-dir"_s << dataDir.path();
    return Test::runSafescan(args, input);
}

void save(const QImage& image, const QString& path)
{
    if (!image.save(path))
        qFatal("cannot save %s", qPrintable(path));
}
} // namespace

class TestScanCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).mkpath(u"photos/sub"_s);
        save(Test::qrImage("https://example.com/one"), m_dir.filePath(u"photos/one.png"_s));
        save(Test::inverted(Test::qrImage("WIFI:S:Home;T:WPA;P:pw;;")),
             m_dir.filePath(u"photos/sub/two.jpg"_s));
        QFile bad(m_dir.filePath(u"photos/sub/three.png"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("this is not a PNG");
    }

    void jsonLinePerImageAndExitTwoOnUnreadable()
    {
        const Run run = safescan({u"scan"_s, u"--json"_s, m_dir.filePath(u"photos"_s)});
        QCOMPARE(run.exitCode, 2);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).value(u"file"_s).toString().endsWith(u"photos/one.png"_s));
        const QJsonObject code = lines.at(0).value(u"codes"_s).toArray().first().toObject();
        QCOMPARE(code.value(u"text"_s).toString(), u"https://example.com/one"_s);
        QCOMPARE(code.value(u"format"_s).toString(), u"QRCode"_s);
        QCOMPARE(code.value(u"payload"_s).toObject().value(u"type"_s).toString(), u"url"_s);
        QCOMPARE(code.value(u"position"_s).toArray().size(), 4);
        QCOMPARE(code.value(u"verdict"_s).toObject().value(u"level"_s).toString(), u"no_known_risk"_s);
        QVERIFY(lines.at(0).value(u"decode_ms"_s).toDouble() > 0);

        QVERIFY(lines.at(1).value(u"file"_s).toString().endsWith(u"three.png"_s));
        QVERIFY(!lines.at(1).value(u"error"_s).toString().isEmpty());
        QVERIFY(!lines.at(1).contains(u"codes"_s));

        const QJsonObject wifi = lines.at(2).value(u"codes"_s).toArray().first().toObject();
        QCOMPARE(wifi.value(u"payload"_s).toObject().value(u"type"_s).toString(), u"wifi"_s);
        QCOMPARE(wifi.value(u"verdict"_s).toObject().value(u"level"_s).toString(), u"no_known_risk"_s);
        QVERIFY(wifi.value(u"inverted"_s).toBool());
    }

    void allReadableExitsZero()
    {
        const Run run = safescan({u"scan"_s, u"--json"_s, m_dir.filePath(u"photos/one.png"_s)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(jsonLines(run.out).size(), 1);
        QVERIFY(run.err.isEmpty()); // no progress when stderr is not a terminal
    }

    void missingPathIsReportedAndScanningGoesOn()
    {
        const Run run =
            safescan({u"scan"_s, u"--json"_s, u"/nonexistent.png"_s, m_dir.filePath(u"photos/one.png"_s)});
        QCOMPARE(run.exitCode, 2);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).contains(u"error"_s));
        QCOMPARE(lines.at(1).value(u"codes"_s).toArray().size(), 1);
    }

    void stdinImage()
    {
        QFile png(m_dir.filePath(u"photos/one.png"_s));
        QVERIFY(png.open(QIODevice::ReadOnly));
        const Run run = safescan({u"scan"_s, u"--json"_s, u"-"_s}, png.readAll());
        QCOMPARE(run.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().value(u"file"_s).toString(), u"-"_s);
        QCOMPARE(lines.first().value(u"codes"_s).toArray().size(), 1);

        const Run garbage = safescan({u"scan"_s, u"--json"_s, u"-"_s}, "garbage");
        QCOMPARE(garbage.exitCode, 2);
        QVERIFY(jsonLines(garbage.out).first().contains(u"error"_s));
    }

    void readableText()
    {
        const Run run = safescan({u"scan"_s, m_dir.filePath(u"photos/one.png"_s)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("1 code"), run.out.constData());
        QVERIFY(run.out.contains("[QRCode] url: https://example.com/one"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("scan without path") << QStringList{u"scan"_s} << 1;
        QTest::newRow("unknown option") << QStringList{u"scan"_s, u"--bogus"_s, u"x"_s} << 1;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 1;
        QTest::newRow("version") << QStringList{u"--version"_s} << 0;
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QCOMPARE(safescan(args).exitCode, exitCode);
    }
};

QTEST_MAIN(TestScanCli)
#include "TestScanCli.moc"
