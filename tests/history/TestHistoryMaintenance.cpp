// HistoryMaintenance: quota (90% -> under 70%), retention by age, pinned and unsynced scans kept.
#include "HistoryFixtures.h"
#include "history/HistoryMaintenance.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

namespace {

constexpr qint64 kDay = 24 * 60 * 60 * 1000;

} // namespace

class TestHistoryMaintenance : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void usedBytesGrows();
    void belowHighWaterNothingHappens();
    void quotaRemovesOldestUntilUnderLowWater();
    void secondShrinkIsIncremental();
    void pinnedAndUnsyncedNeverRemoved_data();
    void pinnedAndUnsyncedNeverRemoved();
    void retention_data();
    void retention();
    void noRetentionKeepsEverything();

private:
    // `count` scans of about 600 bytes, 10 per second, all synced; returns their ids, oldest first.
    QList<qint64> seed(int count);
    std::unique_ptr<HistoryFixture> m_f;
};

void TestHistoryMaintenance::init()
{
    m_f = std::make_unique<HistoryFixture>();
    QVERIFY(m_f->open());
}

void TestHistoryMaintenance::cleanup()
{
    m_f.reset();
}

QList<qint64> TestHistoryMaintenance::seed(int count)
{
    QList<qint64> ids;
    for (int i = 0; i < count; i += 10) {
        QList<NewScan> batch;
        for (int j = i; j < std::min(count, i + 10); ++j)
            batch.append(
                makeScan(u"https://site%1.example/%2"_s.arg(j).arg(QString(500, QChar(u'a' + j % 26)))));
        const SaveResult result = m_f->store->save(batch);
        if (!result.ok)
            return {};
        ids += result.ids;
        m_f->clock->advance(1000);
    }
    if (!m_f->syncAll())
        return {};
    return ids;
}

void TestHistoryMaintenance::usedBytesGrows()
{
    HistoryMaintenance maintenance(*m_f->db, *m_f->clock);
    QCOMPARE(maintenance.options().sizeLimitBytes, 50 * 1024 * 1024);
    const qint64 empty = maintenance.usedBytes();
    QVERIFY(empty > 0);
    QCOMPARE(seed(200).size(), 200);
    QVERIFY(maintenance.usedBytes() > empty + 200 * 500);
}

void TestHistoryMaintenance::belowHighWaterNothingHappens()
{
    QCOMPARE(seed(100).size(), 100);
    HistoryMaintenance maintenance(*m_f->db, *m_f->clock);
    const qint64 used = maintenance.usedBytes();
    maintenance.setOptions({qint64(double(used) / 0.89), 0.9, 0.7, std::nullopt});
    const MaintenanceReport report = maintenance.enforceQuota();
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.removedForQuota, 0);
    QVERIFY(report.removedIds.isEmpty());
    QVERIFY(report.shrink.isEmpty());
    QCOMPARE(m_f->store->count(), 100);
}

void TestHistoryMaintenance::quotaRemovesOldestUntilUnderLowWater()
{
    const QList<qint64> ids = seed(400);
    QCOMPARE(ids.size(), 400);
    HistoryMaintenance maintenance(*m_f->db, *m_f->clock);
    const qint64 used = maintenance.usedBytes();
    const qint64 limit = qint64(double(used) / 0.92); // at 92%
    maintenance.setOptions({limit, 0.9, 0.7, std::nullopt});
    const qint64 fileBefore =
        QFileInfo(m_f->db->path()).size() + QFileInfo(m_f->db->path() + u"-wal"_s).size();

    const MaintenanceReport report = maintenance.enforceQuota();
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.limitBytes, limit);
    QCOMPARE(report.usedBytesBefore, used);
    QVERIFY2(report.usedBytesAfter < qint64(0.7 * double(limit)),
             qPrintable(u"%1 of %2"_s.arg(report.usedBytesAfter).arg(limit)));
    QVERIFY(report.underLowWater);
    QVERIFY(report.removedForQuota > 0);
    QCOMPARE(report.removedIds.size(), report.removedForQuota);
    // The oldest went, in order, and nothing else.
    QCOMPARE(report.removedIds, ids.mid(0, report.removedForQuota));
    QCOMPARE(m_f->store->count(), 400 - report.removedForQuota);
    QVERIFY(m_f->store->get(ids.last()));
    // Not more than needed: removing a fifth of a 92%-full store is enough to get under 70%... but
    // not everything.
    QVERIFY(report.removedForQuota < 300);
    // The file really shrank.
    QCOMPARE(report.shrink, u"vacuum"_s);
    QCOMPARE(report.fileBytesBefore, fileBefore);
    QVERIFY2(report.fileBytesAfter < fileBefore,
             qPrintable(u"%1 -> %2"_s.arg(fileBefore).arg(report.fileBytesAfter)));
    QCOMPARE(m_f->scalar(u"PRAGMA auto_vacuum"_s), 2);
    QSqlQuery mode(m_f->db->connection());
    QVERIFY(mode.exec(u"PRAGMA journal_mode"_s) && mode.next());
    QCOMPARE(mode.value(0).toString(), u"wal"_s); // VACUUM kept WAL
    QVERIFY(m_f->exec(u"INSERT INTO scans_fts(scans_fts) VALUES('integrity-check')"_s));
    QCOMPARE(m_f->store->count(searchFor(u"site399"_s)), 1);
    QCOMPARE(m_f->store->count(searchFor(u"site0.ex"_s)), 0);
}

