// AppState: typed key/value state stored with SQLite's own types; defaults for missing or damaged.
#include "ManualClock.h"
#include "localdata/AppState.h"
#include "store/ClientSchema.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

// SQLite's storage class of the stored value.
QString storageType(QSqlDatabase db, const QString& key)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT typeof(value) FROM app_state WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return u"(missing)"_s;
    return query.value(0).toString();
}

bool storeRaw(QSqlDatabase db, const QString& key, const QString& sqlValue)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT OR REPLACE INTO app_state(key, value) VALUES(?, %1)"_s.arg(sqlValue));
    query.addBindValue(key);
    return query.exec();
}

} // namespace

class TestAppState : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void missingKeysGiveDefaults();
    void wrongTypeFallsBackWithWarning_data();
    void wrongTypeFallsBackWithWarning();
    void refusesUnstorableValues_data();
    void refusesUnstorableValues();
    void replaceAndRemove();
    void add_data();
    void add();
    void valueOrInsertKeepsFirst();
    void joinsCallersTransaction();
    void survivesReopen();
    void unopenableDatabase();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    Test::ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppState> m_state;
};

void TestAppState::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(m_dir->filePath(u"state.sqlite"_s), m_clock, clientSchema());
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
    m_state = std::make_unique<AppState>(*m_db);
}

void TestAppState::cleanup()
{
    m_state.reset();
    m_db.reset();
}

void TestAppState::roundTrip_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("readBack");
    QTest::addColumn<QString>("storage");

    QTest::newRow("text") << QVariant(u"hello"_s) << QVariant(u"hello"_s) << u"text"_s;
    QTest::newRow("unicode text") << QVariant(u"Grüße 🙂"_s) << QVariant(u"Grüße 🙂"_s) << u"text"_s;
    QTest::newRow("empty text") << QVariant(u""_s) << QVariant(u""_s) << u"text"_s;
    QTest::newRow("null QString is empty text") << QVariant(QString()) << QVariant(u""_s) << u"text"_s;
    QTest::newRow("digits stay text") << QVariant(u"042"_s) << QVariant(u"042"_s) << u"text"_s;
    QTest::newRow("int") << QVariant(42) << QVariant(qint64(42)) << u"integer"_s;
    QTest::newRow("negative") << QVariant(qint64(-7)) << QVariant(qint64(-7)) << u"integer"_s;
    QTest::newRow("int64 max") << QVariant(std::numeric_limits<qint64>::max())
                               << QVariant(std::numeric_limits<qint64>::max()) << u"integer"_s;
    QTest::newRow("uint64 in range") << QVariant(quint64(5)) << QVariant(qint64(5)) << u"integer"_s;
    QTest::newRow("true") << QVariant(true) << QVariant(qint64(1)) << u"integer"_s;
    QTest::newRow("false") << QVariant(false) << QVariant(qint64(0)) << u"integer"_s;
    QTest::newRow("bytes with NULs") << QVariant(QByteArray("a\0b\xff", 4))
                                     << QVariant(QByteArray("a\0b\xff", 4)) << u"blob"_s;
    QTest::newRow("double") << QVariant(2.5) << QVariant(2.5) << u"real"_s;
}

