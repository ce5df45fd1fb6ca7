// The server's Database on PostgreSQL (storage/ServerDatabase, store/Database, store/Migrations):
// migrations in one transaction with the version in safescan_schema_version, never run twice by
// instances starting at once, a newer database refused, a failed migration leaving nothing
// behind, a Transaction serialising writers, and a lost connection replaced. Each test function
// gets a fresh database on the cluster of scripts/pg-test-cluster (SAFESCAN_TEST_POSTGRES_URL).
#include "base/Clock.h"
#include "storage/DatabaseUrl.h"
#include "storage/ServerDatabase.h"
#include "storage/ServerSchema.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestPostgresDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void migratesOnceInOneTransaction();
    void instancesStartingAtOnceMigrateOnce();
    void refusesANewerDatabase();
    void failedMigrationLeavesNothing();
    void transactionsSerialiseWriters();
    void replacesALostConnection();

private:
    bool execOnCluster(const QString& sql, const QString& database);
    DatabaseUrl fresh() const;

    DatabaseServer m_cluster;
    QString m_database; // this test function's
    SystemClock m_clock;
};

bool TestPostgresDatabase::execOnCluster(const QString& sql, const QString& database)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"admin"_s);
        db.setHostName(m_cluster.host);
        db.setPort(m_cluster.port);
        db.setUserName(m_cluster.user);
        db.setDatabaseName(database);
        QSqlQuery query(db);
        ok = db.open() && query.exec(sql);
        if (!ok)
            qWarning("%s: %s", qPrintable(sql),
                     qPrintable(db.isOpen() ? query.lastError().text() : db.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"admin"_s);
    return ok;
}

DatabaseUrl TestPostgresDatabase::fresh() const
{
    DatabaseUrl url;
    url.dialect = SqlDialect::Postgres;
    url.server = m_cluster;
    url.server.databaseName = m_database;
    url.server.displayName = url.displayName();
    return url;
}

void TestPostgresDatabase::initTestCase()
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
    m_cluster = parsed->server;
}

void TestPostgresDatabase::init()
{
    m_database = u"safescan_test_%1"_s.arg(QRandomGenerator::system()->generate64(), 16, 16, QChar(u'0'));
    QVERIFY(execOnCluster(u"CREATE DATABASE "_s + m_database, m_cluster.databaseName));
}

void TestPostgresDatabase::cleanup()
{
    QVERIFY(
        execOnCluster(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_database), m_cluster.databaseName));
}

