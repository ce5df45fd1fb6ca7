// Dispatch, fallbacks, plain text, binary data and hostile input.
#include "payload/PayloadParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestPayloadParser : public QObject
{
    Q_OBJECT

private slots:
    void typeNames();
    void detection_data();
    void detection();
    void plainText_data();
    void plainText();
    void fallback_data();
    void fallback();
    void binary_data();
    void binary();
    void validUtf8BytesAreParsed();
    void hugeInput_data();
    void hugeInput();
    void randomGarbage();
};

void TestPayloadParser::typeNames()
{
    const QList<std::pair<PayloadType, QString>> expected{
        {PayloadType::Text, u"text"_s},      {PayloadType::Url, u"url"_s},
        {PayloadType::Wifi, u"wifi"_s},      {PayloadType::Contact, u"contact"_s},
        {PayloadType::Geo, u"geo"_s},        {PayloadType::Phone, u"phone"_s},
        {PayloadType::Sms, u"sms"_s},        {PayloadType::Email, u"email"_s},
        {PayloadType::Otp, u"otp"_s},        {PayloadType::CryptoPayment, u"crypto"_s},
        {PayloadType::EpcPayment, u"epc"_s}, {PayloadType::Event, u"event"_s},
        {PayloadType::Binary, u"binary"_s},
    };
    for (const auto& [type, name] : expected) {
        QCOMPARE(payloadTypeName(type), name);
        QVERIFY(payloadTypeFromName(name) == type);
    }
    QVERIFY(!payloadTypeFromName(u"nonsense"));
}

void TestPayloadParser::detection_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("type");

    QTest::newRow("WIFI upper") << u"WIFI:S:Net;T:WPA;P:x;;"_s << u"wifi"_s;
    QTest::newRow("wifi lower") << u"wifi:S:Net;;"_s << u"wifi"_s;
    QTest::newRow("MECARD") << u"MECARD:N:Doe,John;;"_s << u"contact"_s;
    QTest::newRow("mecard lower") << u"mecard:N:Doe,John;;"_s << u"contact"_s;
    QTest::newRow("vcard") << u"BEGIN:VCARD\nFN:A\nEND:VCARD"_s << u"contact"_s;
    QTest::newRow("vcard lower") << u"begin:vcard\nfn:A\nend:vcard"_s << u"contact"_s;
    QTest::newRow("vcalendar")
        << u"BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261122\nEND:VEVENT\nEND:VCALENDAR"_s << u"event"_s;
    QTest::newRow("vevent") << u"BEGIN:VEVENT\nDTSTART:20261122\nEND:VEVENT"_s << u"event"_s;
    QTest::newRow("MATMSG") << u"MATMSG:TO:a@example.com;;"_s << u"email"_s;
    QTest::newRow("mailto") << u"mailto:a@example.com"_s << u"email"_s;
    QTest::newRow("MAILTO") << u"MAILTO:a@example.com"_s << u"email"_s;
    QTest::newRow("SMSTO") << u"SMSTO:123:hi"_s << u"sms"_s;
    QTest::newRow("smsto") << u"smsto:123"_s << u"sms"_s;
    QTest::newRow("sms") << u"sms:123"_s << u"sms"_s;
    QTest::newRow("MMSTO") << u"MMSTO:123:hi"_s << u"sms"_s;
    QTest::newRow("tel") << u"tel:123"_s << u"phone"_s;
    QTest::newRow("TEL") << u"TEL:123"_s << u"phone"_s;
    QTest::newRow("geo") << u"geo:1,2"_s << u"geo"_s;
    QTest::newRow("GEO") << u"GEO:1,2"_s << u"geo"_s;
    QTest::newRow("otpauth") << u"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP"_s << u"otp"_s;
    QTest::newRow("OTPAUTH") << u"OTPAUTH://TOTP/a?secret=JBSWY3DPEHPK3PXP"_s << u"otp"_s;
    QTest::newRow("bitcoin") << u"bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"_s << u"crypto"_s;
    QTest::newRow("BITCOIN") << u"BITCOIN:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"_s << u"crypto"_s;
    QTest::newRow("litecoin") << u"litecoin:LQ3B36Yv2rBTxdgAdYpU2UcEZsaNwXeATk"_s << u"crypto"_s;
    QTest::newRow("ethereum") << u"ethereum:0xfb6916095ca1df60bb79Ce92ce3ea74c37c5d359"_s << u"crypto"_s;
    QTest::newRow("epc") << u"BCD\n002\n1\nSCT\n\nName\nDE89370400440532013000"_s << u"epc"_s;
    QTest::newRow("epc lower") << u"bcd\r\n002\r\n1\r\nSCT\r\n\r\nName\r\nDE89370400440532013000"_s
                               << u"epc"_s;
    QTest::newRow("http") << u"http://example.com"_s << u"url"_s;
    QTest::newRow("custom scheme") << u"spotify:track:4uLU6hMCjMI75M1A2tKUQC"_s << u"url"_s;
    QTest::newRow("leading white space") << u"  \n WIFI:S:Net;;\n"_s << u"wifi"_s;
}

