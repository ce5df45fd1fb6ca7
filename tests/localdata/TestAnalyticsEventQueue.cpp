// AnalyticsEventQueue: content-free events, batches of the oldest unsent, a cap that drops the
// oldest (counted), retention by age on an injected clock.
#include "ManualClock.h"
#include "localdata/AnalyticsEventQueue.h"
#include "localdata/AppState.h"
#include "store/ClientSchema.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

const qint64 kStart = 1'795'000'000'000;
const qint64 kDay = 24LL * 60 * 60 * 1000;

QJsonObject scanBody(int n)
{
    return {{u"payload_type"_s, u"url"_s},
            {u"verdict"_s, u"caution"_s},
            {u"source"_s, u"camera"_s},
            {u"decode_ms"_s, n}};
}

QStringList ids(const QList<AnalyticsEvent>& events)
{
    QStringList out;
    for (const AnalyticsEvent& event : events)
        out.append(event.eventId);
    return out;
}

} // namespace

class TestAnalyticsEventQueue : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void appendAndTakeBatch();
    void markSent();
    void refuses_data();
    void refuses();
    void cap_data();
    void cap();
    void retention_data();
    void retention();
    void droppedCounterPersists();
    void allEventsAndClear();

private:
    AnalyticsEventQueue queue(int maxEvents = 10'000, qint64 retentionMs = 30 * kDay);
    QStringList storedIds();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
};

void TestAnalyticsEventQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<Test::ManualClock>(1000, kStart);
    m_db = std::make_unique<Database>(m_dir->filePath(u"events.sqlite"_s), *m_clock, clientSchema());
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
}

void TestAnalyticsEventQueue::cleanup()
{
    m_db.reset();
}

AnalyticsEventQueue TestAnalyticsEventQueue::queue(int maxEvents, qint64 retentionMs)
{
    return AnalyticsEventQueue(*m_db, *m_clock, {maxEvents, retentionMs});
}

// Every stored event id, oldest first.
QStringList TestAnalyticsEventQueue::storedIds()
{
    QStringList out;
    QSqlQuery query(m_db->connection());
    if (query.exec(u"SELECT event_id FROM analytics_events ORDER BY created_at, rowid"_s)) {
        while (query.next())
            out.append(query.value(0).toString());
    }
    return out;
}

