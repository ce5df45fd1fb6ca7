// payloadToJson: stable keys and values for every type; payloadToJsonUtf8 (and JsonWriter) write
// text that reads back as the same object.
#include "payload/JsonWriter.h"
#include "payload/PayloadJson.h"
#include "payload/PayloadParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestPayloadJson : public QObject
{
    Q_OBJECT

private slots:
    void keys_data();
    void keys();
    void binary();
    void fallbackNotes();
    void redactedSecret();
    void textMatchesObject_data();
    void textMatchesObject();
};

namespace {

// What the history stored before payloadToJsonUtf8: the object through QJsonDocument, read back.
QJsonObject viaQt(const QJsonObject& object)
{
    return QJsonDocument::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact)).object();
}

QJsonObject parsed(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString() << json;
    return document.object();
}

} // namespace

void TestPayloadJson::keys_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("keys"); // besides type, raw, notes
    QTest::addColumn<QVariantMap>("values");

    QTest::newRow("text") << u"hello"_s << u"text"_s << QStringList() << QVariantMap{{u"raw"_s, u"hello"_s}};
    QTest::newRow("url") << u"https://Example.com/a b"_s.remove(u' ') << u"url"_s
                         << QStringList{u"url"_s, u"scheme"_s, u"parsed"_s, u"host"_s}
                         << QVariantMap{{u"url"_s, u"https://Example.com/ab"_s},
                                        {u"scheme"_s, u"https"_s},
                                        {u"host"_s, u"example.com"_s},
                                        {u"parsed"_s, u"https://example.com/ab"_s}};
    QTest::newRow("wifi") << u"WIFI:T:WPA;S:Net;P:pw;H:true;X:1;;"_s << u"wifi"_s
                          << QStringList{u"ssid"_s,     u"password"_s,      u"security"_s,
                                         u"hidden"_s,   u"eap_method"_s,    u"anonymous_identity"_s,
                                         u"identity"_s, u"phase2_method"_s, u"extra"_s}
                          << QVariantMap{{u"ssid"_s, u"Net"_s},
                                         {u"password"_s, u"pw"_s},
                                         {u"security"_s, u"WPA"_s},
                                         {u"hidden"_s, true},
                                         {u"extra"_s, QVariantMap{{u"X"_s, u"1"_s}}}};
    QTest::newRow("contact") << u"MECARD:N:Doe,John;TEL:1;EMAIL:a@b.c;;"_s << u"contact"_s
                             << QStringList{u"source_format"_s, u"name"_s,         u"family_name"_s,
                                            u"given_name"_s,    u"organization"_s, u"title"_s,
                                            u"phones"_s,        u"emails"_s,       u"urls"_s,
                                            u"addresses"_s,     u"note"_s,         u"birthday"_s}
                             << QVariantMap{{u"source_format"_s, u"mecard"_s},
                                            {u"name"_s, u"John Doe"_s},
                                            {u"given_name"_s, u"John"_s},
                                            {u"phones"_s, QVariantList{u"1"_s}},
                                            {u"emails"_s, QVariantList{u"a@b.c"_s}}};
    QTest::newRow("geo without altitude")
        << u"geo:1.5,2.5?q=x"_s << u"geo"_s
        << QStringList{u"latitude"_s, u"longitude"_s, u"altitude"_s, u"query"_s}
        << QVariantMap{{u"latitude"_s, 1.5},
                       {u"longitude"_s, 2.5},
                       {u"altitude"_s, QVariant::fromValue(nullptr)},
                       {u"query"_s, u"x"_s}};
    QTest::newRow("geo with altitude")
        << u"geo:1,2,3"_s << u"geo"_s << QStringList{u"latitude"_s, u"longitude"_s, u"altitude"_s, u"query"_s}
        << QVariantMap{{u"altitude"_s, 3.0}};
    QTest::newRow("phone") << u"tel:123"_s << u"phone"_s << QStringList{u"number"_s}
                           << QVariantMap{{u"number"_s, u"123"_s}};
    QTest::newRow("sms") << u"SMSTO:123:hi"_s << u"sms"_s << QStringList{u"number"_s, u"body"_s}
                         << QVariantMap{{u"number"_s, u"123"_s}, {u"body"_s, u"hi"_s}};
    QTest::newRow("email") << u"mailto:a@b.c?cc=d@e.f&subject=S"_s << u"email"_s
                           << QStringList{u"to"_s, u"cc"_s, u"bcc"_s, u"subject"_s, u"body"_s}
                           << QVariantMap{{u"to"_s, QVariantList{u"a@b.c"_s}},
                                          {u"cc"_s, QVariantList{u"d@e.f"_s}},
                                          {u"bcc"_s, QVariantList()},
                                          {u"subject"_s, u"S"_s}};
    QTest::newRow("otp") << u"otpauth://hotp/I:a?secret=GEZDGNBV&counter=7"_s << u"otp"_s
                         << QStringList{u"kind"_s,      u"label"_s,  u"issuer"_s, u"account"_s, u"secret"_s,
                                        u"algorithm"_s, u"digits"_s, u"period"_s, u"counter"_s}
                         << QVariantMap{{u"kind"_s, u"hotp"_s},
                                        {u"issuer"_s, u"I"_s},
                                        {u"secret"_s, u"GEZDGNBV"_s},
                                        {u"digits"_s, 6},
                                        {u"counter"_s, 7}};
    QTest::newRow("crypto")
        << u"ethereum:0xfb6916095ca1df60bb79Ce92ce3ea74c37c5d359@5/transfer?value=1&gas=2"_s << u"crypto"_s
        << QStringList{u"currency"_s, u"address"_s,  u"amount"_s,        u"label"_s,
                       u"message"_s,  u"chain_id"_s, u"function_name"_s, u"extra"_s}
        << QVariantMap{{u"currency"_s, u"ethereum"_s},
                       {u"amount"_s, u"1"_s},
                       {u"chain_id"_s, u"5"_s},
                       {u"function_name"_s, u"transfer"_s},
                       {u"extra"_s, QVariantMap{{u"gas"_s, u"2"_s}}}};
    QTest::newRow("epc") << u"BCD\n002\n1\nSCT\n\nMax\nDE89370400440532013000\nEUR1.5\n\n\nInvoice"_s
                         << u"epc"_s
                         << QStringList{u"version"_s, u"character_set"_s, u"bic"_s,    u"name"_s,
                                        u"iban"_s,    u"iban_valid"_s,    u"amount"_s, u"currency"_s,
                                        u"purpose"_s, u"reference"_s,     u"text"_s,   u"information"_s}
                         << QVariantMap{{u"iban"_s, u"DE89370400440532013000"_s},
                                        {u"iban_valid"_s, true},
                                        {u"currency"_s, u"EUR"_s},
                                        {u"text"_s, u"Invoice"_s}};
    QTest::newRow("event timed")
        << u"BEGIN:VEVENT\nDTSTART:20261122T101500Z\nSUMMARY:S\nURL:https://x.example\nEND:VEVENT"_s
        << u"event"_s << QStringList{u"summary"_s, u"location"_s, u"description"_s, u"start"_s,
                                     u"end"_s,     u"all_day"_s,  u"urls"_s}
        << QVariantMap{{u"start"_s, u"2026-11-22T10:15:00.000Z"_s},
                       {u"end"_s, QVariant::fromValue(nullptr)},
                       {u"all_day"_s, false},
                       {u"urls"_s, QVariantList{u"https://x.example"_s}}};
    QTest::newRow("event all-day")
        << u"BEGIN:VEVENT\nDTSTART;VALUE=DATE:20261122\nDTEND:20261123\nEND:VEVENT"_s << u"event"_s
        << QStringList{u"summary"_s, u"location"_s, u"description"_s, u"start"_s,
                       u"end"_s,     u"all_day"_s,  u"urls"_s}
        << QVariantMap{{u"start"_s, u"2026-11-22"_s}, {u"end"_s, u"2026-11-23"_s}, {u"all_day"_s, true}};
}

