// DatabaseRecovery through LocalStore::open: every kind of damaged or unusable database file ends
// in a clear report, never a crash; a damaged file is set aside, never deleted; a backup comes back.
#include "AsUnprivilegedUser.h"
#include "ManualClock.h"
#include "store/Backups.h"
#include "store/ClientSchema.h"
#include "store/LocalStore.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

constexpr int kRowsBeforeBackup = 2000;
constexpr int kRowsAfterBackup = 100;

LocalStore::Options withoutDailyBackups()
{
    LocalStore::Options options;
    options.dailyBackups = false;
    return options;
}

bool populate(Database& database, int from, int count, QString* error = nullptr)
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
            if (error)
                *error = insert.lastError().text();
            insert.finish();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

int countRows(Database& database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"SELECT count(*) FROM app_state WHERE key LIKE 'row-%'"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Deterministic garbage.
QByteArray noise(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& byte : bytes) {
        seed = seed * 1664525u + 1013904223u;
        byte = char(seed >> 24);
    }
    return bytes;
}

bool corrupt(const QString& path, const QString& how)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const qint64 size = file.size();
    if (how == u"overwritten"_s) {
        // Eight whole pages in the middle of the file: b-tree pages that quick_check reads.
        const qint64 start = (size / 2) / 4096 * 4096;
        return size > 16 * 4096 && file.seek(start) && file.write(noise(8 * 4096, 99)) == 8 * 4096;
    }
    if (how == u"truncated"_s)
        return file.resize(size / 2);
    if (how == u"zero-length"_s)
        return file.resize(0);
    if (how == u"not-sqlite"_s)
        return file.resize(0) &&
               file.write(QByteArray("This is a shopping list, not a database.\n").repeated(100)) > 0;
    if (how == u"header"_s) // the first 100 bytes, where "SQLite format 3" lives
        return file.write(noise(100, 7)) == 100;
    return false;
}

QStringList setAside(const QString& dataDir)
{
    return QDir(dataDir).entryList({u"*.damaged-*"_s}, QDir::Files);
}

// A private mount namespace for this thread, so that size-limited and read-only tmpfs mounts can be
// made without root's changes leaking out of the test (they vanish with the process).
struct Mounts
{
    bool available = false;
    QString why;

    void setUp()
    {
        if (unshare(CLONE_NEWNS) != 0) {
            why = u"unshare(CLONE_NEWNS): "_s + QString::fromLocal8Bit(std::strerror(errno));
            return;
        }
        if (mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
            why = u"making mounts private: "_s + QString::fromLocal8Bit(std::strerror(errno));
            return;
        }
        available = true;
    }
    static bool tmpfs(const QString& dir, qint64 bytes, bool readOnly, bool remount)
    {
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0755";
        unsigned long flags = (readOnly ? MS_RDONLY : 0) | (remount ? MS_REMOUNT : 0);
        return mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", flags, options.constData()) == 0;
    }
    static void unmount(const QString& dir) { umount2(QFile::encodeName(dir).constData(), MNT_DETACH); }
};

// Writes zeros until the file system is full; returns the filler's path.
QString fillDisk(const QString& dir)
{
    const QString path = QDir(dir).filePath(u"filler"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    const QByteArray block(4096, '\0');
    while (file.write(block) == block.size() && file.flush()) {
    }
    return path;
}

} // namespace

class TestDatabaseRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void healthy();
    void missingFileIsANewDatabase();
    void damaged_data();
    void damaged();
    void damagedNewestBackupIsSkipped();
    void unusableFolder_data();
    void unusableFolder();
    void diskFullWhileRestoring();
    void diskFullWhileWriting_data();
    void diskFullWhileWriting();
    void reportStateNames();

private:
    // A store in `dataDir` with kRowsBeforeBackup rows, optionally a backup of them, then
    // kRowsAfterBackup more rows; closed again. Returns the backup's time or 0.
    qint64 makeStore(const QString& dataDir, bool withBackup);

    std::unique_ptr<QTemporaryDir> m_dir;
    Test::ManualClock m_clock;
    Mounts m_mounts;
    QStringList m_mounted;
};

