// Schema upgrades: a database of every earlier version of clientSchema() opens, reaches the latest
// version with its rows intact and the same schema as a fresh database; a newer one is refused
// and left untouched.
#include "ManualClock.h"
#include "store/ClientSchema.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

// A row a user of that version could have: inserted when its table exists, checked after the
// upgrade by reading the same columns back.
struct SeedRow
{
    QString table;
    QStringList columns;
    QVariantList values;
    QString key; // WHERE clause that selects exactly this row
};

const QString kHash = u"5d41402abc4b2a76b9719d911017c592ae2a1e7a3c39d1ee8f6bbd0b8c8b2a1e"_s;

QList<SeedRow> seedRows()
{
    return {
        // 1: app state and blocklists
        {u"app_state"_s,
         {u"key"_s, u"value"_s},
         {u"client_id"_s, u"4b1c0d5e-client"_s},
         u"key = 'client_id'"_s},
        {u"app_state"_s,
         {u"key"_s, u"value"_s},
         {u"sync.cursor"_s, qint64(9'000'000'001)},
         u"key = 'sync.cursor'"_s},
        {u"app_state"_s,
         {u"key"_s, u"value"_s},
         {u"blob"_s, QByteArray("\x00\x01\xfe", 3)},
         u"key = 'blob'"_s},
        {u"blocklist_sources"_s,
         {u"id"_s, u"name"_s, u"format"_s, u"imported_at"_s, u"entry_count"_s, u"origin"_s},
         {qint64(7), u"urlhaus"_s, u"urlhaus-csv"_s, qint64(1'790'000'000'000), qint64(1), u"/feeds/u.csv"_s},
         u"id = 7"_s},
        {u"blocklist_entries"_s,
         {u"expression"_s, u"source_id"_s, u"threat"_s},
         {u"evil.example/"_s, qint64(7), u"malware"_s},
         u"expression = 'evil.example/'"_s},
        // 2: scan history and the sync outbox
        {u"scans"_s,
         {u"uuid"_s, u"sort_key"_s, u"content"_s, u"payload_type"_s, u"source"_s, u"scanned_at"_s,
          u"updated_at"_s, u"pinned"_s, u"note"_s},
         {u"0b3f-record"_s, qint64(1'790'000'000'000) << 20, u"https://example.org/menu"_s, u"url"_s,
          u"camera"_s, qint64(1'790'000'000'000), qint64(1'790'000'000'000), qint64(1), u"lunch"_s},
         u"uuid = '0b3f-record'"_s},
        {u"outbox"_s,
         {u"client_id"_s, u"kind"_s, u"record_uuid"_s, u"body"_s, u"created_at"_s, u"attempts"_s},
         {u"4b1c0d5e-client"_s, u"scan_saved"_s, u"0b3f-record"_s, u"{\"op\":\"insert\"}"_s,
          qint64(1'790'000'000'500), qint64(2)},
         u"record_uuid = '0b3f-record'"_s},
        // 3: votes, rating cache, analytics (for databases of later versions)
        {u"my_votes"_s,
         {u"content_hash"_s, u"vote"_s, u"voted_at"_s, u"sync_state"_s},
         {kHash, u"unsafe"_s, qint64(1'790'000'000'000), u"synced"_s},
         u"content_hash = '%1'"_s.arg(kHash)},
        {u"rating_cache"_s,
         {u"content_hash"_s, u"rating_json"_s, u"fetched_at"_s, u"last_used"_s},
         {kHash, u"{\"score\":0.2}"_s, qint64(1'790'000'000'000), qint64(3)},
         u"content_hash = '%1'"_s.arg(kHash)},
        {u"analytics_events"_s,
         {u"event_id"_s, u"kind"_s, u"body"_s, u"created_at"_s, u"sent"_s},
         {u"e-1"_s, u"scan"_s, u"{}"_s, qint64(1'790'000'000'000), qint64(1)},
         u"event_id = 'e-1'"_s},
    };
}

// The first `count` migrations of the client schema.
Migrations firstMigrations(int count)
{
    Migrations migrations;
    const Migrations schema = clientSchema();
    for (int i = 0; i < count; ++i)
        migrations.add(schema.migrations().at(i));
    return migrations;
}

QStringList tableNames(QSqlDatabase db)
{
    QStringList names;
    QSqlQuery query(db);
    if (query.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"_s)) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

// Every schema object as "type name on table: sql", sorted.
QStringList schemaObjects(QSqlDatabase db)
{
    QStringList objects;
    QSqlQuery query(db);
    if (!query.exec(
            u"SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema ORDER BY type, name"_s))
        return {u"(unreadable: %1)"_s.arg(query.lastError().text())};
    while (query.next()) {
        objects.append(u"%1 %2 on %3: %4"_s.arg(query.value(0).toString(), query.value(1).toString(),
                                                query.value(2).toString(), query.value(3).toString()));
    }
    return objects;
}

QVariantList readRow(QSqlDatabase db, const SeedRow& row)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT %1 FROM %2 WHERE %3"_s.arg(row.columns.join(u", "), row.table, row.key)) ||
        !query.next())
        return {};
    QVariantList values;
    for (int i = 0; i < row.columns.size(); ++i)
        values.append(query.value(i));
    if (query.next())
        return {u"(more than one row)"_s};
    return values;
}

QString pragmaText(QSqlDatabase db, const QString& pragma)
{
    QSqlQuery query(db);
    if (!query.exec(pragma))
        return query.lastError().text();
    QStringList rows;
    while (query.next())
        rows.append(query.value(0).toString());
    return rows.join(u'\n');
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace

class TestSchemaUpgrades : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void latestSchemaHasTheCommunityTables();
    void upgradeFromEveryEarlierVersion_data();
    void upgradeFromEveryEarlierVersion();
    void newerDatabaseRefusedAndUntouched();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    Test::ManualClock m_clock;
};

void TestSchemaUpgrades::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSchemaUpgrades::latestSchemaHasTheCommunityTables()
{
    Database fresh(m_dir->filePath(u"fresh.sqlite"_s), m_clock, clientSchema());
    QVERIFY2(fresh.open(), qPrintable(fresh.errorString()));
    QVERIFY(clientSchema().latestVersion() >= 3);
    const QStringList tables = tableNames(fresh.connection());
    // outbox comes from migration 2; VoteRepository writes to it.
    for (const QString& table : {u"app_state"_s, u"blocklist_sources"_s, u"blocklist_entries"_s, u"outbox"_s,
                                 u"my_votes"_s, u"rating_cache"_s, u"analytics_events"_s})
        QVERIFY2(tables.contains(table), qPrintable(table + u" is missing from "_s + tables.join(u", ")));
}

void TestSchemaUpgrades::upgradeFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    const int latest = clientSchema().latestVersion();
    QVERIFY(latest >= 1);
    for (int version = 0; version < latest; ++version)
        QTest::addRow("from version %d to %d", version, latest) << version;
}

void TestSchemaUpgrades::upgradeFromEveryEarlierVersion()
{
    QFETCH(int, version);
    const int latest = clientSchema().latestVersion();
    const QString path = m_dir->filePath(u"old.sqlite"_s);

    // The database as version `version` of SafeScan left it (0: an empty file).
    QList<SeedRow> seeded;
    if (version == 0) {
        QFile empty(path);
        QVERIFY(empty.open(QIODevice::WriteOnly));
    } else {
        Database old(path, m_clock, firstMigrations(version));
        QVERIFY2(old.open(), qPrintable(old.errorString()));
        QSqlDatabase db = old.connection();
        QCOMPARE(Migrations::schemaVersion(db), version);
        const QStringList tables = tableNames(db);
        for (const SeedRow& row : seedRows()) {
            if (!tables.contains(row.table))
                continue; // not in this version yet
            QSqlQuery insert(db);
            QStringList marks;
            for (qsizetype i = 0; i < row.columns.size(); ++i)
                marks.append(u"?"_s);
            // OR REPLACE: a migration may have stored the row already (migration 2 creates the
            // client id); the user's value is the one that must survive.
            QVERIFY(insert.prepare(u"INSERT OR REPLACE INTO %1(%2) VALUES(%3)"_s.arg(
                row.table, row.columns.join(u", "), marks.join(u", "))));
            for (const QVariant& value : row.values)
                insert.addBindValue(value);
            QVERIFY2(insert.exec(), qPrintable(row.table + u": "_s + insert.lastError().text()));
            seeded.append(row);
        }
        QVERIFY(!seeded.isEmpty()); // every version has at least the app state
        if (version >= 4) {
            // From version 4 the store, not a trigger, writes the scan's full-text row.
            QSqlQuery index(db);
            QVERIFY2(index.exec(u"INSERT INTO scans_fts(rowid, content, note, host) "
                                u"SELECT sort_key, content, note, host FROM scans"_s),
                     qPrintable(index.lastError().text()));
        }
    }

    // Opened by the current version.
    Database current(path, m_clock, clientSchema());
    QVERIFY2(current.open(), qPrintable(current.errorString()));
    QCOMPARE(current.schemaVersion(), latest);
    QSqlDatabase db = current.connection();
    QCOMPARE(Migrations::schemaVersion(db), latest);
    for (const SeedRow& row : std::as_const(seeded))
        QCOMPARE(readRow(db, row), row.values);
    QCOMPARE(pragmaText(db, u"PRAGMA integrity_check"_s), u"ok"_s);
    QCOMPARE(pragmaText(db, u"PRAGMA foreign_key_check"_s), QString());
    if (version >= 2) {
        // The scan indexed by the insert trigger of versions 2 and 3 (by the store from version 4)
        // is still found, and the index still agrees with its rows (schema 4 dropped that trigger).
        QCOMPARE(
            pragmaText(db, u"SELECT count(*) FROM scans_fts WHERE scans_fts MATCH '\"example.org/me\"'"_s),
            u"1"_s);
        QSqlQuery check(db);
        QVERIFY2(check.exec(u"INSERT INTO scans_fts(scans_fts) VALUES('integrity-check')"_s),
                 qPrintable(check.lastError().text()));
        // Rows from before schema 5 keep their payload_json as written ("raw" included).
        QCOMPARE(pragmaText(db, u"SELECT raw_in_content FROM scans WHERE uuid = '0b3f-record'"_s), u"0"_s);
    }

    // The same schema as a database created by the current version.
    Database fresh(m_dir->filePath(u"fresh.sqlite"_s), m_clock, clientSchema());
    QVERIFY2(fresh.open(), qPrintable(fresh.errorString()));
    const QStringList upgradedTables = tableNames(db);
    for (const QString& table : tableNames(fresh.connection()))
        QVERIFY2(upgradedTables.contains(table), qPrintable(u"missing after the upgrade: "_s + table));
    QCOMPARE(schemaObjects(db), schemaObjects(fresh.connection()));
}

void TestSchemaUpgrades::newerDatabaseRefusedAndUntouched()
{
    const int latest = clientSchema().latestVersion();
    const QString path = m_dir->filePath(u"newer.sqlite"_s);
    QStringList schemaBefore;
    {
        // As a later SafeScan would leave it: the current schema plus a table we do not know.
        Database newer(path, m_clock, clientSchema());
        QVERIFY2(newer.open(), qPrintable(newer.errorString()));
        QSqlQuery query(newer.connection());
        QVERIFY(query.exec(u"CREATE TABLE from_the_future(x)"_s));
        QVERIFY(query.exec(u"INSERT INTO app_state(key, value) VALUES('kept', 'yes')"_s));
        QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(latest + 1)));
        schemaBefore = schemaObjects(newer.connection());
    } // closing the last connection checkpoints the WAL into the file
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    const QByteArray bytesBefore = fileHash(path);
    QVERIFY(!bytesBefore.isEmpty());

    {
        Database current(path, m_clock, clientSchema());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"newer than this version"_s));
        QVERIFY(!current.open());
        const QString error = current.errorString();
        QVERIFY2(error.contains(u"schema version %1"_s.arg(latest + 1)), qPrintable(error));
        QVERIFY2(error.contains(u"up to %1"_s.arg(latest)), qPrintable(error));
        QVERIFY2(error.contains(u"Update SafeScan"_s), qPrintable(error));
        QCOMPARE(current.schemaVersion(), 0);
        QVERIFY(!current.connection().isValid()); // and again on a second try
    }
    QCOMPARE(fileHash(path), bytesBefore);

    Database bare(path, m_clock, Migrations()); // reads without migrating... but refuses too
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"newer than this version"_s));
    QVERIFY(!bare.open());
    QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-reader"_s);
    {
        raw.setDatabaseName(path);
        raw.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QVERIFY(raw.open());
        QCOMPARE(Migrations::schemaVersion(raw), latest + 1);
        QCOMPARE(schemaObjects(raw), schemaBefore);
        QSqlQuery query(raw);
        QVERIFY(query.exec(u"SELECT value FROM app_state WHERE key = 'kept'"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"yes"_s);
        raw.close();
    }
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"raw-reader"_s);
}

QTEST_GUILESS_MAIN(TestSchemaUpgrades)
#include "TestSchemaUpgrades.moc"
