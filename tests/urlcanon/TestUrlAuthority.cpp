// UrlCanonicalizer on the authority: IPv4 in every inet_aton form, IPv6 literals, IDN hosts,
// userinfo tricks and ports.
#include "urlcanon/UrlCanonicalizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

using HostKind = CanonicalUrl::HostKind;
Q_DECLARE_METATYPE(SafeScan::CanonicalUrl::HostKind)

class TestUrlAuthority : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ipv4_data();
    void ipv4();
    void ipv6_data();
    void ipv6();
    void idn_data();
    void idn();
    void userInfo_data();
    void userInfo();
    void ports_data();
    void ports();
};

void TestUrlAuthority::ipv4_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("host");
    QTest::addColumn<HostKind>("kind");
    QTest::addColumn<bool>("obfuscated");

    QTest::newRow("plain") << u"http://192.168.1.1/"_s << u"192.168.1.1"_s << HostKind::IPv4 << false;
    QTest::newRow("zeros") << u"http://0.0.0.0/"_s << u"0.0.0.0"_s << HostKind::IPv4 << false;
    QTest::newRow("octal") << u"http://0300.0250.0.01/"_s << u"192.168.0.1"_s << HostKind::IPv4 << true;
    QTest::newRow("hex") << u"http://0xC0.0xA8.0x00.0x01/"_s << u"192.168.0.1"_s << HostKind::IPv4 << true;
    QTest::newRow("hex integer") << u"http://0xc0a80001/"_s << u"192.168.0.1"_s << HostKind::IPv4 << true;
    QTest::newRow("octal integer") << u"http://030052000001/"_s << u"192.168.0.1"_s << HostKind::IPv4 << true;
    QTest::newRow("integer") << u"http://3232235521/"_s << u"192.168.0.1"_s << HostKind::IPv4 << true;
    QTest::newRow("three parts") << u"http://192.168.1/"_s << u"192.168.0.1"_s << HostKind::IPv4 << true;
    QTest::newRow("two parts") << u"http://192.11010049/"_s << u"192.168.0.1"_s << HostKind::IPv4 << true;
    QTest::newRow("mixed") << u"http://0300.0xa8.1/"_s << u"192.168.0.1"_s << HostKind::IPv4 << true;
    QTest::newRow("leading zero decimal-looking")
        << u"http://192.168.010.1/"_s << u"192.168.8.1"_s << HostKind::IPv4 << true;
    QTest::newRow("bare 0x") << u"http://0x/"_s << u"0.0.0.0"_s << HostKind::IPv4 << true;
    QTest::newRow("small integer") << u"http://123/"_s << u"0.0.0.123"_s << HostKind::IPv4 << true;
    QTest::newRow("escaped") << u"http://%31%39%32.168.1.1/"_s << u"192.168.1.1"_s << HostKind::IPv4 << true;
    QTest::newRow("trailing dot") << u"http://192.168.1.1./"_s << u"192.168.1.1"_s << HostKind::IPv4 << true;
    QTest::newRow("max integer") << u"http://4294967295/"_s << u"255.255.255.255"_s << HostKind::IPv4 << true;
    QTest::newRow("last part spans 16 bits")
        << u"http://1.2.65535/"_s << u"1.2.255.255"_s << HostKind::IPv4 << true;
    QTest::newRow("byte over 255 is a name")
        << u"http://256.1.1.1/"_s << u"256.1.1.1"_s << HostKind::Name << false;
    QTest::newRow("five parts is a name")
        << u"http://1.2.3.4.5/"_s << u"1.2.3.4.5"_s << HostKind::Name << false;
    QTest::newRow("integer over 32 bits is a name")
        << u"http://4294967296/"_s << u"4294967296"_s << HostKind::Name << false;
    QTest::newRow("huge integer is a name") << u"http://99999999999999999999999999/"_s
                                            << u"99999999999999999999999999"_s << HostKind::Name << false;
    QTest::newRow("last part over 8 bits is a name")
        << u"http://1.2.3.0x100/"_s << u"1.2.3.0x100"_s << HostKind::Name << false;
    QTest::newRow("last part over 16 bits is a name")
        << u"http://1.2.65536/"_s << u"1.2.65536"_s << HostKind::Name << false;
    QTest::newRow("bad octal digit is a name")
        << u"http://08.1.1.1/"_s << u"08.1.1.1"_s << HostKind::Name << false;
    QTest::newRow("digits and letters is a name")
        << u"http://1.2.3.4a/"_s << u"1.2.3.4a"_s << HostKind::Name << false;
}

void TestUrlAuthority::ipv4()
{
    QFETCH(QString, input);
    const CanonicalUrl url = UrlCanonicalizer::canonicalize(input);
    QVERIFY2(url.valid, qPrintable(url.error));
    QTEST(url.host, "host");
    QTEST(url.hostKind, "kind");
    QTEST(url.obfuscatedIPv4, "obfuscated");
    QCOMPARE(url.url(), u"http://"_s + url.host + u'/');
}