void TestDatabaseRecovery::initTestCase()
{
    m_mounts.setUp();
    if (!m_mounts.available)
        qInfo("tmpfs mounts are not possible here (%s); the disk-full cases fall back to max_page_count",
              qPrintable(m_mounts.why));
}

void TestDatabaseRecovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Reachable by the unprivileged user of the read-only cases.
    QVERIFY(QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                     QFile::ReadOther | QFile::ExeOther));
}

void TestDatabaseRecovery::cleanup()
{
    for (const QString& dir : std::as_const(m_mounted))
        Mounts::unmount(dir);
    m_mounted.clear();
    m_dir.reset();
}

qint64 TestDatabaseRecovery::makeStore(const QString& dataDir, bool withBackup)
{
    auto store = LocalStore::open(dataDir, m_clock, withoutDailyBackups());
    if (!store->isOpen() || !populate(store->database(), 0, kRowsBeforeBackup))
        return -1;
    qint64 backupTime = 0;
    if (withBackup) {
        const BackupResult backup = store->backups().dailyBackup();
        if (!backup.ok || backup.path.isEmpty())
            return -1;
        backupTime = m_clock.epochMs() / 1000 * 1000;
    }
    if (!populate(store->database(), kRowsBeforeBackup, kRowsAfterBackup))
        return -1;
    m_clock.advance(3 * 3600 * 1000);
    return backupTime;
}

void TestDatabaseRecovery::healthy()
{
    const QString dataDir = m_dir->filePath(u"data"_s);
    QVERIFY(makeStore(dataDir, true) >= 0);
    auto store = LocalStore::open(dataDir, m_clock, withoutDailyBackups());
    const RecoveryReport& report = store->recoveryReport();
    QCOMPARE(report.state, RecoveryReport::Healthy);
    QVERIFY(store->isOpen());
    QVERIFY(report.movedTo.isEmpty());
    QVERIFY(report.restoredFrom.isEmpty());
    QCOMPARE(report.message, u"The database passed its integrity check."_s);
    QCOMPARE(countRows(store->database()), kRowsBeforeBackup + kRowsAfterBackup);
    QVERIFY(setAside(dataDir).isEmpty());
}

void TestDatabaseRecovery::missingFileIsANewDatabase()
{
    const QString dataDir = m_dir->filePath(u"new"_s);
    auto store = LocalStore::open(dataDir, m_clock);
    QCOMPARE(store->recoveryReport().state, RecoveryReport::Healthy);
    QVERIFY(store->isOpen());
    QCOMPARE(store->database().schemaVersion(), clientSchema().latestVersion());
    // The first open of the day also made the automatic backup.
    QCOMPARE(store->backups().list().size(), 1);
    QVERIFY(store->backupError().isEmpty());
}

void TestDatabaseRecovery::damaged_data()
{
    QTest::addColumn<QString>("corruption");
    QTest::addColumn<bool>("withBackup");
    QTest::addColumn<RecoveryReport::State>("expected");

    for (const QString& corruption :
         {u"overwritten"_s, u"truncated"_s, u"not-sqlite"_s, u"header"_s, u"zero-length"_s}) {
        QTest::addRow("%s, with a backup", qPrintable(corruption))
            << corruption << true << RecoveryReport::Recovered;
        // An empty file with no backup is indistinguishable from a new database that was never
        // written (a process killed right after creating it): it is used as one.
        QTest::addRow("%s, no backup", qPrintable(corruption))
            << corruption << false
            << (corruption == u"zero-length"_s ? RecoveryReport::Healthy : RecoveryReport::Recovered);
    }
}