void TestPayloadParser::detection()
{
    QFETCH(QString, input);
    QFETCH(QString, type);
    const Payload payload = PayloadParser::parse(input);
    QCOMPARE(payloadTypeName(payload.type), type);
    QCOMPARE(payload.text, input);
    QVERIFY2(payload.notes.isEmpty(), qPrintable(payload.notes.join(u" | ")));
    QVERIFY(!std::holds_alternative<std::monostate>(payload.data));
}

void TestPayloadParser::plainText_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("empty") << QString();
    QTest::newRow("sentence") << u"Just some text, nothing else."_s;
    QTest::newRow("sentence with colon") << u"Note: buy milk"_s;
    QTest::newRow("time") << u"12:30"_s;
    QTest::newRow("drive letter") << u"C:\\Users\\me"_s;
    QTest::newRow("www without dotted host") << u"www.example"_s;
    QTest::newRow("www with space") << u"www.example.com is great"_s;
    QTest::newRow("www numeric tld") << u"www.1.2"_s;
    QTest::newRow("unicode") << u"Grüße aus Köln ☕"_s;
    QTest::newRow("BCD alone") << u"BCD"_s;
    QTest::newRow("multi-line") << u"line 1\nline 2\n"_s;
}

void TestPayloadParser::plainText()
{
    QFETCH(QString, input);
    const Payload payload = PayloadParser::parse(input);
    QCOMPARE(payloadTypeName(payload.type), u"text"_s);
    QCOMPARE(payload.text, input);
    QVERIFY(payload.notes.isEmpty());
    QVERIFY(payload.bytes.isEmpty());
    QVERIFY(std::holds_alternative<std::monostate>(payload.data));
}

