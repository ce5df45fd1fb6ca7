// PostgresNotifier (storage/): LISTEN/NOTIFY between two notifiers (two connections, as two server
// instances would have), and re-LISTEN after the server terminates the listening backend. Needs
// the cluster of scripts/pg-test-cluster (SAFESCAN_TEST_POSTGRES_URL); fails without it unless
// SAFESCAN_ALLOW_NO_POSTGRES=1.
#include "storage/DatabaseUrl.h"
#include "storage/PostgresNotifier.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestPostgresNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripBetweenTwoConnections();
    void listensAgainAfterTheBackendIsTerminated();
    void dropsLongPayloads();

private:
    PostgresNotifier::Options options() const;
    bool terminateBackend(qint64 pid);

    DatabaseServer m_server;
    QString m_channel;
};

void TestPostgresNotifier::initTestCase()
{
    const QString url = qEnvironmentVariable("SAFESCAN_TEST_POSTGRES_URL");
    if (url.isEmpty()) {
        if (qEnvironmentVariable("SAFESCAN_ALLOW_NO_POSTGRES") == u"1"_s)
            std::fprintf(stderr, "SAFESCAN-TEST-SKIPPED: no PostgreSQL test cluster\n");
        QFAIL("SAFESCAN_TEST_POSTGRES_URL is not set (run the tests through scripts/pg-test-cluster)");
    }
    QString error;
    const std::optional<DatabaseUrl> parsed = DatabaseUrl::parse(url, error);
    QVERIFY2(parsed && parsed->isPostgres(), qPrintable(error));
    m_server = parsed->server;
    // Test runs in parallel on one cluster do not hear each other.
    m_channel = u"safescan_test_%1"_s.arg(QRandomGenerator::system()->generate64(), 16, 16, QChar(u'0'));
}

PostgresNotifier::Options TestPostgresNotifier::options() const
{
    PostgresNotifier::Options options;
    options.channel = m_channel;
    options.healthCheckMs = 200;
    options.firstRetryMs = 50;
    options.maxRetryMs = 400;
    return options;
}

bool TestPostgresNotifier::terminateBackend(qint64 pid)
{
    bool terminated = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"killer"_s);
        db.setHostName(m_server.host);
        db.setPort(m_server.port);
        db.setUserName(m_server.user);
        db.setDatabaseName(m_server.databaseName);
        QSqlQuery query(db);
        terminated = db.open() && query.exec(u"SELECT pg_terminate_backend(%1)"_s.arg(pid)) && query.next() &&
                     query.value(0).toBool();
    }
    QSqlDatabase::removeDatabase(u"killer"_s);
    return terminated;
}

void TestPostgresNotifier::roundTripBetweenTwoConnections()
{
    PostgresNotifier first(m_server, options());
    PostgresNotifier second(m_server, options());
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    QVERIFY(first.backendPid() != 0 && first.backendPid() != second.backendPid());
    QSignalSpy atFirst(&first, &ChangeNotifier::received);
    QSignalSpy atSecond(&second, &ChangeNotifier::received);

    first.notify(u"ratings:0a1b2c3d 41"_s);
    QTRY_COMPARE(atSecond.size(), 1);
    QCOMPARE(atSecond.at(0).at(0).toString(), u"ratings:0a1b2c3d 41"_s);
    QTRY_COMPARE(atFirst.size(), 1); // the sender hears itself, like every instance
    QCOMPARE(atFirst.at(0).at(0).toString(), u"ratings:0a1b2c3d 41"_s);

    second.notify(u"moderation 7"_s);
    second.notify(u"moderation 8"_s);
    QTRY_COMPARE(atFirst.size(), 3);
    QCOMPARE(atFirst.at(1).at(0).toString(), u"moderation 7"_s);
    QCOMPARE(atFirst.at(2).at(0).toString(), u"moderation 8"_s);
}

void TestPostgresNotifier::listensAgainAfterTheBackendIsTerminated()
{
    PostgresNotifier sender(m_server, options());
    PostgresNotifier listener(m_server, options());
    QVERIFY2(sender.start(), qPrintable(sender.errorString()));
    QVERIFY2(listener.start(), qPrintable(listener.errorString()));
    QSignalSpy received(&listener, &ChangeNotifier::received);
    QSignalSpy lost(&listener, &PostgresNotifier::connectionLost);
    QSignalSpy listening(&listener, &PostgresNotifier::listening);

    sender.notify(u"ratings:ffffffff 1"_s);
    QTRY_COMPARE(received.size(), 1);

    const qint64 oldPid = listener.backendPid();
    QVERIFY(terminateBackend(oldPid));
    QTRY_COMPARE(lost.size(), 1);
    QTRY_COMPARE(listening.size(), 1);
    QVERIFY(listener.isListening());
    QVERIFY(listener.backendPid() != 0 && listener.backendPid() != oldPid);

    sender.notify(u"ratings:ffffffff 2"_s);
    QTRY_COMPARE(received.size(), 2);
    QCOMPARE(received.at(1).at(0).toString(), u"ratings:ffffffff 2"_s);

    // The sending side too: a notify() on a dead connection is sent after reconnecting.
    QVERIFY(terminateBackend(sender.backendPid()));
    sender.notify(u"ratings:ffffffff 3"_s);
    QTRY_COMPARE(received.size(), 3);
    QCOMPARE(received.at(2).at(0).toString(), u"ratings:ffffffff 3"_s);
    QCOMPARE(lost.size(), 1);
}

void TestPostgresNotifier::dropsLongPayloads()
{
    PostgresNotifier notifier(m_server, options());
    QVERIFY2(notifier.start(), qPrintable(notifier.errorString()));
    QSignalSpy received(&notifier, &ChangeNotifier::received);
    notifier.notify(QString(PostgresNotifier::MaxPayload + 1, u'x'));
    notifier.notify(u"ratings:00000000 1"_s);
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toString(), u"ratings:00000000 1"_s);
}

QTEST_GUILESS_MAIN(TestPostgresNotifier)
#include "TestPostgresNotifier.moc"