void TestDatabaseRecovery::damaged()
{
    QFETCH(QString, corruption);
    QFETCH(bool, withBackup);
    QFETCH(RecoveryReport::State, expected);

    const QString dataDir = m_dir->filePath(u"data"_s);
    const QString dbPath = LocalStore::databasePath(dataDir);
    const qint64 backupTime = makeStore(dataDir, withBackup);
    QVERIFY(backupTime >= 0);
    QVERIFY(!QFile::exists(dbPath + u"-wal"_s)); // closed cleanly: everything is in the main file
    QVERIFY(corrupt(dbPath, corruption));
    const QByteArray damagedBytes = readAll(dbPath);

    auto store = LocalStore::open(dataDir, m_clock, withoutDailyBackups());
    const RecoveryReport report = store->recoveryReport();
    QCOMPARE(report.state, expected);
    QVERIFY(store->isOpen());
    QVERIFY(!report.message.isEmpty());
    QCOMPARE(store->database().schemaVersion(), clientSchema().latestVersion());
    if (expected == RecoveryReport::Recovered) {
        QVERIFY2(!report.detail.isEmpty(), qPrintable(report.message));
        // Set aside under a UTC timestamp, byte for byte as it was.
        QCOMPARE(report.movedTo, dbPath + u".damaged-"_s + Backups::timestamp(m_clock.epochMs()));
        QCOMPARE(setAside(dataDir), QStringList{QFileInfo(report.movedTo).fileName()});
        QCOMPARE(readAll(report.movedTo), damagedBytes);
        QVERIFY2(report.message.contains(report.movedTo), qPrintable(report.message));
    } else {
        QVERIFY(report.movedTo.isEmpty());
        QVERIFY(setAside(dataDir).isEmpty());
    }
    if (withBackup) {
        QCOMPARE(report.restoredFrom, store->backups().list().constFirst().path);
        QCOMPARE(report.restoredBackupTime, backupTime);
        QVERIFY2(report.message.contains(
                     u"backup of "_s +
                     QDateTime::fromMSecsSinceEpoch(backupTime, Qt::UTC).toString(u"yyyy-MM-dd HH:mm"_s)),
                 qPrintable(report.message));
        // What the backup held is back; what came after it is only in the damaged copy.
        QCOMPARE(countRows(store->database()), kRowsBeforeBackup);
    } else {
        QVERIFY(report.restoredFrom.isEmpty());
        QCOMPARE(report.restoredBackupTime, 0);
        QCOMPARE(countRows(store->database()), 0);
        if (expected == RecoveryReport::Recovered)
            QVERIFY2(report.message.contains(u"no backup"_s), qPrintable(report.message));
    }
    QVERIFY(populate(store->database(), 10'000, 10));
    store.reset();

    // The next open finds a healthy database and moves nothing more.
    auto again = LocalStore::open(dataDir, m_clock, withoutDailyBackups());
    QCOMPARE(again->recoveryReport().state, RecoveryReport::Healthy);
    QCOMPARE(setAside(dataDir).size(), expected == RecoveryReport::Recovered ? 1 : 0);
    QCOMPARE(countRows(again->database()), (withBackup ? kRowsBeforeBackup : 0) + 10);
    QVERIFY(!QFile::exists(dbPath + u".restoring"_s));
}

void TestDatabaseRecovery::damagedNewestBackupIsSkipped()
{
    const QString dataDir = m_dir->filePath(u"data"_s);
    const qint64 goodBackupTime = makeStore(dataDir, true);
    QVERIFY(goodBackupTime > 0);
    {
        m_clock.advance(24 * 3600 * 1000);
        auto store = LocalStore::open(dataDir, m_clock); // makes the second day's backup
        QVERIFY(store->isOpen());
        QCOMPARE(store->backups().list().size(), 2);
        QVERIFY(corrupt(store->backups().list().constFirst().path, u"overwritten"_s));
    }
    QVERIFY(corrupt(LocalStore::databasePath(dataDir), u"overwritten"_s));
    auto store = LocalStore::open(dataDir, m_clock, withoutDailyBackups());
    const RecoveryReport& report = store->recoveryReport();
    QCOMPARE(report.state, RecoveryReport::Recovered);
    QCOMPARE(report.restoredBackupTime, goodBackupTime);
    QCOMPARE(report.skippedBackups.size(), 1);
    QCOMPARE(countRows(store->database()), kRowsBeforeBackup);
}

void TestDatabaseRecovery::unusableFolder_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("read-only folder") << u"permissions"_s << u"could not be copied into place"_s;
    QTest::newRow("read-only folder, no backup") << u"permissions-nobackup"_s << u"could not be set aside"_s;
    QTest::newRow("read-only file system") << u"readonly-fs"_s << u"could not be"_s;
    QTest::newRow("data folder under a file") << u"parent-is-file"_s << u"cannot be created"_s;
}

void TestDatabaseRecovery::unusableFolder()
{
    QFETCH(QString, kind);
    QFETCH(QString, messagePart);

    if (kind == u"parent-is-file"_s) {
        QFile plain(m_dir->filePath(u"plain"_s));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        auto store = LocalStore::open(m_dir->filePath(u"plain/data"_s), m_clock);
        QCOMPARE(store->recoveryReport().state, RecoveryReport::Unrecoverable);
        QVERIFY(!store->isOpen());
        QVERIFY2(store->recoveryReport().message.contains(messagePart),
                 qPrintable(store->recoveryReport().message));
        QVERIFY(!store->database().connection().isOpen());
        QVERIFY(!store->backups().backupTo(m_dir->filePath(u"copy.sqlite"_s)).ok);
        return;
    }

    const QString dataDir = m_dir->filePath(u"data"_s);
    if (kind == u"readonly-fs"_s) {
        if (!m_mounts.available)
            QSKIP(qPrintable(u"a read-only file system needs a tmpfs mount, which is not permitted here: "_s +
                             m_mounts.why));
        QVERIFY(QDir().mkpath(dataDir));
        QVERIFY(Mounts::tmpfs(dataDir, 8 << 20, false, false));
        m_mounted.append(dataDir);
    }
    const bool withBackup = kind != u"permissions-nobackup"_s;
    QVERIFY(makeStore(dataDir, withBackup) >= 0);
    const QString dbPath = LocalStore::databasePath(dataDir);
    QVERIFY(corrupt(dbPath, u"overwritten"_s));
    const QByteArray damagedBytes = readAll(dbPath);
    const QStringList filesBefore = QDir(dataDir).entryList(QDir::Files);

    const QFile::Permissions writable = QFile::permissions(dataDir);
    {
        std::unique_ptr<Test::AsUnprivilegedUser> unprivileged;
        if (kind == u"readonly-fs"_s) {
            QVERIFY(Mounts::tmpfs(dataDir, 8 << 20, true, true));
        } else {
            QVERIFY(QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther |
                                                       QFile::ExeOther));
            unprivileged = std::make_unique<Test::AsUnprivilegedUser>();
            QFile probe(QDir(dataDir).filePath(u"probe"_s));
            QVERIFY2(!probe.open(QIODevice::WriteOnly), "the test cannot make the folder read-only");
        }
        auto store = LocalStore::open(dataDir, m_clock);
        const RecoveryReport& report = store->recoveryReport();
        QCOMPARE(report.state, RecoveryReport::Unrecoverable);
        QVERIFY(!store->isOpen());
        QVERIFY2(report.message.contains(messagePart), qPrintable(report.message));
        QVERIFY2(report.message.contains(u"nothing was changed"_s), qPrintable(report.message));
        QVERIFY(report.movedTo.isEmpty());
        QVERIFY(!store->database().connection().isOpen());
    }
    // Nothing was moved, deleted or written.
    QCOMPARE(readAll(dbPath), damagedBytes);
    QCOMPARE(QDir(dataDir).entryList(QDir::Files), filesBefore);

    // Once the folder is writable again, the next open recovers.
    if (kind == u"readonly-fs"_s)
        QVERIFY(Mounts::tmpfs(dataDir, 8 << 20, false, true));
    else
        QVERIFY(QFile::setPermissions(dataDir, writable));
    auto store = LocalStore::open(dataDir, m_clock, withoutDailyBackups());
    QCOMPARE(store->recoveryReport().state, RecoveryReport::Recovered);
    QCOMPARE(countRows(store->database()), withBackup ? kRowsBeforeBackup : 0);
}

