#include "safety/DomainInfo.h"
#include "safety/Lookalike.h"
#include "safety/SafetyData.h"
#include "safety/SpoofChecker.h"

#include <QTest>
#include <QUrl>

using namespace SafeScan;
using namespace Qt::StringLiterals;

class TestLookalike : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editDistance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("distance");
        QTest::newRow("equal") << u"paypal"_s << u"paypal"_s << 0;
        QTest::newRow("substitution") << u"amazom"_s << u"amazon"_s << 1;
        QTest::newRow("insertion") << u"paypall"_s << u"paypal"_s << 1;
        QTest::newRow("deletion") << u"twiter"_s << u"twitter"_s << 1;
        QTest::newRow("transposition") << u"googel"_s << u"google"_s << 1;
        QTest::newRow("two edits") << u"dropboks"_s << u"dropbox"_s << 2;
        QTest::newRow("far apart stops early") << u"apache"_s << u"microsoft"_s << 2;
    }
    void editDistance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, distance);
        QCOMPARE(LookalikeIndex::editDistance(a, b, 1), std::min(distance, 2));
    }

    void undigit()
    {
        QCOMPARE(LookalikeIndex::undigit(u"g00gle"), u"google"_s);
        QCOMPARE(LookalikeIndex::undigit(u"paypa1"), u"paypal"_s);
        QCOMPARE(LookalikeIndex::undigit(u"n3tf1ix"), u"netflix"_s);
        QCOMPARE(LookalikeIndex::undigit(u"0123456789"), u"ol2eas6tb9"_s);
        QCOMPARE(LookalikeIndex::undigit(u"plain"), u"plain"_s);
    }

    void matches_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("expected"); // popular domain, or empty for no match
        QTest::addColumn<int>("kind");
        using K = LookalikeIndex::Kind;
        QTest::newRow("digit swap") << u"g00gle.com"_s << u"com"_s << u"google.com"_s << int(K::DigitSwap);
        QTest::newRow("edit") << u"amazom.com"_s << u"com"_s << u"amazon.com"_s << int(K::EditDistance);
        QTest::newRow("rn for m") << u"rnicrosoft.com"_s << u"com"_s << u"microsoft.com"_s
                                  << int(K::Confusable);
        QTest::newRow("cyrillic") << u"\u0430\u0440\u0440\u04CF\u0435.com"_s << u"com"_s << u"apple.com"_s
                                  << int(K::Homograph);
        QTest::newRow("the real one") << u"paypal.com"_s << u"com"_s << QString() << 0;
        QTest::newRow("same name other suffix") << u"amazon.nl"_s << u"nl"_s << QString() << 0;
        QTest::newRow("short names need exact digit swaps") << u"ebya.com"_s << u"com"_s << QString() << 0;
        QTest::newRow("unrelated") << u"example.org"_s << u"org"_s << QString() << 0;
    }
    void matches()
    {
        QFETCH(QString, domain);
        QFETCH(QString, suffix);
        QFETCH(QString, expected);
        QFETCH(int, kind);
        const DomainInfo domains;
        const SpoofChecker spoof;
        const LookalikeIndex index(SafetyData::builtin(), domains, spoof);
        const QString ascii = QString::fromLatin1(QUrl::toAce(domain));
        const auto match = index.match(ascii, domain, suffix);
        if (expected.isEmpty()) {
            QVERIFY2(!match, qPrintable(match ? match->popularDomain : QString()));
            return;
        }
        QVERIFY(match);
        QCOMPARE(match->popularDomain, expected);
        QCOMPARE(int(match->kind), kind);
    }

    void foreignBrand()
    {
        const DomainInfo domains;
        const SpoofChecker spoof;
        const LookalikeIndex index(SafetyData::builtin(), domains, spoof);
        const auto hit =
            index.foreignBrand(u"paypal.com.secure-login.example.top"_s, u"example.top"_s, u"top"_s);
        QVERIFY(hit);
        QCOMPARE(hit->brand, u"paypal"_s);
        QVERIFY(!index.foreignBrand(u"www.paypal.com"_s, u"paypal.com"_s, u"com"_s));
        QVERIFY(!index.foreignBrand(u"www.paypal.de"_s, u"paypal.de"_s, u"de"_s)); // its own name
        QVERIFY(!index.foreignBrand(u"applebees.com"_s, u"applebees.com"_s, u"com"_s));
    }
};

QTEST_GUILESS_MAIN(TestLookalike)
#include "TestLookalike.moc"
