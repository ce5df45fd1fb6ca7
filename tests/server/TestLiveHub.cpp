// Unit tests of the live hub on a real SQLite file: offsets per channel, fan-out through the
// ChangeNotifier (two hubs on one database stand for two server instances), replay and resync
// rules, trimming, and no duplicate when a subscription races a pending notification.
#include "ManualClock.h"
#include "live/ChangeNotifier.h"
#include "live/LiveHub.h"
#include "live/LiveMessageStore.h"
#include "storage/ServerSchema.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

class Collector final : public LiveSubscriber
{
public:
    void sendText(const QString& text) override
    {
        frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
    }

    QList<qint64> offsets(const QString& type = u"message"_s) const
    {
        QList<qint64> out;
        for (const QJsonObject& frame : frames) {
            if (frame.value(u"type"_s).toString() == type)
                out.append(frame.value(u"offset"_s).toInteger());
        }
        return out;
    }
    QList<QJsonObject> frames;
};

QJsonObject data(int n)
{
    return {{u"n"_s, n}};
}

} // namespace

class TestLiveHub : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void offsetsCountPerChannel();
    void twoHubsOnOneDatabaseShareMessages();
    void resumeRules_data();
    void resumeRules();
    void trimKeepsTheNewest();
    void subscribingDuringPendingNotificationDoesNotDuplicate();
    void catchUpPastTrimmedMessagesResyncs();
    void malformedNotificationsAreIgnored();
    void catchUpAllReadsMissedMessages();

private:
    std::unique_ptr<LiveHub> makeHub(LiveMessageStore& store);

    std::unique_ptr<QTemporaryDir> m_dir;
    Test::ManualClock m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<InProcessNotifier> m_notifier;
    std::unique_ptr<LiveMessageStore> m_store;
    std::unique_ptr<LiveHub> m_hub;
};

void TestLiveHub::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>(m_dir->filePath(u"live.sqlite"_s), m_clock,
                                            serverSchema(SqlDialect::Sqlite));
    QVERIFY2(m_database->open(), qPrintable(m_database->errorString()));
    m_notifier = std::make_unique<InProcessNotifier>();
    m_store = std::make_unique<LiveMessageStore>(*m_database, 10);
    m_hub = makeHub(*m_store);
    QVERIFY(m_hub);
}

void TestLiveHub::cleanup()
{
    m_hub.reset();
    m_store.reset();
    m_notifier.reset();
    m_database.reset();
    m_dir.reset();
}

std::unique_ptr<LiveHub> TestLiveHub::makeHub(LiveMessageStore& store)
{
    auto hub = std::make_unique<LiveHub>(store, *m_notifier);
    QString error;
    if (!hub->start(error)) {
        qWarning() << error;
        return nullptr;
    }
    return hub;
}

void TestLiveHub::offsetsCountPerChannel()
{
    Collector a;
    Collector b;
    QVERIFY(m_hub->subscribe(&a, u"ratings:aaaaaaaa"_s, std::nullopt));
    QVERIFY(m_hub->subscribe(&b, u"ratings:bbbbbbbb"_s, std::nullopt));
    QCOMPARE(a.offsets(u"subscribed"_s), QList<qint64>{0});
    for (int i = 1; i <= 3; ++i)
        m_hub->publish(u"ratings:aaaaaaaa"_s, data(i));
    m_hub->publish(u"ratings:bbbbbbbb"_s, data(9));
    QTRY_COMPARE(a.offsets(), (QList<qint64>{1, 2, 3}));
    QTRY_COMPARE(b.offsets(), QList<qint64>{1});
    QCOMPARE(a.frames.last().value(u"data"_s).toObject(), data(3));
    QCOMPARE(a.frames.last().value(u"epoch"_s).toString(), m_hub->epoch());
    QVERIFY(!m_hub->epoch().isEmpty());

    // Unsubscribed: nothing more arrives.
    m_hub->unsubscribe(&a, u"ratings:aaaaaaaa"_s);
    m_hub->publish(u"ratings:aaaaaaaa"_s, data(4));
    m_hub->publish(u"ratings:bbbbbbbb"_s, data(10));
    QTRY_COMPARE(b.offsets(), (QList<qint64>{1, 2}));
    QCOMPARE(a.offsets(), (QList<qint64>{1, 2, 3}));
}

