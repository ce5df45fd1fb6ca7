// Database: one configured SQLite connection per thread, clear errors, clean removal.
#include "ManualClock.h"
#include "store/ClientSchema.h"
#include "store/Database.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

QVariant scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsFolderAndFile();
    void pragmas_data();
    void pragmas();
    void badFiles_data();
    void badFiles();
    void sameThreadSameConnection();
    void connectionPerThread();
    void destructionRemovesEveryConnection();
    void twoObjectsOnOnePath();
    void reopensAfterExternalClose();
    void dataSurvivesReopen();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    Test::ManualClock m_clock;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::createsFolderAndFile()
{
    const QString path = m_dir->filePath(u"a/b/c/safescan.sqlite"_s);
    Database db(path, m_clock, clientSchema());
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    QVERIFY(db.errorString().isEmpty());
    QVERIFY(QFile::exists(path));
    QCOMPARE(db.path(), path);
    QCOMPARE(db.schemaVersion(), clientSchema().latestVersion());
    QCOMPARE(scalar(db.connection(), u"PRAGMA user_version"_s).toInt(), clientSchema().latestVersion());
}

void TestDatabase::pragmas_data()
{
    QTest::addColumn<QString>("pragma");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("wal") << u"PRAGMA journal_mode"_s << QVariant(u"wal"_s);
    QTest::newRow("synchronous normal") << u"PRAGMA synchronous"_s << QVariant(1);
    QTest::newRow("foreign keys") << u"PRAGMA foreign_keys"_s << QVariant(1);
    QTest::newRow("busy timeout") << u"PRAGMA busy_timeout"_s << QVariant(1234);
}

void TestDatabase::pragmas()
{
    QFETCH(QString, pragma);
    QFETCH(QVariant, expected);
    Database db(m_dir->filePath(u"p.sqlite"_s), m_clock, clientSchema(), Database::Options{1234});
    QSqlDatabase connection = db.connection();
    QVERIFY2(connection.isOpen(), qPrintable(db.errorString()));
    QCOMPARE(scalar(connection, pragma).toString(), expected.toString());
}

void TestDatabase::badFiles_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("message");

    QTest::newRow("not a database") << u"text"_s << u"file is not a database"_s;
    QTest::newRow("random bytes") << u"binary"_s << u"file is not a database"_s;
    QTest::newRow("a folder") << u"folder"_s << u"folder, not a file"_s;
    QTest::newRow("parent is a file") << u"parentfile"_s << u"cannot be created"_s;
    QTest::newRow("no name") << u"empty"_s << u"no file name"_s;
}