void TestPayloadParser::fallback_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("note");

    QTest::newRow("wifi without S") << u"WIFI:T:WPA;P:secret;;"_s << u"Wi-Fi network: no SSID (S:) field"_s;
    QTest::newRow("wifi empty S") << u"WIFI:S:;T:WPA;;"_s << u"SSID is empty"_s;
    QTest::newRow("mecard empty") << u"MECARD:;;"_s << u"MeCard contact: no name"_s;
    QTest::newRow("vcard empty") << u"BEGIN:VCARD\nVERSION:3.0\nEND:VCARD"_s << u"vCard contact: no name"_s;
    QTest::newRow("event without start") << u"BEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT"_s << u"no DTSTART"_s;
    QTest::newRow("event bad start") << u"BEGIN:VEVENT\nDTSTART:2026-13-45\nEND:VEVENT"_s
                                     << u"is not a date"_s;
    QTest::newRow("calendar without event")
        << u"BEGIN:VCALENDAR\nBEGIN:VTODO\nEND:VTODO\nEND:VCALENDAR"_s << u"no VEVENT"_s;
    QTest::newRow("mailto empty") << u"mailto:"_s << u"no recipient, subject or body"_s;
    QTest::newRow("smsto without number") << u"SMSTO::hello"_s << u"text message: no recipient"_s;
    QTest::newRow("tel without digits") << u"tel:abc"_s << u"phone number: the number has no digits"_s;
    QTest::newRow("geo latitude 200") << u"geo:200,10"_s << u"latitude 200 is out of range"_s;
    QTest::newRow("geo longitude 190") << u"geo:10,190"_s << u"longitude 190 is out of range"_s;
    QTest::newRow("geo words") << u"geo:north,east"_s << u"not numbers"_s;
    QTest::newRow("geo nan") << u"geo:nan,1"_s << u"not numbers"_s;
    QTest::newRow("geo one number") << u"geo:12"_s << u"expected latitude,longitude"_s;
    QTest::newRow("geo crs") << u"geo:1,2;crs=utm"_s << u"unsupported coordinate system"_s;
    QTest::newRow("otp bad base32") << u"otpauth://totp/x?secret=JBSW1!8Q"_s << u"not valid base32"_s;
    QTest::newRow("otp bad base32 length") << u"otpauth://totp/x?secret=JBSWY3DPE"_s << u"not valid base32"_s;
    QTest::newRow("otp no secret") << u"otpauth://totp/x?issuer=A"_s << u"no secret"_s;
    QTest::newRow("otp unknown type")
        << u"otpauth://xotp/x?secret=JBSWY3DPEHPK3PXP"_s << u"unknown OTP type"_s;
    QTest::newRow("otp no slashes") << u"otpauth:totp/x?secret=JBSWY3DPEHPK3PXP"_s
                                    << u"expected otpauth://"_s;
    QTest::newRow("otp bad digits") << u"otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=abc"_s
                                    << u"digits \"abc\""_s;
    QTest::newRow("otp bad algorithm")
        << u"otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&algorithm=MD5"_s << u"unsupported algorithm"_s;
    QTest::newRow("bitcoin empty") << u"bitcoin:"_s << u"crypto payment: no address"_s;
    QTest::newRow("bitcoin bad address") << u"bitcoin:not/an-address"_s << u"is not a bitcoin address"_s;
    QTest::newRow("ethereum short") << u"ethereum:0x1234"_s << u"not an Ethereum address"_s;
    QTest::newRow("epc v001 without BIC")
        << u"BCD\n001\n1\nSCT\n\nName\nDE89370400440532013000\nEUR1"_s << u"no BIC"_s;
    QTest::newRow("epc version 003") << u"BCD\n003\n1\nSCT\nBIC\nName\nDE89370400440532013000"_s
                                     << u"unsupported version \"003\""_s;
    QTest::newRow("epc charset 9") << u"BCD\n002\n9\nSCT\n\nName\nDE89370400440532013000"_s
                                   << u"character set \"9\""_s;
    QTest::newRow("epc not SCT") << u"BCD\n002\n1\nXCT\n\nName\nDE89370400440532013000"_s << u"is not SCT"_s;
    QTest::newRow("epc no IBAN") << u"BCD\n002\n1\nSCT\n\nName"_s << u"no IBAN"_s;
    QTest::newRow("epc no name") << u"BCD\n002\n1\nSCT\n\n\nDE89370400440532013000"_s
                                 << u"no beneficiary name"_s;
    QTest::newRow("url with space") << u"https://exa mple.com/"_s << u"URL: the URL contains white space"_s;
    QTest::newRow("url without host") << u"https://"_s << u"has no host"_s;
    QTest::newRow("url broken ipv6") << u"http://[::1/x"_s << u"Not read as a URL"_s;
}

void TestPayloadParser::fallback()
{
    QFETCH(QString, input);
    QFETCH(QString, note);
    const Payload payload = PayloadParser::parse(input);
    QCOMPARE(payloadTypeName(payload.type), u"text"_s);
    QCOMPARE(payload.text, input);
    QVERIFY(std::holds_alternative<std::monostate>(payload.data));
    QCOMPARE(payload.notes.size(), 1);
    QVERIFY2(payload.notes.first().startsWith(u"Not read as "), qPrintable(payload.notes.first()));
    QVERIFY2(payload.notes.first().contains(note), qPrintable(payload.notes.first()));
}