void TestDatabaseRecovery::diskFullWhileRestoring()
{
    if (!m_mounts.available)
        QSKIP(qPrintable(u"copying a backup onto a full disk needs a size-limited tmpfs, and mounting is not "
                         u"permitted here ("_s +
                         m_mounts.why + u"); max_page_count only limits SQLite's own writes"_s));
    const QString dataDir = m_dir->filePath(u"full"_s);
    QVERIFY(QDir().mkpath(dataDir));
    QVERIFY(Mounts::tmpfs(dataDir, 4 << 20, false, false));
    m_mounted.append(dataDir);
    QVERIFY(makeStore(dataDir, true) > 0);
    const QString dbPath = LocalStore::databasePath(dataDir);
    QVERIFY(corrupt(dbPath, u"overwritten"_s));
    const QByteArray damagedBytes = readAll(dbPath);
    const QString filler = fillDisk(dataDir);
    QVERIFY(!filler.isEmpty());
    {
        auto store = LocalStore::open(dataDir, m_clock);
        const RecoveryReport& report = store->recoveryReport();
        QCOMPARE(report.state, RecoveryReport::Unrecoverable);
        QVERIFY(!store->isOpen());
        QVERIFY2(report.message.contains(u"No space left on device"_s), qPrintable(report.message));
        QVERIFY2(report.message.contains(u"nothing was changed"_s), qPrintable(report.message));
    }
    QCOMPARE(readAll(dbPath), damagedBytes);
    QVERIFY(setAside(dataDir).isEmpty());
    QVERIFY(!QFile::exists(dbPath + u".restoring"_s));

    QVERIFY(QFile::remove(filler));
    auto store = LocalStore::open(dataDir, m_clock, withoutDailyBackups());
    QCOMPARE(store->recoveryReport().state, RecoveryReport::Recovered);
    QCOMPARE(countRows(store->database()), kRowsBeforeBackup);
}