void TestHistoryMaintenance::secondShrinkIsIncremental()
{
    QCOMPARE(seed(300).size(), 300);
    HistoryMaintenance maintenance(*m_f->db, *m_f->clock);
    maintenance.setOptions({qint64(double(maintenance.usedBytes()) / 0.95), 0.9, 0.7, std::nullopt});
    QCOMPARE(maintenance.enforceQuota().shrink, u"vacuum"_s);
    QCOMPARE(seed(300).size(), 300);
    maintenance.setOptions({qint64(double(maintenance.usedBytes()) / 0.95), 0.9, 0.7, std::nullopt});
    const MaintenanceReport report = maintenance.enforceQuota();
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.shrink, u"incremental_vacuum"_s);
    QVERIFY(report.underLowWater);
    QVERIFY(report.fileBytesAfter < report.fileBytesBefore);
}

void TestHistoryMaintenance::pinnedAndUnsyncedNeverRemoved_data()
{
    QTest::addColumn<QString>("protection");
    QTest::newRow("pinned") << u"pinned"_s;
    QTest::newRow("not synced") << u"pending"_s;
    QTest::newRow("synced state but a mutation waiting") << u"outbox"_s;
}

void TestHistoryMaintenance::pinnedAndUnsyncedNeverRemoved()
{
    QFETCH(QString, protection);
    const QList<qint64> ids = seed(100);
    QCOMPARE(ids.size(), 100);
    const QList<qint64> kept{ids.at(0), ids.at(1), ids.at(50)};
    for (const qint64 id : kept) {
        if (protection == u"pinned"_s) {
            QVERIFY(m_f->store->setPinned(id, true));
        } else {
            QVERIFY(m_f->store->setNote(id, u"edited"_s)); // pending again, with a note mutation
        }
    }
    if (protection == u"pinned"_s) {
        QVERIFY(m_f->syncAll()); // synced, but pinned
    } else if (protection == u"outbox"_s) {
        QVERIFY(m_f->exec(u"UPDATE scans SET sync_state = 'synced'"_s));
    }
    HistoryMaintenance maintenance(*m_f->db, *m_f->clock);
    maintenance.setOptions({1, 0.9, 0.7, 1}); // impossible limit and 1-day retention
    m_f->clock->advance(30 * kDay);
    const MaintenanceReport report = maintenance.run();
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.removedForAge, 97);
    QVERIFY(!report.underLowWater); // said, not hidden
    QCOMPARE(m_f->store->count(), 3);
    for (const qint64 id : kept)
        QVERIFY(m_f->store->get(id));
}

void TestHistoryMaintenance::retention_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<qint64>("advance");
    QTest::addColumn<int>("removed");
    // Scans at day 0, 10, 20 (3 each); the clock then moves on by `advance`.
    QTest::newRow("nothing old enough") << 30 << 20 * kDay << 0;
    QTest::newRow("oldest day") << 15 << 20 * kDay << 3;
    QTest::newRow("boundary is exclusive") << 10 << 20 * kDay << 3;
    QTest::newRow("two days") << 5 << 20 * kDay << 6;
    QTest::newRow("everything") << 1 << 40 * kDay << 9;
}

void TestHistoryMaintenance::retention()
{
    QFETCH(int, days);
    QFETCH(qint64, advance);
    QFETCH(int, removed);
    for (int d = 0; d < 3; ++d) {
        QVERIFY(m_f->store
                    ->save({makeScan(u"a%1"_s.arg(d)), makeScan(u"b%1"_s.arg(d)), makeScan(u"c%1"_s.arg(d))})
                    .ok);
        if (d < 2)
            m_f->clock->advance(10 * kDay);
    }
    QVERIFY(m_f->syncAll());
    m_f->clock->advance(advance - 20 * kDay);
    HistoryMaintenance maintenance(*m_f->db, *m_f->clock);
    maintenance.setOptions({50 * 1024 * 1024, 0.9, 0.7, days});
    const MaintenanceReport report = maintenance.applyRetention();
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.removedForAge, removed);
    QCOMPARE(report.removedIds.size(), removed);
    QCOMPARE(report.removedForQuota, 0);
    QCOMPARE(m_f->store->count(), 9 - removed);
    QCOMPARE(report.shrink.isEmpty(), removed == 0);
}

void TestHistoryMaintenance::noRetentionKeepsEverything()
{
    QCOMPARE(seed(20).size(), 20);
    m_f->clock->advance(3650 * kDay);
    HistoryMaintenance maintenance(*m_f->db, *m_f->clock);
    const MaintenanceReport report = maintenance.run();
    QVERIFY(report.ok);
    QCOMPARE(report.removedForAge, 0);
    QCOMPARE(m_f->store->count(), 20);
}

QTEST_GUILESS_MAIN(TestHistoryMaintenance)
#include "TestHistoryMaintenance.moc"
