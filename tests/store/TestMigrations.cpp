// Migrations: cumulative, all pending ones in one transaction, newer schemas refused.
#include "ManualClock.h"
#include "store/ClientSchema.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

QStringList tables(QSqlDatabase db)
{
    QSqlQuery query(db);
    QStringList names;
    if (query.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"_s)) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

int userVersion(QSqlDatabase db)
{
    return Migrations::schemaVersion(db);
}

// Migration n creates table tn.
Migrations numbered(int count)
{
    Migrations migrations;
    for (int i = 1; i <= count; ++i)
        migrations.add(u"table %1"_s.arg(i), QStringList{u"CREATE TABLE t%1(x)"_s.arg(i)});
    return migrations;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void freshDatabase_data();
    void freshDatabase();
    void runsOnlyPending();
    void newerSchemaRefused();
    void failureRollsBackEverything_data();
    void failureRollsBackEverything();
    void stepGetsClockAndConnection();
    void clientSchemaTables_data();
    void clientSchemaTables();
    void clientSchemaCascades();

private:
    QSqlDatabase bareConnection();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_bare; // configured connection, no migrations
    Test::ManualClock m_clock;
};

void TestMigrations::init()
{
    m_bare.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QSqlDatabase TestMigrations::bareConnection()
{
    m_bare = std::make_unique<Database>(m_dir->filePath(u"m.sqlite"_s), m_clock, Migrations());
    return m_bare->connection();
}

void TestMigrations::freshDatabase_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("none") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("five") << 5;
}

void TestMigrations::freshDatabase()
{
    QFETCH(int, count);
    QSqlDatabase db = bareConnection();
    const MigrationResult result = numbered(count).apply(db, m_clock);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.fromVersion, 0);
    QCOMPARE(result.toVersion, count);
    QCOMPARE(result.failedVersion, 0);
    QCOMPARE(userVersion(db), count);
    QCOMPARE(tables(db).size(), count);
}

void TestMigrations::runsOnlyPending()
{
    QSqlDatabase db = bareConnection();
    QVERIFY(numbered(2).apply(db, m_clock).ok);
    int runs = 0;
    Migrations migrations = numbered(2);
    migrations.add(u"counted"_s, [&runs](const MigrationContext&, QString&) { return ++runs > 0; });
    migrations.add(u"table 4"_s, QStringList{u"CREATE TABLE t4(x)"_s});
    const MigrationResult result = migrations.apply(db, m_clock);
    QVERIFY2(result.ok, qPrintable(result.error)); // would fail on "table t1 already exists"
    QCOMPARE(result.fromVersion, 2);
    QCOMPARE(result.toVersion, 4);
    QCOMPARE(runs, 1);
    QVERIFY(migrations.apply(db, m_clock).ok);
    QCOMPARE(runs, 1);
    QCOMPARE(tables(db), (QStringList{u"t1"_s, u"t2"_s, u"t4"_s}));
}

void TestMigrations::newerSchemaRefused()
{
    const QString path = m_dir->filePath(u"newer.sqlite"_s);
    {
        Database newer(path, m_clock, numbered(3));
        QVERIFY(newer.open());
    }
    Database older(path, m_clock, numbered(2));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"newer than this version"_s));
    QVERIFY(!older.open());
    QVERIFY2(older.errorString().contains(u"schema version 3"_s), qPrintable(older.errorString()));
    QVERIFY(older.errorString().contains(u"up to 2"_s));

    QSqlDatabase db = bareConnection();
    const MigrationResult result = numbered(1).apply(db, m_clock);
    QVERIFY(result.ok);
    const MigrationResult refused = Migrations().apply(db, m_clock);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.fromVersion, 1);
    QCOMPARE(userVersion(db), 1);
}

void TestMigrations::failureRollsBackEverything_data()
{
    QTest::addColumn<int>("applied"); // migrations already applied before the run
    QTest::addColumn<int>("failing"); // the one that fails
    QTest::addColumn<bool>("asStep"); // fails as a code step rather than a statement

    QTest::newRow("first of fresh, statement") << 0 << 1 << false;
    QTest::newRow("third of fresh, statement") << 0 << 3 << false;
    QTest::newRow("third of fresh, step") << 0 << 3 << true;
    QTest::newRow("fourth after two, step") << 2 << 4 << true;
}

