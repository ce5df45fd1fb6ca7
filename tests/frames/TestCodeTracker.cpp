#include "ManualClock.h"
#include "frames/CodeTracker.h"

#include <QTest>

using namespace SafeScan;
using namespace Qt::StringLiterals;

namespace {
DecodedCode code(const QString& text, CodeFormat format = CodeFormat::QRCode)
{
    DecodedCode c;
    c.text = text;
    c.format = format;
    return c;
}
} // namespace

class TestCodeTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codeHeldInViewIsOneScan()
    {
        Test::ManualClock clock;
        CodeTracker tracker(clock, 2000);
        QCOMPARE(tracker.update({code(u"a"_s)}).size(), 1);
        for (int frame = 0; frame < 300; ++frame) { // ten seconds at 30 fps
            clock.advance(33);
            QVERIFY(tracker.update({code(u"a"_s)}).isEmpty());
        }
    }

    void codeReturningAfterAbsenceIsScannedAgain()
    {
        Test::ManualClock clock;
        CodeTracker tracker(clock, 2000);
        QCOMPARE(tracker.update({code(u"a"_s)}).size(), 1);
        clock.advance(1500);
        QVERIFY(tracker.update({}).isEmpty());
        clock.advance(400); // out of view 1.9 s: still the same scan
        QVERIFY(tracker.update({code(u"a"_s)}).isEmpty());
        clock.advance(2001);
        QVERIFY(tracker.update({}).isEmpty());
        QCOMPARE(tracker.update({code(u"a"_s)}).size(), 1);
    }

    void differentCodesAreSeparateScans()
    {
        Test::ManualClock clock;
        CodeTracker tracker(clock);
        QCOMPARE(tracker.update({code(u"a"_s), code(u"b"_s)}).size(), 2);
        clock.advance(10);
        const QList<DecodedCode> fresh = tracker.update({code(u"a"_s), code(u"c"_s)});
        QCOMPARE(fresh.size(), 1);
        QCOMPARE(fresh.first().text, u"c"_s);
        QCOMPARE(tracker.update({code(u"a"_s, CodeFormat::MicroQRCode)}).size(), 1);
    }

    void sameCodeTwiceInOneFrameIsOneScan()
    {
        Test::ManualClock clock;
        CodeTracker tracker(clock);
        QCOMPARE(tracker.update({code(u"x"_s), code(u"x"_s)}).size(), 1);
    }

    void binaryCodesCompareByBytes()
    {
        Test::ManualClock clock;
        CodeTracker tracker(clock);
        DecodedCode a = code(u"?"_s);
        a.binary = true;
        a.bytes = QByteArray("\x01\x02", 2);
        DecodedCode b = a;
        b.bytes = QByteArray("\x01\x03", 2);
        QCOMPARE(tracker.update({a, b}).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCodeTracker)
#include "TestCodeTracker.moc"
