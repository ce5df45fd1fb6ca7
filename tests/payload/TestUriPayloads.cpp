// URL, tel:, sms:/SMSTO:, mailto:/MATMSG: and geo: payloads.
#include "payload/PayloadParser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestUriPayloads : public QObject
{
    Q_OBJECT

private slots:
    void url_data();
    void url();
    void phone_data();
    void phone();
    void sms_data();
    void sms();
    void email_data();
    void email();
    void geo_data();
    void geo();
};

void TestUriPayloads::url_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QStringList>("notes");

    QTest::newRow("https") << u"https://example.com/path?q=1#frag"_s << u"https://example.com/path?q=1#frag"_s
                           << u"https"_s << u"example.com"_s << QStringList();
    QTest::newRow("upper-case scheme") << u"HTTP://EXAMPLE.COM/A"_s << u"HTTP://EXAMPLE.COM/A"_s << u"http"_s
                                       << u"example.com"_s << QStringList();
    QTest::newRow("trimmed") << u"  https://example.com/ \r\n"_s << u"https://example.com/"_s << u"https"_s
                             << u"example.com"_s << QStringList();
    QTest::newRow("percent-encoded") << u"https://example.com/a%20b?x=%C3%A9"_s
                                     << u"https://example.com/a%20b?x=%C3%A9"_s << u"https"_s
                                     << u"example.com"_s << QStringList();
    QTest::newRow("user-info trick") << u"https://paypal.com@evil.example/login"_s
                                     << u"https://paypal.com@evil.example/login"_s << u"https"_s
                                     << u"evil.example"_s << QStringList();
    QTest::newRow("javascript") << u"javascript:alert(document.cookie)"_s
                                << u"javascript:alert(document.cookie)"_s << u"javascript"_s << QString()
                                << QStringList();
    QTest::newRow("data") << u"data:text/html;base64,PHNjcmlwdD4="_s
                          << u"data:text/html;base64,PHNjcmlwdD4="_s << u"data"_s << QString()
                          << QStringList();
    QTest::newRow("file") << u"file:///etc/passwd"_s << u"file:///etc/passwd"_s << u"file"_s << QString()
                          << QStringList();
    QTest::newRow("intent")
        << u"intent://scan/#Intent;scheme=zxing;package=com.google.zxing.client.android;end"_s
        << u"intent://scan/#Intent;scheme=zxing;package=com.google.zxing.client.android;end"_s << u"intent"_s
        << u"scan"_s << QStringList();
    QTest::newRow("market") << u"market://details?id=com.example.app"_s
                            << u"market://details?id=com.example.app"_s << u"market"_s << u"details"_s
                            << QStringList();
    QTest::newRow("ftp") << u"ftp://files.example.org/pub"_s << u"ftp://files.example.org/pub"_s << u"ftp"_s
                         << u"files.example.org"_s << QStringList();
    QTest::newRow("bare www") << u"www.example.com/path?x=1"_s << u"http://www.example.com/path?x=1"_s
                              << u"http"_s << u"www.example.com"_s
                              << QStringList{u"No scheme given: http:// assumed"_s};
    QTest::newRow("bare WWW upper, subdomains")
        << u"WWW.Shop.Example.co.uk"_s << u"http://WWW.Shop.Example.co.uk"_s << u"http"_s
        << u"www.shop.example.co.uk"_s << QStringList{u"No scheme given: http:// assumed"_s};
    QTest::newRow("bare www with port")
        << u"www.example.com:8080"_s << u"http://www.example.com:8080"_s << u"http"_s << u"www.example.com"_s
        << QStringList{u"No scheme given: http:// assumed"_s};
}

void TestUriPayloads::url()
{
    QFETCH(QString, input);
    const Payload payload = PayloadParser::parse(input);
    QCOMPARE(payloadTypeName(payload.type), u"url"_s);
    const auto* url = payload.as<UrlPayload>();
    QVERIFY(url);
    QTEST(url->url, "url");
    QTEST(url->scheme, "scheme");
    QVERIFY(url->parsed.isValid());
    QTEST(url->parsed.host(), "host");
    QTEST(payload.notes, "notes");
}

void TestUriPayloads::phone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("number");

    QTest::newRow("plain") << u"tel:+1-555-0100"_s << u"+1-555-0100"_s;
    QTest::newRow("upper-case, percent-encoded") << u"TEL:%2B49%2030%201234"_s << u"+49 30 1234"_s;
    QTest::newRow("extension kept") << u"tel:+15550100;ext=12"_s << u"+15550100;ext=12"_s;
    QTest::newRow("slashes") << u"tel://0900123456"_s << u"0900123456"_s;
}

void TestUriPayloads::phone()
{
    QFETCH(QString, input);
    const Payload payload = PayloadParser::parse(input);
    QCOMPARE(payloadTypeName(payload.type), u"phone"_s);
    QVERIFY(payload.as<PhonePayload>());
    QTEST(payload.as<PhonePayload>()->number, "number");
    QVERIFY(payload.notes.isEmpty());
}