void TestMigrations::failureRollsBackEverything()
{
    QFETCH(int, applied);
    QFETCH(int, failing);
    QFETCH(bool, asStep);
    QSqlDatabase db = bareConnection();
    QVERIFY(numbered(applied).apply(db, m_clock).ok);

    Migrations migrations = numbered(failing - 1);
    if (asStep) {
        migrations.add(u"broken step"_s, [](const MigrationContext& context, QString& error) {
            QSqlQuery query(context.db);
            if (!query.exec(u"INSERT INTO t1(x) VALUES(1)"_s))
                return false;
            error = u"refusing on purpose"_s;
            return false;
        });
    } else {
        migrations.add(u"broken statement"_s,
                       QStringList{u"CREATE TABLE fine(x)"_s, u"INSERT INTO missing VALUES(1)"_s});
    }
    migrations.add(u"never reached"_s, QStringList{u"CREATE TABLE after(x)"_s});

    const QStringList before = tables(db);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"failed, nothing was changed"_s));
    const MigrationResult result = migrations.apply(db, m_clock);
    QVERIFY(!result.ok);
    QCOMPARE(result.failedVersion, failing);
    QCOMPARE(result.fromVersion, applied);
    QCOMPARE(result.toVersion, applied);
    QVERIFY2(result.error.contains(u"migration %1 ("_s.arg(failing)), qPrintable(result.error));
    QVERIFY(result.error.contains(asStep ? u"refusing on purpose"_s : u"no such table: missing"_s));
    QCOMPARE(userVersion(db), applied);
    QCOMPARE(tables(db), before);
    QSqlQuery query(db);
    QVERIFY(query.exec(u"BEGIN IMMEDIATE"_s)); // no transaction was left open
    QVERIFY(query.exec(u"ROLLBACK"_s));
}

void TestMigrations::stepGetsClockAndConnection()
{
    QSqlDatabase db = bareConnection();
    m_clock.advance(5000);
    Migrations migrations = numbered(1);
    migrations.add(u"stamp"_s, [](const MigrationContext& context, QString& error) {
        QSqlQuery query(context.db);
        query.prepare(u"INSERT INTO t1(x) VALUES(?)"_s);
        query.addBindValue(context.clock.epochMs());
        if (query.exec())
            return true;
        error = query.lastError().text();
        return false;
    });
    QVERIFY(migrations.apply(db, m_clock).ok);
    QSqlQuery query(db);
    QVERIFY(query.exec(u"SELECT x FROM t1"_s) && query.next());
    QCOMPARE(query.value(0).toLongLong(), m_clock.epochMs());
}

void TestMigrations::clientSchemaTables_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("app_state") << u"app_state"_s;
    QTest::newRow("blocklist_sources") << u"blocklist_sources"_s;
    QTest::newRow("blocklist_entries") << u"blocklist_entries"_s;
}

void TestMigrations::clientSchemaTables()
{
    QFETCH(QString, table);
    Database db(m_dir->filePath(u"client.sqlite"_s), m_clock, clientSchema());
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    QVERIFY(clientSchema().latestVersion() >= 1);
    QVERIFY(tables(db.connection()).contains(table));
}

void TestMigrations::clientSchemaCascades()
{
    Database db(m_dir->filePath(u"cascade.sqlite"_s), m_clock, clientSchema());
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(u"INSERT INTO blocklist_sources(id, name) VALUES(7, 'x')"_s));
    QVERIFY(query.exec(u"INSERT INTO blocklist_entries(expression, source_id) VALUES('a.example/', 7)"_s));
    QVERIFY(!query.exec(u"INSERT INTO blocklist_entries(expression, source_id) VALUES('b.example/', 8)"_s));
    QVERIFY(!query.exec(u"INSERT INTO blocklist_entries(expression, source_id) VALUES('a.example/', 7)"_s));
    QVERIFY(query.exec(u"DELETE FROM blocklist_sources WHERE id = 7"_s));
    QVERIFY(query.exec(u"SELECT count(*) FROM blocklist_entries"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
