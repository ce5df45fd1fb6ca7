// Wi-Fi, MeCard and vCard payloads: the formats with escaping rules.
#include "payload/PayloadParser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestContactPayloads : public QObject
{
    Q_OBJECT

private slots:
    void wifi_data();
    void wifi();
    void wifiEnterprise();
    void meCard_data();
    void meCard();
    void vCard_data();
    void vCard();
};

void TestContactPayloads::wifi_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("ssid");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("security");
    QTest::addColumn<bool>("hidden");
    QTest::addColumn<bool>("open");
    QTest::addColumn<int>("noteCount");

    QTest::newRow("plain") << u"WIFI:T:WPA;S:MyNet;P:secret;;"_s << u"MyNet"_s << u"secret"_s << u"WPA"_s
                           << false << false << 0;
    QTest::newRow("reordered, escaped, hidden")
        << u"wifi:P:pa\\;ss\\:w\\\\d;S:Caf\\,e\\\"s;t:wpa;H:true;;"_s << u"Caf,e\"s"_s << u"pa;ss:w\\d"_s
        << u"WPA"_s << true << false << 0;
    QTest::newRow("nopass without P") << u"WIFI:S:Open Cafe;T:nopass;;"_s << u"Open Cafe"_s << QString()
                                      << u"NOPASS"_s << false << true << 0;
    QTest::newRow("no T") << u"WIFI:S:Net;P:x;;"_s << u"Net"_s << u"x"_s << QString() << false << false << 0;
    QTest::newRow("no T, no P") << u"WIFI:S:Net;;"_s << u"Net"_s << QString() << QString() << false << true
                                << 0;
    QTest::newRow("quoted hex kept as given")
        << u"WIFI:T:WEP;S:\"4142\";P:\"0123456789\";;"_s << u"\"4142\""_s << u"\"0123456789\""_s << u"WEP"_s
        << false << false << 0;
    QTest::newRow("hex WEP key") << u"WIFI:T:WEP;S:Old;P:0123456789ABCDEF0123456789;;"_s << u"Old"_s
                                 << u"0123456789ABCDEF0123456789"_s << u"WEP"_s << false << false << 0;
    QTest::newRow("H:1, no terminator")
        << u"WIFI:S:Hid;H:1"_s << u"Hid"_s << QString() << QString() << true << true << 0;
    QTest::newRow("H:false") << u"WIFI:S:Vis;H:false;T:SAE;P:p;;"_s << u"Vis"_s << u"p"_s << u"SAE"_s << false
                             << false << 0;
    QTest::newRow("colon in password")
        << u"WIFI:S:N;T:WPA;P:a:b:c;;"_s << u"N"_s << u"a:b:c"_s << u"WPA"_s << false << false << 0;
    QTest::newRow("password on open network")
        << u"WIFI:S:N;T:nopass;P:x;;"_s << u"N"_s << u"x"_s << u"NOPASS"_s << false << true << 1;
    QTest::newRow("unicode ssid") << u"WIFI:S:Café ☕;T:WPA;P:pässwörd;;"_s << u"Café ☕"_s << u"pässwörd"_s
                                  << u"WPA"_s << false << false << 0;
}

void TestContactPayloads::wifi()
{
    QFETCH(QString, input);
    QFETCH(int, noteCount);
    const Payload payload = PayloadParser::parse(input);
    QCOMPARE(payloadTypeName(payload.type), u"wifi"_s);
    const auto* wifi = payload.as<WifiPayload>();
    QVERIFY(wifi);
    QTEST(wifi->ssid, "ssid");
    QTEST(wifi->password, "password");
    QTEST(wifi->security, "security");
    QTEST(wifi->hidden, "hidden");
    QTEST(wifi->isOpen(), "open");
    QCOMPARE(payload.notes.size(), noteCount);
}