void TestUrlAuthority::ipv6_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // canonical URL, empty when invalid

    QTest::newRow("loopback") << u"http://[::1]/"_s << u"http://[::1]/"_s;
    QTest::newRow("loopback in full") << u"http://[0:0:0:0:0:0:0:1]/"_s << u"http://[::1]/"_s;
    QTest::newRow("unspecified") << u"http://[::]/"_s << u"http://[::]/"_s;
    QTest::newRow("uppercase, first longest run")
        << u"http://[2001:DB8:0:0:1:0:0:1]/"_s << u"http://[2001:db8::1:0:0:1]/"_s;
    QTest::newRow("leading zeros") << u"http://[2001:0db8:0000:0000:0000:ff00:0042:8329]/x"_s
                                   << u"http://[2001:db8::ff00:42:8329]/x"_s;
    QTest::newRow("longest run wins") << u"http://[1:0:0:2:0:0:0:3]/"_s << u"http://[1:0:0:2::3]/"_s;
    QTest::newRow("single zero not compressed")
        << u"http://[1:0:1:0:1:0:1:0]/"_s << u"http://[1:0:1:0:1:0:1:0]/"_s;
    QTest::newRow("gap of one group") << u"http://[1:2:3:4:5:6:7::]/"_s << u"http://[1:2:3:4:5:6:7:0]/"_s;
    QTest::newRow("embedded IPv4") << u"http://[::ffff:192.168.0.1]/"_s << u"http://[::ffff:c0a8:1]/"_s;
    QTest::newRow("embedded IPv4, full")
        << u"http://[0:0:0:0:0:ffff:1.2.3.4]/"_s << u"http://[::ffff:102:304]/"_s;
    QTest::newRow("port") << u"http://[::1]:8080/x"_s << u"http://[::1]:8080/x"_s;
    QTest::newRow("default port") << u"http://[fe80::1]:80/"_s << u"http://[fe80::1]/"_s;
    QTest::newRow("missing ]") << u"http://[::1"_s << QString();
    QTest::newRow("nine groups") << u"http://[1:2:3:4:5:6:7:8:9]/"_s << QString();
    QTest::newRow("seven groups") << u"http://[1:2:3:4:5:6:7]/"_s << QString();
    QTest::newRow("two gaps") << u"http://[::1::2]/"_s << QString();
    QTest::newRow("triple colon") << u"http://[1:::2]/"_s << QString();
    QTest::newRow("group too long") << u"http://[12345::]/"_s << QString();
    QTest::newRow("single leading colon") << u"http://[:1::]/"_s << QString();
    QTest::newRow("not hex") << u"http://[g::]/"_s << QString();
    QTest::newRow("zone id") << u"http://[fe80::1%25eth0]/"_s << QString();
    QTest::newRow("text after ]") << u"http://[::1]x/"_s << QString();
    QTest::newRow("bare IPv4 in brackets") << u"http://[1.2.3.4]/"_s << QString();
    QTest::newRow("short embedded IPv4") << u"http://[::ffff:1.2.3]/"_s << QString();
    QTest::newRow("octal embedded IPv4") << u"http://[::ffff:01.2.3.4]/"_s << QString();
    QTest::newRow("empty brackets") << u"http://[]/"_s << QString();
}

void TestUrlAuthority::ipv6()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const CanonicalUrl url = UrlCanonicalizer::canonicalize(input);
    QCOMPARE(url.url(), expected);
    QCOMPARE(url.valid, !expected.isEmpty());
    QCOMPARE(url.error.isEmpty(), url.valid);
    if (url.valid) {
        QCOMPARE(url.hostKind, HostKind::IPv6);
        QCOMPARE(url.hostUnicode(), url.host);
    }
}

void TestUrlAuthority::idn_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // canonical URL, empty when invalid
    QTest::addColumn<QString>("hostUnicode");

    QTest::newRow("münchen") << u"http://münchen.de/"_s << u"http://xn--mnchen-3ya.de/"_s << u"münchen.de"_s;
    QTest::newRow("MÜNCHEN") << u"http://MÜNCHEN.DE/"_s << u"http://xn--mnchen-3ya.de/"_s << u"münchen.de"_s;
    QTest::newRow("escaped UTF-8") << u"http://m%C3%BCnchen.de/"_s << u"http://xn--mnchen-3ya.de/"_s
                                   << u"münchen.de"_s;
    QTest::newRow("cyrillic, path escaped as UTF-8")
        << u"https://пример.рф/путь"_s << u"https://xn--e1afmkfd.xn--p1ai/%D0%BF%D1%83%D1%82%D1%8C"_s
        << u"пример.рф"_s;
    QTest::newRow("already punycode")
        << u"http://XN--MNCHEN-3YA.de/"_s << u"http://xn--mnchen-3ya.de/"_s << u"münchen.de"_s;
    QTest::newRow("ideographic full stop")
        << u"http://example\u3002com/"_s << u"http://example.com/"_s << u"example.com"_s;
    QTest::newRow("fullwidth letters") << u"http://\uFF21\uFF22.com/"_s << u"http://ab.com/"_s << u"ab.com"_s;
    QTest::newRow("escaped space, not an IDN")
        << u"http://%20leadingspace.com/"_s << u"http://%20leadingspace.com/"_s << u"%20leadingspace.com"_s;
    QTest::newRow("space inside an IDN") << u"http://mün chen.de/"_s << QString() << QString();
    QTest::newRow("control character in an IDN") << u"http://\x01ü.de/"_s << QString() << QString();
    QTest::newRow("huge IDN") << u"http://"_s + QString(5000, u'ü') + u".de/"_s << QString() << QString();
}

