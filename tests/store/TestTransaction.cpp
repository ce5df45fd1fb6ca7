#include "ManualClock.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace SafeScan;
using namespace Qt::StringLiterals;

namespace {
Migrations oneTable()
{
    return Migrations().add(u"t"_s, {u"CREATE TABLE t(x)"_s});
}

int rows(Database& database)
{
    QSqlQuery query(database.connection());
    return query.exec(u"SELECT count(*) FROM t"_s) && query.next() ? query.value(0).toInt() : -1;
}

void insert(const Transaction& transaction, int value)
{
    QSqlQuery query(transaction.database());
    QVERIFY(query.exec(u"INSERT INTO t VALUES (%1)"_s.arg(value)));
}
} // namespace

class TestTransaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void commitKeepsAndDestructionRollsBack()
    {
        QTemporaryDir dir;
        Test::ManualClock clock;
        Database database(dir.filePath(u"t.sqlite"_s), clock, oneTable());
        {
            Transaction transaction(database);
            QVERIFY2(transaction.isActive(), qPrintable(transaction.errorString()));
            insert(transaction, 1);
            QVERIFY(transaction.commit());
        }
        {
            Transaction transaction(database);
            insert(transaction, 2);
        } // not committed
        QCOMPARE(rows(database), 1);
    }

    void unopenableDatabaseGivesItsError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Test::ManualClock clock;
        Database database(dir.filePath(u"file/below/t.sqlite"_s), clock, oneTable()); // parent is a file
        Transaction transaction(database);
        QVERIFY(!transaction.isActive());
        QVERIFY(!transaction.errorString().isEmpty());
        QCOMPARE(transaction.errorString(), database.errorString());
        QVERIFY(!transaction.commit());
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "TestTransaction.moc"