void TestContactPayloads::wifiEnterprise()
{
    const Payload payload = PayloadParser::parse(
        u"WIFI:T:WPA2-EAP;S:Corp;E:peap;PH2:MSCHAPV2;A:anon@corp;I:user@corp;P:pw;R:1;;"_s);
    const auto* wifi = payload.as<WifiPayload>();
    QVERIFY(wifi);
    QCOMPARE(wifi->security, u"WPA2-EAP"_s);
    QCOMPARE(wifi->eapMethod, u"PEAP"_s);
    QCOMPARE(wifi->phase2Method, u"MSCHAPV2"_s);
    QCOMPARE(wifi->anonymousIdentity, u"anon@corp"_s);
    QCOMPARE(wifi->identity, u"user@corp"_s);
    QCOMPARE(wifi->password, u"pw"_s);
    QCOMPARE(wifi->extra, (QVariantMap{{u"R"_s, u"1"_s}}));
}

void TestContactPayloads::meCard_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("familyName");
    QTest::addColumn<QStringList>("phones");
    QTest::addColumn<QStringList>("emails");
    QTest::addColumn<QStringList>("urls");
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("birthday");

    QTest::newRow("full")
        << u"MECARD:N:Doe,John;TEL:+15550100;TEL:+15550101;EMAIL:john@example.com;URL:http\\://example.com;ADR:,,123 Main St\\, Apt 4,Springfield,IL,62701,USA;NOTE:Call me\\; maybe;BDAY:19850412;;"_s
        << u"John Doe"_s << u"Doe"_s << QStringList{u"+15550100"_s, u"+15550101"_s}
        << QStringList{u"john@example.com"_s} << QStringList{u"http://example.com"_s}
        << QStringList{u"123 Main St, Apt 4, Springfield, IL, 62701, USA"_s} << u"Call me; maybe"_s
        << u"1985-04-12"_s;
    QTest::newRow("escaped comma in name")
        << u"MECARD:N:Smith\\, Jr.,Bob;;"_s << u"Bob Smith, Jr."_s << u"Smith, Jr."_s << QStringList()
        << QStringList() << QStringList() << QStringList() << QString() << QString();
    QTest::newRow("reordered, unescaped URL colon")
        << u"mecard:URL:https://example.com/x;TEL:123;N:Solo;;"_s << u"Solo"_s << u"Solo"_s
        << QStringList{u"123"_s} << QStringList() << QStringList{u"https://example.com/x"_s} << QStringList()
        << QString() << QString();
    QTest::newRow("no name, phone only")
        << u"MECARD:TEL:0301234;"_s << QString() << QString() << QStringList{u"0301234"_s} << QStringList()
        << QStringList() << QStringList() << QString() << QString();
}

void TestContactPayloads::meCard()
{
    QFETCH(QString, input);
    const Payload payload = PayloadParser::parse(input);
    QCOMPARE(payloadTypeName(payload.type), u"contact"_s);
    const auto* contact = payload.as<ContactPayload>();
    QVERIFY(contact);
    QCOMPARE(contact->sourceFormat, u"mecard"_s);
    QTEST(contact->name, "name");
    QTEST(contact->familyName, "familyName");
    QTEST(contact->phones, "phones");
    QTEST(contact->emails, "emails");
    QTEST(contact->urls, "urls");
    QTEST(contact->addresses, "addresses");
    QTEST(contact->note, "note");
    QTEST(contact->birthday, "birthday");
}