void TestPostgresDatabase::migratesOnceInOneTransaction()
{
    const std::unique_ptr<Database> database = makeServerDatabase(fresh(), m_clock);
    QVERIFY2(database->open(), qPrintable(database->errorString()));
    const int latest = serverSchema(SqlDialect::Postgres).latestVersion();
    QCOMPARE(database->schemaVersion(), latest);
    QCOMPARE(Migrations::schemaVersion(database->connection()), latest);
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM safescan_schema_version"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    // Portable DDL: {id} is an identity column, RETURNING gives it back.
    QVERIFY(
        query.exec(u"INSERT INTO devices(token_hash, created_at) VALUES(repeat('a', 64), 5) RETURNING id"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 1);
    query.finish();

    // A second instance finds the schema up to date.
    const std::unique_ptr<Database> again = makeServerDatabase(fresh(), m_clock);
    QVERIFY2(again->open(), qPrintable(again->errorString()));
    QCOMPARE(again->schemaVersion(), latest);
}

void TestPostgresDatabase::instancesStartingAtOnceMigrateOnce()
{
    constexpr int Instances = 4;
    std::vector<std::unique_ptr<Database>> databases;
    std::vector<std::unique_ptr<QThread>> threads;
    QAtomicInt opened = 0;
    for (int i = 0; i < Instances; ++i)
        databases.push_back(makeServerDatabase(fresh(), m_clock));
    for (int i = 0; i < Instances; ++i) {
        Database* database = databases.at(size_t(i)).get();
        threads.emplace_back(QThread::create([database, &opened] {
            if (database->open())
                opened.fetchAndAddRelaxed(1);
            else
                qWarning("%s", qPrintable(database->errorString()));
            database->closeThreadConnection();
        }));
    }
    for (auto& thread : threads)
        thread->start();
    for (auto& thread : threads)
        QVERIFY(thread->wait(60000));
    QCOMPARE(opened.loadRelaxed(), Instances);
    for (const auto& database : databases)
        QCOMPARE(database->schemaVersion(), serverSchema(SqlDialect::Postgres).latestVersion());
}

void TestPostgresDatabase::refusesANewerDatabase()
{
    {
        const std::unique_ptr<Database> database = makeServerDatabase(fresh(), m_clock);
        QVERIFY2(database->open(), qPrintable(database->errorString()));
    }
    QVERIFY(execOnCluster(u"UPDATE safescan_schema_version SET version = 99"_s, m_database));
    const std::unique_ptr<Database> database = makeServerDatabase(fresh(), m_clock);
    QVERIFY(!database->open());
    QVERIFY2(database->errorString().contains(u"schema version 99, which is newer"_s),
             qPrintable(database->errorString()));
}

void TestPostgresDatabase::failedMigrationLeavesNothing()
{
    Migrations migrations;
    migrations.add(u"first"_s, QStringList{u"CREATE TABLE first_table(x BIGINT)"_s});
    migrations.add(u"broken"_s,
                   QStringList{u"CREATE TABLE second_table(x BIGINT)"_s, u"SELECT * FROM nowhere"_s});
    {
        Database database(fresh().server, m_clock, migrations);
        QVERIFY(!database.open());
        QVERIFY2(
            database.errorString().contains(u"Schema migration 2 (broken) failed, nothing was changed"_s),
            qPrintable(database.errorString()));
    }
    // Transactional DDL: not even the first table or the version table is left.
    const std::unique_ptr<Database> database = makeServerDatabase(fresh(), m_clock);
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM information_schema.tables WHERE table_name IN "
                       u"('first_table', 'second_table')"_s) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestPostgresDatabase::transactionsSerialiseWriters()
{
    const std::unique_ptr<Database> first = makeServerDatabase(fresh(), m_clock);
    QVERIFY2(first->open(), qPrintable(first->errorString()));
    auto holder = std::make_unique<Transaction>(*first);
    QVERIFY2(holder->isActive(), qPrintable(holder->errorString()));

    // Another instance's Transaction waits for the first one (its lock is the same advisory lock).
    const std::unique_ptr<Database> second = makeServerDatabase(fresh(), m_clock);
    QAtomicInt began = 0;
    std::unique_ptr<QThread> thread(QThread::create([&second, &began] {
        {
            Transaction transaction(*second);
            began.storeRelease(transaction.isActive() ? 1 : -1);
            transaction.commit();
        }
        second->closeThreadConnection();
    }));
    thread->start();
    // It is seen waiting for the advisory lock, not past BEGIN.
    const auto waiting = [&first] {
        QSqlQuery query(first->connection());
        return query.exec(u"SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"_s) &&
                       query.next()
                   ? query.value(0).toInt()
                   : -1;
    };
    QTRY_COMPARE(waiting(), 1);
    QCOMPARE(began.loadAcquire(), 0);
    QVERIFY(holder->commit());
    QVERIFY(thread->wait(15000));
    QCOMPARE(began.loadAcquire(), 1);
}

void TestPostgresDatabase::replacesALostConnection()
{
    const std::unique_ptr<Database> database = makeServerDatabase(fresh(), m_clock);
    QVERIFY2(database->open(), qPrintable(database->errorString()));
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(u"SELECT pg_backend_pid()"_s) && query.next());
    const qint64 pid = query.value(0).toLongLong();
    query.finish();
    QVERIFY(execOnCluster(u"SELECT pg_terminate_backend(%1)"_s.arg(pid), m_cluster.databaseName));

    // The first statement on the dead connection fails (the server went away), after which
    // libpq's status says so without another round trip...
    {
        const QSqlDatabase dead = database->connection();
        QVERIFY(postgresConnectionAlive(dead));
        QSqlQuery failing(dead);
        QVERIFY(!failing.exec(u"SELECT 1"_s));
        QVERIFY(!postgresConnectionAlive(dead));
    }
    // ... and the next connection() is a new one.
    QSqlQuery again(database->connection());
    QVERIFY2(again.exec(u"SELECT pg_backend_pid()"_s) && again.next(), qPrintable(again.lastError().text()));
    QVERIFY(again.value(0).toLongLong() != pid);
}

QTEST_GUILESS_MAIN(TestPostgresDatabase)
#include "TestPostgresDatabase.moc"
