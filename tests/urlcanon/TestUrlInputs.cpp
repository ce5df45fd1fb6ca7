// UrlCanonicalizer on schemes (opaque and hierarchical, browser-style slashes), paths, and malformed
// or huge input: an error or a sane result, never a crash or a hang.
#include "urlcanon/UrlCanonicalizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestUrlInputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schemes_data();
    void schemes();
    void paths_data();
    void paths();
    void malformed_data();
    void malformed();
    void hugeInput_data();
    void hugeInput();
};

void TestUrlInputs::schemes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<bool>("hierarchical");

    QTest::newRow("javascript") << u"javascript:alert(1)"_s << u"javascript:alert(1)"_s << u"javascript"_s
                                << false;
    QTest::newRow("javascript, mixed case and escapes")
        << u"JavaScript:alert%28document.cookie%29"_s << u"javascript:alert(document.cookie)"_s
        << u"javascript"_s << false;
    QTest::newRow("javascript split by a tab")
        << u"java\tscript:alert(1)"_s << u"javascript:alert(1)"_s << u"javascript"_s << false;
    QTest::newRow("mailto with query")
        << u"mailto:Someone@Example.com?subject=Hi%20there"_s
        << u"mailto:Someone@Example.com?subject=Hi%20there"_s << u"mailto"_s << false;
    QTest::newRow("tel") << u"tel:+1-555-0100"_s << u"tel:+1-555-0100"_s << u"tel"_s << false;
    QTest::newRow("data") << u"data:text/html,<b>hi there</b>"_s << u"data:text/html,<b>hi%20there</b>"_s
                          << u"data"_s << false;
    QTest::newRow("escaped ? in opaque part") << u"sms:%3F1234"_s << u"sms:%3F1234"_s << u"sms"_s << false;
    QTest::newRow("uppercase http") << u"HTTPS://Example.COM/Path"_s << u"https://example.com/Path"_s
                                    << u"https"_s << true;
    QTest::newRow("backslashes") << u"http:\\\\evil.example\\a\\b"_s << u"http://evil.example/a/b"_s
                                 << u"http"_s << true;
    QTest::newRow("no slashes") << u"http:evil.example/x"_s << u"http://evil.example/x"_s << u"http"_s
                                << true;
    QTest::newRow("three slashes") << u"https:///evil.example/"_s << u"https://evil.example/"_s << u"https"_s
                                   << true;
    QTest::newRow("scheme-relative") << u"//example.com/x"_s << u"http://example.com/x"_s << u"http"_s
                                     << true;
    QTest::newRow("file") << u"file:///etc/passwd"_s << u"file:///etc/passwd"_s << u"file"_s << true;
    QTest::newRow("file with host") << u"file://server/share/a.txt"_s << u"file://server/share/a.txt"_s
                                    << u"file"_s << true;
    QTest::newRow("otpauth") << u"otpauth://totp/Example:alice?secret=JBSWY3DP"_s
                             << u"otpauth://totp/Example:alice?secret=JBSWY3DP"_s << u"otpauth"_s << true;
    QTest::newRow("intent") << u"intent://scan/#Intent;scheme=zxing;end"_s << u"intent://scan/"_s
                            << u"intent"_s << true;
}

void TestUrlInputs::schemes()
{
    QFETCH(QString, input);
    const CanonicalUrl url = UrlCanonicalizer::canonicalize(input);
    QVERIFY2(url.valid, qPrintable(url.error));
    QTEST(url.url(), "expected");
    QTEST(url.scheme, "scheme");
    QTEST(url.hierarchical, "hierarchical");
    QCOMPARE(UrlCanonicalizer::canonicalize(url.url()).url(), url.url());
}

void TestUrlInputs::paths_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");

    QTest::newRow("dot and dot-dot") << u"http://h.example/a/./b/../c"_s << u"/a/c"_s << QString();
    QTest::newRow("trailing dot") << u"http://h.example/a/b/."_s << u"/a/b/"_s << QString();
    QTest::newRow("trailing dot-dot") << u"http://h.example/a/b/.."_s << u"/a/"_s << QString();
    QTest::newRow("above the root") << u"http://h.example/../../x"_s << u"/x"_s << QString();
    QTest::newRow("escaped dot-dot") << u"http://h.example/a/%2e%2E/x"_s << u"/x"_s << QString();
    QTest::newRow("dots in names") << u"http://h.example/..a/b../.../"_s << u"/..a/b../.../"_s << QString();
    QTest::newRow("escaped slash") << u"http://h.example/a%2Fb"_s << u"/a/b"_s << QString();
    QTest::newRow("escaped ? stays in the path")
        << u"http://h.example/a%3Fb?c=d"_s << u"/a%3Fb"_s << u"c=d"_s;
    QTest::newRow("escaped backslash") << u"http://h.example/a%5Cb"_s << u"/a%5Cb"_s << QString();
    QTest::newRow("dot segments in the query are kept")
        << u"http://h.example/a?x=/../b//c"_s << u"/a"_s << u"x=/../b//c"_s;
    QTest::newRow("non-ASCII and case") << u"http://h.example/Ä?q=ä"_s << u"/%C3%84"_s << u"q=%C3%A4"_s;
    QTest::newRow("lone surrogate") << u"http://h.example/a"_s + QChar(0xD800) + u"?b"_s + QChar(0xDC00)
                                    << u"/a%EF%BF%BD"_s << u"b%EF%BF%BD"_s;
    QTest::newRow("NUL and DEL") << u"http://h.example/%00%7F"_s << u"/%00%7F"_s << QString();
}

