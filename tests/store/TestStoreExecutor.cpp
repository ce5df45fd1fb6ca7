#include "ManualClock.h"
#include "store/Database.h"
#include "store/StoreExecutor.h"

#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace SafeScan;
using namespace Qt::StringLiterals;

class TestStoreExecutor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jobsRunOffTheCallingThreadOnOneThreadInOrder()
    {
        StoreExecutor executor;
        QList<QFuture<QThread*>> threads;
        QList<QFuture<int>> order;
        std::atomic<int> counter{0};
        for (int i = 0; i < 20; ++i) {
            threads.append(executor.run([] { return QThread::currentThread(); }));
            order.append(executor.run([&counter] { return counter++; }));
        }
        QThread* worker = threads.first().result();
        QVERIFY(worker != QThread::currentThread());
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(threads.at(i).result(), worker);
            QCOMPARE(order.at(i).result(), i);
        }
    }

    void databaseJobsUseTheWorkersConnection()
    {
        QTemporaryDir dir;
        Test::ManualClock clock;
        Database database(dir.filePath(u"s.sqlite"_s), clock,
                          Migrations().add(u"t"_s, {u"CREATE TABLE t(x)"_s}));
        QVERIFY(database.open());
        const QString mine = database.threadConnectionName();
        {
            StoreExecutor executor(&database);
            const QString theirs =
                executor.run([&database] { return database.threadConnectionName(); }).result();
            QVERIFY(theirs != mine);
            const int inserted = executor
                                     .run([&database] {
                                         QSqlQuery query(database.connection());
                                         return query.exec(u"INSERT INTO t VALUES (1), (2)"_s) ? 2 : -1;
                                     })
                                     .result();
            QCOMPARE(inserted, 2);
        } // the executor closes its thread's connection on that thread: no "still in use" warning
        QSqlQuery count(database.connection());
        QVERIFY(count.exec(u"SELECT count(*) FROM t"_s) && count.next());
        QCOMPARE(count.value(0).toInt(), 2);
    }

    void waitingForAResultNeverRunsTheJobOnTheWaitingThread()
    {
        StoreExecutor executor;
        QSemaphore gate;
        executor.run([&gate] { gate.acquire(); }); // keeps the worker busy
        QFuture<QThread*> later = executor.run([] { return QThread::currentThread(); });
        QThread* waiting = QThread::currentThread();
        std::thread releaser([&gate] {
            QThread::msleep(20); // lets result() start waiting while the worker is still busy
            gate.release();
        });
        QThread* ranOn = later.result(); // a stolen job would run right here, out of order
        releaser.join();
        QVERIFY(ranOn != waiting);
    }

    void waitForDoneWaitsForEverything()
    {
        StoreExecutor executor;
        std::atomic<int> done{0};
        for (int i = 0; i < 10; ++i)
            executor.run([&done] { ++done; });
        executor.waitForDone();
        QCOMPARE(done.load(), 10);
    }

    void destructionFinishesQueuedJobs()
    {
        std::atomic<int> done{0};
        {
            StoreExecutor executor;
            for (int i = 0; i < 5; ++i)
                executor.run([&done] {
                    QThread::msleep(5); // real work takes time; the destructor must wait for it
                    ++done;
                });
        }
        QCOMPARE(done.load(), 5);
    }
};

QTEST_GUILESS_MAIN(TestStoreExecutor)
#include "TestStoreExecutor.moc"
