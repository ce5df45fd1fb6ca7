// HistoryTableModel: lazy keyset paging on the store thread (stale answers dropped), search and
// filters, pin, note, delete with undo, and the errors of each.
#include "HistoryFixtures.h"
#include "store/StoreExecutor.h"
#include "viewmodels/HistoryTableModel.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestHistoryTableModel : public QObject
{
    Q_OBJECT

    // n scans: every 10th dangerous from the clipboard, the rest camera URLs; one second apart.
    static bool fill(Test::HistoryFixture& fixture, int n)
    {
        QList<NewScan> scans;
        for (int i = 0; i < n; ++i) {
            const bool bad = i % 10 == 0;
            scans.append(Test::makeScan(bad ? u"http://bad%1.example/login"_s.arg(i)
                                            : u"https://site%1.example/"_s.arg(i),
                                        bad ? u"clipboard"_s : u"camera"_s,
                                        bad ? VerdictLevel::Dangerous : VerdictLevel::NoKnownRisk));
        }
        return fixture.store->save(scans).ok;
    }

    // The contents of the rows the model shows now.
    static QStringList contents(const HistoryTableModel& model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list.append(model.index(row, HistoryTableModel::ContentColumn).data().toString());
        return list;
    }

private Q_SLOTS:
    void pagesLoadLazily()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        StoreExecutor executor(fixture.db.get());
        QVERIFY(fill(fixture, 1050));
        HistoryTableModel model(*fixture.store, executor);
        model.setPageSize(100);
        model.reload();
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.pagesLoaded(), 1);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(model.isLoading()); // the page is on its way: asking again adds nothing
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 200);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.pagesLoaded(), 2);
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QTRY_VERIFY(!model.isLoading());
        }
        QCOMPARE(model.rowCount(), 1050);
        QCOMPARE(model.pagesLoaded(), 11);
        // Keyset order: newest first, no duplicates.
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.index(row, 0).data(HistoryTableModel::IdRole).toLongLong());
        QCOMPARE(ids.size(), 1050);
    }

    void searchAndFiltersNarrowTheRows()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        StoreExecutor executor(fixture.db.get());
        QVERIFY(fill(fixture, 50));
        HistoryTableModel model(*fixture.store, executor);
        model.setDebounceMs(0);
        QTRY_COMPARE(model.rowCount(), 50);
        model.setSearchText(u"site7"_s);
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, HistoryTableModel::ContentColumn).data().toString(),
                 u"https://site7.example/"_s);
        model.setSearchText(QString());
        model.setVerdictFilter(u"dangerous"_s);
        QTRY_COMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, HistoryTableModel::VerdictColumn)
                     .data(HistoryTableModel::VerdictLevelRole)
                     .toString(),
                 u"dangerous"_s);
        model.setVerdictFilter({});
        model.setSourceFilter(u"camera"_s);
        QTRY_COMPARE(model.rowCount(), 45);
        model.setSourceFilter({});
        model.setTypeFilter(u"wifi"_s);
        QCOMPARE(model.rowCount(), 0); // cleared at once: never the rows of the filter before
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        model.setTypeFilter({});
        QTRY_COMPARE(model.rowCount(), 50);
        model.setDateRange(Test::kEpochStart + 1, std::nullopt);
        QCOMPARE(model.rowCount(), 0);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0); // all were scanned at kEpochStart
        model.setDateRange(std::nullopt, std::nullopt);
        QTRY_COMPARE(model.rowCount(), 50);
    }

    void searchIsDebounced()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        StoreExecutor executor(fixture.db.get());
        QVERIFY(fill(fixture, 20));
        HistoryTableModel model(*fixture.store, executor);
        QTRY_VERIFY(!model.isLoading());
        model.setDebounceMs(5);
        QSignalSpy applied(&model, &HistoryTableModel::queryApplied);
        model.setSearchText(u"s"_s);
        model.setSearchText(u"si"_s);
        model.setSearchText(u"site12"_s);
        QCOMPARE(applied.size(), 0); // typing does not query on every key
        QTRY_COMPARE(applied.size(), 1);
        QCOMPARE(model.rowCount(), 1);
    }

    void pinAndNoteWriteThrough()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        StoreExecutor executor(fixture.db.get());
        QVERIFY(fill(fixture, 3));
        HistoryTableModel model(*fixture.store, executor);
        QTRY_COMPARE(model.rowCount(), 3);
        const qint64 id = model.index(1, 0).data(HistoryTableModel::IdRole).toLongLong();
        QVERIFY(model.setPinned(1, true));
        QTRY_VERIFY(fixture.store->get(id)->pinned);
        QCOMPARE(model.index(1, HistoryTableModel::PinnedColumn).data().toString(), u"Pinned"_s);
        const QModelIndex note = model.index(1, HistoryTableModel::NoteColumn);
        QVERIFY(model.flags(note) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(1, 0)) & Qt::ItemIsEditable));
        QVERIFY(model.setData(note, u"from the poster at the station"_s));
        QTRY_COMPARE(fixture.store->get(id)->note, u"from the poster at the station"_s);
        QCOMPARE(note.data().toString(), u"from the poster at the station"_s);
    }

    void deleteCanBeUndoneUntilCommitted()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        StoreExecutor executor(fixture.db.get());
        QVERIFY(fill(fixture, 5));
        HistoryTableModel model(*fixture.store, executor);
        QTRY_COMPARE(model.rowCount(), 5);
        const qint64 id = model.index(2, 0).data(HistoryTableModel::IdRole).toLongLong();
        QVERIFY(model.deleteRow(2));
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.canUndoDelete());
        QCOMPARE(fixture.store->count(), 5); // not yet in the store
        QVERIFY(model.undoDelete());
        QTRY_COMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(2, 0).data(HistoryTableModel::IdRole).toLongLong(), id);

        QVERIFY(model.deleteRow(2));
        model.reload(); // a reload keeps the row hidden while the undo window is open
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 4);
        model.reload();
        model.commitDeletes(); // the page read before the delete still leaves the row out
        QVERIFY(!model.canUndoDelete());
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 4);
        QTRY_COMPARE(fixture.store->count(), 4);
        QVERIFY(fixture.store->get(id)->deleted);
        model.reload();
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 4);
    }

    void pendingDeletesAreCommittedOnDestruction()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        StoreExecutor executor(fixture.db.get());
        QVERIFY(fill(fixture, 2));
        {
            HistoryTableModel model(*fixture.store, executor);
            QTRY_COMPARE(model.rowCount(), 2);
            QVERIFY(model.deleteRow(0));
        }
        executor.waitForDone();
        QCOMPARE(fixture.store->count(), 1);
    }

    // Answers to an earlier query are dropped: a page still on its way when the search or a
    // filter changed never shows, whatever order the store thread finishes in.
    void staleAnswersAreDropped()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        StoreExecutor executor(fixture.db.get());
        QVERIFY(fill(fixture, 250));
        QSemaphore gate;
        const auto open = qScopeGuard([&gate] { gate.release(100); }); // before the executor ends
        HistoryTableModel model(*fixture.store, executor);
        model.setPageSize(100);
        model.setDebounceMs(0);
        model.reload(); // the first page of 200 already asked for is dropped
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 100);

        // Everything the view is ever shown from here on.
        QList<QStringList> shown;
        connect(&model, &QAbstractItemModel::modelReset, this, [&] { shown.append(contents(model)); });
        connect(&model, &QAbstractItemModel::rowsInserted, this, [&] { shown.append(contents(model)); });
        QSignalSpy applied(&model, &HistoryTableModel::queryApplied);

        executor.run([&gate] { gate.acquire(); }); // the store thread is busy
        model.fetchMore({});                       // the next page of the unfiltered history
        model.setSearchText(u"site"_s);            // typed on: "site", "site12", "site123"
        model.setSearchText(u"site12"_s);
        model.setSearchText(u"site123"_s);
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        gate.release();
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(contents(model), QStringList{u"https://site123.example/"_s});
        QCOMPARE(applied.size(), 1); // only the last query's answer was applied
        QCOMPARE(model.pagesLoaded(), 1);
        for (const QStringList& rows : std::as_const(shown))
            for (const QString& content : rows)
                QVERIFY2(content.contains(u"site123"_s), qPrintable(content));

        // A filter changed while a page of the search was on its way.
        model.setSearchText(QString());
        QTRY_COMPARE(model.rowCount(), 100);
        shown.clear();
        executor.run([&gate] { gate.acquire(); });
        model.fetchMore({});
        model.setVerdictFilter(u"dangerous"_s);
        gate.release();
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 25);
        QCOMPARE(model.pagesLoaded(), 1);
        for (const QStringList& rows : std::as_const(shown))
            for (const QString& content : rows)
                QVERIFY2(content.contains(u"bad"_s), qPrintable(content));
    }

    // The view can say "loading": the state follows each page out and back.
    void loadingStateFollowsThePages()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        StoreExecutor executor(fixture.db.get());
        QVERIFY(fill(fixture, 30));
        QSemaphore gate;
        const auto open = qScopeGuard([&gate] { gate.release(100); });
        executor.run([&gate] { gate.acquire(); });
        HistoryTableModel model(*fixture.store, executor);
        QSignalSpy loading(&model, &HistoryTableModel::loadingChanged);
        QVERIFY(model.isLoading()); // the first page is asked for at once, and not read here
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        gate.release();
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(loading.size(), 1);
        QCOMPARE(loading.first().first().toBool(), false);
        QCOMPARE(model.rowCount(), 30);
        QVERIFY(!model.canFetchMore({}));
        model.reload(); // the rows stay while the same query is read again
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 30);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(loading.size(), 3);
    }

    // A page the store cannot read, and a change it refuses, are reported; the change is undone.
    void storeErrorsAreReported()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        StoreExecutor executor(fixture.db.get());
        QVERIFY(fill(fixture, 3));
        HistoryTableModel model(*fixture.store, executor);
        QSignalSpy errors(&model, &HistoryTableModel::errorOccurred);
        QTRY_COMPARE(model.rowCount(), 3);

        const qint64 id = model.index(0, 0).data(HistoryTableModel::IdRole).toLongLong();
        QVERIFY(fixture.store->remove(id)); // gone behind the model's back
        QVERIFY(model.setPinned(0, true));
        QVERIFY(model.record(0)->pinned); // shown at once
        QTRY_COMPARE(errors.size(), 1);
        QVERIFY2(errors.last().first().toString().startsWith(u"Could not change the pin"_s),
                 qPrintable(errors.last().first().toString()));
        QVERIFY(!model.record(0)->pinned); // undone
        QVERIFY(model.setData(model.index(0, HistoryTableModel::NoteColumn), u"lost"_s));
        QTRY_COMPARE(errors.size(), 2);
        QVERIFY(model.record(0)->note.isEmpty());

        QVERIFY(fixture.exec(u"ALTER TABLE scans RENAME TO scans_elsewhere"_s));
        model.setSourceFilter(u"camera"_s);
        QTRY_COMPARE(errors.size(), 3);
        QVERIFY2(errors.last().first().toString().startsWith(u"The history could not be read"_s),
                 qPrintable(errors.last().first().toString()));
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }
};

QTEST_GUILESS_MAIN(TestHistoryTableModel)
#include "TestHistoryTableModel.moc"