void TestUrlInputs::paths()
{
    QFETCH(QString, input);
    const CanonicalUrl url = UrlCanonicalizer::canonicalize(input);
    QVERIFY2(url.valid, qPrintable(url.error));
    QTEST(url.path, "path");
    QTEST(url.query, "query");
    QCOMPARE(UrlCanonicalizer::canonicalize(url.url()).url(), url.url());
}

void TestUrlInputs::malformed_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   "_s;
    QTest::newRow("tab CR LF") << u"\t\r\n"_s;
    QTest::newRow("control characters") << u"\x01\x02\x03\x1f"_s;
    QTest::newRow("only a fragment") << u"#frag"_s;
    QTest::newRow("scheme and slashes") << u"http://"_s;
    QTest::newRow("open bracket") << u"http://[::1"_s;
    QTest::newRow("colons") << u"::::"_s;
    QTest::newRow("port without host") << u"http://:80/"_s;
    QTest::newRow("userinfo without host") << u"http://user@/"_s;
    QTest::newRow("only dots") << u"http://.../"_s;
    QTest::newRow("relative path") << u"/relative/path"_s;
    QTest::newRow("escaped slash in host") << u"http://evil.example%2Fgood.example/"_s;
    QTest::newRow("escaped @ in host") << u"http://good.example%40evil.example/"_s;
    QTest::newRow("lone surrogate in host") << u"http://good.example"_s + QChar(0xD800) + u".evil.example/"_s;
    QTest::newRow("two colons") << u"http://a:b:c/"_s;
}

void TestUrlInputs::malformed()
{
    QFETCH(QString, input);
    const CanonicalUrl url = UrlCanonicalizer::canonicalize(input);
    QVERIFY(!url.valid);
    QVERIFY(!url.error.isEmpty());
    QVERIFY(url.url().isEmpty());
}

void TestUrlInputs::hugeInput_data()
{
    constexpr qsizetype megabyte = 1 << 20;
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // canonical URL, empty when invalid

    const qsizetype escapes = megabyte / 3;
    QTest::newRow("1 MB of %25") << u"http://host/"_s + u"%25"_s.repeated(escapes)
                                 << u"http://host/"_s + u"%25"_s.repeated(escapes);
    QTest::newRow("%25 followed by 1 MB of 25")
        << u"http://host/%"_s + u"25"_s.repeated(megabyte / 2) << u"http://host/%25"_s;
    QTest::newRow("1 MB of dot-dot") << u"http://host"_s + u"/.."_s.repeated(megabyte / 3)
                                     << u"http://host/"_s;
    QTest::newRow("1 MB of slashes") << u"http://host"_s + QString(megabyte, u'/') + u'x'
                                     << u"http://host/x"_s;
    QTest::newRow("1 MB of dots in the host")
        << u"http://a"_s + QString(megabyte, u'.') + u"b/"_s << u"http://a.b/"_s;
    QTest::newRow("1 MB of colons") << QString(megabyte, u':') << QString();
    QTest::newRow("1 MB of @") << u"http://"_s + QString(megabyte, u'@') << QString();
    QTest::newRow("1 MB of control characters") << QString(megabyte, QChar(0x01)) << QString();
    QTest::newRow("1 MB of non-ASCII host") << u"http://"_s + QString(megabyte, u'ж') << QString();
    QTest::newRow("1 MB of %") << u"http://host/"_s + QString(megabyte, u'%')
                               << u"http://host/"_s + u"%25"_s.repeated(megabyte);
}

void TestUrlInputs::hugeInput()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const CanonicalUrl url = UrlCanonicalizer::canonicalize(input);
    QCOMPARE(url.valid, !expected.isEmpty());
    QCOMPARE(url.url(), expected);
}

QTEST_GUILESS_MAIN(TestUrlInputs)
#include "TestUrlInputs.moc"
