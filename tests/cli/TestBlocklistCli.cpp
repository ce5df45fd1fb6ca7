#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace SafeScan;
using namespace Qt::StringLiterals;

class TestBlocklistCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_data;
    QStringList withData(QStringList args) const { return args << u"--data-dir"_s << m_data.path(); }

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = m_data.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        return path;
    }

    QString levelOf(const QString& url)
    {
        const auto run = Test::runSafescan(withData({u"check"_s, u"--json"_s, url}));
        return Test::jsonLines(run.out).value(0).value(u"verdict"_s).toObject().value(u"level"_s).toString();
    }

private Q_SLOTS:
    void importedListMakesLinksDangerous()
    {
        const QString urlhaus =
            write(u"urlhaus.csv"_s,
                  "# URLhaus\n"
                  "# id,dateadded,url,url_status,last_online,threat,tags,urlhaus_link,reporter\n"
                  "\"1\",\"2026-11-01 10:00:00\",\"http://malware.example/dl/payload.exe\",\"online\","
                  "\"2026-11-01\",\"malware_download\",\"exe\",\"https://urlhaus.example/1/\",\"x\"\n"
                  "garbage line without quotes\n");
        QCOMPARE(levelOf(u"http://malware.example/dl/payload.exe"_s), u"no_known_risk"_s);
        const auto run = Test::runSafescan(withData(
            {u"blocklist"_s, u"import"_s, u"--format"_s, u"urlhaus"_s, u"--name"_s, u"URLhaus"_s, urlhaus}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("imported 1 entries"), run.out.constData());
        QVERIFY2(run.out.contains("line 4"),
                 run.out.constData()); // the bad line is reported, the good one kept
        QCOMPARE(levelOf(u"http://malware.example/dl/payload.exe"_s), u"dangerous"_s);
        QCOMPARE(levelOf(u"http://malware.example/other"_s), u"no_known_risk"_s); // path-specific entry

        const auto check = Test::runSafescan(
            withData({u"check"_s, u"--json"_s, u"http://malware.example/dl/payload.exe"_s}));
        const QJsonObject reason = Test::jsonLines(check.out)
                                       .first()
                                       .value(u"verdict"_s)
                                       .toObject()
                                       .value(u"reasons"_s)
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(reason.value(u"code"_s).toString(), u"blocklisted"_s);
        QVERIFY(reason.value(u"message"_s).toString().contains(u"URLhaus"_s));
    }

    void hostListCoversSubdomainsAndStatsListIt()
    {
        const QString hosts = write(u"hosts.txt"_s, "0.0.0.0 phish.example\nbad.example\n");
        QCOMPARE(Test::runSafescan(withData({u"blocklist"_s, u"import"_s, hosts})).exitCode, 0);
        QCOMPARE(levelOf(u"https://login.phish.example/x"_s), u"dangerous"_s);

        const auto stats = Test::runSafescan(withData({u"blocklist"_s, u"stats"_s, u"--json"_s}));
        QCOMPARE(stats.exitCode, 0);
        const QJsonArray sources = Test::jsonLines(stats.out).first().value(u"sources"_s).toArray();
        QStringList names;
        for (const QJsonValue& s : sources)
            names.append(s.toObject().value(u"name"_s).toString());
        QVERIFY2(names.contains(u"hosts"_s), qPrintable(names.join(u',')));

        QCOMPARE(Test::runSafescan(withData({u"blocklist"_s, u"remove"_s, u"hosts"_s})).exitCode, 0);
        QCOMPARE(levelOf(u"https://login.phish.example/x"_s), u"no_known_risk"_s);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("missing file")
            << QStringList{u"blocklist"_s, u"import"_s, u"/nonexistent/list.txt"_s} << 2;
        QTest::newRow("bad format name")
            << QStringList{u"blocklist"_s, u"import"_s, u"--format"_s, u"nope"_s, u"x"_s} << 1;
        QTest::newRow("no action") << QStringList{u"blocklist"_s} << 1;
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QCOMPARE(Test::runSafescan(withData(args)).exitCode, exitCode);
    }

    void binaryGarbageIsRefusedClearly()
    {
        QByteArray garbage(4096, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 131) % 256);
        const auto run =
            Test::runSafescan(withData({u"blocklist"_s, u"import"_s, write(u"garbage.bin"_s, garbage)}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("cannot tell the format"), run.err.constData());
        const auto forced = Test::runSafescan(withData(
            {u"blocklist"_s, u"import"_s, u"--format"_s, u"hosts"_s, m_data.filePath(u"garbage.bin"_s)}));
        // Read as a host list every line is bad: nothing usable, so the import changes nothing.
        QCOMPARE(forced.exitCode, 2);
        QVERIFY(forced.out.contains("bad lines were left out"));
        QVERIFY2(forced.out.contains("... and "), forced.out.constData()); // a long list is cut short
        QVERIFY(!forced.out.contains("imported"));
    }
};

QTEST_GUILESS_MAIN(TestBlocklistCli)
#include "TestBlocklistCli.moc"