void TestPayloadParser::binary_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("text");

    QTest::newRow("lone continuation byte") << QByteArray("abc\x80"
                                                          "def")
                                            << u"not valid UTF-8"_s << u"abc\uFFFDdef"_s;
    QTest::newRow("truncated sequence") << QByteArray("caf\xC3") << u"not valid UTF-8"_s << u"caf\uFFFD"_s;
    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << u"not valid UTF-8"_s << QString();
    QTest::newRow("NUL bytes") << QByteArray("PK\x03\x04\x00\x00", 6) << u"NUL bytes"_s
                               << QString::fromLatin1("PK\x03\x04\x00\x00", 6);
}

void TestPayloadParser::binary()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, note);
    QFETCH(QString, text);
    const Payload payload = PayloadParser::parseBytes(bytes);
    QCOMPARE(payloadTypeName(payload.type), u"binary"_s);
    QCOMPARE(payload.bytes, bytes);
    QCOMPARE(payload.notes.size(), 1);
    QVERIFY2(payload.notes.first().contains(note), qPrintable(payload.notes.first()));
    QVERIFY(std::holds_alternative<std::monostate>(payload.data));
    if (!text.isNull())
        QCOMPARE(payload.text, text);
}

void TestPayloadParser::validUtf8BytesAreParsed()
{
    const Payload wifi = PayloadParser::parseBytes("WIFI:S:Caf\xC3\xA9;T:WPA;P:x;;");
    QCOMPARE(payloadTypeName(wifi.type), u"wifi"_s);
    QCOMPARE(wifi.as<WifiPayload>()->ssid, u"Café"_s);
    QVERIFY(wifi.bytes.isEmpty());

    const Payload bom = PayloadParser::parseBytes("\xEF\xBB\xBFhttps://example.com");
    QCOMPARE(payloadTypeName(bom.type), u"url"_s);
    QCOMPARE(bom.as<UrlPayload>()->url, u"https://example.com"_s);

    const Payload empty = PayloadParser::parseBytes({});
    QCOMPARE(payloadTypeName(empty.type), u"text"_s);
    QVERIFY(empty.text.isEmpty());
    QVERIFY(empty.notes.isEmpty());
}

void TestPayloadParser::hugeInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("type");
    QTest::addColumn<qsizetype>("fieldSize"); // size of the field that holds the bulk; -1: all the text

    const qsizetype size = 200 * 1024;
    const QString bulk(size, u'a');
    QTest::newRow("text") << bulk << u"text"_s << qsizetype(-1);
    QTest::newRow("wifi ssid") << u"WIFI:T:WPA;S:"_s + bulk + u";;"_s << u"wifi"_s << size;
    QTest::newRow("wifi escapes") << u"WIFI:S:"_s + QString(size / 2, u'\\').replace(u"\\"_s, u"\\;"_s)
                                  << u"wifi"_s << size / 2;
    QTest::newRow("vcard folded note")
        << u"BEGIN:VCARD\nFN:Big\nNOTE:x"_s + u"\n a"_s.repeated(size / 3) + u"\nEND:VCARD"_s << u"contact"_s
        << 1 + size / 3;
    QTest::newRow("vcard QP soft breaks")
        << u"BEGIN:VCARD\nFN;ENCODING=QUOTED-PRINTABLE:"_s + u"=41=\n"_s.repeated(size / 5) + u"\nEND:VCARD"_s
        << u"contact"_s << size / 5;
    QTest::newRow("vcard lines") << u"BEGIN:VCARD\n"_s + u"TEL:1\n"_s.repeated(size / 6) + u"END:VCARD"_s
                                 << u"contact"_s << size / 6;
    QTest::newRow("event description")
        << u"BEGIN:VEVENT\nDTSTART:20261122\nDESCRIPTION:"_s + bulk + u"\nEND:VEVENT"_s << u"event"_s << size;
    QTest::newRow("url") << u"https://example.com/"_s + bulk << u"url"_s << 20 + size;
    QTest::newRow("mailto") << u"mailto:a@example.com?body="_s + bulk << u"email"_s << size;
    QTest::newRow("sms") << u"SMSTO:123:"_s + bulk << u"sms"_s << size;
    QTest::newRow("ethereum") << u"ethereum:"_s + u"a."_s.repeated(size / 2) << u"text"_s << qsizetype(-1);
    QTest::newRow("bitcoin") << u"bitcoin:"_s + bulk << u"text"_s << qsizetype(-1);
    QTest::newRow("epc") << u"BCD\n002\n1\nSCT\n\n"_s + bulk + u"\nDE89370400440532013000"_s << u"epc"_s
                         << size;
    QTest::newRow("links") << u"see https://a.example/("_s.repeated(size / 24) << u"text"_s << qsizetype(-1);
    QTest::newRow("www") << u"www."_s + u"a."_s.repeated(size / 2) + u"com"_s << u"url"_s << 7 + 4 + size + 3;
}