void TestDatabase::badFiles()
{
    QFETCH(QString, setup);
    QFETCH(QString, message);
    QString path = m_dir->filePath(u"bad.sqlite"_s);
    if (setup == u"text"_s || setup == u"binary"_s) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes =
            setup == u"text"_s ? QByteArray("hello, this is not SQLite\n").repeated(200) : QByteArray();
        for (int i = 0; bytes.size() < 8192; ++i)
            bytes.append(char((i * 7919) & 0xff));
        file.write(bytes);
    } else if (setup == u"folder"_s) {
        QVERIFY(QDir(m_dir->path()).mkdir(u"bad.sqlite"_s));
    } else if (setup == u"parentfile"_s) {
        QFile file(m_dir->filePath(u"plain"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        path = m_dir->filePath(u"plain/sub/db.sqlite"_s);
    } else {
        path.clear();
    }
    Database db(path, m_clock, clientSchema());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot open the database"_s));
    QVERIFY(!db.open());
    QVERIFY2(db.errorString().contains(message), qPrintable(db.errorString()));
    QVERIFY(db.errorString().startsWith(u"Cannot open the database"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot open the database"_s));
    const QSqlDatabase connection = db.connection();
    QVERIFY(!connection.isOpen());
    QVERIFY(!QSqlDatabase::connectionNames().contains(db.threadConnectionName()));
}

void TestDatabase::sameThreadSameConnection()
{
    Database db(m_dir->filePath(u"s.sqlite"_s), m_clock, clientSchema());
    const QSqlDatabase first = db.connection();
    const QSqlDatabase second = db.connection();
    QVERIFY(first.isOpen());
    QCOMPARE(second.connectionName(), first.connectionName());
    QCOMPARE(first.connectionName(), db.threadConnectionName());
    QVERIFY(first.connectionName().contains(db.path()));
}

void TestDatabase::connectionPerThread()
{
    Database db(m_dir->filePath(u"t.sqlite"_s), m_clock, clientSchema());
    QSqlDatabase mine = db.connection();
    QSqlQuery insert(mine);
    QVERIFY(insert.exec(u"INSERT INTO app_state(key, value) VALUES('k', 'from main')"_s));

    QString otherName;
    QString otherValue;
    bool otherOpen = false;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        {
            QSqlDatabase other = db.connection();
            otherOpen = other.isOpen();
            otherName = other.connectionName();
            otherValue = scalar(other, u"SELECT value FROM app_state WHERE key = 'k'"_s).toString();
        }
        db.closeThreadConnection();
    }));
    thread->start();
    QVERIFY(thread->wait(30'000));
    QVERIFY(otherOpen);
    QCOMPARE(otherValue, u"from main"_s);
    QVERIFY(otherName != mine.connectionName());
    QVERIFY(!QSqlDatabase::connectionNames().contains(otherName));
    QVERIFY(QSqlDatabase::connectionNames().contains(mine.connectionName()));
}

void TestDatabase::destructionRemovesEveryConnection()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QStringList names;
    {
        Database db(m_dir->filePath(u"d.sqlite"_s), m_clock, clientSchema());
        names.append(db.connection().connectionName());
        std::unique_ptr<QThread> thread(QThread::create([&] {
            QSqlDatabase other = db.connection();
            QSqlQuery query(other);
            QVERIFY(query.exec(u"SELECT 1"_s));
            names.append(other.connectionName());
        }));
        thread->start();
        QVERIFY(thread->wait(30'000));
        QCOMPARE(names.size(), 2);
        for (const QString& name : std::as_const(names))
            QVERIFY(QSqlDatabase::connectionNames().contains(name));
    }
    for (const QString& name : std::as_const(names))
        QVERIFY2(!QSqlDatabase::connectionNames().contains(name), qPrintable(name));
}

void TestDatabase::twoObjectsOnOnePath()
{
    const QString path = m_dir->filePath(u"two.sqlite"_s);
    Database first(path, m_clock, clientSchema());
    Database second(path, m_clock, clientSchema());
    QVERIFY(first.open());
    QVERIFY(second.open());
    QVERIFY(first.threadConnectionName() != second.threadConnectionName());
    QSqlQuery query(first.connection());
    QVERIFY(query.exec(u"INSERT INTO app_state(key, value) VALUES('shared', 42)"_s));
    QCOMPARE(scalar(second.connection(), u"SELECT value FROM app_state WHERE key = 'shared'"_s).toInt(), 42);
}

void TestDatabase::reopensAfterExternalClose()
{
    Database db(m_dir->filePath(u"r.sqlite"_s), m_clock, clientSchema());
    db.connection().close();
    QSqlDatabase again = db.connection();
    QVERIFY(again.isOpen());
    QCOMPARE(scalar(again, u"PRAGMA foreign_keys"_s).toInt(), 1);
}

void TestDatabase::dataSurvivesReopen()
{
    const QString path = m_dir->filePath(u"keep.sqlite"_s);
    {
        Database db(path, m_clock, clientSchema());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"INSERT INTO app_state(key, value) VALUES('answer', 42)"_s));
    }
    Database db(path, m_clock, clientSchema());
    QCOMPARE(scalar(db.connection(), u"SELECT value FROM app_state WHERE key = 'answer'"_s).toInt(), 42);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
