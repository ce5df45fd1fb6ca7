// The personal dashboard: historyStatistics() counts the local history by local day, verdict,
// type and source (deleted scans left out), PersonalDashboardModel holds the range and the
// previous period and gives each chart's data as CSV.
#include "HistoryFixtures.h"
#include "history/HistoryStats.h"
#include "viewmodels/PersonalDashboardModel.h"

#include <QFile>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

namespace {
constexpr qint64 kDay = 24LL * 60 * 60 * 1000;
// kEpochStart is 2026-11-18 11:06:40 UTC.
const QDate kFirstDay(2026, 11, 18);

// Two scans on 11-18 (one from the camera, one from a file), a dangerous one on 11-19, one on
// 11-19 that is deleted, and one on 11-10 (the previous period of an 11-12..11-19 range).
bool fill(HistoryFixture& f)
{
    f.clock->advance(-8 * kDay);
    if (f.saveOne(u"https://old.example/"_s, u"clipboard"_s) < 0)
        return false;
    f.clock->advance(8 * kDay);
    if (f.saveOne(u"https://a.example/"_s, u"camera"_s) < 0 ||
        f.saveOne(u"WIFI:S:x;T:WPA;P:12345678;;"_s, u"file"_s) < 0)
        return false;
    f.clock->advance(kDay);
    const qint64 gone = f.saveOne(u"https://gone.example/"_s);
    return f.saveOne(u"https://bad.example/"_s, u"screen"_s, VerdictLevel::Dangerous) >= 0 && gone >= 0 &&
           f.store->remove(gone);
}
} // namespace

class TestPersonalDashboard : public QObject
{
    Q_OBJECT

private slots:
    void countsByDayVerdictTypeAndSource()
    {
        HistoryFixture f;
        QVERIFY(f.open());
        QVERIFY(fill(f));
        const HistoryStatisticsResult result =
            historyStatistics(*f.db, QDate(2026, 11, 12), QDate(2026, 11, 19), 0);
        QVERIFY2(result.ok, qPrintable(result.error));
        const HistoryStatistics& s = result.statistics;
        QCOMPARE(s.total, 3);
        QCOMPARE(s.perDay.size(), 8);
        QCOMPARE(s.perDay.first(), (QPair<QDate, qint64>{QDate(2026, 11, 12), 0}));
        QCOMPARE(s.perDay.at(6), (QPair<QDate, qint64>{kFirstDay, 2}));
        QCOMPARE(s.perDay.at(7), (QPair<QDate, qint64>{QDate(2026, 11, 19), 1}));
        QCOMPARE(s.byVerdict.value(u"dangerous"_s), 1);
        QCOMPARE(s.byVerdict.value(u"no_known_risk"_s), 2);
        QCOMPARE(s.byType.value(u"url"_s), 2);
        QCOMPARE(s.byType.value(u"wifi"_s), 1);
        QCOMPARE(s.bySource, (QMap<QString, qint64>{{u"camera"_s, 1}, {u"file"_s, 1}, {u"screen"_s, 1}}));
    }

    void daysFollowTheLocalTimeZone()
    {
        HistoryFixture f;
        QVERIFY(f.open());
        QVERIFY(f.saveOne(u"https://a.example/"_s) >= 0); // 11:06 UTC
        // At UTC+14 that is 01:06 on the next day; at UTC-12, 23:06 the day before.
        const auto dayOf = [&f](int offset) {
            const HistoryStatisticsResult r =
                historyStatistics(*f.db, QDate(2026, 11, 17), QDate(2026, 11, 19), offset);
            for (const auto& [day, count] : r.statistics.perDay)
                if (count)
                    return day;
            return QDate();
        };
        QCOMPARE(dayOf(0), kFirstDay);
        QCOMPARE(dayOf(14 * 3600), QDate(2026, 11, 19));
        QCOMPARE(dayOf(-12 * 3600), QDate(2026, 11, 17));
    }

    void refusesBadRanges()
    {
        HistoryFixture f;
        QVERIFY(f.open());
        QVERIFY(!historyStatistics(*f.db, QDate(2026, 11, 19), QDate(2026, 11, 18), 0).ok);
        QVERIFY(!historyStatistics(*f.db, QDate(), QDate(2026, 11, 18), 0).ok);
        QVERIFY(!historyStatistics(*f.db, QDate(1960, 1, 1), QDate(2026, 11, 18), 0).ok);
        QVERIFY(!historyStatistics(*f.db, QDate(2026, 11, 19), QDate(2026, 11, 18), 0).error.isEmpty());
    }

    void modelWithPreviousPeriodAndCsv()
    {
        HistoryFixture f;
        QVERIFY(f.open());
        QVERIFY(fill(f));
        PersonalDashboardModel model(f.db.get(), *f.clock, 0);
        QCOMPARE(model.to(), QDate(2026, 11, 19)); // the clock's day after fill()
        QCOMPARE(model.from(), QDate(2026, 10, 21));
        QSignalSpy changed(&model, &PersonalDashboardModel::dataChanged);
        model.setDateRange(QDate(2026, 11, 12), QDate(2026, 11, 19));
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.ok());
        QCOMPARE(model.current().total, 3);
        QCOMPARE(model.previous().from, QDate(2026, 11, 4));
        QCOMPARE(model.previous().to, QDate(2026, 11, 11));
        QCOMPARE(model.previous().total, 1);
        const QString perDay = model.csv(PersonalDashboardModel::Dataset::PerDay);
        QVERIFY(
            perDay.startsWith(u"day,scans,previous_day,previous_scans\r\n2026-11-12,0,2026-11-04,0\r\n"_s));
        QVERIFY(perDay.contains(u"2026-11-18,2,2026-11-10,1\r\n"_s));
        QCOMPARE(model.csv(PersonalDashboardModel::Dataset::Sources),
                 u"source,count\r\ncamera,1\r\nfile,1\r\nscreen,1\r\n"_s);
        QCOMPARE(model.csv(PersonalDashboardModel::Dataset::Verdicts),
                 u"verdict,count\r\ndangerous,1\r\nno_known_risk,2\r\n"_s);
        model.setCompare(false);
        QVERIFY(model.previous().perDay.isEmpty());
        QVERIFY(model.csv(PersonalDashboardModel::Dataset::PerDay).startsWith(u"day,scans\r\n"_s));
        const QString path = f.dir->filePath(u"types.csv"_s);
        QString error;
        QVERIFY2(model.exportCsv(PersonalDashboardModel::Dataset::Types, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), u"payload_type,count\r\nurl,2\r\nwifi,1\r\n"_s);
    }

    void withoutAStoreItSaysSo()
    {
        ManualClock clock;
        PersonalDashboardModel model(nullptr, clock, 0);
        model.refresh();
        QVERIFY(!model.ok());
        QVERIFY(!model.errorMessage().isEmpty());
        QCOMPARE(model.current().total, 0);
    }

    void csvQuotesAndDefusesText()
    {
        HistoryFixture f;
        QVERIFY(f.open());
        // A damaged or imported row whose payload type is text a spreadsheet would run.
        QVERIFY(f.saveOne(u"hello"_s) >= 0);
        QVERIFY(f.exec(u"UPDATE scans SET payload_type = '=HYPERLINK(\"x\",1)'"_s));
        PersonalDashboardModel model(f.db.get(), *f.clock, 0);
        model.refresh();
        QCOMPARE(model.csv(PersonalDashboardModel::Dataset::Types),
                 u"payload_type,count\r\n\"'=HYPERLINK(\"\"x\"\",1)\",1\r\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestPersonalDashboard)
#include "TestPersonalDashboard.moc"