void TestLiveHub::twoHubsOnOneDatabaseShareMessages()
{
    // A second instance: its own store and hub on the same database and the same notifications.
    LiveMessageStore otherStore(*m_database, 10);
    const std::unique_ptr<LiveHub> other = makeHub(otherStore);
    QVERIFY(other);
    QCOMPARE(other->epoch(), m_hub->epoch());
    Collector here;
    Collector there;
    QVERIFY(m_hub->subscribe(&here, u"moderation"_s, std::nullopt));
    QVERIFY(other->subscribe(&there, u"moderation"_s, std::nullopt));
    m_hub->publish(u"moderation"_s, data(1));
    other->publish(u"moderation"_s, data(2));
    QTRY_COMPARE(here.offsets(), (QList<qint64>{1, 2}));
    QTRY_COMPARE(there.offsets(), (QList<qint64>{1, 2}));
}

void TestLiveHub::resumeRules_data()
{
    QTest::addColumn<bool>("sameEpoch");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<QList<qint64>>("replayed");
    QTest::addColumn<QString>("answer");
    // The channel holds offsets 1..8 (nothing trimmed yet: keep 10, trim every 50).
    QTest::newRow("up to date") << true << qint64(8) << QList<qint64>{} << u"subscribed"_s;
    QTest::newRow("missed three") << true << qint64(5) << QList<qint64>{6, 7, 8} << u"subscribed"_s;
    QTest::newRow("missed all") << true << qint64(0) << QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8}
                                << u"subscribed"_s;
    QTest::newRow("other epoch") << false << qint64(5) << QList<qint64>{} << u"resync"_s;
    QTest::newRow("ahead of the log") << true << qint64(9) << QList<qint64>{} << u"resync"_s;
}

void TestLiveHub::resumeRules()
{
    QFETCH(bool, sameEpoch);
    QFETCH(qint64, from);
    QFETCH(QList<qint64>, replayed);
    QFETCH(QString, answer);
    for (int i = 1; i <= 8; ++i)
        m_hub->publish(u"ratings:12345678"_s, data(i));
    Collector client;
    QVERIFY(m_hub->subscribe(&client, u"ratings:12345678"_s,
                             LiveResume{sameEpoch ? m_hub->epoch() : u"other"_s, from}));
    QCOMPARE(client.offsets(), replayed);
    QCOMPARE(client.frames.last().value(u"type"_s).toString(), answer);
    QCOMPARE(client.frames.last().value(u"offset"_s).toInteger(), 8);
    QCOMPARE(client.frames.last().contains(u"recovered"_s), answer == u"resync"_s);
    // Then live, without repeating the replay when the pending notifications arrive.
    m_hub->publish(u"ratings:12345678"_s, data(9));
    QTRY_COMPARE(client.offsets().value(client.offsets().size() - 1), 9);
    QCOMPARE(client.offsets(), replayed + QList<qint64>{9});
}

void TestLiveHub::trimKeepsTheNewest()
{
    for (int i = 1; i <= 120; ++i)
        m_hub->publish(u"ratings:00000000"_s, data(i));
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT COUNT(*), MIN(msg_offset), MAX(msg_offset) FROM live_log"_s) && query.next());
    // Trimmed at 100 back to 10: offsets 91..120 remain.
    QCOMPARE(query.value(0).toInt(), 30);
    QCOMPARE(query.value(1).toLongLong(), 91);
    QCOMPARE(query.value(2).toLongLong(), 120);

    Collector lost;
    QVERIFY(m_hub->subscribe(&lost, u"ratings:00000000"_s, LiveResume{m_hub->epoch(), 89}));
    QCOMPARE(lost.offsets(u"resync"_s), QList<qint64>{120});
    Collector kept;
    QVERIFY(m_hub->subscribe(&kept, u"ratings:00000000"_s, LiveResume{m_hub->epoch(), 90}));
    QCOMPARE(kept.offsets().size(), 30);
    QCOMPARE(kept.offsets().constFirst(), 91);
}

