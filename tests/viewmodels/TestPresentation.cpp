// VerdictText and PayloadFields: what the result panel says about a verdict and a payload.
#include "payload/PayloadParser.h"
#include "safety/SafetyEngine.h"
#include "viewmodels/PayloadFields.h"
#include "viewmodels/VerdictText.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestPresentation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyLevelHasWordsAndAnIcon()
    {
        for (const VerdictLevel level :
             {VerdictLevel::Dangerous, VerdictLevel::Suspicious, VerdictLevel::Unknown,
              VerdictLevel::NoKnownRisk, VerdictLevel::Trusted}) {
            QVERIFY(!VerdictText::label(level).isEmpty());
            QVERIFY(!VerdictText::advice(level).isEmpty());
            const QString icon = VerdictText::iconPath(level);
            QVERIFY(icon.startsWith(u":/icons/verdict-"_s));
            QVERIFY2(QFile::exists(QStringLiteral(SAFESCAN_SOURCE_DIR "/ui/icons/") + icon.mid(8)),
                     qPrintable(icon));
        }
    }

    void destinationHighlightsTheOwner()
    {
        Destination d;
        d.url = u"https://login.example.co.uk/a?b=<c>"_s;
        d.hostAscii = u"login.example.co.uk"_s;
        d.hostUnicode = d.hostAscii;
        d.registrableDomain = u"example.co.uk"_s;
        QCOMPARE(VerdictText::destinationHtml(d),
                 u"https://login.<b><u>example.co.uk</u></b>/a?b=&lt;c&gt;"_s);
        QVERIFY(VerdictText::punycodeHost(d).isEmpty());
    }

    void punycodeIsShownForUnicodeHosts()
    {
        const SafetyEngine safety;
        const Verdict verdict = safety.judge(PayloadParser::parse(u"https://bücher.example/x"_s));
        QCOMPARE(verdict.destination.hostAscii, u"xn--bcher-kva.example"_s);
        QCOMPARE(VerdictText::punycodeHost(verdict.destination), u"xn--bcher-kva.example"_s);
        QVERIFY(VerdictText::destinationHtml(verdict.destination).contains(u"bücher"_s));
    }

    void reasonsAreSentencesWorstFirst()
    {
        const SafetyEngine safety;
        const Verdict verdict = safety.judge(PayloadParser::parse(u"http://user@192.168.1.1:8081/login"_s));
        const QStringList sentences = VerdictText::reasonSentences(verdict);
        QCOMPARE(sentences.size(), verdict.reasons.size());
        QVERIFY(sentences.size() >= 2);
        for (const QString& sentence : sentences)
            QVERIFY2(sentence.size() > 10 && !sentence.contains(u'_'),
                     qPrintable(sentence)); // words, not codes
    }

    void fieldsOfAWifiPayloadHideThePassword()
    {
        const auto fields = PayloadFields::fields(PayloadParser::parse(u"WIFI:S:Home;T:WPA;P:s3cret;;"_s));
        bool sawPassword = false;
        for (const auto& field : fields)
            if (field.value == u"s3cret"_s)
                sawPassword = field.secret;
        QVERIFY(sawPassword);
        QCOMPARE(fields.first().value, u"Home"_s);
    }

    void vcardOfAMeCard()
    {
        const Payload payload =
            PayloadParser::parse(u"MECARD:N:Doe,Jane;TEL:+4930123;EMAIL:jane@example.com;;"_s);
        const auto* contact = payload.as<ContactPayload>();
        QVERIFY(contact);
        const QString vcf = PayloadFields::toVCard(*contact);
        QVERIFY(vcf.startsWith(u"BEGIN:VCARD\r\nVERSION:3.0\r\n"_s));
        QVERIFY(vcf.contains(u"TEL:+4930123\r\n"_s));
        QVERIFY(vcf.contains(u"EMAIL:jane@example.com\r\n"_s));
        QVERIFY(vcf.endsWith(u"END:VCARD\r\n"_s));
        ContactPayload tricky;
        tricky.name = u"A;B,C\nD"_s;
        QVERIFY(PayloadFields::toVCard(tricky).contains(u"FN:A\\;B\\,C\\nD\r\n"_s));
    }
};

QTEST_GUILESS_MAIN(TestPresentation)
#include "TestPresentation.moc"
