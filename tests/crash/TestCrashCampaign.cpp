// Crash campaign of the local store (issue 10): the real CLI is killed with SIGKILL at random
// moments while it imports a history, writes a backup, restores one, and migrates a database of an
// earlier schema version. After every kill the store must open without a recovery, lose nothing
// that was committed, never hold half of an operation that is all-or-nothing, and finish the
// operation when it is run again. SAFESCAN_CRASH_ROUNDS sets the kills per case (scripts/crash
// runs long campaigns); SAFESCAN_CRASH_SEED the random seed.
#include "CliRun.h"
#include "ManualClock.h"
#include "store/ClientSchema.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

const QString kBinary = QStringLiteral(SAFESCAN_BINARY);
constexpr int kImportRecords = 6000;
constexpr int kHistoryRows = 20000;

int rounds()
{
    const int fromEnv = qEnvironmentVariableIntValue("SAFESCAN_CRASH_ROUNDS");
    return fromEnv > 0 ? fromEnv : 8;
}

using Run = SafeScan::Test::CliResult;

Run runToEnd(const QStringList& args)
{
    return SafeScan::Test::runCliToEnd(kBinary, args);
}

// Starts the CLI and kills it with SIGKILL after `delayMs`; true when it was still running then.
bool runAndKill(const QStringList& args, qint64 delayMs)
{
    QProcess process;
    process.start(kBinary, args);
    if (!process.waitForStarted(10'000))
        return false;
    process.waitForFinished(int(std::max<qint64>(1, delayMs)));
    const bool running = process.state() == QProcess::Running;
    process.kill();
    process.waitForFinished(10'000);
    return running;
}

// What a SQLite file holds, read directly (no migration, no recovery): the schema version, the
// integrity check and the number of scans.
struct FileState
{
    bool opened = false;
    int version = -1;
    QString integrity;
    qint64 scans = -1;
};

FileState inspect(const QString& path)
{
    FileState state;
    const QString name = u"inspect-%1"_s.arg(quintptr(&state));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (QFile::exists(path) && db.open()) {
            state.opened = true;
            QSqlQuery query(db);
            if (query.exec(u"PRAGMA user_version"_s) && query.next())
                state.version = query.value(0).toInt();
            if (query.exec(u"PRAGMA integrity_check"_s) && query.next())
                state.integrity = query.value(0).toString();
            if (query.exec(u"SELECT count(*) FROM scans"_s) && query.next())
                state.scans = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return state;
}

// The CLI's view: `db check` exit status (0 healthy) and the number of scans in the history.
int dbCheck(const QString& dataDir)
{
    return runToEnd({u"db"_s, u"check"_s, u"--data-dir"_s, dataDir}).exitCode;
}

qint64 historyCount(const QString& dataDir)
{
    const Run run =
        runToEnd({u"history"_s, u"--json"_s, u"--limit"_s, u"100000000"_s, u"--data-dir"_s, dataDir});
    if (run.exitCode != 0)
        return -1;
    return run.out.count('\n');
}

QByteArray importJson(int records, int offset)
{
    QJsonArray array;
    for (int i = 0; i < records; ++i)
        array.append(QJsonObject{{u"content"_s, u"https://campaign.example/%1/page"_s.arg(offset + i)},
                                 {u"scanned_at"_s, 1'790'000'000'000 + qint64(offset + i) * 1000},
                                 {u"payload_type"_s, u"url"_s},
                                 {u"source"_s, u"file"_s},
                                 {u"note"_s, i % 10 == 0 ? u"note %1"_s.arg(i) : QString()}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Replaces the data folder `to` by a copy of `from` (the database file only; the CLI adds the rest).
bool copyData(const QString& from, const QString& to)
{
    QDir(to).removeRecursively();
    return QDir().mkpath(to) &&
           QFile::copy(QDir(from).filePath(u"safescan.sqlite"_s), QDir(to).filePath(u"safescan.sqlite"_s));
}

} // namespace

class TestCrashCampaign : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedDuringImport();
    void killedDuringBackup();
    void killedDuringRestore();
    void killedDuringMigration();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    // A delay within the first three quarters of an undisturbed run (measured once): the length of
    // a run varies with the machine's load, and a kill after the end tests nothing.
    qint64 nextDelay(qint64 fullRunMs)
    {
        return std::uniform_int_distribution<qint64>(0, fullRunMs * 3 / 4)(m_random);
    }
    void report(const char* what, int kills, int midRun);

    QTemporaryDir m_dir;
    std::mt19937 m_random;
};

void TestCrashCampaign::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(kBinary), qPrintable(kBinary));
    const quint32 seed = qEnvironmentVariableIsSet("SAFESCAN_CRASH_SEED")
                             ? quint32(qEnvironmentVariableIntValue("SAFESCAN_CRASH_SEED"))
                             : 20261122u;
    m_random.seed(seed);
    qInfo("seed %u, %d kills per case", seed, rounds());
    // A history of kHistoryRows scans (the backup and restore cases use it).
    QVERIFY(writeFile(path(u"history.json"_s), importJson(kHistoryRows, 1'000'000)));
    const Run run = runToEnd({u"import"_s, u"--data-dir"_s, path(u"big"_s), path(u"history.json"_s)});
    QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
    QCOMPARE(historyCount(path(u"big"_s)), qint64(kHistoryRows));
}

void TestCrashCampaign::report(const char* what, int kills, int midRun)
{
    qInfo("%s: %d kills, %d of them while the CLI ran", what, kills, midRun);
    // Meaningful only when kills land in the work, not all after it (a loaded machine runs some
    // commands faster than the measured run, so not every kill can be expected to hit).
    QVERIFY2(midRun * 4 >= kills,
             qPrintable(u"only %1 of %2 kills hit a running process"_s.arg(midRun).arg(kills)));
}

// An import commits in its own transactions: a kill leaves a prefix of it, never a broken store,
// and running it again completes it without duplicates.
void TestCrashCampaign::killedDuringImport()
{
    QVERIFY(writeFile(path(u"import.json"_s), importJson(kImportRecords, 0)));
    const QString probe = path(u"import-probe"_s);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(runToEnd({u"import"_s, u"--data-dir"_s, probe, path(u"import.json"_s)}).exitCode, 0);
    const qint64 fullRunMs = std::max<qint64>(timer.elapsed(), 50);

    int midRun = 0;
    for (int round = 0; round < rounds(); ++round) {
        const QString data = path(u"import-%1"_s.arg(round));
        midRun +=
            runAndKill({u"import"_s, u"--data-dir"_s, data, path(u"import.json"_s)}, nextDelay(fullRunMs));
        const FileState after = inspect(QDir(data).filePath(u"safescan.sqlite"_s));
        if (after.opened && after.version >= 0) {
            QCOMPARE(after.integrity, u"ok"_s);
            QVERIFY2(after.scans <= kImportRecords, qPrintable(QString::number(after.scans)));
        }
        QCOMPARE(dbCheck(data), 0);
        const Run again = runToEnd({u"import"_s, u"--data-dir"_s, data, path(u"import.json"_s)});
        QVERIFY2(again.exitCode == 0, (again.out + again.err).constData());
        QCOMPARE(historyCount(data), qint64(kImportRecords)); // nothing twice, nothing missing
        QDir(data).removeRecursively();
    }
    report("import", rounds(), midRun);
}

// A backup is written whole or not at all: the file, when there, is a complete copy; the store
// it was taken from is untouched.
void TestCrashCampaign::killedDuringBackup()
{
    const QString source = path(u"big"_s);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(runToEnd({u"backup"_s, u"--data-dir"_s, source, path(u"probe-backup.sqlite"_s)}).exitCode, 0);
    const qint64 fullRunMs = std::max<qint64>(timer.elapsed(), 50);
    QCOMPARE(inspect(path(u"probe-backup.sqlite"_s)).scans, qint64(kHistoryRows));

    int midRun = 0;
    int written = 0;
    int withLeftovers = 0;
    for (int round = 0; round < rounds(); ++round) {
        const QString target = path(u"backup-%1.sqlite"_s.arg(round));
        midRun += runAndKill({u"backup"_s, u"--data-dir"_s, source, target}, nextDelay(fullRunMs));
        if (QFile::exists(target)) {
            ++written;
            const FileState backup = inspect(target);
            QVERIFY2(backup.opened, qPrintable(target));
            QCOMPARE(backup.integrity, u"ok"_s);
            QCOMPARE(backup.scans, qint64(kHistoryRows));
        }
        // A killed backup may leave its work file (TARGET.partial and its journal) beside the
        // target, never a partial TARGET; the next backup to the same place clears it.
        const QStringList leftovers =
            QDir(m_dir.path()).entryList({u"backup-%1.sqlite.*"_s.arg(round)}, QDir::Files | QDir::Hidden);
        for (const QString& leftover : leftovers)
            QVERIFY2(leftover.contains(u".partial"_s), qPrintable(leftover));
        if (!leftovers.isEmpty()) {
            ++withLeftovers;
            QCOMPARE(runToEnd({u"backup"_s, u"--data-dir"_s, source, target}).exitCode, 0);
            QCOMPARE(inspect(target).scans, qint64(kHistoryRows));
            const QStringList after =
                QDir(m_dir.path())
                    .entryList({u"backup-%1.sqlite.*"_s.arg(round)}, QDir::Files | QDir::Hidden);
            QVERIFY2(after.isEmpty(), qPrintable(after.join(u", "_s)));
        }
        QFile::remove(target);
    }
    QCOMPARE(dbCheck(source), 0);
    QCOMPARE(historyCount(source), qint64(kHistoryRows));
    qInfo(
        "backup: %d of %d killed runs left a (complete) backup file, %d a work file the next backup cleared",
        written, rounds(), withLeftovers);
    report("backup", rounds(), midRun);
}

// A restore replaces the history whole: after a kill the store holds the old history or the
// restored one, never a mix, and opens without a recovery.
void TestCrashCampaign::killedDuringRestore()
{
    const QString backup = path(u"probe-backup.sqlite"_s); // kHistoryRows scans
    const QString small = path(u"restore-small"_s);
    QVERIFY(writeFile(path(u"small.json"_s), importJson(50, 5'000'000)));
    QCOMPARE(runToEnd({u"import"_s, u"--data-dir"_s, small, path(u"small.json"_s)}).exitCode, 0);

    const QString probe = path(u"restore-probe"_s);
    QVERIFY(copyData(small, probe));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(runToEnd({u"restore"_s, u"--data-dir"_s, probe, backup}).exitCode, 0);
    const qint64 fullRunMs = std::max<qint64>(timer.elapsed(), 50);
    QCOMPARE(historyCount(probe), qint64(kHistoryRows));

    int midRun = 0;
    int restored = 0;
    for (int round = 0; round < rounds(); ++round) {
        const QString data = path(u"restore-%1"_s.arg(round));
        QVERIFY(copyData(small, data));
        midRun += runAndKill({u"restore"_s, u"--data-dir"_s, data, backup}, nextDelay(fullRunMs));
        QCOMPARE(dbCheck(data), 0);
        const qint64 count = historyCount(data);
        QVERIFY2(count == 50 || count == kHistoryRows,
                 qPrintable(u"%1 scans after a killed restore"_s.arg(count)));
        restored += count == kHistoryRows;
        QDir(data).removeRecursively();
    }
    qInfo("restore: %d of %d killed restores had completed", restored, rounds());
    report("restore", rounds(), midRun);
}

// A migration runs in one transaction: after a kill the file is at the old version with every
// row, or at the new one with every row; the next start finishes it.
void TestCrashCampaign::killedDuringMigration()
{
    constexpr int oldVersion = 4; // 5 rewrites every scan's payload, 6 adds the sync columns
    const QString oldData = path(u"v4"_s);
    QVERIFY(QDir().mkpath(oldData));
    {
        Migrations firstFour;
        const Migrations schema = clientSchema();
        for (int i = 0; i < oldVersion; ++i)
            firstFour.add(schema.migrations().at(i));
        Test::ManualClock clock;
        Database old(QDir(oldData).filePath(u"safescan.sqlite"_s), clock, firstFour);
        QVERIFY2(old.open(), qPrintable(old.errorString()));
        {
            QSqlDatabase db = old.connection();
            QVERIFY(db.transaction());
            QSqlQuery insert(db);
            QVERIFY(insert.prepare(
                u"INSERT INTO scans(uuid, sort_key, content, payload_type, payload_json, host, source, "
                u"scanned_at, updated_at) VALUES(?, ?, ?, 'url', ?, 'v4.example', 'camera', ?, ?)"_s));
            QSqlQuery fts(db);
            QVERIFY(fts.prepare(
                u"INSERT INTO scans_fts(rowid, content, note, host) VALUES(?, ?, '', 'v4.example')"_s));
            for (int i = 0; i < kHistoryRows; ++i) {
                const QString content = u"https://v4.example/%1"_s.arg(i);
                const qint64 at = 1'780'000'000'000 + qint64(i) * 1000;
                insert.addBindValue(u"00000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QChar(u'0')));
                insert.addBindValue(at << 20);
                insert.addBindValue(content);
                insert.addBindValue(QString::fromUtf8(
                    QJsonDocument(
                        QJsonObject{{u"type"_s, u"url"_s}, {u"raw"_s, content}, {u"url"_s, content}})
                        .toJson(QJsonDocument::Compact)));
                insert.addBindValue(at);
                insert.addBindValue(at);
                QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
                fts.addBindValue(insert.lastInsertId());
                fts.addBindValue(content);
                QVERIFY2(fts.exec(), qPrintable(fts.lastError().text()));
            }
            QVERIFY(db.commit());
        }
        old.closeThreadConnection();
    }
    const int latest = clientSchema().latestVersion();
    QCOMPARE(inspect(QDir(oldData).filePath(u"safescan.sqlite"_s)).version, oldVersion);

    const QString probe = path(u"v4-probe"_s);
    QVERIFY(copyData(oldData, probe));
    QElapsedTimer timer;
    timer.start();
    const QStringList open = {u"history"_s, u"--json"_s, u"--limit"_s, u"1"_s, u"--data-dir"_s};
    QCOMPARE(runToEnd(open + QStringList{probe}).exitCode, 0);
    const qint64 fullRunMs = std::max<qint64>(timer.elapsed(), 50);
    QCOMPARE(inspect(QDir(probe).filePath(u"safescan.sqlite"_s)).version, latest);

    int midRun = 0;
    int migrated = 0;
    for (int round = 0; round < rounds(); ++round) {
        const QString data = path(u"v4-%1"_s.arg(round));
        QVERIFY(copyData(oldData, data));
        midRun += runAndKill(open + QStringList{data}, nextDelay(fullRunMs));
        const FileState after = inspect(QDir(data).filePath(u"safescan.sqlite"_s));
        QVERIFY2(after.version == oldVersion || after.version == latest,
                 qPrintable(u"schema version %1 after a kill"_s.arg(after.version)));
        QCOMPARE(after.integrity, u"ok"_s);
        QCOMPARE(after.scans, qint64(kHistoryRows));
        migrated += after.version == latest;
        // The next start finishes the work; nothing is lost and the store is healthy.
        QCOMPARE(historyCount(data), qint64(kHistoryRows));
        QCOMPARE(inspect(QDir(data).filePath(u"safescan.sqlite"_s)).version, latest);
        QCOMPARE(dbCheck(data), 0);
        QDir(data).removeRecursively();
    }
    qInfo("migration: %d of %d killed starts had finished migrating", migrated, rounds());
    report("migration", rounds(), midRun);
}

QTEST_MAIN(TestCrashCampaign)
#include "TestCrashCampaign.moc"
