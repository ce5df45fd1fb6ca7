// My reports and item labels kept on this device (AppState JSON): newest first, bounded, a
// replaced label moves to the front, and a damaged stored value reads as empty without loss of
// the ability to write again.
#include "ManualClock.h"
#include "community/CommunityJournal.h"
#include "localdata/AppState.h"
#include "store/ClientSchema.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestCommunityJournal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void reportsNewestFirst();
    void reportsAreBounded();
    void labels();
    void damagedValueReadsEmpty();

private:
    QTemporaryDir m_dir;
    Test::ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppState> m_state;
    std::unique_ptr<CommunityJournal> m_journal;
};

void TestCommunityJournal::init()
{
    m_db = std::make_unique<Database>(m_dir.filePath(u"client.sqlite"_s), m_clock, clientSchema());
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
    m_state = std::make_unique<AppState>(*m_db);
    m_journal = std::make_unique<CommunityJournal>(*m_state, m_clock);
    QVERIFY(m_state->remove(u"community.my_reports"_s));
    QVERIFY(m_state->remove(u"community.item_labels"_s));
}

void TestCommunityJournal::cleanup()
{
    m_journal.reset();
    m_state.reset();
    m_db.reset();
}

void TestCommunityJournal::reportsNewestFirst()
{
    QVERIFY(m_journal->addReport({u"h1"_s, u"Web link: a"_s, u"phishing"_s, u"note"_s, true, 0, 7, {}}));
    m_clock.advance(5);
    QVERIFY(m_journal->addReport({u"h2"_s, {}, u"scam"_s, {}, false, 0, 0, u"offline"_s}));
    const QList<MyReport> reports = m_journal->reports();
    QCOMPARE(reports.size(), 2);
    QCOMPARE(reports[0].hash, u"h2"_s);
    QCOMPARE(reports[0].error, u"offline"_s);
    QCOMPARE(reports[1].serverId, qint64(7));
    QVERIFY(reports[1].contentShared);
    QCOMPARE(reports[1].atMs, m_clock.epochMs() - 5); // stamped when added
}

void TestCommunityJournal::reportsAreBounded()
{
    for (int i = 0; i < CommunityJournal::MaxReports + 5; ++i)
        QVERIFY(m_journal->addReport({u"h%1"_s.arg(i), {}, u"other"_s, {}, false, 0, i + 1, {}}));
    const QList<MyReport> reports = m_journal->reports();
    QCOMPARE(reports.size(), CommunityJournal::MaxReports);
    QCOMPARE(reports.first().hash, u"h%1"_s.arg(CommunityJournal::MaxReports + 4));
    QCOMPARE(reports.last().hash, u"h5"_s); // the oldest went first
}

void TestCommunityJournal::labels()
{
    QVERIFY(m_journal->label(u"h1"_s).isEmpty());
    QVERIFY(m_journal->setLabel(u"h1"_s, u"one"_s));
    QVERIFY(m_journal->setLabel(u"h2"_s, u"two"_s));
    QVERIFY(m_journal->setLabel(u"h1"_s, u"one again"_s));
    QCOMPARE(m_journal->label(u"h1"_s), u"one again"_s);
    QCOMPARE(m_journal->label(u"h2"_s), u"two"_s);
}

void TestCommunityJournal::damagedValueReadsEmpty()
{
    QVERIFY(m_state->setValue(u"community.my_reports"_s, u"{not json"_s));
    QVERIFY(m_journal->reports().isEmpty());
    QVERIFY(m_journal->addReport({u"h1"_s, {}, u"scam"_s, {}, false, 0, 1, {}}));
    QCOMPARE(m_journal->reports().size(), 1);
}

QTEST_GUILESS_MAIN(TestCommunityJournal)
#include "TestCommunityJournal.moc"
