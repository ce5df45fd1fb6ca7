// payloadUrls: every URL the safety layer must check.
#include "payload/PayloadParser.h"
#include "payload/PayloadUrls.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestPayloadUrls : public QObject
{
    Q_OBJECT

private slots:
    void urls_data();
    void urls();
    void links_data();
    void links();
};

void TestPayloadUrls::urls_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("urls");

    QTest::newRow("url") << u"https://example.com/x"_s << QStringList{u"https://example.com/x"_s};
    QTest::newRow("javascript url") << u"javascript:alert(1)"_s << QStringList{u"javascript:alert(1)"_s};
    QTest::newRow("bare www") << u"www.example.com"_s << QStringList{u"http://www.example.com"_s};
    QTest::newRow("text with links")
        << u"Visit https://a.example/path. Or (http://b.example/x) — again https://a.example/path!"_s
        << QStringList{u"https://a.example/path"_s, u"http://b.example/x"_s};
    QTest::newRow("plain text") << u"no links here, www.example is not one"_s << QStringList();
    QTest::newRow("contact urls and note")
        << u"BEGIN:VCARD\nFN:A\nURL:https://a.example\nURL:ftp://files.example\nNOTE:see https://n.example/x\nEND:VCARD"_s
        << QStringList{u"https://a.example"_s, u"ftp://files.example"_s, u"https://n.example/x"_s};
    QTest::newRow("mecard url") << u"MECARD:N:A;URL:https\\://m.example;NOTE:http\\://n.example;;"_s
                                << QStringList{u"https://m.example"_s, u"http://n.example"_s};
    QTest::newRow("event urls, description, location")
        << u"BEGIN:VEVENT\nDTSTART:20261122\nURL:https://e.example\nLOCATION:https://meet.example/room\nDESCRIPTION:Join: https://meet.example/room\\nor https://d.example/(info)\nEND:VEVENT"_s
        << QStringList{u"https://e.example"_s, u"https://meet.example/room"_s, u"https://d.example/(info)"_s};
    QTest::newRow("sms body") << u"SMSTO:123:Your parcel: https://parcel.example/t?id=1"_s
                              << QStringList{u"https://parcel.example/t?id=1"_s};
    QTest::newRow("email body") << u"mailto:a@b.example?body=Reset%20at%20https%3A%2F%2Fr.example%2F"_s
                                << QStringList{u"https://r.example/"_s};
    QTest::newRow("bitcoin payment request")
        << u"bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa?r=https%3A%2F%2Fpay.example%2Fi"_s
        << QStringList{u"https://pay.example/i"_s};
    QTest::newRow("epc text")
        << u"BCD\n002\n1\nSCT\n\nMax\nDE89370400440532013000\nEUR1\n\n\nhttps://i.example"_s
        << QStringList{u"https://i.example"_s};
    QTest::newRow("wifi has none") << u"WIFI:S:https://x.example;;"_s << QStringList();
    QTest::newRow("fallback text keeps links")
        << u"geo:200,0?q=https://g.example"_s << QStringList{u"https://g.example"_s};
}

void TestPayloadUrls::urls()
{
    QFETCH(QString, input);
    QTEST(payloadUrls(PayloadParser::parse(input)), "urls");
}

void TestPayloadUrls::links_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("links");

    QTest::newRow("none") << u"nothing"_s << QStringList();
    QTest::newRow("scheme only") << u"http:// alone"_s << QStringList();
    QTest::newRow("upper case") << u"HTTPS://A.EXAMPLE/X"_s << QStringList{u"HTTPS://A.EXAMPLE/X"_s};
    QTest::newRow("quotes and brackets") << u"<a href=\"https://q.example/\">[https://b.example]</a>"_s
                                         << QStringList{u"https://q.example/"_s, u"https://b.example"_s};
    QTest::newRow("wikipedia parentheses") << u"https://en.wikipedia.org/wiki/Foo_(bar)."_s
                                           << QStringList{u"https://en.wikipedia.org/wiki/Foo_(bar)"_s};
}

void TestPayloadUrls::links()
{
    QFETCH(QString, text);
    QTEST(httpLinksIn(text), "links");
}

QTEST_GUILESS_MAIN(TestPayloadUrls)
#include "TestPayloadUrls.moc"
