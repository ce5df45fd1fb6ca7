#include "payload/PayloadParser.h"

#include "payload/PayloadFormats.h"
#include "payload/PayloadLog.h"
#include "payload/PayloadText.h"

#include <QStringDecoder>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace SafeScan {

using namespace PayloadInternal;

namespace {

using FormatParser = FormatResult (*)(QStringView);

struct KnownPrefix
{
    QLatin1StringView prefix; // matched case-insensitively
    QLatin1StringView what;   // for the fallback note: "Not read as <what>: ..."
    FormatParser parser;
};

// Longer prefixes before their own prefixes ("smsto:" before "sms:").
constexpr std::array kKnownPrefixes{
    KnownPrefix{"WIFI:"_L1, "a Wi-Fi network"_L1, parseWifi},
    KnownPrefix{"MECARD:"_L1, "a MeCard contact"_L1, parseMeCard},
    KnownPrefix{"BEGIN:VCARD"_L1, "a vCard contact"_L1, parseVCard},
    KnownPrefix{"BEGIN:VCALENDAR"_L1, "a calendar event"_L1, parseEvent},
    KnownPrefix{"BEGIN:VEVENT"_L1, "a calendar event"_L1, parseEvent},
    KnownPrefix{"MATMSG:"_L1, "an e-mail message"_L1, parseMatmsg},
    KnownPrefix{"mailto:"_L1, "an e-mail address"_L1, parseMailto},
    KnownPrefix{"smsto:"_L1, "a text message"_L1, parseSms},
    KnownPrefix{"sms:"_L1, "a text message"_L1, parseSms},
    KnownPrefix{"mmsto:"_L1, "a text message"_L1, parseSms},
    KnownPrefix{"mms:"_L1, "a text message"_L1, parseSms},
    KnownPrefix{"tel:"_L1, "a phone number"_L1, parseTel},
    KnownPrefix{"geo:"_L1, "a location"_L1, parseGeo},
    KnownPrefix{"otpauth:"_L1, "a one-time password key"_L1, parseOtp},
    KnownPrefix{"bitcoin:"_L1, "a crypto payment"_L1, parseBip21},
    KnownPrefix{"bitcoincash:"_L1, "a crypto payment"_L1, parseBip21},
    KnownPrefix{"litecoin:"_L1, "a crypto payment"_L1, parseBip21},
    KnownPrefix{"dogecoin:"_L1, "a crypto payment"_L1, parseBip21},
    KnownPrefix{"ethereum:"_L1, "a crypto payment"_L1, parseEip681},
};

bool containsSpace(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

// "<scheme>:" with an RFC 3986 scheme of two or more characters (one letter is a drive, "C:\").
// Text with white space is a sentence ("Note: ..."), except after the web schemes, where it is a
// broken URL worth a note.
bool looksLikeUri(QStringView text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon < 2 || !isUriScheme(text.first(colon)))
        return false;
    if (!containsSpace(text))
        return true;
    const QStringView scheme = text.first(colon);
    return scheme.compare("http"_L1, Qt::CaseInsensitive) == 0 ||
           scheme.compare("https"_L1, Qt::CaseInsensitive) == 0;
}

// "www." followed by a host of three or more dot-separated labels, and no white space.
bool looksLikeBareWww(QStringView text)
{
    if (!startsWithCi(text, "www."_L1) || containsSpace(text))
        return false;
    qsizetype end = 0;
    while (end < text.size() && !QStringView(u"/?#:").contains(text[end]))
        ++end;
    const QList<QStringView> labels = text.first(end).split(u'.');
    if (labels.size() < 3 || allAsciiDigits(labels.last()))
        return false;
    return std::all_of(labels.begin(), labels.end(), [](QStringView label) {
        return !label.isEmpty() && std::all_of(label.begin(), label.end(), [](QChar c) {
            return isAsciiLetter(c) || isAsciiDigit(c) || c == u'-' || c.unicode() > 0x7f;
        });
    });
}

FormatParser parserFor(QStringView trimmed, QLatin1StringView* what)
{
    for (const KnownPrefix& known : kKnownPrefixes) {
        if (startsWithCi(trimmed, known.prefix)) {
            *what = known.what;
            return known.parser;
        }
    }
    if (isEpcBlock(trimmed)) {
        *what = "an EPC payment"_L1;
        return parseEpc;
    }
    if (looksLikeBareWww(trimmed)) { // before URIs: "www.example.com:8080" is not scheme "www.example.com"
        *what = "a web address"_L1;
        return parseBareWww;
    }
    if (looksLikeUri(trimmed)) {
        *what = "a URL"_L1;
        return parseUrl;
    }
    return nullptr;
}

} // namespace

Payload PayloadParser::parse(const QString& text)
{
    Payload payload;
    payload.text = text;
    const QStringView trimmed = QStringView(text).trimmed();
    QLatin1StringView what;
    const FormatParser parser = parserFor(trimmed, &what);
    if (!parser)
        return payload;

    FormatResult result = parser(trimmed);
    if (!result.ok()) {
        qCDebug(lcPayload) << "not read as" << what; // the error may quote the content: not logged
        payload.notes.append(u"Not read as %1: %2"_s.arg(what, result.error));
        return payload;
    }
    payload.type = result.type;
    payload.data = std::move(result.data);
    payload.notes = std::move(result.notes);
    return payload;
}

Payload PayloadParser::parseBytes(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    const bool hasNul = bytes.contains('\0');
    if (!decoder.hasError() && !hasNul)
        return parse(text);

    Payload payload;
    payload.type = PayloadType::Binary;
    payload.bytes = bytes;
    payload.text = std::move(text);
    payload.notes.append(hasNul && !decoder.hasError() ? u"Binary data: the content holds NUL bytes"_s
                                                       : u"Binary data: the content is not valid UTF-8"_s);
    return payload;
}

} // namespace SafeScan
