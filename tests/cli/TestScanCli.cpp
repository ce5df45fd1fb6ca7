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
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run safescan(const QStringList& args, const QByteArray& input = {})
{
    QProcess process;
    process.start(QStringLiteral(SAFESCAN_BINARY), args);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120'000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QList<QJsonObject> jsonLines(const QByteArray& out)
{
    QList<QJsonObject> objects;
    for (const QByteArray& line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            qFatal("not a JSON object line: %s", line.constData());
        objects.append(doc.object());
    }
    return objects;
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
        QVERIFY(lines.at(0).value(u"decode_ms"_s).toDouble() > 0);

        QVERIFY(lines.at(1).value(u"file"_s).toString().endsWith(u"three.png"_s));
        QVERIFY(!lines.at(1).value(u"error"_s).toString().isEmpty());
        QVERIFY(!lines.at(1).contains(u"codes"_s));

        const QJsonObject wifi = lines.at(2).value(u"codes"_s).toArray().first().toObject();
        QCOMPARE(wifi.value(u"payload"_s).toObject().value(u"type"_s).toString(), u"wifi"_s);
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