void TestAppState::roundTrip()
{
    QFETCH(QVariant, value);
    QFETCH(QVariant, readBack);
    QFETCH(QString, storage);
    QString error;
    QVERIFY2(m_state->setValue(u"k"_s, value, &error), qPrintable(error));
    QCOMPARE(storageType(m_db->connection(), u"k"_s), storage);
    const QVariant stored = m_state->value(u"k"_s, u"fallback"_s, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(stored.typeId(), readBack.typeId());
    QCOMPARE(stored, readBack);
    QVERIFY(m_state->contains(u"k"_s));
}

void TestAppState::missingKeysGiveDefaults()
{
    QString error;
    QCOMPARE(m_state->value(u"nope"_s, 17, &error), QVariant(17));
    QVERIFY(error.isEmpty());
    QVERIFY(!m_state->value(u"nope"_s).isValid());
    QCOMPARE(m_state->text(u"nope"_s, u"def"_s), u"def"_s);
    QCOMPARE(m_state->integer(u"nope"_s, -3), -3);
    QCOMPARE(m_state->flag(u"nope"_s, true), true);
    QCOMPARE(m_state->bytes(u"nope"_s, "dflt"), QByteArray("dflt"));
    QVERIFY(!m_state->contains(u"nope"_s));
    // A stored SQL NULL counts as missing.
    QVERIFY(storeRaw(m_db->connection(), u"null"_s, u"NULL"_s));
    QCOMPARE(m_state->text(u"null"_s, u"def"_s), u"def"_s);
    // Empty values are values, not missing.
    QVERIFY(m_state->setValue(u"empty"_s, QByteArray("")));
    QCOMPARE(m_state->bytes(u"empty"_s, "dflt"), QByteArray());
    QVERIFY(m_state->setValue(u"emptytext"_s, u""_s));
    QCOMPARE(m_state->text(u"emptytext"_s, u"def"_s), QString());
}

void TestAppState::wrongTypeFallsBackWithWarning_data()
{
    QTest::addColumn<QString>("sqlValue"); // as written by an older or damaged version
    QTest::addColumn<QString>("read");     // which typed getter

    QTest::newRow("text read as integer") << u"'abc'"_s << u"integer"_s;
    QTest::newRow("numeric text read as integer") << u"'12'"_s << u"integer"_s;
    QTest::newRow("integer read as text") << u"12"_s << u"text"_s;
    QTest::newRow("blob read as text") << u"x'00ff'"_s << u"text"_s;
    QTest::newRow("text read as bytes") << u"'abc'"_s << u"bytes"_s;
    QTest::newRow("real read as integer") << u"1.5"_s << u"integer"_s;
    QTest::newRow("2 read as flag") << u"2"_s << u"flag"_s;
    QTest::newRow("text read as flag") << u"'true'"_s << u"flag"_s;
}

void TestAppState::wrongTypeFallsBackWithWarning()
{
    QFETCH(QString, sqlValue);
    QFETCH(QString, read);
    QVERIFY(storeRaw(m_db->connection(), u"bad"_s, sqlValue));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"app state \"bad\" holds .* using the default"_s));
    if (read == u"integer")
        QCOMPARE(m_state->integer(u"bad"_s, 99), 99);
    else if (read == u"text")
        QCOMPARE(m_state->text(u"bad"_s, u"def"_s), u"def"_s);
    else if (read == u"bytes")
        QCOMPARE(m_state->bytes(u"bad"_s, "def"), QByteArray("def"));
    else if (read == u"flag")
        QCOMPARE(m_state->flag(u"bad"_s, true), true);
    else
        QFAIL("unknown getter");
}

void TestAppState::refusesUnstorableValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");

    QTest::newRow("invalid") << u"k"_s << QVariant();
    QTest::newRow("typed null") << u"k"_s << QVariant(QMetaType(QMetaType::Int));
    QTest::newRow("date time") << u"k"_s << QVariant(QDateTime::fromMSecsSinceEpoch(0));
    QTest::newRow("string list") << u"k"_s << QVariant(QStringList{u"a"_s});
    QTest::newRow("uint64 too large") << u"k"_s << QVariant(std::numeric_limits<quint64>::max());
    QTest::newRow("empty key") << QString() << QVariant(1);
}

void TestAppState::refusesUnstorableValues()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QVERIFY(m_state->setValue(u"k"_s, u"before"_s));
    QString error;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot store the app state"_s));
    QVERIFY(!m_state->setValue(key, value, &error));
    QVERIFY(error.startsWith(u"Cannot store the app state"_s));
    QCOMPARE(m_state->text(u"k"_s), u"before"_s);
}

void TestAppState::replaceAndRemove()
{
    QVERIFY(m_state->setValue(u"k"_s, u"one"_s));
    QVERIFY(m_state->setValue(u"k"_s, 2));
    QCOMPARE(m_state->integer(u"k"_s), 2);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"SELECT count(*) FROM app_state WHERE key = 'k'"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(m_state->remove(u"k"_s));
    QVERIFY(!m_state->contains(u"k"_s));
    QVERIFY(m_state->remove(u"k"_s)); // already gone is fine
}

