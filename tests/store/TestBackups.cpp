// Backups: online backups of the live database, daily rotation by the injected clock, restore that
// refuses anything that is not a SafeScan database this version can read.
#include "ManualClock.h"
#include "store/Backups.h"
#include "store/ClientSchema.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;

bool populate(Database& database, int from, int count)
{
    QSqlDatabase db = database.connection();
    if (!db.transaction())
        return false;
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO app_state(key, value) VALUES(?, ?)"_s);
    for (int i = from; i < from + count; ++i) {
        insert.addBindValue(u"row-%1"_s.arg(i, 6, 10, QChar(u'0')));
        insert.addBindValue(u"value %1 "_s.arg(i).repeated(8));
        if (!insert.exec()) {
            insert.finish();
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

int countRows(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) FROM app_state WHERE key LIKE 'row-%'"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

int countRows(Database& database)
{
    return countRows(database.connection());
}

// Opens a file on its own, as a later SafeScan would.
int countRowsIn(const QString& path, const Clock& clock)
{
    Database other(path, clock, clientSchema());
    return other.open() ? countRows(other) : -1;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestBackups : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fileNames();
    void dailyRotation();
    void backupHoldsTheData();
    void partialFilesAreNotBackups();
    void progressAndCancel();
    void snapshotWhileOthersWrite();
    void backupToUnwritablePlace();
    void manualRoundTrip();
    void restoreOlderSchema();
    void restoreRefused_data();
    void restoreRefused();

private:
    QString dbPath() const { return m_dir->filePath(u"safescan.sqlite"_s); }
    QString backupDir() const { return m_dir->filePath(u"backups"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
};

void TestBackups::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<Test::ManualClock>();
    m_db = std::make_unique<Database>(dbPath(), *m_clock, clientSchema());
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
}

void TestBackups::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestBackups::fileNames()
{
    // 2026-11-18 11:06:40 UTC
    QCOMPARE(Backups::timestamp(1'795'000'000'000), u"20261118-110640"_s);
    QCOMPARE(Backups::fileNameFor(1'795'000'000'000), u"safescan-20261118-110640.sqlite"_s);
}

void TestBackups::dailyRotation()
{
    Backups backups(*m_db, backupDir());
    QStringList made;
    for (int day = 1; day <= 10; ++day) {
        QVERIFY(backups.isDailyBackupDue());
        const BackupResult first = backups.dailyBackup();
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.path, QDir(backupDir()).filePath(Backups::fileNameFor(m_clock->epochMs())));
        made.prepend(first.path);
        QCOMPARE(first.removed.size(), day > 7 ? 1 : 0);
        if (day > 7)
            QCOMPARE(first.removed.constFirst(), made.at(7));

        // Later the same day: nothing more.
        m_clock->advance(3 * 3600 * 1000);
        QVERIFY(!backups.isDailyBackupDue());
        const BackupResult second = backups.dailyBackup();
        QVERIFY(second.ok);
        QVERIFY(second.path.isEmpty());

        QList<QString> listed;
        for (const BackupInfo& info : backups.list())
            listed.append(info.path);
        QCOMPARE(listed, made.mid(0, 7));
        QCOMPARE(backups.list().constFirst().time, m_clock->epochMs() - 3 * 3600 * 1000);
        m_clock->advance(kDayMs - 3 * 3600 * 1000);
    }
    QCOMPARE(QDir(backupDir()).entryList(QDir::Files).size(), 7);
    QCOMPARE(backups.newestBackup()->path, made.constFirst());
}

void TestBackups::backupHoldsTheData()
{
    QVERIFY(populate(*m_db, 0, 500));
    Backups backups(*m_db, backupDir());
    const QString file = m_dir->filePath(u"manual/copy.sqlite"_s);
    const BackupResult result = backups.backupTo(file);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.path, file);
    QVERIFY(!QFile::exists(file + u".partial"_s));
    QVERIFY(Backups::validate(file, clientSchema().latestVersion()).isEmpty());
    QVERIFY(populate(*m_db, 500, 10)); // after the backup
    QCOMPARE(countRowsIn(file, *m_clock), 500);
    // Backing up over an existing file replaces it.
    QVERIFY(backups.backupTo(file).ok);
    QCOMPARE(countRowsIn(file, *m_clock), 510);
}

void TestBackups::partialFilesAreNotBackups()
{
    Backups backups(*m_db, backupDir());
    QVERIFY(QDir().mkpath(backupDir()));
    // Left by a backup killed yesterday, and junk.
    const QString stale =
        QDir(backupDir()).filePath(Backups::fileNameFor(m_clock->epochMs() - kDayMs) + u".partial"_s);
    QVERIFY(writeFile(stale, "half a backup"));
    QVERIFY(writeFile(QDir(backupDir()).filePath(u"safescan-notes.sqlite"_s), "x"));
    QVERIFY(backups.list().isEmpty());
    QVERIFY(!backups.newestBackup());
    QVERIFY(backups.isDailyBackupDue());
    QVERIFY(backups.dailyBackup().ok);
    QCOMPARE(backups.list().size(), 1);
    QVERIFY(!QFile::exists(stale));
}

void TestBackups::progressAndCancel()
{
    QVERIFY(populate(*m_db, 0, 3000));
    Backups backups(*m_db, backupDir(), Backups::Options{7, 8});
    QList<QPair<qint64, qint64>> steps;
    const BackupResult result =
        backups.backupTo(m_dir->filePath(u"p.sqlite"_s), [&](qint64 done, qint64 total) {
            steps.append({done, total});
            return true;
        });
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY2(steps.size() > 10, qPrintable(QString::number(steps.size())));
    for (qsizetype i = 1; i < steps.size(); ++i)
        QVERIFY(steps.at(i).first > steps.at(i - 1).first);
    QCOMPARE(steps.constLast().first, steps.constLast().second);

    int calls = 0;
    const QString cancelled = m_dir->filePath(u"c.sqlite"_s);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cancelled"_s));
    const BackupResult stopped = backups.backupTo(cancelled, [&](qint64, qint64) { return ++calls < 3; });
    QVERIFY(!stopped.ok);
    QCOMPARE(calls, 3);
    QVERIFY2(stopped.error.contains(u"cancelled"_s), qPrintable(stopped.error));
    QVERIFY(!QFile::exists(cancelled));
    QVERIFY(!QFile::exists(cancelled + u".partial"_s));
}

void TestBackups::snapshotWhileOthersWrite()
{
    QVERIFY(populate(*m_db, 0, 3000));
    Database writer(dbPath(), *m_clock, clientSchema());
    QVERIFY(writer.open());
    Backups backups(*m_db, backupDir(), Backups::Options{7, 4});
    int step = 0;
    const QString file = m_dir->filePath(u"snap.sqlite"_s);
    const BackupResult result = backups.backupTo(file, [&](qint64, qint64) {
        // Another connection commits between steps: the copy must neither restart nor tear.
        return populate(writer, 10'000 + 10 * step++, 10);
    });
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(step > 10);
    QCOMPARE(countRowsIn(file, *m_clock), 3000);
    QCOMPARE(countRows(*m_db), 3000 + 10 * step);
}

void TestBackups::backupToUnwritablePlace()
{
    QVERIFY(writeFile(m_dir->filePath(u"plain"_s), "a file"));
    Backups backups(*m_db, m_dir->filePath(u"plain/backups"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"The backup to .* failed"_s));
    const BackupResult result = backups.dailyBackup();
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(u"cannot be created"_s), qPrintable(result.error));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"The backup to .* failed"_s));
    QVERIFY(!backups.backupTo(dbPath()).ok); // never onto the database itself
}