void TestUrlAuthority::idn()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const CanonicalUrl url = UrlCanonicalizer::canonicalize(input);
    QCOMPARE(url.url(), expected);
    QCOMPARE(url.valid, !expected.isEmpty());
    if (url.valid) {
        QCOMPARE(url.hostKind, HostKind::Name);
        QTEST(url.hostUnicode(), "hostUnicode");
    } else {
        QVERIFY(!url.error.isEmpty());
    }
}

void TestUrlAuthority::userInfo_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("userInfo");

    QTest::newRow("user and password")
        << u"http://user:pass@example.com/"_s << u"http://example.com/"_s << u"user:pass"_s;
    QTest::newRow("brand as user") << u"https://paypal.com@evil.example/login"_s
                                   << u"https://evil.example/login"_s << u"paypal.com"_s;
    QTest::newRow("escaped slash stays in userinfo")
        << u"http://good.example%2F@evil.example/"_s << u"http://evil.example/"_s << u"good.example/"_s;
    QTest::newRow("last @ ends userinfo")
        << u"http://a@b@evil.example/"_s << u"http://evil.example/"_s << u"a@b"_s;
    QTest::newRow("escaped userinfo")
        << u"http://j%C3%BCrgen%3Ax@example.com:8080/"_s << u"http://example.com:8080/"_s << u"jürgen:x"_s;
    QTest::newRow("@ after the path is not userinfo")
        << u"http://example.com/@evil.example"_s << u"http://example.com/@evil.example"_s << QString();
    QTest::newRow("@ in the fragment is dropped")
        << u"http://evil.example#@good.example/"_s << u"http://evil.example/"_s << QString();
}

void TestUrlAuthority::userInfo()
{
    QFETCH(QString, input);
    const CanonicalUrl url = UrlCanonicalizer::canonicalize(input);
    QVERIFY2(url.valid, qPrintable(url.error));
    QTEST(url.url(), "expected");
    QTEST(url.userInfo, "userInfo");
}

void TestUrlAuthority::ports_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // canonical URL, empty when invalid
    QTest::addColumn<int>("port");

    QTest::newRow("http 80") << u"http://example.com:80/"_s << u"http://example.com/"_s << -1;
    QTest::newRow("https 443") << u"https://example.com:443/"_s << u"https://example.com/"_s << -1;
    QTest::newRow("ftp 21") << u"ftp://example.com:21/pub"_s << u"ftp://example.com/pub"_s << -1;
    QTest::newRow("ws 80") << u"ws://example.com:80/"_s << u"ws://example.com/"_s << -1;
    QTest::newRow("wss 443") << u"wss://example.com:443/"_s << u"wss://example.com/"_s << -1;
    QTest::newRow("https 80 is kept") << u"https://example.com:80/"_s << u"https://example.com:80/"_s << 80;
    QTest::newRow("leading zeros") << u"http://example.com:0080/"_s << u"http://example.com/"_s << -1;
    QTest::newRow("empty port") << u"http://example.com:/"_s << u"http://example.com/"_s << -1;
    QTest::newRow("port 0") << u"http://example.com:0/"_s << u"http://example.com:0/"_s << 0;
    QTest::newRow("no scheme with port")
        << u"www.example.com:8080/path"_s << u"http://www.example.com:8080/path"_s << 8080;
    QTest::newRow("other scheme keeps port")
        << u"ssh://host.example:22/"_s << u"ssh://host.example:22/"_s << 22;
    QTest::newRow("out of range") << u"http://example.com:65536/"_s << QString() << -1;
    QTest::newRow("not a number") << u"http://example.com:12a/"_s << QString() << -1;
    QTest::newRow("escaped digits") << u"http://example.com:%38%30/"_s << QString() << -1;
}

void TestUrlAuthority::ports()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const CanonicalUrl url = UrlCanonicalizer::canonicalize(input);
    QCOMPARE(url.url(), expected);
    QCOMPARE(url.valid, !expected.isEmpty());
    if (url.valid)
        QTEST(url.port, "port");
    else
        QVERIFY(!url.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestUrlAuthority)
#include "TestUrlAuthority.moc"
