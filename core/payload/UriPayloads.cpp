// URL, tel: and sms: payloads.
#include "payload/PayloadFormats.h"
#include "payload/PayloadText.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace SafeScan::PayloadInternal {

namespace {

bool needsHost(QStringView scheme)
{
    static constexpr std::array kHostSchemes{"http"_L1, "https"_L1, "ftp"_L1, "ftps"_L1, "ws"_L1, "wss"_L1};
    return std::find(kHostSchemes.begin(), kHostSchemes.end(), scheme) != kHostSchemes.end();
}

bool hasDigit(QStringView text)
{
    return std::any_of(text.begin(), text.end(), isAsciiDigit);
}

FormatResult urlResult(const QString& url, QStringList notes)
{
    const QUrl parsed(url, QUrl::TolerantMode);
    if (!parsed.isValid())
        return FormatResult::failure(elided(parsed.errorString(), 200));
    const QString scheme = parsed.scheme().toLower();
    if (needsHost(scheme) && parsed.host().isEmpty())
        return FormatResult::failure(u"the %1 URL has no host"_s.arg(scheme));
    return FormatResult::success(PayloadType::Url, UrlPayload{url, scheme, parsed}, std::move(notes));
}

} // namespace

FormatResult parseUrl(QStringView text)
{
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); }))
        return FormatResult::failure(u"the URL contains white space"_s);
    return urlResult(text.toString(), {});
}

FormatResult parseBareWww(QStringView text)
{
    return urlResult(u"http://"_s + text.toString(), {u"No scheme given: http:// assumed"_s});
}

FormatResult parseTel(QStringView text)
{
    const QString number = percentDecode(afterScheme(text)).trimmed();
    if (!hasDigit(number))
        return FormatResult::failure(u"the number has no digits"_s);
    return FormatResult::success(PayloadType::Phone, PhonePayload{number});
}

// "SMSTO:<number>:<body>" (body literal) or RFC 5724 "sms:<number>[;params][?body=...]".
FormatResult parseSms(QStringView text)
{
    SmsPayload sms;
    const bool smsto = startsWithCi(text, "smsto:"_L1) || startsWithCi(text, "mmsto:"_L1);
    const QStringView rest = afterScheme(text);
    if (smsto) {
        const qsizetype colon = rest.indexOf(u':');
        sms.number = (colon < 0 ? rest : rest.first(colon)).trimmed().toString();
        sms.body = colon < 0 ? QString() : rest.sliced(colon + 1).toString();
    } else {
        const qsizetype question = rest.indexOf(u'?');
        QStringView recipients = question < 0 ? rest : rest.first(question);
        if (const qsizetype semicolon = recipients.indexOf(u';'); semicolon >= 0)
            recipients = recipients.first(semicolon); // ";via=..." and other parameters
        if (const qsizetype colon = recipients.indexOf(u':'); colon >= 0 && question < 0) {
            sms.body = percentDecode(recipients.sliced(colon + 1)); // non-standard "sms:<number>:<body>"
            recipients = recipients.first(colon);
        }
        sms.number = percentDecode(recipients).trimmed();
        if (question >= 0) {
            for (const QueryItem& item : parseQuery(rest.sliced(question + 1))) {
                if (item.is("body"_L1))
                    sms.body = item.value;
            }
        }
    }
    if (!hasDigit(sms.number))
        return FormatResult::failure(u"no recipient number"_s);
    return FormatResult::success(PayloadType::Sms, std::move(sms));
}

} // namespace SafeScan::PayloadInternal
