#include "payload/PayloadParser.h"
#include "safety/ReasonCatalog.h"
#include "safety/SafetyEngine.h"
#include "safety/VerdictJson.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace SafeScan;
using namespace Qt::StringLiterals;

namespace {
const SafetyEngine& engine()
{
    static const SafetyEngine instance;
    return instance;
}

QStringList codesOf(const Verdict& verdict)
{
    QStringList codes;
    for (const Reason& reason : verdict.reasons)
        codes.append(reason.codeName());
    return codes;
}
} // namespace

class TestSafetyEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Every check firing, and its near miss not firing.
    void checks_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("code"); // must be present, or absent when prefixed with '!'

        QTest::newRow("ip literal") << u"http://192.0.2.1/"_s << u"suspicious"_s << u"ip_literal_host"_s;
        QTest::newRow("ip literal private is milder")
            << u"http://192.168.1.1/"_s << u"no_known_risk"_s << u"ip_literal_host"_s;
        QTest::newRow("obfuscated ip") << u"http://3279880203/x"_s << u"dangerous"_s << u"obfuscated_ip"_s;
        QTest::newRow("named host is no ip")
            << u"https://example.com/"_s << u"no_known_risk"_s << u"!ip_literal_host"_s;
        QTest::newRow("userinfo domain")
            << u"https://www.paypal.com@evil.example/"_s << u"dangerous"_s << u"userinfo_domain"_s;
        QTest::newRow("userinfo") << u"http://user@example.net/"_s << u"suspicious"_s << u"userinfo"_s;
        QTest::newRow("no userinfo") << u"https://example.net/@user"_s << u"no_known_risk"_s
                                     << u"!userinfo"_s;
        QTest::newRow("lookalike digits")
            << u"https://paypa1.com/"_s << u"suspicious"_s << u"lookalike_domain"_s;
        QTest::newRow("lookalike edit")
            << u"https://amazom.com/"_s << u"suspicious"_s << u"lookalike_domain"_s;
        QTest::newRow("not a lookalike")
            << u"https://www.paypal.com/"_s << u"no_known_risk"_s << u"!lookalike_domain"_s;
        QTest::newRow("homograph") << u"https://\u0430\u0440\u0440\u04CF\u0435.com/"_s << u"dangerous"_s
                                   << u"homograph"_s;
        QTest::newRow("homograph punycode")
            << u"https://xn--80ak6aa92e.com/"_s << u"dangerous"_s << u"homograph"_s;
        QTest::newRow("whole script")
            << u"https://xn--80ak6aa92e.com/"_s << u"dangerous"_s << u"whole_script_confusable"_s;
        QTest::newRow("mixed script")
            << u"https://g\u043E\u043Egle.com/"_s << u"dangerous"_s << u"mixed_script"_s;
        QTest::newRow("idn ok") << u"https://m\u00FCnchen.de/"_s << u"no_known_risk"_s << u"!mixed_script"_s;
        QTest::newRow("cyrillic idn ok") << u"https://\u043F\u0440\u0438\u043C\u0435\u0440.\u0440\u0444/"_s
                                         << u"no_known_risk"_s << u"!whole_script_confusable"_s;
        QTest::newRow("japanese idn ok")
            << u"https://\u4F8B\u3048.jp/"_s << u"no_known_risk"_s << u"!mixed_script"_s;
        QTest::newRow("brand") << u"https://paypal.com.secure-login.example.com/"_s << u"suspicious"_s
                               << u"brand_in_foreign_domain"_s;
        QTest::newRow("brand on abuse tld") << u"https://paypal.com.secure-login.example.top/"_s
                                            << u"dangerous"_s << u"brand_in_foreign_domain"_s;
        QTest::newRow("brand at home")
            << u"https://www.paypal.com/signin"_s << u"no_known_risk"_s << u"!brand_in_foreign_domain"_s;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << u"dangerous"_s << u"script_scheme"_s;
        QTest::newRow("vbscript") << u"vbscript:msgbox(1)"_s << u"dangerous"_s << u"script_scheme"_s;
        QTest::newRow("data") << u"data:text/html,<b>hi</b>"_s << u"suspicious"_s << u"data_url"_s;
        QTest::newRow("file") << u"file:///etc/passwd"_s << u"suspicious"_s << u"file_url"_s;
        QTest::newRow("intent") << u"intent://x#Intent;scheme=a;end"_s << u"suspicious"_s << u"intent_url"_s;
        QTest::newRow("shortener") << u"https://bit.ly/abc"_s << u"suspicious"_s << u"shortener"_s;
        QTest::newRow("brand shortener")
            << u"https://youtu.be/abc"_s << u"no_known_risk"_s << u"!shortener"_s;
        QTest::newRow("abuse tld") << u"https://prize.zip/"_s << u"suspicious"_s << u"high_abuse_tld"_s;
        QTest::newRow("mild tld alone")
            << u"https://my-portfolio.xyz/"_s << u"no_known_risk"_s << u"high_abuse_tld"_s;
        QTest::newRow("ordinary tld")
            << u"https://example.de/"_s << u"no_known_risk"_s << u"!high_abuse_tld"_s;
        QTest::newRow("subdomains") << u"https://a.b.c.d.e.example.com/"_s << u"no_known_risk"_s
                                    << u"excessive_subdomains"_s;
        QTest::newRow("few subdomains")
            << u"https://www.shop.example.com/"_s << u"no_known_risk"_s << u"!excessive_subdomains"_s;
        QTest::newRow("length") << u"https://example.com/"_s + QString(400, u'a') << u"no_known_risk"_s
                                << u"excessive_length"_s;
        QTest::newRow("bidi") << u"https://example.com/\u202Egpj.exe"_s << u"suspicious"_s
                              << u"bidi_or_invisible"_s;
        QTest::newRow("escaped bidi")
            << u"https://example.com/%E2%80%AEfdp.scr"_s << u"suspicious"_s << u"bidi_or_invisible"_s;
        QTest::newRow("port") << u"https://example.com:8443/"_s << u"no_known_risk"_s
                              << u"nonstandard_port"_s;
        QTest::newRow("default port")
            << u"https://example.com:443/"_s << u"no_known_risk"_s << u"!nonstandard_port"_s;
        QTest::newRow("http login") << u"http://example.net/login.php"_s << u"suspicious"_s
                                    << u"http_login"_s;
        QTest::newRow("https login") << u"https://example.net/login.php"_s << u"no_known_risk"_s
                                     << u"!http_login"_s;
        QTest::newRow("http page") << u"http://example.net/menu"_s << u"no_known_risk"_s << u"!http_login"_s;
        QTest::newRow("wifi open") << u"WIFI:T:nopass;S:Free;;"_s << u"suspicious"_s << u"wifi_open"_s;
        QTest::newRow("wifi wep") << u"WIFI:T:WEP;S:Old;P:12345;;"_s << u"suspicious"_s << u"wifi_wep"_s;
        QTest::newRow("wifi wpa") << u"WIFI:T:WPA;S:Home;P:secret123;;"_s << u"no_known_risk"_s
                                  << u"!wifi_open"_s;
        QTest::newRow("otp") << u"otpauth://totp/X:a@b.c?secret=JBSWY3DPEHPK3PXP&issuer=X"_s
                             << u"no_known_risk"_s << u"otp_secret"_s;
        QTest::newRow("premium tel") << u"tel:+19005551234"_s << u"suspicious"_s << u"premium_number"_s;
        QTest::newRow("ordinary tel") << u"tel:+4930123456"_s << u"no_known_risk"_s << u"!premium_number"_s;
        QTest::newRow("sms short code") << u"SMSTO:88888:WIN"_s << u"suspicious"_s << u"premium_number"_s;
        QTest::newRow("payment") << u"bitcoin:1BoatSLRHtKNngkdXEeobR76b53LETtpyT?amount=1"_s
                                 << u"no_known_risk"_s << u"payment_request"_s;
        QTest::newRow("bad iban") << u"BCD\n002\n1\nSCT\n\nX\nDE89370400440532013001\nEUR1.00"_s
                                  << u"suspicious"_s << u"invalid_iban"_s;
        QTest::newRow("contact link")
            << u"MECARD:N:A;URL:http://192.0.2.3/x;;"_s << u"suspicious"_s << u"ip_literal_host"_s;
        QTest::newRow("event link")
            << u"BEGIN:VEVENT\nSUMMARY:x\nDTSTART:20261201T100000Z\nURL:https://bit.ly/x\nEND:VEVENT"_s
            << u"suspicious"_s << u"shortener"_s;
        QTest::newRow("text link") << u"Go to https://paypa1.com now"_s << u"suspicious"_s
                                   << u"lookalike_domain"_s;
        QTest::newRow("plain text") << u"just words"_s << u"no_known_risk"_s << u"!unparsable_url"_s;
        QTest::newRow("malformed url") << u"http://[::1"_s << u"unknown"_s << u"malformed_content"_s;
        QTest::newRow("malformed wifi")
            << u"WIFI:T:WPA;P:nossid;;"_s << u"unknown"_s << u"malformed_content"_s;
        QTest::newRow("unparsable link in text")
            << u"see http://[::1 there"_s << u"no_known_risk"_s << u"unparsable_url"_s;
    }
    void checks()
    {
        QFETCH(QString, input);
        QFETCH(QString, level);
        QFETCH(QString, code);
        const Verdict verdict = engine().judge(PayloadParser::parse(input));
        const QStringList codes = codesOf(verdict);
        QVERIFY2(ReasonCatalog::codeFromName(code.startsWith(u'!') ? code.mid(1) : code),
                 "unknown code in table");
        if (code.startsWith(u'!'))
            QVERIFY2(!codes.contains(code.mid(1)), qPrintable(codes.join(u',')));
        else
            QVERIFY2(codes.contains(code), qPrintable(codes.join(u',')));
        QCOMPARE(verdictLevelName(verdict.level), level);
        QCOMPARE(verdict.algorithm, SafetyEngine::algorithmVersion());
    }

    // Ordinary links: nothing may fire that alone would lift them above no_known_risk.
    void benignUrls_data()
    {
        QTest::addColumn<QString>("input");
        const QStringList urls = {
            u"https://www.nytimes.com/section/world"_s,
            u"https://www.bbc.co.uk/news"_s,
            u"https://www.amazon.de/dp/B08N5WRWNW?th=1"_s,
            u"https://www.ebay.com/itm/1234"_s,
            u"https://www.google.com/maps/place/Berlin/@52.52,13.40,12z"_s,
            u"https://maps.app.goo.gl/abcdEF123"_s,
            u"https://github.com/qt/qtbase"_s,
            u"https://gitlab.com/inkscape/inkscape"_s,
            u"https://www.gov.uk/"_s,
            u"https://www.usa.gov/"_s,
            u"https://www.bund.de/"_s,
            u"mailto:info@example.com"_s,
            u"tel:+4930123456"_s,
            u"WIFI:T:WPA;S:Home;P:pass1234;;"_s,
            u"https://www.xn--mnchen-3ya.de/"_s,
            u"https://www.wikipedia.org/"_s,
            u"https://www.youtube.com/watch?v=abc"_s,
            u"https://www.apple.com/iphone/"_s,
            u"https://accounts.google.com/signin/v2/identifier"_s,
            u"https://www.paypal.com/myaccount/summary"_s,
        };
        for (const QString& url : urls)
            QTest::newRow(qPrintable(url)) << url;
    }
    void benignUrls()
    {
        QFETCH(QString, input);
        const Verdict verdict = engine().judge(PayloadParser::parse(input));
        QCOMPARE(verdict.level, VerdictLevel::NoKnownRisk);
        for (const Reason& reason : verdict.reasons)
            QVERIFY2(reason.weight * 100 < SafetyEngine::suspiciousScore, qPrintable(reason.codeName()));
    }

    void destinationShowsTheRealSite()
    {
        const Verdict verdict =
            engine().judge(PayloadParser::parse(u"HTTPS://WWW.XN--MNCHEN-3YA.DE:443/a/../b#top"_s));
        const Destination& d = verdict.destination;
        QCOMPARE(d.url, u"https://www.xn--mnchen-3ya.de/b"_s);
        QCOMPARE(d.hostUnicode, u"www.m\u00FCnchen.de"_s);
        QCOMPARE(d.hostAscii, u"www.xn--mnchen-3ya.de"_s);
        QCOMPARE(d.registrableDomain, u"m\u00FCnchen.de"_s);
        QCOMPARE(d.publicSuffix, u"de"_s);
    }

    void blocklistHitIsDangerousAndNamesTheList()
    {
        const SafetyEngine withList([](const CanonicalUrl& url) {
            QList<BlocklistFinding> hits;
            if (url.host == u"evil.example"_s)
                hits.append({u"URLhaus"_s, u"evil.example/"_s, u"malware_download"_s});
            return hits;
        });
        const Verdict hit = withList.judge(PayloadParser::parse(u"https://evil.example/payload.exe"_s));
        QCOMPARE(hit.level, VerdictLevel::Dangerous);
        QCOMPARE(hit.reasons.first().code, ReasonCode::Blocklisted);
        QVERIFY(hit.reasons.first().message().contains(u"URLhaus"_s));
        QCOMPARE(hit.reasons.first().evidence, u"evil.example/"_s);
        QCOMPARE(withList.judge(PayloadParser::parse(u"https://good.example/"_s)).level,
                 VerdictLevel::NoKnownRisk);
    }

    void binaryIsUnknownNeverSafe()
    {
        const Verdict verdict = engine().judge(PayloadParser::parseBytes(QByteArray("\xff\xfe\x00\x01", 4)));
        QCOMPARE(verdict.level, VerdictLevel::Unknown);
        QVERIFY(verdict.hasReason(ReasonCode::BinaryContent));
    }

    void hugeAndMalformedInputsAreHandled_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("1 MB host") << u"https://"_s + QString(1 << 20, u'a') + u".com/"_s;
        QTest::newRow("1 MB path") << u"https://example.com/"_s + QString(1 << 20, u'%');
        QTest::newRow("1 MB escapes") << u"http://example.com/"_s + u"%25"_s.repeated(350'000);
        QTest::newRow("1 MB of dots") << u"http://"_s + QString(1 << 20, u'.');
        QTest::newRow("empty scheme") << u"://"_s;
        QTest::newRow("only scheme") << u"http://"_s;
        QTest::newRow("broken ipv6") << u"http://[::1"_s;
        QTest::newRow("control chars") << u"http://exa\u0001mple.com/\u0000"_s;
    }
    void hugeAndMalformedInputsAreHandled()
    {
        QFETCH(QString, input);
        QElapsedTimer timer;
        timer.start();
        const Verdict verdict = engine().judge(PayloadParser::parse(input));
        QVERIFY(verdict.level != VerdictLevel::Trusted);
        QVERIFY(!verdict.algorithm.isEmpty());
        // Not a timing test: a hang or quadratic blow-up would take minutes, not seconds.
        QVERIFY2(timer.elapsed() < 20'000, "judging took far too long");
    }

    void jsonShape()
    {
        const Verdict verdict = engine().judge(PayloadParser::parse(u"http://192.0.2.1/login"_s));
        const QJsonObject json = verdictToJson(verdict);
        QCOMPARE(json.value(u"level"_s).toString(), u"suspicious"_s);
        QVERIFY(json.value(u"score"_s).toInt() >= SafetyEngine::suspiciousScore);
        const QJsonObject reason = json.value(u"reasons"_s).toArray().first().toObject();
        QCOMPARE(reason.keys(), (QStringList{u"code"_s, u"evidence"_s, u"message"_s}));
        QVERIFY(!reason.value(u"message"_s).toString().isEmpty());
        QCOMPARE(json.value(u"destination"_s).toObject().value(u"host"_s).toString(), u"192.0.2.1"_s);
        QCOMPARE(json.value(u"algorithm"_s).toString(), SafetyEngine::algorithmVersion());
    }

    // verdictToJsonUtf8 (what the history stores) reads back as verdictToJson, with and without a
    // destination and reasons.
    void jsonTextMatchesObject()
    {
        const QStringList inputs{u"http://192.0.2.1/login"_s, u"just \"text\"\n"_s, u"tel:+41900123456"_s,
                                 u"https://xn--pypal-4ve.com/\u00e9"_s};
        for (const QString& input : inputs) {
            const Verdict verdict = engine().judge(PayloadParser::parse(input));
            const QJsonObject viaQt =
                QJsonDocument::fromJson(QJsonDocument(verdictToJson(verdict)).toJson(QJsonDocument::Compact))
                    .object();
            QCOMPARE(QJsonDocument::fromJson(verdictToJsonUtf8(verdict)).object(), viaQt);
        }
    }

    void combineNeverCallsUnjudgedContentSafe()
    {
        QCOMPARE(SafetyEngine::combine({}, false).level, VerdictLevel::Unknown);
        QCOMPARE(SafetyEngine::combine({}, true).level, VerdictLevel::NoKnownRisk);
        QCOMPARE(SafetyEngine::combine({ReasonCatalog::make(ReasonCode::ScriptScheme, {})}, true).level,
                 VerdictLevel::Dangerous);
    }
};

QTEST_GUILESS_MAIN(TestSafetyEngine)
#include "TestSafetyEngine.moc"
