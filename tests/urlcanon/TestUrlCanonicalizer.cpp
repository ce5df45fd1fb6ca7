// UrlCanonicalizer against the complete table of canonicalisation examples in Google's Safe Browsing
// v4 documentation ("URLs and Hashing" > "Canonicalization"), plus idempotence of the result.
#include "urlcanon/UrlCanonicalizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestUrlCanonicalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void safeBrowsingExamples_data();
    void safeBrowsingExamples();
    void canonicalFormIsStable_data() { safeBrowsingExamples_data(); }
    void canonicalFormIsStable();
    void rawControlByteAndU0080HostIsNotAnIdn();
};

void TestUrlCanonicalizer::safeBrowsingExamples_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("%25%32%35") << u"http://host/%25%32%35"_s << u"http://host/%25"_s;
    QTest::newRow("%25%32%35 twice") << u"http://host/%25%32%35%25%32%35"_s << u"http://host/%25%25"_s;
    QTest::newRow("%2525252525252525") << u"http://host/%2525252525252525"_s << u"http://host/%25"_s;
    QTest::newRow("asdf%25%32%35asd") << u"http://host/asdf%25%32%35asd"_s << u"http://host/asdf%25asd"_s;
    QTest::newRow("lone percents") << u"http://host/%%%25%32%35asd%%"_s
                                   << u"http://host/%25%25%25asd%25%25"_s;
    QTest::newRow("already canonical") << u"http://www.google.com/"_s << u"http://www.google.com/"_s;
    QTest::newRow("escaped IP host and path")
        << u"http://%31%36%38%2e%31%38%38%2e%39%39%2e%32%36/%2E%73%65%63%75%72%65/%77%77%77%2E%65%62%61%79%2E%63%6F%6D/"_s
        << u"http://168.188.99.26/.secure/www.ebay.com/"_s;
    QTest::newRow("escaped spaces in path")
        << u"http://195.127.0.11/uploads/%20%20%20%20/.verify/.eBaysecure=updateuserdataxplimnbqmn-xplmvalidateinfoswqpcmlx=hgplmcx/"_s
        << u"http://195.127.0.11/uploads/%20%20%20%20/.verify/.eBaysecure=updateuserdataxplimnbqmn-xplmvalidateinfoswqpcmlx=hgplmcx/"_s;
    QTest::newRow("escaped hash in host, double escapes in path")
        << u"http://host%23.com/%257Ea%2521b%2540c%2523d%2524e%25f%255E00%252611%252A22%252833%252944_55%252B"_s
        << u"http://host%23.com/~a!b@c%23d$e%25f^00&11*22(33)44_55+"_s;
    QTest::newRow("integer IP") << u"http://3279880203/blah"_s << u"http://195.127.0.11/blah"_s;
    QTest::newRow("dot-dot") << u"http://www.google.com/blah/.."_s << u"http://www.google.com/"_s;
    QTest::newRow("no scheme") << u"www.google.com/"_s << u"http://www.google.com/"_s;
    QTest::newRow("no scheme, no path") << u"www.google.com"_s << u"http://www.google.com/"_s;
    QTest::newRow("fragment") << u"http://www.evil.com/blah#frag"_s << u"http://www.evil.com/blah"_s;
    QTest::newRow("host case") << u"http://www.GOOgle.com/"_s << u"http://www.google.com/"_s;
    QTest::newRow("trailing dots") << u"http://www.google.com.../"_s << u"http://www.google.com/"_s;
    QTest::newRow("tab CR LF") << u"http://www.google.com/foo\tbar\rbaz\n2"_s
                               << u"http://www.google.com/foobarbaz2"_s;
    QTest::newRow("empty query") << u"http://www.google.com/q?"_s << u"http://www.google.com/q?"_s;
    QTest::newRow("query with ?") << u"http://www.google.com/q?r?"_s << u"http://www.google.com/q?r?"_s;
    QTest::newRow("query with ?s") << u"http://www.google.com/q?r?s"_s << u"http://www.google.com/q?r?s"_s;
    QTest::newRow("two hashes") << u"http://evil.com/foo#bar#baz"_s << u"http://evil.com/foo"_s;
    QTest::newRow("semicolon") << u"http://evil.com/foo;"_s << u"http://evil.com/foo;"_s;
    QTest::newRow("semicolon in query") << u"http://evil.com/foo?bar;"_s << u"http://evil.com/foo?bar;"_s;
    // The documentation's "http://\x01\x80.com/" is a byte string; text input carries the two bytes
    // as escapes (0x80 alone is not UTF-8, so it cannot be IDNA-encoded and stays escaped).
    QTest::newRow("control and non-UTF-8 bytes in host")
        << u"http://%01%80.com/"_s << u"http://%01%80.com/"_s;
    QTest::newRow("raw control byte in host") << u"http://\x01%80.com/"_s << u"http://%01%80.com/"_s;
    QTest::newRow("no trailing slash") << u"http://notrailingslash.com"_s << u"http://notrailingslash.com/"_s;
    QTest::newRow("port") << u"http://www.gotaport.com:1234/"_s << u"http://www.gotaport.com:1234/"_s;
    QTest::newRow("surrounding spaces") << u"  http://www.google.com/  "_s << u"http://www.google.com/"_s;
    QTest::newRow("leading space in host")
        << u"http:// leadingspace.com/"_s << u"http://%20leadingspace.com/"_s;
    QTest::newRow("escaped leading space")
        << u"http://%20leadingspace.com/"_s << u"http://%20leadingspace.com/"_s;
    QTest::newRow("escaped leading space, no scheme")
        << u"%20leadingspace.com/"_s << u"http://%20leadingspace.com/"_s;
    QTest::newRow("https") << u"https://www.securesite.com/"_s << u"https://www.securesite.com/"_s;
    QTest::newRow("escaped hash in path") << u"http://host.com/ab%23cd"_s << u"http://host.com/ab%23cd"_s;
    QTest::newRow("two slashes") << u"http://host.com//twoslashes?more//slashes"_s
                                 << u"http://host.com/twoslashes?more//slashes"_s;
}

void TestUrlCanonicalizer::safeBrowsingExamples()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const CanonicalUrl url = UrlCanonicalizer::canonicalize(input);
    QVERIFY2(url.valid, qPrintable(url.error));
    QVERIFY(url.error.isEmpty());
    QVERIFY(url.hierarchical);
    QCOMPARE(url.url(), expected);
}

void TestUrlCanonicalizer::canonicalFormIsStable()
{
    QFETCH(QString, expected);
    const CanonicalUrl again = UrlCanonicalizer::canonicalize(expected);
    QVERIFY2(again.valid, qPrintable(again.error));
    QCOMPARE(again.url(), expected);
}

void TestUrlCanonicalizer::rawControlByteAndU0080HostIsNotAnIdn()
{
    // As text, U+0080 is a character (UTF-8 C2 80), so the host goes through IDNA, which refuses it.
    const CanonicalUrl url = UrlCanonicalizer::canonicalize(u"http://\x01\x80.com/");
    QVERIFY(!url.valid);
    QVERIFY(!url.error.isEmpty());
    QVERIFY(url.url().isEmpty());
}

QTEST_GUILESS_MAIN(TestUrlCanonicalizer)
#include "TestUrlCanonicalizer.moc"