void TestBackups::manualRoundTrip()
{
    QVERIFY(populate(*m_db, 0, 100));
    Backups backups(*m_db, backupDir());
    const QString file = m_dir->filePath(u"mine.sqlite"_s);
    QVERIFY(backups.backupTo(file).ok);

    QVERIFY(populate(*m_db, 100, 50));
    QSqlQuery change(m_db->connection());
    QVERIFY(change.exec(u"UPDATE app_state SET value = 'changed' WHERE key = 'row-000001'"_s));
    Database other(dbPath(), *m_clock, clientSchema()); // another connection, as another thread has
    QVERIFY(other.open());
    QCOMPARE(countRows(other), 150);

    m_clock->advance(kDayMs);
    const RestoreResult restored = backups.restoreFrom(file);
    QVERIFY2(restored.ok, qPrintable(restored.error));
    QCOMPARE(restored.restoredVersion, clientSchema().latestVersion());
    QCOMPARE(restored.keptAside, dbPath() + u".before-restore-"_s + Backups::timestamp(m_clock->epochMs()));
    QCOMPARE(countRows(*m_db), 100);
    QCOMPARE(countRows(other), 100);
    QSqlQuery value(m_db->connection());
    QVERIFY(value.exec(u"SELECT value FROM app_state WHERE key = 'row-000001'"_s) && value.next());
    QVERIFY(value.value(0).toString() != u"changed"_s);
    // The content from before the restore is kept aside, whole.
    QCOMPARE(countRowsIn(restored.keptAside, *m_clock), 150);
    QVERIFY(QDir(m_dir->path()).entryList({u"*.restoring*"_s}).isEmpty());
    // The live database still works and survives a reopen.
    QVERIFY(populate(*m_db, 200, 5));
    m_db.reset();
    QCOMPARE(countRowsIn(dbPath(), *m_clock), 105);
}

