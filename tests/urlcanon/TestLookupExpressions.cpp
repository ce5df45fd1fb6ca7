// Safe Browsing lookup expressions (host suffixes x path prefixes) and the SHA-256 used for hashes.
#include "urlcanon/LookupExpressions.h"
#include "urlcanon/UrlCanonicalizer.h"
#include "urlcanon/UrlHash.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestLookupExpressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expressions_data();
    void expressions();
    void nothingToLookUpWithoutAHost_data();
    void nothingToLookUpWithoutAHost();
    void sha256KnownDigests_data();
    void sha256KnownDigests();
    void sha256HashesUtf8();
    void equivalentSpellingsShareOneHash();
};

void TestLookupExpressions::expressions_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expected");

    // The three examples of the Safe Browsing documentation.
    QTest::newRow("a.b.c with query")
        << u"http://a.b.c/1/2.html?param=1"_s
        << QStringList{u"a.b.c/1/2.html?param=1"_s, u"a.b.c/1/2.html"_s, u"a.b.c/"_s, u"a.b.c/1/"_s,
                       u"b.c/1/2.html?param=1"_s,   u"b.c/1/2.html"_s,   u"b.c/"_s,   u"b.c/1/"_s};
    QTest::newRow("seven components")
        << u"http://a.b.c.d.e.f.g/1.html"_s << QStringList{u"a.b.c.d.e.f.g/1.html"_s, u"a.b.c.d.e.f.g/"_s,
                                                           u"c.d.e.f.g/1.html"_s,     u"c.d.e.f.g/"_s,
                                                           u"d.e.f.g/1.html"_s,       u"d.e.f.g/"_s,
                                                           u"e.f.g/1.html"_s,         u"e.f.g/"_s,
                                                           u"f.g/1.html"_s,           u"f.g/"_s};
    QTest::newRow("IP host") << u"http://1.2.3.4/1/"_s << QStringList{u"1.2.3.4/1/"_s, u"1.2.3.4/"_s};

    QTest::newRow("six components") << u"http://a.b.c.d.e.f/"_s
                                    << QStringList{u"a.b.c.d.e.f/"_s, u"b.c.d.e.f/"_s, u"c.d.e.f/"_s,
                                                   u"d.e.f/"_s, u"e.f/"_s};
    QTest::newRow("two components") << u"http://example.com/"_s << QStringList{u"example.com/"_s};
    QTest::newRow("single label") << u"http://localhost/x"_s
                                  << QStringList{u"localhost/x"_s, u"localhost/"_s};
    QTest::newRow("at most four prefixes") << u"http://h.example/1/2/3/4/5/6.html?q"_s
                                           << QStringList{u"h.example/1/2/3/4/5/6.html?q"_s,
                                                          u"h.example/1/2/3/4/5/6.html"_s,
                                                          u"h.example/"_s,
                                                          u"h.example/1/"_s,
                                                          u"h.example/1/2/"_s,
                                                          u"h.example/1/2/3/"_s};
    QTest::newRow("empty query is its own expression")
        << u"http://h.example/q?"_s << QStringList{u"h.example/q?"_s, u"h.example/q"_s, u"h.example/"_s};
    QTest::newRow("directory path") << u"http://h.example/a/b/"_s
                                    << QStringList{u"h.example/a/b/"_s, u"h.example/"_s, u"h.example/a/"_s};
    QTest::newRow("port is not part of it")
        << u"http://h.example:8080/x"_s << QStringList{u"h.example/x"_s, u"h.example/"_s};
    QTest::newRow("obfuscated IPv4, no suffixes") << u"http://0x7f.1/"_s << QStringList{u"127.0.0.1/"_s};
    QTest::newRow("IPv6, no suffixes")
        << u"http://[2001:db8::1]/a"_s << QStringList{u"[2001:db8::1]/a"_s, u"[2001:db8::1]/"_s};
}

void TestLookupExpressions::expressions()
{
    QFETCH(QString, input);
    const CanonicalUrl url = UrlCanonicalizer::canonicalize(input);
    QVERIFY2(url.valid, qPrintable(url.error));
    QTEST(lookupExpressions(url), "expected");
}

void TestLookupExpressions::nothingToLookUpWithoutAHost_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("opaque") << u"javascript:alert(1)"_s;
    QTest::newRow("invalid") << u"http://"_s;
    QTest::newRow("file without host") << u"file:///etc/passwd"_s;
}

void TestLookupExpressions::nothingToLookUpWithoutAHost()
{
    QFETCH(QString, input);
    QVERIFY(lookupExpressions(UrlCanonicalizer::canonicalize(input)).isEmpty());
}

void TestLookupExpressions::sha256KnownDigests_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("hex");
    QTest::newRow("abc") << u"abc"_s << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_ba;
    QTest::newRow("empty") << QString()
                           << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_ba;
    QTest::newRow("two blocks") << u"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"_s
                                << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"_ba;
}

void TestLookupExpressions::sha256KnownDigests()
{
    QFETCH(QString, text);
    const QByteArray digest = sha256(text);
    QCOMPARE(digest.size(), 32);
    QTEST(digest.toHex(), "hex");
}

void TestLookupExpressions::sha256HashesUtf8()
{
    QCOMPARE(sha256(u"é"), QCryptographicHash::hash("\xc3\xa9"_ba, QCryptographicHash::Sha256));
}

void TestLookupExpressions::equivalentSpellingsShareOneHash()
{
    const QString a = UrlCanonicalizer::canonicalize(u"HTTP://WWW.Example.COM:80/a/./b/../c#top"_s).url();
    const QString b = UrlCanonicalizer::canonicalize(u"www.example.com./a//c"_s).url();
    QCOMPARE(a, u"http://www.example.com/a/c"_s);
    QCOMPARE(sha256(a), sha256(b));
    QCOMPARE(sha256(a).first(4), sha256(b).first(4));
}

QTEST_GUILESS_MAIN(TestLookupExpressions)
#include "TestLookupExpressions.moc"
