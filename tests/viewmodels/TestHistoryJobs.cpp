// HistoryJobs: re-checking verdicts and importing JSON on the store thread, with progress, the
// report of skipped and bad records, and cancellation.
#include "HistoryFixtures.h"
#include "history/HistoryExport.h"
#include "safety/SafetyEngine.h"
#include "store/StoreExecutor.h"
#include "viewmodels/HistoryJobs.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {
QString levelOf(Test::HistoryFixture& fixture, qint64 id)
{
    return fixture.store->get(id)->verdictLevel;
}
} // namespace

class TestHistoryJobs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recheckAllReplacesStaleVerdicts()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        SafetyEngine safety;
        // Stored as dangerous by an old engine; today's checks see no risk in these.
        QList<NewScan> scans;
        for (int i = 0; i < 250; ++i)
            scans.append(Test::makeScan(u"https://www.example.com/page%1"_s.arg(i), u"camera"_s,
                                        VerdictLevel::Dangerous));
        // One already judged by today's engine: unchanged.
        NewScan current = Test::makeScan(u"javascript:alert(1)"_s);
        current.verdict = safety.judge(current.payload);
        scans.append(current);
        const SaveResult saved = fixture.store->save(scans);
        QVERIFY(saved.ok);
        const qint64 outboxBefore = fixture.scalar(u"SELECT count(*) FROM outbox"_s);

        StoreExecutor executor(fixture.db.get());
        HistoryJobs jobs(executor, *fixture.db, *fixture.store, safety);
        QSignalSpy progress(&jobs, &HistoryJobs::progress);
        QSignalSpy finished(&jobs, &HistoryJobs::recheckFinished);
        QVERIFY(jobs.recheck({}));
        QVERIFY(jobs.isRunning());
        QCOMPARE(jobs.running(), HistoryJobs::Kind::Recheck);
        QVERIFY(!jobs.importJson(u"/nonexistent.json"_s)); // one job at a time
        QTRY_COMPARE(finished.size(), 1);
        const auto report = finished.first().first().value<RecheckReport>();
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.checked, 251);
        QCOMPARE(report.changed, 250);
        QCOMPARE(report.skipped, 0);
        QVERIFY(!report.changedIds.contains(saved.ids.last()));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).value<HistoryJobs::Kind>(), HistoryJobs::Kind::Recheck);
        QCOMPARE(progress.last().at(1).toLongLong(), 251);
        QCOMPARE(progress.last().at(2).toLongLong(), 251);
        QVERIFY(!jobs.isRunning());
        QCOMPARE(levelOf(fixture, saved.ids.first()), u"no_known_risk"_s);
        QCOMPARE(levelOf(fixture, saved.ids.last()), verdictLevelName(current.verdict.level));
        // A derived verdict is not a user change: nothing new to sync.
        QCOMPARE(fixture.scalar(u"SELECT count(*) FROM outbox"_s), outboxBefore);
        QVERIFY(HistoryJobs::describe(report).contains(u"250 verdict(s) changed"_s));
    }

    void recheckSelectedOnly()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        SafetyEngine safety;
        const SaveResult saved = fixture.store->save(
            {Test::makeScan(u"https://www.example.com/a"_s, u"file"_s, VerdictLevel::Dangerous),
             Test::makeScan(u"https://www.example.com/b"_s, u"file"_s, VerdictLevel::Dangerous)});
        QVERIFY(saved.ok);
        StoreExecutor executor(fixture.db.get());
        HistoryJobs jobs(executor, *fixture.db, *fixture.store, safety);
        QSignalSpy finished(&jobs, &HistoryJobs::recheckFinished);
        QVERIFY(jobs.recheck({saved.ids.at(1)}));
        QTRY_COMPARE(finished.size(), 1);
        const auto report = finished.first().first().value<RecheckReport>();
        QCOMPARE(report.checked, 1);
        QCOMPARE(report.changedIds, QList<qint64>{saved.ids.at(1)});
        QCOMPARE(levelOf(fixture, saved.ids.at(0)), u"dangerous"_s);
        QCOMPARE(levelOf(fixture, saved.ids.at(1)), u"no_known_risk"_s);
    }

    void recheckSkipsRedactedContent()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        SafetyEngine safety;
        // Stored redacted (the default): the password is gone, the verdict stays as judged then.
        const SaveResult saved = fixture.store->save(
            {Test::makeScan(u"WIFI:S:Cafe;T:WPA;P:secretpw1;;"_s, u"camera"_s, VerdictLevel::Suspicious)});
        QVERIFY(saved.ok);
        QVERIFY(fixture.store->get(saved.ids.first())->contentRedacted);
        StoreExecutor executor(fixture.db.get());
        HistoryJobs jobs(executor, *fixture.db, *fixture.store, safety);
        QSignalSpy finished(&jobs, &HistoryJobs::recheckFinished);
        QVERIFY(jobs.recheck({}));
        QTRY_COMPARE(finished.size(), 1);
        const auto report = finished.first().first().value<RecheckReport>();
        QCOMPARE(report.checked, 0);
        QCOMPARE(report.skipped, 1);
        QCOMPARE(levelOf(fixture, saved.ids.first()), u"suspicious"_s);
        QVERIFY(HistoryJobs::describe(report).contains(u"left as they were"_s));
    }

    void recheckCanBeCancelled()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        SafetyEngine safety;
        QList<NewScan> scans;
        for (int i = 0; i < 1000; ++i)
            scans.append(
                Test::makeScan(u"https://www.example.com/%1"_s.arg(i), u"camera"_s, VerdictLevel::Dangerous));
        QVERIFY(fixture.store->save(scans).ok);
        StoreExecutor executor(fixture.db.get());
        // Hold the store thread so that the cancel is in place before the re-check starts.
        QMutex gate;
        gate.lock();
        executor.run([&gate] {
            gate.lock();
            gate.unlock();
        });
        HistoryJobs jobs(executor, *fixture.db, *fixture.store, safety);
        QSignalSpy finished(&jobs, &HistoryJobs::recheckFinished);
        QVERIFY(jobs.recheck({}));
        jobs.cancel();
        gate.unlock();
        QTRY_COMPARE(finished.size(), 1);
        const auto report = finished.first().first().value<RecheckReport>();
        QVERIFY(report.ok);
        QVERIFY(report.cancelled);
        QCOMPARE(report.checked, 0);
        QVERIFY(HistoryJobs::describe(report).contains(u"cancelled"_s));
    }

    void importReportsProgressDuplicatesAndBadRecords()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        SafetyEngine safety;
        QJsonArray records;
        for (int i = 0; i < 120; ++i)
            records.append(QJsonObject{{u"content"_s, u"https://site%1.example/"_s.arg(i)},
                                       {u"scanned_at"_s, double(Test::kEpochStart - i * 1000)},
                                       {u"source"_s, u"camera"_s}});
        records.append(QJsonObject{{u"content"_s, u""_s}, {u"scanned_at"_s, 5.0}}); // bad: empty content
        records.append(u"not an object"_s);                                         // bad
        records.append(records.at(0));                                              // duplicate
        const QString path = fixture.dir->filePath(u"import.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(records).toJson());
        file.close();

        StoreExecutor executor(fixture.db.get());
        HistoryJobs jobs(executor, *fixture.db, *fixture.store, safety);
        QSignalSpy progress(&jobs, &HistoryJobs::progress);
        QSignalSpy finished(&jobs, &HistoryJobs::importFinished);
        QVERIFY(jobs.importJson(path));
        QCOMPARE(jobs.running(), HistoryJobs::Kind::Import);
        QTRY_COMPARE(finished.size(), 1);
        const auto report = finished.first().first().value<ImportReport>();
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.imported, 120);
        QCOMPARE(report.duplicates, 1);
        QCOMPARE(report.bad.size(), 2);
        QCOMPARE(report.bad.at(0).index, 120);
        QCOMPARE(finished.first().at(1).toString(), path);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).value<HistoryJobs::Kind>(), HistoryJobs::Kind::Import);
        QCOMPARE(progress.last().at(1).toLongLong(), 123);
        QCOMPARE(fixture.store->count(), 120);
        const QString text = HistoryJobs::describe(report);
        QVERIFY2(text.contains(u"Imported 120 scan(s)."_s), qPrintable(text));
        QVERIFY2(text.contains(u"1 already in the history"_s), qPrintable(text));
        QVERIFY2(text.contains(u"record 121:"_s) && text.contains(u"record 122:"_s), qPrintable(text));
    }

    void importOfGarbageFailsClearly()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        SafetyEngine safety;
        const QString path = fixture.dir->filePath(u"garbage.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ this is not json");
        file.close();
        StoreExecutor executor(fixture.db.get());
        HistoryJobs jobs(executor, *fixture.db, *fixture.store, safety);
        QSignalSpy finished(&jobs, &HistoryJobs::importFinished);
        QVERIFY(jobs.importJson(path));
        QTRY_COMPARE(finished.size(), 1);
        const auto report = finished.first().first().value<ImportReport>();
        QVERIFY(!report.ok);
        QCOMPARE(report.imported, 0);
        const QString text = HistoryJobs::describe(report);
        QVERIFY2(text.startsWith(u"Import failed:"_s) && text.contains(u"not JSON"_s), qPrintable(text));
        QVERIFY(text.contains(u"Nothing was changed"_s));
    }

    void describeListsAtMostTenBadRecords()
    {
        ImportReport report;
        report.ok = true;
        report.imported = 3;
        for (int i = 0; i < 25; ++i)
            report.bad.append({i, u"broken"_s});
        const QString text = HistoryJobs::describe(report);
        QCOMPARE(text.count(u"broken"_s), 10);
        QVERIFY2(text.contains(u"and 15 more."_s), qPrintable(text));
    }

    void destroyingWaitsForTheWork()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        SafetyEngine safety;
        QVERIFY(fixture.store->save({Test::makeScan(u"https://www.example.com/"_s)}).ok);
        StoreExecutor executor(fixture.db.get());
        {
            HistoryJobs jobs(executor, *fixture.db, *fixture.store, safety);
            QVERIFY(jobs.recheck({}));
        } // no crash, no queued call into a dead object
        executor.waitForDone();
        QCoreApplication::processEvents();
    }
};

QTEST_GUILESS_MAIN(TestHistoryJobs)
#include "TestHistoryJobs.moc"