void TestUriPayloads::sms_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("body");

    QTest::newRow("SMSTO with body") << u"SMSTO:+15550100:Hello there: friend"_s << u"+15550100"_s
                                     << u"Hello there: friend"_s;
    QTest::newRow("smsto without body") << u"smsto:+15550100"_s << u"+15550100"_s << QString();
    QTest::newRow("SMSTO empty body") << u"SMSTO:12345:"_s << u"12345"_s << QString();
    QTest::newRow("sms body query") << u"sms:+15550100?body=Hi%20there%21"_s << u"+15550100"_s
                                    << u"Hi there!"_s;
    QTest::newRow("sms via param and &")
        << u"SMS:+15550100;via=x?body=a%26b&x=1"_s << u"+15550100"_s << u"a&b"_s;
    QTest::newRow("sms colon body") << u"sms:80888:STOP"_s << u"80888"_s << u"STOP"_s;
    QTest::newRow("mmsto") << u"MMSTO:555:pic"_s << u"555"_s << u"pic"_s;
    QTest::newRow("sms percent number") << u"sms:%2B4915112345"_s << u"+4915112345"_s << QString();
}

void TestUriPayloads::sms()
{
    QFETCH(QString, input);
    const Payload payload = PayloadParser::parse(input);
    QCOMPARE(payloadTypeName(payload.type), u"sms"_s);
    const auto* sms = payload.as<SmsPayload>();
    QVERIFY(sms);
    QTEST(sms->number, "number");
    QTEST(sms->body, "body");
}

void TestUriPayloads::email_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("to");
    QTest::addColumn<QStringList>("cc");
    QTest::addColumn<QStringList>("bcc");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("noteCount");

    QTest::newRow("mailto full")
        << u"mailto:a@example.com?subject=Hello%20World&body=Line%0D%0Aline2&cc=b@example.com,c@example.com&bcc=d@example.com"_s
        << QStringList{u"a@example.com"_s} << QStringList{u"b@example.com"_s, u"c@example.com"_s}
        << QStringList{u"d@example.com"_s} << u"Hello World"_s << u"Line\r\nline2"_s << 0;
    QTest::newRow("MAILTO two recipients")
        << u"MAILTO:a@example.com,%20b@example.org"_s << QStringList{u"a@example.com"_s, u"b@example.org"_s}
        << QStringList() << QStringList() << QString() << QString() << 0;
    QTest::newRow("mailto to in query")
        << u"mailto:?to=a%40example.com&SUBJECT=Hi"_s << QStringList{u"a@example.com"_s} << QStringList()
        << QStringList() << u"Hi"_s << QString() << 0;
    QTest::newRow("mailto plus is literal")
        << u"mailto:a+tag@example.com?body=1+1%3D2"_s << QStringList{u"a+tag@example.com"_s} << QStringList()
        << QStringList() << QString() << u"1+1=2"_s << 0;
    QTest::newRow("mailto not an address") << u"mailto:nobody"_s << QStringList{u"nobody"_s} << QStringList()
                                           << QStringList() << QString() << QString() << 1;
    QTest::newRow("MATMSG") << u"MATMSG:TO:a@example.com;SUB:Re\\: hi;BODY:semi\\;colon\\, comma;;"_s
                            << QStringList{u"a@example.com"_s} << QStringList() << QStringList()
                            << u"Re: hi"_s << u"semi;colon, comma"_s << 0;
    QTest::newRow("matmsg reordered, no TO") << u"matmsg:BODY:text;SUB:Only;;"_s << QStringList()
                                             << QStringList() << QStringList() << u"Only"_s << u"text"_s << 0;
}

void TestUriPayloads::email()
{
    QFETCH(QString, input);
    QFETCH(int, noteCount);
    const Payload payload = PayloadParser::parse(input);
    QCOMPARE(payloadTypeName(payload.type), u"email"_s);
    const auto* email = payload.as<EmailPayload>();
    QVERIFY(email);
    QTEST(email->to, "to");
    QTEST(email->cc, "cc");
    QTEST(email->bcc, "bcc");
    QTEST(email->subject, "subject");
    QTEST(email->body, "body");
    QCOMPARE(payload.notes.size(), noteCount);
}

void TestUriPayloads::geo_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<bool>("hasAltitude");
    QTest::addColumn<double>("altitude");
    QTest::addColumn<QString>("query");

    QTest::newRow("plain") << u"geo:37.786971,-122.399677"_s << 37.786971 << -122.399677 << false << 0.0
                           << QString();
    QTest::newRow("altitude, params, query")
        << u"GEO:48.2085,16.3731,183.5;crs=wgs84;u=35?q=Stephansdom+Wien"_s << 48.2085 << 16.3731 << true
        << 183.5 << u"Stephansdom Wien"_s;
    QTest::newRow("android query") << u"geo:0,0?q=1600%20Amphitheatre%20Parkway%2C%20CA&z=15"_s << 0.0 << 0.0
                                   << false << 0.0 << u"1600 Amphitheatre Parkway, CA"_s;
    QTest::newRow("limits") << u"geo:-90,180"_s << -90.0 << 180.0 << false << 0.0 << QString();
    QTest::newRow("signs and spaces")
        << u"geo:+12.5, -.5,-10"_s << 12.5 << -0.5 << true << -10.0 << QString();
}

void TestUriPayloads::geo()
{
    QFETCH(QString, input);
    QFETCH(bool, hasAltitude);
    const Payload payload = PayloadParser::parse(input);
    QCOMPARE(payloadTypeName(payload.type), u"geo"_s);
    const auto* geo = payload.as<GeoPayload>();
    QVERIFY(geo);
    QTEST(geo->latitude, "latitude");
    QTEST(geo->longitude, "longitude");
    QCOMPARE(geo->altitude.has_value(), hasAltitude);
    if (hasAltitude)
        QTEST(*geo->altitude, "altitude");
    QTEST(geo->query, "query");
}

QTEST_GUILESS_MAIN(TestUriPayloads)
#include "TestUriPayloads.moc"