// Never hangs or crashes on very large codes, and keeps their content.
void TestPayloadParser::hugeInput()
{
    QFETCH(QString, input);
    QFETCH(QString, type);
    QFETCH(qsizetype, fieldSize);
    const Payload payload = PayloadParser::parse(input);
    QCOMPARE(payloadTypeName(payload.type), type);
    QCOMPARE(payload.text.size(), input.size());
    for (const QString& note : payload.notes)
        QVERIFY2(note.size() < 300, "notes quote the content elided, never whole");
    qsizetype actual = 0;
    if (const auto* wifi = payload.as<WifiPayload>())
        actual = wifi->ssid.size();
    else if (const auto* contact = payload.as<ContactPayload>())
        actual = qMax(qMax(contact->note.size(), contact->name.size()), contact->phones.size());
    else if (const auto* event = payload.as<EventPayload>())
        actual = event->description.size();
    else if (const auto* url = payload.as<UrlPayload>())
        actual = url->url.size();
    else if (const auto* email = payload.as<EmailPayload>())
        actual = email->body.size();
    else if (const auto* sms = payload.as<SmsPayload>())
        actual = sms->body.size();
    else if (const auto* epc = payload.as<EpcPaymentPayload>())
        actual = epc->name.size();
    else
        actual = payload.text.size();
    QCOMPARE(actual, fieldSize < 0 ? input.size() : fieldSize);
}

// Random bytes and random mixes of format syntax never crash, and content is never lost.
void TestPayloadParser::randomGarbage()
{
    QRandomGenerator random(20261122);
    const QStringList prefixes{u"WIFI:"_s,     u"MECARD:"_s, u"BEGIN:VCARD\n"_s, u"BEGIN:VEVENT\n"_s,
                               u"MATMSG:"_s,   u"mailto:"_s, u"SMSTO:"_s,        u"sms:"_s,
                               u"tel:"_s,      u"geo:"_s,    u"otpauth://"_s,    u"bitcoin:"_s,
                               u"ethereum:"_s, u"BCD\n"_s,   u"http://"_s,       u"www."_s};
    const QString alphabet = u"\\;:,\"=?&%@/.#\n\r\t 0123456789AZaz-+TSPHNQ\u00e9\u20ac"_s;
    int typed = 0;
    for (int round = 0; round < 2000; ++round) {
        QByteArray bytes(random.bounded(64), Qt::Uninitialized);
        for (char& byte : bytes)
            byte = static_cast<char>(random.bounded(256));
        const Payload fromBytes = PayloadParser::parseBytes(bytes);
        if (fromBytes.type == PayloadType::Binary)
            QCOMPARE(fromBytes.bytes, bytes);
        else
            QCOMPARE(fromBytes.text.toUtf8(), bytes.startsWith("\xEF\xBB\xBF") ? bytes.sliced(3) : bytes);

        QString text = prefixes.at(random.bounded(prefixes.size()));
        const int length = random.bounded(80);
        for (int i = 0; i < length; ++i)
            text.append(alphabet.at(random.bounded(alphabet.size())));
        const Payload payload = PayloadParser::parse(text);
        QCOMPARE(payload.text, text);
        QCOMPARE(payload.type == PayloadType::Text, std::holds_alternative<std::monostate>(payload.data));
        if (payload.type != PayloadType::Text)
            ++typed;
    }
    QVERIFY(typed > 0);
}

QTEST_GUILESS_MAIN(TestPayloadParser)
#include "TestPayloadParser.moc"
