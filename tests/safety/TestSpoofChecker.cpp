#include "safety/SpoofChecker.h"

#include <QTest>

using namespace SafeScan;
using namespace Qt::StringLiterals;

class TestSpoofChecker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void skeletonsOfLookalikesAreEqual()
    {
        const SpoofChecker spoof;
        QVERIFY(spoof.isValid());
        QCOMPARE(spoof.skeleton(u"\u0440\u0430\u0443\u0440\u0430l"_s), spoof.skeleton(u"paypal"_s));
        QCOMPARE(spoof.skeleton(u"rn"_s), spoof.skeleton(u"m"_s));
        QVERIFY(spoof.skeleton(u"google"_s) != spoof.skeleton(u"goggle"_s));
    }

    void mixedScript_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("mixed");
        QTest::newRow("latin") << u"example"_s << false;
        QTest::newRow("latin with umlaut") << u"m\u00FCnchen"_s << false;
        QTest::newRow("cyrillic only") << u"\u043F\u0440\u0438\u043C\u0435\u0440"_s << false;
        QTest::newRow("japanese") << u"\u4F8B\u3048"_s << false;
        QTest::newRow("latin + cyrillic o") << u"g\u043E\u043Egle"_s << true;
        QTest::newRow("greek alpha + latin") << u"\u03B1mazon"_s << true;
        QTest::newRow("digits are common") << u"web3shop"_s << false;
    }
    void mixedScript()
    {
        QFETCH(QString, label);
        QFETCH(bool, mixed);
        QCOMPARE(SpoofChecker().isMixedScript(label), mixed);
    }

    void latinLookalike_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("latin");
        QTest::newRow("cyrillic apple")
            << u"\u0430\u0440\u0440\u04CF\u0435"_s << u"appie"_s; // palochka reads as i
        QTest::newRow("real cyrillic word") << u"\u043F\u0440\u0438\u043C\u0435\u0440"_s << QString();
        QTest::newRow("latin") << u"apple"_s << QString();
        QTest::newRow("mixed is not whole-script") << u"g\u043E\u043Egle"_s << QString();
    }
    void latinLookalike()
    {
        QFETCH(QString, label);
        QFETCH(QString, latin);
        QCOMPARE(SpoofChecker().latinLookalike(label), latin);
    }

    void bidiAndInvisible_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::newRow("plain") << u"https://example.com/a"_s << false;
        QTest::newRow("rlo") << u"https://example.com/\u202Egpj.exe"_s << true;
        QTest::newRow("zero width space") << u"exa\u200Bmple.com"_s << true;
        QTest::newRow("bom") << u"\uFEFFhttps://x.example"_s << true;
        QTest::newRow("isolate") << u"a\u2067b"_s << true;
        QTest::newRow("ordinary unicode") << u"m\u00FCnchen \u4F8B"_s << false;
    }
    void bidiAndInvisible()
    {
        QFETCH(QString, text);
        QFETCH(bool, found);
        QCOMPARE(SpoofChecker::hasBidiOrInvisible(text), found);
    }
};

QTEST_GUILESS_MAIN(TestSpoofChecker)
#include "TestSpoofChecker.moc"