void TestPayloadJson::keys()
{
    QFETCH(QString, input);
    QFETCH(QString, type);
    QFETCH(QStringList, keys);
    QFETCH(QVariantMap, values);
    const QJsonObject json = payloadToJson(PayloadParser::parse(input));

    keys << u"type"_s << u"raw"_s << u"notes"_s;
    keys.sort();
    QCOMPARE(json.keys(), keys);
    QCOMPARE(json.value(u"type"_s).toString(), type);
    QCOMPARE(json.value(u"raw"_s).toString(), input);
    QCOMPARE(json.value(u"notes"_s).toArray(), QJsonArray());
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        QCOMPARE(json.value(it.key()), QJsonValue::fromVariant(it.value()));

    // The text form, with and without "raw", reads back as the same object.
    const Payload payload = PayloadParser::parse(input);
    QCOMPARE(parsed(payloadToJsonUtf8(payload)), viaQt(json));
    QJsonObject withoutRaw = json;
    withoutRaw.remove(u"raw"_s);
    QCOMPARE(parsed(payloadToJsonUtf8(payload, PayloadRaw::Omit)), viaQt(withoutRaw));
}

void TestPayloadJson::textMatchesObject_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("quotes and backslashes") << u"say \"hi\" \\ back\\slash"_s;
    QTest::newRow("control characters") << u"a\tb\nc\rd\be\ff\u0001g\u001fh\u007fi"_s;
    QTest::newRow("NUL") << QString(QChar(0)) + u"after"_s;
    QTest::newRow("non-ASCII") << u"Z\u00fcrich caf\u00e9 \u65e5\u672c \u2022\u2022"_s;
    QTest::newRow("emoji") << u"https://example.org/\U0001F600?q=\U0001F680"_s;
    QTest::newRow("lone surrogate") << u"x"_s + QChar(0xD800) + u"y"_s;
    QTest::newRow("quotes after non-ASCII") << u"\u00e9\"\\\n"_s;
    QTest::newRow("wifi with escapes") << u"WIFI:S:My\\;Net \"\u00e9\";T:WPA;P:p\\:w;;"_s;
    QTest::newRow("vcard") << u"BEGIN:VCARD\nVERSION:3.0\nFN:J\u00fcrg \"J\"\nTEL:+41 44\nEND:VCARD"_s;
    QTest::newRow("geo with altitude") << u"geo:47.3769,8.5417,408.25"_s;
    QTest::newRow("otp with counter") << u"otpauth://hotp/I:a?secret=JBSWY3DP&counter=9007199254740993"_s;
    QTest::newRow("crypto extra") << u"bitcoin:bc1qxy?amount=0.1&label=L%22&foo=b%C3%A4r"_s;
    QTest::newRow("empty") << QString();
}