void TestLiveHub::subscribingDuringPendingNotificationDoesNotDuplicate()
{
    Collector early;
    QVERIFY(m_hub->subscribe(&early, u"ratings:cafecafe"_s, std::nullopt));
    m_hub->publish(u"ratings:cafecafe"_s, data(1)); // its notification is still queued
    Collector late;
    QVERIFY(m_hub->subscribe(&late, u"ratings:cafecafe"_s, LiveResume{m_hub->epoch(), 0}));
    QCOMPARE(late.offsets(), QList<qint64>{1}); // replayed
    QTRY_COMPARE(early.offsets(), QList<qint64>{1});
    m_hub->publish(u"ratings:cafecafe"_s, data(2));
    QTRY_COMPARE(early.offsets(), (QList<qint64>{1, 2}));
    QTRY_COMPARE(late.offsets(), (QList<qint64>{1, 2}));
}

void TestLiveHub::catchUpPastTrimmedMessagesResyncs()
{
    Collector slow;
    QVERIFY(m_hub->subscribe(&slow, u"ratings:abcdef01"_s, std::nullopt));
    // 100 messages before the hub reads any: 1..90 are trimmed by then.
    for (int i = 1; i <= 100; ++i)
        m_hub->publish(u"ratings:abcdef01"_s, data(i));
    QTRY_COMPARE(slow.offsets(u"resync"_s), QList<qint64>{100});
    QVERIFY(slow.offsets().isEmpty());
    m_hub->publish(u"ratings:abcdef01"_s, data(101));
    QTRY_COMPARE(slow.offsets(), QList<qint64>{101});
}

void TestLiveHub::malformedNotificationsAreIgnored()
{
    Collector client;
    QVERIFY(m_hub->subscribe(&client, u"moderation"_s, std::nullopt));
    for (const QString& payload : {u""_s, u"moderation"_s, u"moderation x"_s, u" 5"_s, u"moderation 99"_s})
        m_notifier->notify(payload);
    m_hub->publish(u"moderation"_s, data(1));
    QTRY_COMPARE(client.offsets(), QList<qint64>{1});
    QCOMPARE(client.frames.size(), 2); // "subscribed" and the message, nothing else
}

void TestLiveHub::catchUpAllReadsMissedMessages()
{
    Collector a;
    Collector b;
    QVERIFY(m_hub->subscribe(&a, u"ratings:aaaaaaaa"_s, std::nullopt));
    QVERIFY(m_hub->subscribe(&b, u"moderation"_s, std::nullopt));
    m_hub->publish(u"ratings:aaaaaaaa"_s, data(1));
    QTRY_COMPARE(a.offsets(), QList<qint64>{1});
    // Appended during a notifier outage: no notification reaches the hub.
    QString error;
    for (int i = 2; i <= 4; ++i)
        QCOMPARE(m_store->append(u"ratings:aaaaaaaa"_s, QJsonDocument(data(i)).toJson(), error), qint64(i));
    QCOMPARE(m_store->append(u"moderation"_s, QJsonDocument(data(7)).toJson(), error), qint64(1));
    QCOMPARE(m_store->append(u"ratings:cccccccc"_s, QJsonDocument(data(8)).toJson(), error), qint64(1));
    QCoreApplication::processEvents(); // nothing was notified: nothing arrives
    QCOMPARE(a.offsets(), QList<qint64>{1});
    QVERIFY(b.offsets().isEmpty());

    m_hub->catchUpAll();
    QCOMPARE(a.offsets(), (QList<qint64>{1, 2, 3, 4}));
    QCOMPARE(a.frames.last().value(u"data"_s).toObject(), data(4));
    QCOMPARE(b.offsets(), QList<qint64>{1});
    // Once: a second catch-up and later notifications repeat nothing.
    m_hub->catchUpAll();
    m_hub->publish(u"ratings:aaaaaaaa"_s, data(5));
    QTRY_COMPARE(a.offsets(), (QList<qint64>{1, 2, 3, 4, 5}));
    QCOMPARE(b.offsets(), QList<qint64>{1});
}

QTEST_GUILESS_MAIN(TestLiveHub)
#include "TestLiveHub.moc"
