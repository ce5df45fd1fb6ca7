// LiveChannels: channel names, the wanted set, positions and the subscribe messages that restore
// them after a reconnect (pure bookkeeping).
#include "live/LiveChannels.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestLiveChannels : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void arrivals_data();
    void arrivals();
    void subscribedNeverMovesBack();
    void restoreMessages();
    void removingForgetsThePosition();
};

void TestLiveChannels::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("ratings") << u"ratings:0123abcd"_s << u"ratings:0123abcd"_s;
    QTest::newRow("upper case") << u"RATINGS:0123ABCD"_s << u"ratings:0123abcd"_s;
    QTest::newRow("moderation") << u"moderation"_s << u"moderation"_s;
    QTest::newRow("short prefix") << u"ratings:0123abc"_s << QString();
    QTest::newRow("long prefix") << u"ratings:0123abcde"_s << QString();
    QTest::newRow("not hex") << u"ratings:0123abcg"_s << QString();
    QTest::newRow("unknown") << u"votes:0123abcd"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestLiveChannels::names()
{
    QFETCH(QString, name);
    QFETCH(QString, normalized);
    QCOMPARE(LiveChannels::normalized(name), normalized);
}

void TestLiveChannels::arrivals_data()
{
    QTest::addColumn<QList<qint64>>("offsets");
    QTest::addColumn<QStringList>("epochs");
    QTest::addColumn<QList<int>>("expected"); // LiveChannels::Arrival per message
    using A = LiveChannels::Arrival;
    QTest::newRow("in order") << QList<qint64>{11, 12} << QStringList{u"e"_s, u"e"_s}
                              << QList<int>{int(A::New), int(A::New)};
    QTest::newRow("duplicate") << QList<qint64>{11, 11, 10} << QStringList{u"e"_s, u"e"_s, u"e"_s}
                               << QList<int>{int(A::New), int(A::Duplicate), int(A::Duplicate)};
    QTest::newRow("gap") << QList<qint64>{13, 14} << QStringList{u"e"_s, u"e"_s}
                         << QList<int>{int(A::Gap), int(A::New)};
    QTest::newRow("new epoch starts again")
        << QList<qint64>{1, 2} << QStringList{u"f"_s, u"f"_s} << QList<int>{int(A::New), int(A::New)};
}

void TestLiveChannels::arrivals()
{
    QFETCH(QList<qint64>, offsets);
    QFETCH(QStringList, epochs);
    QFETCH(QList<int>, expected);
    LiveChannels channels;
    const QString channel = u"ratings:0123abcd"_s;
    QCOMPARE(int(channels.arrive(channel, u"e"_s, 1)), int(LiveChannels::Arrival::Unwanted));
    channels.add({channel});
    channels.setPosition(channel, {u"e"_s, 10});
    for (qsizetype i = 0; i < offsets.size(); ++i)
        QCOMPARE(int(channels.arrive(channel, epochs.at(i), offsets.at(i))), expected.at(i));
}

void TestLiveChannels::subscribedNeverMovesBack()
{
    LiveChannels channels;
    const QString channel = u"ratings:0123abcd"_s;
    channels.add({channel});
    channels.setPosition(channel, {u"e"_s, 10}, false);
    channels.setPosition(channel, {u"e"_s, 4}, false); // "subscribed" behind what was counted
    QCOMPARE(channels.position(channel), (ChannelPosition{u"e"_s, 10}));
    channels.setPosition(channel, {u"f"_s, 2}, false); // another epoch: taken
    QCOMPARE(channels.position(channel), (ChannelPosition{u"f"_s, 2}));
    channels.setPosition(channel, {u"f"_s, 12}, false);
    channels.setPosition(channel, {u"f"_s, 3}, true); // "resync": the server's word
    QCOMPARE(channels.position(channel), (ChannelPosition{u"f"_s, 3}));
}

void TestLiveChannels::restoreMessages()
{
    LiveChannels channels;
    QCOMPARE(
        channels.add({u"ratings:00000001"_s, u"ratings:00000002"_s, u"moderation"_s, u"ratings:00000001"_s}),
        (QStringList{u"ratings:00000001"_s, u"ratings:00000002"_s, u"moderation"_s}));
    channels.setPosition(u"ratings:00000001"_s, {u"old"_s, 7});
    channels.setPosition(u"moderation"_s, {u"new"_s, 3});
    channels.setPosition(u"ratings:0000000f"_s, {u"new"_s, 3}); // not wanted: ignored
    const QList<QJsonObject> messages = channels.subscribeMessages(channels.wanted());
    QCOMPARE(messages.size(), 3);
    const auto resumeOf = [](const QJsonObject& m) { return m.value(u"resume"_s).toObject(); };
    QCOMPARE(resumeOf(messages.at(0)),
             (QJsonObject{{u"epoch"_s, u"old"_s}, {u"offsets"_s, QJsonObject{{u"ratings:00000001"_s, 7}}}}));
    QCOMPARE(resumeOf(messages.at(1)),
             (QJsonObject{{u"epoch"_s, u"new"_s}, {u"offsets"_s, QJsonObject{{u"moderation"_s, 3}}}}));
    QCOMPARE(messages.at(2).value(u"channels"_s).toArray(), QJsonArray{u"ratings:00000002"_s});
    QVERIFY(!messages.at(2).contains(u"resume"_s));

    QStringList many;
    for (int i = 0; i < 70; ++i)
        many.append(LiveChannels::ratingsChannel(u"%1"_s.arg(i, 8, 16, QChar(u'0'))));
    LiveChannels big;
    big.add(many);
    const QList<QJsonObject> chunks = big.subscribeMessages(many, 64);
    QCOMPARE(chunks.size(), 2);
    QCOMPARE(chunks.at(0).value(u"channels"_s).toArray().size(), 64);
    QCOMPARE(chunks.at(1).value(u"channels"_s).toArray().size(), 6);
}

void TestLiveChannels::removingForgetsThePosition()
{
    LiveChannels channels;
    channels.add({u"moderation"_s});
    channels.setPosition(u"moderation"_s, {u"e"_s, 5});
    QCOMPARE(channels.remove({u"moderation"_s, u"ratings:00000001"_s}), QStringList{u"moderation"_s});
    QVERIFY(!channels.position(u"moderation"_s));
    channels.add({u"moderation"_s});
    QVERIFY(!channels.position(u"moderation"_s));
    QVERIFY(!channels.subscribeMessages({u"moderation"_s}).first().contains(u"resume"_s));
}

QTEST_GUILESS_MAIN(TestLiveChannels)
#include "TestLiveChannels.moc"