void TestAppState::add_data()
{
    QTest::addColumn<QString>("initialSql"); // empty: key missing
    QTest::addColumn<qint64>("delta");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");   // the new value when ok
    QTest::addColumn<QString>("afterType"); // storage class afterwards

    const qint64 max = std::numeric_limits<qint64>::max();
    QTest::newRow("missing") << QString() << qint64(3) << true << qint64(3) << u"integer"_s;
    QTest::newRow("existing") << u"10"_s << qint64(5) << true << qint64(15) << u"integer"_s;
    QTest::newRow("negative delta") << u"10"_s << qint64(-11) << true << qint64(-1) << u"integer"_s;
    QTest::newRow("text untouched") << u"'x'"_s << qint64(1) << false << qint64(0) << u"text"_s;
    QTest::newRow("overflow untouched")
        << QString::number(max) << qint64(1) << false << qint64(0) << u"integer"_s;
}

void TestAppState::add()
{
    QFETCH(QString, initialSql);
    QFETCH(qint64, delta);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    QFETCH(QString, afterType);
    if (!initialSql.isEmpty())
        QVERIFY(storeRaw(m_db->connection(), u"n"_s, initialSql));
    const QVariant before = m_state->value(u"n"_s);
    if (!ok)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot add to the app state"_s));
    QString error;
    const std::optional<qint64> result = m_state->add(u"n"_s, delta, &error);
    QCOMPARE(result.has_value(), ok);
    QCOMPARE(storageType(m_db->connection(), u"n"_s), afterType);
    if (ok) {
        QCOMPARE(*result, expected);
        QCOMPARE(m_state->integer(u"n"_s), expected);
    } else {
        QVERIFY(!error.isEmpty());
        QCOMPARE(m_state->value(u"n"_s), before);
    }
}

void TestAppState::valueOrInsertKeepsFirst()
{
    QCOMPARE(m_state->valueOrInsert(u"id"_s, u"first"_s), QVariant(u"first"_s));
    QCOMPARE(m_state->valueOrInsert(u"id"_s, u"second"_s), QVariant(u"first"_s));
    QCOMPARE(m_state->text(u"id"_s), u"first"_s);
}

void TestAppState::joinsCallersTransaction()
{
    {
        Transaction transaction(m_db->connection());
        QVERIFY(transaction.isActive());
        QVERIFY(m_state->setValue(u"t"_s, 1));
        QVERIFY(m_state->contains(u"t"_s));
        // rolled back on destruction
    }
    QVERIFY(!m_state->contains(u"t"_s));
    {
        Transaction transaction(m_db->connection());
        QVERIFY(m_state->setValue(u"t"_s, 2));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(m_state->integer(u"t"_s), 2);
}

void TestAppState::survivesReopen()
{
    QVERIFY(m_state->setValue(u"cursor"_s, qint64(123456789012)));
    QVERIFY(m_state->setValue(u"blob"_s, QByteArray("\x01\x02")));
    m_state.reset();
    m_db.reset();
    Database db(m_dir->filePath(u"state.sqlite"_s), m_clock, clientSchema());
    AppState state(db);
    QCOMPARE(state.integer(u"cursor"_s), qint64(123456789012));
    QCOMPARE(state.bytes(u"blob"_s), QByteArray("\x01\x02"));
}

void TestAppState::unopenableDatabase()
{
    // A folder where the file should be: every call fails cleanly and reads give the defaults.
    QVERIFY(QDir(m_dir->path()).mkpath(u"folder.sqlite"_s));
    Database db(m_dir->filePath(u"folder.sqlite"_s), m_clock, clientSchema());
    AppState state(db);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"folder"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot read the app state"_s));
    QString error;
    QCOMPARE(state.value(u"k"_s, 5, &error), QVariant(5));
    QVERIFY2(error.contains(u"Cannot read the app state \"k\""_s), qPrintable(error));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"folder"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot store the app state"_s));
    QVERIFY(!state.setValue(u"k"_s, 1, &error));
}

QTEST_GUILESS_MAIN(TestAppState)
#include "TestAppState.moc"