void TestAnalyticsEventQueue::appendAndTakeBatch()
{
    AnalyticsEventQueue events = queue();
    QStringList appended;
    for (int i = 0; i < 5; ++i) {
        QString error;
        const QString id = events.append(u"scan"_s, scanBody(i), &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QVERIFY(!QUuid::fromString(id).isNull());
        appended.append(id);
        if (i % 2)
            m_clock->advance(10);
    }
    QCOMPARE(QSet<QString>(appended.begin(), appended.end()).size(), 5);
    QCOMPARE(events.unsentCount(), 5);

    const QList<AnalyticsEvent> batch = events.takeBatch(3);
    QCOMPARE(ids(batch), appended.mid(0, 3)); // oldest first, insertion order within a millisecond
    QCOMPARE(batch[0].kind, u"scan"_s);
    QCOMPARE(batch[0].body, scanBody(0));
    QCOMPARE(batch[0].createdAtMs, kStart);
    QVERIFY(!batch[0].sent);
    QCOMPARE(batch[2].createdAtMs, kStart + 10);
    // Taking does not remove or mark anything.
    QCOMPARE(ids(events.takeBatch(3)), appended.mid(0, 3));
    QCOMPARE(ids(events.takeBatch(100)), appended);
    QVERIFY(events.takeBatch(0).isEmpty());
}

void TestAnalyticsEventQueue::markSent()
{
    AnalyticsEventQueue events = queue();
    QStringList appended;
    for (int i = 0; i < 4; ++i)
        appended.append(events.append(u"app_start"_s, {}));
    QCOMPARE(events.markSent({appended[0], appended[2], u"unknown-id"_s}), 2);
    QCOMPARE(events.markSent({appended[0]}), 0); // already sent
    QCOMPARE(events.markSent({}), 0);
    QCOMPARE(ids(events.takeBatch(10)), (QStringList{appended[1], appended[3]}));
    QCOMPARE(events.unsentCount(), 2);
    QCOMPARE(events.totalCount(), 4); // sent events are kept (export) until the cap or retention
}

void TestAnalyticsEventQueue::refuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("why");

    QTest::newRow("empty kind") << QString() << QJsonObject() << u"kind"_s;
    QTest::newRow("upper-case kind") << u"Scan"_s << QJsonObject() << u"kind"_s;
    QTest::newRow("kind with space") << u"scan now"_s << QJsonObject() << u"kind"_s;
    QTest::newRow("content field") << u"scan"_s << QJsonObject{{u"content"_s, u"WIFI:S:x;P:y;;"_s}}
                                   << u"\"content\""_s;
    QTest::newRow("url field, other case")
        << u"scan"_s << QJsonObject{{u"URL"_s, u"https://x.example/"_s}} << u"\"URL\""_s;
    QTest::newRow("nested hash") << u"vote"_s
                                 << QJsonObject{{u"detail"_s, QJsonObject{{u"content_hash"_s, u"ab"_s}}}}
                                 << u"\"content_hash\""_s;
    QTest::newRow("inside an array") << u"error"_s
                                     << QJsonObject{{u"items"_s,
                                                     QJsonArray{QJsonObject{{u"ssid"_s, u"home"_s}}}}}
                                     << u"\"ssid\""_s;
    QTest::newRow("over 64 KB") << u"error"_s << QJsonObject{{u"message"_s, QString(64 * 1024, u'x')}}
                                << u"bytes"_s;
}

void TestAnalyticsEventQueue::refuses()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, body);
    QFETCH(QString, why);
    AnalyticsEventQueue events = queue();
    QString error;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot record the analytics event"_s));
    QVERIFY(events.append(kind, body, &error).isEmpty());
    QVERIFY2(error.contains(why), qPrintable(error));
    QCOMPARE(events.totalCount(), 0);
}

void TestAnalyticsEventQueue::cap_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("before");      // events appended first
    QTest::addColumn<QList<int>>("sent"); // which of those are marked sent
    QTest::addColumn<int>("after");       // events appended then
    QTest::addColumn<QList<int>>("kept"); // indexes (over before + after) still stored
    QTest::addColumn<int>("dropped");     // unsent events counted as dropped

    QTest::newRow("under the cap") << 5 << 3 << QList<int>{} << 2 << QList<int>{0, 1, 2, 3, 4} << 0;
    QTest::newRow("oldest unsent dropped") << 3 << 3 << QList<int>{} << 2 << QList<int>{2, 3, 4} << 2;
    QTest::newRow("sent ones go first") << 3 << 3 << QList<int>{1, 2} << 2 << QList<int>{0, 3, 4} << 0;
    QTest::newRow("then the oldest unsent") << 3 << 3 << QList<int>{2} << 2 << QList<int>{1, 3, 4} << 1;
    QTest::newRow("cap of one") << 1 << 1 << QList<int>{} << 3 << QList<int>{3} << 3;
}

void TestAnalyticsEventQueue::cap()
{
    QFETCH(int, cap);
    QFETCH(int, before);
    QFETCH(QList<int>, sent);
    QFETCH(int, after);
    QFETCH(QList<int>, kept);
    QFETCH(int, dropped);
    AnalyticsEventQueue events = queue(cap);
    QStringList appended;
    for (int i = 0; i < before; ++i) {
        appended.append(events.append(u"scan"_s, scanBody(i)));
        m_clock->advance(1);
    }
    QStringList toMark;
    for (int i : sent)
        toMark.append(appended[i]);
    QCOMPARE(events.markSent(toMark), int(sent.size()));
    for (int i = 0; i < after; ++i) {
        appended.append(events.append(u"scan"_s, scanBody(before + i)));
        QVERIFY(events.totalCount() <= cap);
        m_clock->advance(1);
    }
    QStringList expected;
    for (int i : kept)
        expected.append(appended[i]);
    QCOMPARE(storedIds(), expected);
    QCOMPARE(events.droppedCount(), dropped);
    QCOMPARE(AppState(*m_db).integer(AnalyticsEventQueue::droppedCounterKey()), dropped);
}