void TestPayloadJson::textMatchesObject()
{
    QFETCH(QString, input);
    const Payload payload = PayloadParser::parse(input);
    const QJsonObject object = payloadToJson(payload);
    QCOMPARE(parsed(payloadToJsonUtf8(payload)), viaQt(object));

    // JsonWriter on its own: a string, a list and a nested object.
    QByteArray text;
    JsonWriter writer(text);
    writer.beginObject();
    writer.field("s", input);
    writer.field("list", QStringList{input, QString(), u"\""_s});
    writer.field("n", qint64(-9007199254740993));
    writer.field("d", 0.1);
    writer.field("b", false);
    writer.field("nested", QJsonObject{{u"k"_s, input}});
    writer.key("none");
    writer.null();
    writer.endObject();
    const QJsonObject expected{{u"s"_s, input},
                               {u"list"_s, QJsonArray{input, QString(), u"\""_s}},
                               {u"n"_s, qint64(-9007199254740993)},
                               {u"d"_s, 0.1},
                               {u"b"_s, false},
                               {u"nested"_s, QJsonObject{{u"k"_s, input}}},
                               {u"none"_s, QJsonValue::Null}};
    QCOMPARE(parsed(text), viaQt(expected));
}

void TestPayloadJson::binary()
{
    const QByteArray bytes("\xFF\xFE\x01\x02", 4);
    const QJsonObject json = payloadToJson(PayloadParser::parseBytes(bytes));
    QCOMPARE(parsed(payloadToJsonUtf8(PayloadParser::parseBytes(bytes))), viaQt(json));
    QCOMPARE(json.keys(), (QStringList{u"base64"_s, u"notes"_s, u"raw"_s, u"size"_s, u"type"_s}));
    QCOMPARE(json.value(u"type"_s).toString(), u"binary"_s);
    QCOMPARE(json.value(u"size"_s).toInteger(), 4);
    QCOMPARE(json.value(u"base64"_s).toString(), u"//4BAg=="_s);
    QCOMPARE(json.value(u"notes"_s).toArray().size(), 1);
}

void TestPayloadJson::fallbackNotes()
{
    const QJsonObject json = payloadToJson(PayloadParser::parse(u"geo:200,0"_s));
    QCOMPARE(json.value(u"type"_s).toString(), u"text"_s);
    QCOMPARE(json.keys(), (QStringList{u"notes"_s, u"raw"_s, u"type"_s}));
    const QJsonArray notes = json.value(u"notes"_s).toArray();
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes.first().toString().contains(u"latitude 200 is out of range"_s));
}

void TestPayloadJson::redactedSecret()
{
    const Payload payload = PayloadParser::parse(u"otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP"_s);
    const QJsonObject plain = payloadToJson(payload);
    QCOMPARE(plain.value(u"secret"_s).toString(), u"JBSWY3DPEHPK3PXP"_s);
    QVERIFY(!plain.contains(u"secret_redacted"_s));

    const QJsonObject redacted = payloadToJson(payload, JsonSecrets::Redact);
    QCOMPARE(redacted.value(u"secret"_s).toString(), QString());
    QCOMPARE(redacted.value(u"raw"_s).toString(), QString());
    QCOMPARE(redacted.value(u"secret_redacted"_s).toBool(), true);
    QCOMPARE(redacted.value(u"issuer"_s).toString(), u"A"_s);
    QVERIFY(!QJsonDocument(redacted).toJson().contains("JBSWY3DPEHPK3PXP"));
}

QTEST_GUILESS_MAIN(TestPayloadJson)
#include "TestPayloadJson.moc"