void TestContactPayloads::vCard_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("phones");
    QTest::addColumn<QStringList>("emails");
    QTest::addColumn<QStringList>("urls");
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("birthday");
    QTest::addColumn<int>("noteCount");

    QTest::newRow("3.0 folded CRLF, escapes, params")
        << u"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;John;Q.;Dr.;Jr.\r\nFN:John\r\n  Doe\r\nORG:Example\\, "
           u"Inc.;R&D\r\n"
           "TITLE:Chief\r\n\t Scientist\r\nTEL;TYPE=CELL:+1 555 "
           "0100\r\nTEL;TYPE=\"work,voice\";VALUE=uri:tel:+1-555-0101\r\n"
           "EMAIL;TYPE=INTERNET:john@example.com\r\nitem1.URL:https://example.com/\r\n john\r\n"
           "ADR;TYPE=HOME:;;123 Main St;Springfield;IL;62701;USA\r\nNOTE:First line\\nsecond\\, with "
           "comma\\; and semicolon\r\n"
           "BDAY:19850412\r\nEND:VCARD\r\n"_s
        << u"John Doe"_s << u"Example, Inc., R&D"_s << u"Chief Scientist"_s
        << QStringList{u"+1 555 0100"_s, u"+1-555-0101"_s} << QStringList{u"john@example.com"_s}
        << QStringList{u"https://example.com/john"_s}
        << QStringList{u"123 Main St, Springfield, IL, 62701, USA"_s}
        << u"First line\nsecond, with comma; and semicolon"_s << u"1985-04-12"_s << 0;
    QTest::newRow("2.1 quoted-printable soft breaks")
        << u"BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen\n"
           "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BC=\nller\n"
           "NOTE;QUOTED-PRINTABLE:Line one=0D=0ALine =3D two=\n=20end\nTEL;CELL:+49 170 1234567\n"
           "TEL;WORK;VOICE:+49 30 1234\nEND:VCARD"_s
        << u"Jürgen Müller"_s << QString() << QString() << QStringList{u"+49 170 1234567"_s, u"+49 30 1234"_s}
        << QStringList() << QStringList() << QStringList() << u"Line one\nLine = two end"_s << QString() << 0;
    QTest::newRow("2.1 latin-1 quoted-printable")
        << u"BEGIN:VCARD\nVERSION:2.1\nN;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:M=FCller;J=FCrgen\nEND:VCARD"_s
        << u"Jürgen Müller"_s << QString() << QString() << QStringList() << QStringList() << QStringList()
        << QStringList() << QString() << QString() << 0;
    QTest::newRow("4.0 N without FN")
        << u"BEGIN:VCARD\nVERSION:4.0\nN:Doe;Jane;;Dr.;\nEMAIL;PREF=1:jane@example.org\nBDAY:--0412\nEND:VCARD"_s
        << u"Dr. Jane Doe"_s << QString() << QString() << QStringList() << QStringList{u"jane@example.org"_s}
        << QStringList() << QStringList() << QString() << u"--0412"_s << 0;
    QTest::newRow("lower case, LF, no END")
        << u"begin:vcard\nversion:3.0\nfn:Ann\ntel:123\nurl:https://ann.example\n"_s << u"Ann"_s << QString()
        << QString() << QStringList{u"123"_s} << QStringList() << QStringList{u"https://ann.example"_s}
        << QStringList() << QString() << QString() << 1;
    QTest::newRow("organization only, agent skipped")
        << u"BEGIN:VCARD\nVERSION:2.1\nORG:ACME\nAGENT:\nBEGIN:VCARD\nFN:Agent Smith\nEND:VCARD\nEND:VCARD"_s
        << QString() << u"ACME"_s << QString() << QStringList() << QStringList() << QStringList()
        << QStringList() << QString() << QString() << 0;
}

void TestContactPayloads::vCard()
{
    QFETCH(QString, input);
    QFETCH(int, noteCount);
    const Payload payload = PayloadParser::parse(input);
    QCOMPARE(payloadTypeName(payload.type), u"contact"_s);
    const auto* contact = payload.as<ContactPayload>();
    QVERIFY(contact);
    QCOMPARE(contact->sourceFormat, u"vcard"_s);
    QTEST(contact->name, "name");
    QTEST(contact->organization, "organization");
    QTEST(contact->title, "title");
    QTEST(contact->phones, "phones");
    QTEST(contact->emails, "emails");
    QTEST(contact->urls, "urls");
    QTEST(contact->addresses, "addresses");
    QTEST(contact->note, "note");
    QTEST(contact->birthday, "birthday");
    QCOMPARE(payload.notes.size(), noteCount);
}

QTEST_GUILESS_MAIN(TestContactPayloads)
#include "TestContactPayloads.moc"