void TestDatabaseRecovery::diskFullWhileWriting_data()
{
    QTest::addColumn<bool>("tmpfs");
    QTest::newRow("small tmpfs") << true;
    QTest::newRow("max_page_count") << false;
}

void TestDatabaseRecovery::diskFullWhileWriting()
{
    QFETCH(bool, tmpfs);
    if (tmpfs && !m_mounts.available)
        QSKIP(qPrintable(u"mounting a tmpfs is not permitted here ("_s + m_mounts.why +
                         u"); the max_page_count row covers a full disk"_s));
    const QString dataDir = m_dir->filePath(u"full"_s);
    QVERIFY(QDir().mkpath(dataDir));
    if (tmpfs) {
        QVERIFY(Mounts::tmpfs(dataDir, 1 << 20, false, false));
        m_mounted.append(dataDir);
    }
    int committed = 0;
    QString error;
    {
        auto store = LocalStore::open(dataDir, m_clock, withoutDailyBackups());
        QVERIFY(store->isOpen());
        if (!tmpfs) {
            QSqlQuery pragma(store->database().connection());
            QVERIFY(pragma.exec(u"PRAGMA page_count"_s) && pragma.next());
            const int pages = pragma.value(0).toInt();
            QVERIFY(pragma.exec(u"PRAGMA max_page_count = %1"_s.arg(pages + 60)));
        }
        while (committed < 100'000 && populate(store->database(), committed, 100, &error))
            committed += 100;
        QVERIFY2(committed > 0 && committed < 100'000, qPrintable(error));
        QVERIFY2(error.contains(u"full"_s), qPrintable(error));
        QCOMPARE(countRows(store->database()), committed);
    }
    // Reopened (the disk is still full): nothing committed was lost and the file is sound.
    auto store = LocalStore::open(dataDir, m_clock, withoutDailyBackups());
    QVERIFY2(store->isOpen(), qPrintable(store->recoveryReport().message));
    QCOMPARE(store->recoveryReport().state, RecoveryReport::Healthy);
    QCOMPARE(countRows(store->database()), committed);
}

void TestDatabaseRecovery::reportStateNames()
{
    QCOMPARE(RecoveryReport::stateName(RecoveryReport::Healthy), u"healthy"_s);
    QCOMPARE(RecoveryReport::stateName(RecoveryReport::Recovered), u"recovered"_s);
    QCOMPARE(RecoveryReport::stateName(RecoveryReport::Unrecoverable), u"unrecoverable"_s);
}

QTEST_GUILESS_MAIN(TestDatabaseRecovery)
#include "TestDatabaseRecovery.moc"
