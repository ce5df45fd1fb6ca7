#include "CliRunner.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace SafeScan;
using namespace Qt::StringLiterals;

class TestCheckCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_data;
    QStringList withData(QStringList args) const { return args << u"--data-dir"_s << m_data.path(); }

private Q_SLOTS:
    void jsonPerInput()
    {
        const auto run = Test::runSafescan(withData(
            {u"check"_s, u"--json"_s, u"https://paypa1.com/signin"_s, u"WIFI:T:WPA;S:Home;P:secret123;;"_s}));
        QCOMPARE(run.exitCode, 0);
        const QList<QJsonObject> lines = Test::jsonLines(run.out);
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = lines.at(0);
        QCOMPARE(first.value(u"input"_s).toString(), u"https://paypa1.com/signin"_s);
        QCOMPARE(first.value(u"payload"_s).toObject().value(u"type"_s).toString(), u"url"_s);
        const QJsonObject verdict = first.value(u"verdict"_s).toObject();
        QCOMPARE(verdict.value(u"level"_s).toString(), u"suspicious"_s);
        QVERIFY(verdict.value(u"score"_s).toInt() > 0);
        const QJsonObject reason = verdict.value(u"reasons"_s).toArray().first().toObject();
        QCOMPARE(reason.value(u"code"_s).toString(), u"lookalike_domain"_s);
        QVERIFY(reason.value(u"message"_s).toString().contains(u"paypal.com"_s));
        QCOMPARE(reason.value(u"evidence"_s).toString(), u"paypa1.com"_s);
        QCOMPARE(verdict.value(u"destination"_s).toObject().value(u"registrable_domain"_s).toString(),
                 u"paypa1.com"_s);
        QVERIFY(!verdict.value(u"algorithm"_s).toString().isEmpty());
        QCOMPARE(lines.at(1).value(u"verdict"_s).toObject().value(u"level"_s).toString(), u"no_known_risk"_s);
    }

    void stdinOnePayloadPerLine()
    {
        const auto run = Test::runSafescan(withData({u"check"_s, u"--json"_s, u"-"_s}),
                                           "javascript:alert(1)\r\n\nhttps://example.com/\ntel:+19005551234");
        QCOMPARE(run.exitCode, 0);
        const QList<QJsonObject> lines = Test::jsonLines(run.out);
        QCOMPARE(lines.size(), 3); // the blank line is skipped
        QCOMPARE(lines.at(0).value(u"verdict"_s).toObject().value(u"level"_s).toString(), u"dangerous"_s);
        QCOMPARE(lines.at(1).value(u"verdict"_s).toObject().value(u"level"_s).toString(), u"no_known_risk"_s);
        QCOMPARE(lines.at(2).value(u"verdict"_s).toObject().value(u"level"_s).toString(), u"suspicious"_s);
    }

    void readableText()
    {
        const auto run = Test::runSafescan(withData({u"check"_s, u"http://192.0.2.1/login"_s}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("verdict: suspicious"), run.out.constData());
        QVERIFY(run.out.contains("[ip_literal_host]"));
        QVERIFY(run.err.isEmpty());
    }

    void checkDoesNotCreateAStore()
    {
        QTemporaryDir empty;
        QCOMPARE(Test::runSafescan({u"check"_s, u"--data-dir"_s, empty.path(), u"x"_s}).exitCode, 0);
        QVERIFY(QDir(empty.path()).isEmpty());
    }

    void usage()
    {
        QCOMPARE(Test::runSafescan({u"check"_s}).exitCode, 1);
        QCOMPARE(Test::runSafescan({u"check"_s, u"--nope"_s, u"x"_s}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCheckCli)
#include "TestCheckCli.moc"
