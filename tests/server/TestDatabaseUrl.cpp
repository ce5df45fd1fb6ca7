// safescan-server's --database URLs (storage/DatabaseUrl): SQLite paths, PostgreSQL URLs with
// percent-decoding and libpq defaults for missing parts, and clear refusals that never echo a
// password.
#include "storage/DatabaseUrl.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesSqlite();
    void parsesPostgres_data();
    void parsesPostgres();
    void refusesBadUrls_data();
    void refusesBadUrls();
};

void TestDatabaseUrl::parsesSqlite()
{
    QString error;
    std::optional<DatabaseUrl> url = DatabaseUrl::parse(u"sqlite:/srv/safescan/../db/server.db"_s, error);
    QVERIFY2(url, qPrintable(error));
    QVERIFY(!url->isPostgres());
    QCOMPARE(url->sqlitePath, u"/srv/db/server.db"_s);
    QCOMPARE(url->displayName(), u"sqlite:/srv/db/server.db"_s);
    url = DatabaseUrl::parse(u"sqlite:relative.db"_s, error);
    QVERIFY(url);
    QCOMPARE(url->sqlitePath, QDir::current().absoluteFilePath(u"relative.db"_s));
}

void TestDatabaseUrl::parsesPostgres_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("display");
    const QString timeout = u"connect_timeout=10"_s;
    QTest::newRow("everything") << u"postgres://scan:s3cret@db.example:6543/safescan"_s << u"db.example"_s
                                << 6543 << u"scan"_s << u"s3cret"_s << u"safescan"_s << timeout
                                << u"postgres://scan@db.example:6543/safescan"_s;
    QTest::newRow("postgresql scheme, no port")
        << u"postgresql://scan@10.0.0.7/ratings"_s << u"10.0.0.7"_s << -1 << u"scan"_s << QString()
        << u"ratings"_s << timeout << u"postgres://scan@10.0.0.7/ratings"_s;
    QTest::newRow("libpq defaults") << u"postgres://"_s << QString() << -1 << QString() << QString()
                                    << QString() << timeout << u"postgres:///"_s;
    QTest::newRow("percent-encoded")
        << u"postgres://us%40er:p%3Aw%2Fd%40x@%2Fvar%2Frun%2Fpostgresql/my%20db"_s << u"/var/run/postgresql"_s
        << -1 << u"us@er"_s << u"p:w/d@x"_s << u"my db"_s << timeout
        << u"postgres://us%40er@%2Fvar%2Frun%2Fpostgresql/my%20db"_s;
    QTest::newRow("unencoded @ in password") << u"postgres://u:a@b@host/db"_s << u"host"_s << -1 << u"u"_s
                                             << u"a@b"_s << u"db"_s << timeout << u"postgres://u@host/db"_s;
    QTest::newRow("IPv6") << u"postgres://[::1]:5433/db"_s << u"::1"_s << 5433 << QString() << QString()
                          << u"db"_s << timeout << u"postgres://[::1]:5433/db"_s;
    QTest::newRow("parameters") << u"postgres://h/db?sslmode=require&connect_timeout=3"_s << u"h"_s << -1
                                << QString() << QString() << u"db"_s << u"sslmode=require;connect_timeout=3"_s
                                << u"postgres://h/db"_s;
}

void TestDatabaseUrl::parsesPostgres()
{
    QFETCH(QString, url);
    QString error;
    const std::optional<DatabaseUrl> parsed = DatabaseUrl::parse(url, error);
    QVERIFY2(parsed, qPrintable(error));
    QVERIFY(parsed->isPostgres());
    QTEST(parsed->server.host, "host");
    QTEST(parsed->server.port, "port");
    QTEST(parsed->server.user, "user");
    QTEST(parsed->server.password, "password");
    QTEST(parsed->server.databaseName, "database");
    QTEST(parsed->server.connectOptions, "options");
    QTEST(parsed->displayName(), "display");
    QCOMPARE(parsed->server.displayName, parsed->displayName());
    QCOMPARE(parsed->server.driver, u"QPSQL"_s);
}

void TestDatabaseUrl::refusesBadUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << u"--database expects"_s;
    QTest::newRow("sqlite without path") << u"sqlite:"_s << u"--database expects"_s;
    QTest::newRow("other scheme") << u"mysql://u:secretpw@h/db"_s << u"unsupported database \"mysql\""_s;
    QTest::newRow("port zero") << u"postgres://u:secretpw@h:0/db"_s << u"not a port number"_s;
    QTest::newRow("port text") << u"postgres://u:secretpw@h:abc/db"_s << u"not a port number"_s;
    QTest::newRow("bad IPv6") << u"postgres://[::1/db"_s << u"[IPv6]:port"_s;
    QTest::newRow("slash in name") << u"postgres://h/a/b"_s << u"may not contain"_s;
    QTest::newRow("parameter without value") << u"postgres://h/db?sslmode"_s << u"key=value"_s;
    QTest::newRow("parameter with space")
        << u"postgres://h/db?application_name=a%20b"_s << u"application_name"_s;
    QTest::newRow("injected option") << u"postgres://h/db?sslmode=disable%20host%3Devil"_s << u"sslmode"_s;
    QTest::newRow("password as parameter")
        << u"postgres://h/db?password=secretpw"_s << u"in the URL itself"_s;
}

void TestDatabaseUrl::refusesBadUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!DatabaseUrl::parse(url, error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(!error.contains(u"secretpw"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "TestDatabaseUrl.moc"