void TestBackups::restoreOlderSchema()
{
    const QString old = m_dir->filePath(u"v1.sqlite"_s);
    {
        Migrations v1;
        v1.add(clientSchema().migrations().constFirst());
        Database oldDb(old, *m_clock, v1);
        QVERIFY(oldDb.open());
        QVERIFY(populate(oldDb, 0, 20));
    }
    Backups backups(*m_db, backupDir());
    const RestoreResult restored = backups.restoreFrom(old);
    QVERIFY2(restored.ok, qPrintable(restored.error));
    QCOMPARE(restored.restoredVersion, 1);
    QSqlQuery version(m_db->connection());
    QVERIFY(version.exec(u"PRAGMA user_version"_s) && version.next());
    QCOMPARE(version.value(0).toInt(), clientSchema().latestVersion());
    QCOMPARE(countRows(*m_db), 20);
    QCOMPARE(Backups::validate(old, clientSchema().latestVersion()), QString()); // the file itself untouched
    QSqlQuery v1Version(m_db->connection());
    Database oldAgain(old, *m_clock, Migrations().add(clientSchema().migrations().constFirst()));
    QVERIFY(oldAgain.open());
    QSqlQuery check(oldAgain.connection());
    QVERIFY(check.exec(u"PRAGMA user_version"_s) && check.next());
    QCOMPARE(check.value(0).toInt(), 1);
}

void TestBackups::restoreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");

    QTest::newRow("text file") << u"text"_s << u"not a SafeScan database"_s;
    QTest::newRow("empty file") << u"empty"_s << u"is empty"_s;
    QTest::newRow("missing file") << u"missing"_s << u"does not exist"_s;
    QTest::newRow("other SQLite database") << u"foreign"_s << u"not a SafeScan database"_s;
    QTest::newRow("newer schema") << u"newer"_s << u"newer version of SafeScan"_s;
    QTest::newRow("damaged backup") << u"damaged"_s << u"damaged"_s;
}

void TestBackups::restoreRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);

    QVERIFY(populate(*m_db, 0, 300));
    Backups backups(*m_db, backupDir());
    const QString file = m_dir->filePath(u"candidate.sqlite"_s);
    if (kind == u"text"_s) {
        QVERIFY(writeFile(file, QByteArray("not a database at all\n").repeated(300)));
    } else if (kind == u"empty"_s) {
        QVERIFY(writeFile(file, {}));
    } else if (kind == u"foreign"_s) {
        Database foreign(file, *m_clock, Migrations().add(u"other app"_s, {u"CREATE TABLE notes(x)"_s}));
        QVERIFY(foreign.open());
    } else if (kind == u"newer"_s || kind == u"damaged"_s) {
        QVERIFY(backups.backupTo(file).ok);
        if (kind == u"newer"_s) {
            Database newer(file, *m_clock, Migrations());
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery bump(db);
            QVERIFY(bump.exec(u"PRAGMA user_version = %1"_s.arg(clientSchema().latestVersion() + 1)));
            bump = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"newer"_s);
        } else {
            QFile damage(file);
            QVERIFY(damage.open(QIODevice::ReadWrite));
            QVERIFY(damage.seek(damage.size() / 2 / 4096 * 4096));
            QVERIFY(damage.write(QByteArray(8 * 4096, '\x5a')) > 0);
        }
    }
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);
    const QByteArray candidate = readAll(file);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Nothing was restored"_s));
    const RestoreResult result = backups.restoreFrom(file);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.startsWith(u"Nothing was restored: "_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(reason), qPrintable(result.error));
    QVERIFY(result.keptAside.isEmpty());
    // Nothing changed: the same rows, no new files, the candidate untouched.
    QCOMPARE(countRows(*m_db), 300);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore);
    QCOMPARE(readAll(file), candidate);
}

QTEST_GUILESS_MAIN(TestBackups)
#include "TestBackups.moc"
