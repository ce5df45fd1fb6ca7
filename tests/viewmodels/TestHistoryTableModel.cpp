// HistoryTableModel: lazy keyset paging, search and filters, pin, note, delete with undo.
#include "HistoryFixtures.h"
#include "viewmodels/HistoryTableModel.h"

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

private Q_SLOTS:
    void pagesLoadLazily()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        QVERIFY(fill(fixture, 1050));
        HistoryTableModel model(*fixture.store);
        model.setPageSize(100);
        model.reload();
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.pagesLoaded(), 1);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 200);
        while (model.canFetchMore({}))
            model.fetchMore({});
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
        QVERIFY(fill(fixture, 50));
        HistoryTableModel model(*fixture.store);
        model.setDebounceMs(0);
        QCOMPARE(model.rowCount(), 50);
        model.setSearchText(u"site7"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, HistoryTableModel::ContentColumn).data().toString(),
                 u"https://site7.example/"_s);
        model.setSearchText(QString());
        model.setVerdictFilter(u"dangerous"_s);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, HistoryTableModel::VerdictColumn)
                     .data(HistoryTableModel::VerdictLevelRole)
                     .toString(),
                 u"dangerous"_s);
        model.setVerdictFilter({});
        model.setSourceFilter(u"camera"_s);
        QCOMPARE(model.rowCount(), 45);
        model.setSourceFilter({});
        model.setTypeFilter(u"wifi"_s);
        QCOMPARE(model.rowCount(), 0);
        model.setTypeFilter({});
        model.setDateRange(Test::kEpochStart + 1, std::nullopt);
        QCOMPARE(model.rowCount(), 0); // all were scanned at kEpochStart
        model.setDateRange(std::nullopt, std::nullopt);
        QCOMPARE(model.rowCount(), 50);
    }

    void searchIsDebounced()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        QVERIFY(fill(fixture, 20));
        HistoryTableModel model(*fixture.store);
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
        QVERIFY(fill(fixture, 3));
        HistoryTableModel model(*fixture.store);
        const qint64 id = model.index(1, 0).data(HistoryTableModel::IdRole).toLongLong();
        QVERIFY(model.setPinned(1, true));
        QVERIFY(fixture.store->get(id)->pinned);
        QCOMPARE(model.index(1, HistoryTableModel::PinnedColumn).data().toString(), u"Pinned"_s);
        const QModelIndex note = model.index(1, HistoryTableModel::NoteColumn);
        QVERIFY(model.flags(note) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(1, 0)) & Qt::ItemIsEditable));
        QVERIFY(model.setData(note, u"from the poster at the station"_s));
        QCOMPARE(fixture.store->get(id)->note, u"from the poster at the station"_s);
        QCOMPARE(note.data().toString(), u"from the poster at the station"_s);
    }

    void deleteCanBeUndoneUntilCommitted()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        QVERIFY(fill(fixture, 5));
        HistoryTableModel model(*fixture.store);
        const qint64 id = model.index(2, 0).data(HistoryTableModel::IdRole).toLongLong();
        QVERIFY(model.deleteRow(2));
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.canUndoDelete());
        QCOMPARE(fixture.store->count(), 5); // not yet in the store
        QVERIFY(model.undoDelete());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(2, 0).data(HistoryTableModel::IdRole).toLongLong(), id);

        QVERIFY(model.deleteRow(2));
        model.reload(); // a reload keeps the row hidden while the undo window is open
        QCOMPARE(model.rowCount(), 4);
        model.commitDeletes();
        QVERIFY(!model.canUndoDelete());
        QCOMPARE(fixture.store->count(), 4);
        QVERIFY(fixture.store->get(id)->deleted);
    }

    void pendingDeletesAreCommittedOnDestruction()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        QVERIFY(fill(fixture, 2));
        {
            HistoryTableModel model(*fixture.store);
            QVERIFY(model.deleteRow(0));
        }
        QCOMPARE(fixture.store->count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHistoryTableModel)
#include "TestHistoryTableModel.moc"
