// safescan-server's command line and --config FILE (ServerOptions, ServerConfigFile).
#include "ServerOptions.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestServerOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void configFileAndCommandLine_data();
    void configFileAndCommandLine();
    void badConfigFiles_data();
    void badConfigFiles();
    void shippedConfigParses();
};

namespace {
QString writeConfig(const QTemporaryDir& dir, const QByteArray& text)
{
    const QString path = dir.filePath(u"server.conf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        return {};
    return path;
}
} // namespace

void TestServerOptions::configFileAndCommandLine_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<quint16>("port");
    QTest::addColumn<int>("voteLimit");
    QTest::addColumn<int>("auditDays");

    QTest::newRow("file only") << QByteArray("# comment\nlisten = 127.0.0.1:8181\nvote-limit=7\n\n"
                                             "retention-audit-days = \"400\"\n")
                               << QStringList{} << quint16(8181) << 7 << 400;
    QTest::newRow("command line wins")
        << QByteArray("listen = 127.0.0.1:8181\nvote-limit = 7\n")
        << QStringList{u"--listen"_s, u"127.0.0.1:9191"_s, u"--vote-limit=4"_s} << quint16(9191) << 4 << 365;
    QTest::newRow("empty file keeps defaults")
        << QByteArray("\n# nothing\n") << QStringList{} << quint16(8080) << 3 << 365;
}

void TestServerOptions::configFileAndCommandLine()
{
    QFETCH(QByteArray, config);
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const QString path = writeConfig(dir, config);
    QVERIFY(!path.isEmpty());
    QString error;
    const auto options = ServerOptions::parse(
        QStringList{u"safescan-server"_s, u"--data-dir"_s, dir.path(), u"--config"_s, path} + arguments,
        error);
    QVERIFY2(options, qPrintable(error));
    QTEST(options->port, "port");
    QTEST(options->votesPerWindow, "voteLimit");
    QTEST(options->retention.auditDays, "auditDays");
}

void TestServerOptions::badConfigFiles_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown setting") << QByteArray("listen = 127.0.0.1:1\nfrobnicate = 3\n")
                                     << u"frobnicate"_s;
    QTest::newRow("not name = value") << QByteArray("listen 127.0.0.1:1\n") << u"line 1"_s;
    QTest::newRow("config inside config") << QByteArray("\nconfig = /etc/passwd\n") << u"line 2"_s;
    QTest::newRow("bad value") << QByteArray("vote-limit = many\n") << u"positive number"_s;
    QTest::newRow("not UTF-8") << QByteArray("listen = \xff\xfe\n") << u"UTF-8"_s;
}

void TestServerOptions::badConfigFiles()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = writeConfig(dir, config);
    QString error;
    const auto options = ServerOptions::parse({u"safescan-server"_s, u"--config"_s, path}, error);
    QVERIFY(!options);
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestServerOptions::shippedConfigParses()
{
    // The default configuration installed by the server package must be valid as shipped.
    QString error;
    const auto options =
        ServerOptions::parse({u"safescan-server"_s, u"--config"_s,
                              QStringLiteral(SAFESCAN_SOURCE_DIR "/packaging/server/server.conf")},
                             error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->address.toString(), u"127.0.0.1"_s);
    QCOMPARE(options->port, quint16(8080));
    QCOMPARE(options->dataDir, u"/var/lib/safescan-server"_s);
}

QTEST_GUILESS_MAIN(TestServerOptions)
#include "TestServerOptions.moc"
