#include "safety/DomainInfo.h"

#include <QTest>

using namespace SafeScan;
using namespace Qt::StringLiterals;

class TestDomainInfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void registrableDomains_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("registrable");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("com") << u"www.example.com"_s << u"example.com"_s << u"com"_s;
        QTest::newRow("co.uk") << u"a.b.example.co.uk"_s << u"example.co.uk"_s << u"co.uk"_s;
        QTest::newRow("private suffix") << u"me.github.io"_s << u"me.github.io"_s << u"github.io"_s;
        QTest::newRow("idn") << u"www.xn--mnchen-3ya.de"_s << u"xn--mnchen-3ya.de"_s << u"de"_s;
        QTest::newRow("idn tld") << u"xn--e1afmkfd.xn--p1ai"_s << u"xn--e1afmkfd.xn--p1ai"_s << u"xn--p1ai"_s;
        QTest::newRow("bare suffix") << u"co.uk"_s << QString() << u"co.uk"_s;
    }
    void registrableDomains()
    {
        QFETCH(QString, host);
        QFETCH(QString, registrable);
        QFETCH(QString, suffix);
        const DomainInfo info;
        QVERIFY(info.isValid());
        QCOMPARE(info.registrableDomain(host), registrable);
        QCOMPARE(info.publicSuffix(host), suffix);
    }

    void emptyHost()
    {
        const DomainInfo info;
        QVERIFY(info.registrableDomain(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDomainInfo)
#include "TestDomainInfo.moc"