void TestAnalyticsEventQueue::retention_data()
{
    QTest::addColumn<qint64>("age");
    QTest::addColumn<bool>("sent");
    QTest::addColumn<bool>("kept");
    QTest::addColumn<int>("dropped");

    QTest::newRow("young") << 29 * kDay << false << true << 0;
    QTest::newRow("exactly the retention") << 30 * kDay << false << true << 0;
    QTest::newRow("one ms past, unsent") << 30 * kDay + 1 << false << false << 1;
    QTest::newRow("one ms past, sent") << 30 * kDay + 1 << true << false << 0;
    QTest::newRow("a year") << 365 * kDay << false << false << 1;
}

void TestAnalyticsEventQueue::retention()
{
    QFETCH(qint64, age);
    QFETCH(bool, sent);
    QFETCH(bool, kept);
    QFETCH(int, dropped);
    AnalyticsEventQueue events = queue();
    const QString old = events.append(u"sync"_s, {{u"ok"_s, true}});
    if (sent)
        QCOMPARE(events.markSent({old}), 1);
    m_clock->advance(age);
    QCOMPARE(events.purgeExpired(), kept ? 0 : 1);
    QCOMPARE(storedIds().contains(old), kept);
    QCOMPARE(events.droppedCount(), dropped);

    // Appending applies the retention as well.
    const QString second = events.append(u"sync"_s, {{u"ok"_s, false}});
    m_clock->advance(age);
    const QString third = events.append(u"sync"_s, {{u"ok"_s, true}});
    QCOMPARE(storedIds().contains(second), kept);
    QVERIFY(storedIds().contains(third));
}

void TestAnalyticsEventQueue::droppedCounterPersists()
{
    {
        AnalyticsEventQueue events = queue(1);
        events.append(u"scan"_s, scanBody(1));
        events.append(u"scan"_s, scanBody(2));
        QCOMPARE(events.droppedCount(), 1);
    }
    m_db.reset();
    m_db = std::make_unique<Database>(m_dir->filePath(u"events.sqlite"_s), *m_clock, clientSchema());
    AnalyticsEventQueue events = queue(1);
    QCOMPARE(events.droppedCount(), 1);
    events.append(u"scan"_s, scanBody(3));
    QCOMPARE(events.droppedCount(), 2);
}

void TestAnalyticsEventQueue::allEventsAndClear()
{
    AnalyticsEventQueue events = queue();
    const QString a = events.append(u"scan"_s, scanBody(1));
    m_clock->advance(5);
    const QString b = events.append(u"vote"_s, {});
    const QString c = events.append(u"report"_s, {});
    QCOMPARE(events.markSent({b}), 1);
    const QList<AnalyticsEvent> all = events.allEvents();
    QCOMPARE(ids(all), (QStringList{a, b, c}));
    QCOMPARE(all[1].sent, true);
    QCOMPARE(all[0].sent, false);
    QCOMPARE(all[0].body, scanBody(1));
    QCOMPARE(ids(events.allEvents(2)), (QStringList{a, b}));
    QCOMPARE(events.clear(true), 2); // the unsent ones
    QCOMPARE(ids(events.allEvents()), QStringList{b});
    QCOMPARE(events.droppedCount(), 0); // the user's choice is not a loss
    QCOMPARE(events.clear(false), 1);
    QCOMPARE(events.totalCount(), 0);
}

QTEST_GUILESS_MAIN(TestAnalyticsEventQueue)
#include "TestAnalyticsEventQueue.moc"
