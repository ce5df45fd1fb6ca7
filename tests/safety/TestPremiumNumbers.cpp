#include "safety/PremiumNumbers.h"

#include <QTest>

using namespace SafeScan;
using namespace Qt::StringLiterals;

class TestPremiumNumbers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void premium_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("premium");
        QTest::newRow("us 1-900") << u"+1 900 555 1234"_s << true;
        QTest::newRow("us national") << u"1-900-555-1234"_s << true;
        QTest::newRow("uk 09") << u"+44 909 876 5432"_s << true;
        QTest::newRow("de 0900") << u"0900 1234567"_s << true;
        QTest::newRow("de +49 900") << u"0049 900 1234567"_s << true;
        QTest::newRow("fr 089") << u"+33 8 99 12 34 56"_s << true;
        QTest::newRow("munich is not premium") << u"089 1234567"_s << false;
        QTest::newRow("donauwoerth is not premium") << u"0906 12345"_s << false;
        QTest::newRow("berlin") << u"+49 30 123456"_s << false;
        QTest::newRow("us ordinary") << u"+1-212-555-0100"_s << false;
        QTest::newRow("south carolina 803") << u"803-555-0100"_s << false;
        QTest::newRow("letters") << u"call me"_s << false;
    }
    void premium()
    {
        QFETCH(QString, number);
        QFETCH(bool, premium);
        QCOMPARE(PremiumNumbers::isPremiumRate(number), premium);
    }

    void shortCodes()
    {
        QVERIFY(PremiumNumbers::isShortCode(u"88888"));
        QVERIFY(PremiumNumbers::isShortCode(u"1234"));
        QVERIFY(!PremiumNumbers::isShortCode(u"+4915112345678"));
        QVERIFY(!PremiumNumbers::isShortCode(u"12"));
    }

    void normalized()
    {
        QCOMPARE(PremiumNumbers::normalized(u"00 49 (30) 123-456"), u"+4930123456"_s);
        QCOMPARE(PremiumNumbers::normalized(u"+"), QString());
        QCOMPARE(PremiumNumbers::normalized(u"1-800-FLOWERS"), QString());
    }
};

QTEST_GUILESS_MAIN(TestPremiumNumbers)
#include "TestPremiumNumbers.moc"
