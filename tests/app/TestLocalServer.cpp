#include "LocalServer.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestLocalServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsOnLoopbackAndAnswers();
    void keepsItsDataBetweenRuns();
    void failsClearly_data();
    void failsClearly();
    void reportsAnUnexpectedExit();
};

void TestLocalServer::startsOnLoopbackAndAnswers()
{
    QTemporaryDir dir;
    LocalServer server(QStringLiteral(SAFESCAN_SERVER_BINARY), dir.filePath(u"server"_s));
    QSignalSpy ready(&server, &LocalServer::ready);
    server.start();
    QCOMPARE(server.state(), LocalServer::State::Starting);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 15000);
    QCOMPARE(server.state(), LocalServer::State::Running);
    const QUrl base = server.baseUrl();
    QCOMPARE(base.host(), u"127.0.0.1"_s);
    QVERIFY(base.port() > 0);
    QCOMPARE(ready.first().first().toUrl(), base);

    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(base.resolved(QUrl(u"/v1/health"_s)))));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    QSignalSpy failed(&server, &LocalServer::failed);
    server.stop();
    QCOMPARE(server.state(), LocalServer::State::Stopped);
    QCOMPARE(failed.size(), 0); // a requested stop is not a failure
}

void TestLocalServer::keepsItsDataBetweenRuns()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"server"_s);
    {
        LocalServer server(QStringLiteral(SAFESCAN_SERVER_BINARY), folder);
        server.start();
        QVERIFY2(server.waitUntilReady(15000), qPrintable(server.errorString()));
    } // the destructor stops it
    QVERIFY(QFile::exists(QDir(folder).filePath(u"server.sqlite"_s)));
    LocalServer again(QStringLiteral(SAFESCAN_SERVER_BINARY), folder);
    again.start();
    QVERIFY2(again.waitUntilReady(15000), qPrintable(again.errorString()));
}

void TestLocalServer::failsClearly_data()
{
    QTest::addColumn<QString>("binary");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing binary") << u"/nonexistent/safescan-server"_s << u"not installed"_s;
    QTest::newRow("exits at once") << u"/bin/false"_s << u"exited with code 1"_s;
    QTest::newRow("prints something else") << u"/bin/echo"_s << u"instead of its address"_s;
}

void TestLocalServer::failsClearly()
{
    QFETCH(QString, binary);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    LocalServer server(binary, dir.filePath(u"server"_s));
    QSignalSpy failed(&server, &LocalServer::failed);
    server.start();
    QVERIFY(!server.waitUntilReady(10000));
    QCOMPARE(server.state(), LocalServer::State::Failed);
    QVERIFY2(server.errorString().contains(expected), qPrintable(server.errorString()));
    QCOMPARE(failed.size(), 1);
    QVERIFY(server.baseUrl().isEmpty());
}

void TestLocalServer::reportsAnUnexpectedExit()
{
    QTemporaryDir dir;
    LocalServer server(QStringLiteral(SAFESCAN_SERVER_BINARY), dir.filePath(u"server"_s));
    server.start();
    QVERIFY2(server.waitUntilReady(15000), qPrintable(server.errorString()));
    QSignalSpy failed(&server, &LocalServer::failed);
    // Something else ends it (the OOM killer, a user): the owner hears about it.
    QVERIFY(server.processId() > 0);
    QCOMPARE(::kill(pid_t(server.processId()), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(server.state(), LocalServer::State::Failed);
    QVERIFY2(server.errorString().contains(u"crashed"_s), qPrintable(server.errorString()));
}

QTEST_GUILESS_MAIN(TestLocalServer)
#include "TestLocalServer.moc"
