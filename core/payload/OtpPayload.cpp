// otpauth://totp|hotp/LABEL?secret=...&issuer=...&algorithm=...&digits=...&period=...&counter=...
#include "payload/PayloadFormats.h"
#include "payload/PayloadText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SafeScan::PayloadInternal {

namespace {

// RFC 4648 base32 without padding: A-Z, 2-7, and a length a whole number of bits can give.
bool isBase32(QStringView secret)
{
    const qsizetype rest = secret.size() % 8;
    if (secret.isEmpty() || rest == 1 || rest == 3 || rest == 6)
        return false;
    return std::all_of(secret.begin(), secret.end(),
                       [](QChar c) { return (c >= u'A' && c <= u'Z') || (c >= u'2' && c <= u'7'); });
}

std::optional<qint64> parseNumber(const QString& text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

} // namespace

FormatResult parseOtp(QStringView text)
{
    QStringView rest = text.sliced(text.indexOf(u':') + 1);
    if (!rest.startsWith(u"//"))
        return FormatResult::failure(u"expected otpauth://TYPE/LABEL"_s);
    rest = rest.sliced(2);
    const qsizetype question = rest.indexOf(u'?');
    const QStringView path = question < 0 ? rest : rest.first(question);
    const qsizetype slash = path.indexOf(u'/');

    OtpPayload otp;
    otp.kind = (slash < 0 ? path : path.first(slash)).toString().toLower();
    if (otp.kind != "totp"_L1 && otp.kind != "hotp"_L1)
        return FormatResult::failure(u"unknown OTP type %1"_s.arg(quoted(otp.kind)));
    otp.label = slash < 0 ? QString() : percentDecode(path.sliced(slash + 1)).trimmed();
    const qsizetype colon = otp.label.indexOf(u':');
    const QString labelIssuer = colon < 0 ? QString() : otp.label.first(colon).trimmed();
    otp.account = (colon < 0 ? otp.label : otp.label.sliced(colon + 1)).trimmed();
    otp.algorithm = u"SHA1"_s;
    otp.period = otp.kind == "totp"_L1 ? 30 : 0;

    QStringList notes;
    bool haveSecret = false;
    const QList<QueryItem> items = question < 0 ? QList<QueryItem>() : parseQuery(rest.sliced(question + 1));
    for (const QueryItem& item : items) {
        if (item.is("secret"_L1)) {
            haveSecret = true;
            otp.secret = item.value.toUpper().remove(u' ');
            while (otp.secret.endsWith(u'='))
                otp.secret.chop(1);
        } else if (item.is("issuer"_L1)) {
            otp.issuer = item.value.trimmed();
        } else if (item.is("algorithm"_L1)) {
            otp.algorithm = item.value.trimmed().toUpper();
            if (otp.algorithm != "SHA1"_L1 && otp.algorithm != "SHA256"_L1 && otp.algorithm != "SHA512"_L1)
                return FormatResult::failure(u"unsupported algorithm %1"_s.arg(quoted(item.value)));
        } else if (item.is("digits"_L1)) {
            const std::optional<qint64> digits = parseNumber(item.value);
            if (!digits || *digits < 4 || *digits > 10)
                return FormatResult::failure(
                    u"digits %1 is not a number from 4 to 10"_s.arg(quoted(item.value)));
            otp.digits = static_cast<int>(*digits);
        } else if (item.is("period"_L1) && otp.kind == "totp"_L1) {
            const std::optional<qint64> period = parseNumber(item.value);
            if (!period || *period < 1 || *period > 86400)
                return FormatResult::failure(
                    u"period %1 is not a number of seconds"_s.arg(quoted(item.value)));
            otp.period = static_cast<int>(*period);
        } else if (item.is("counter"_L1) && otp.kind == "hotp"_L1) {
            otp.counter = parseNumber(item.value);
            if (!otp.counter || *otp.counter < 0)
                return FormatResult::failure(u"counter %1 is not a number"_s.arg(quoted(item.value)));
        }
    }
    if (!haveSecret || otp.secret.isEmpty())
        return FormatResult::failure(u"no secret"_s);
    if (!isBase32(otp.secret))
        return FormatResult::failure(u"the secret is not valid base32"_s);
    if (otp.issuer.isEmpty())
        otp.issuer = labelIssuer;
    else if (!labelIssuer.isEmpty() && labelIssuer != otp.issuer)
        notes.append(
            u"The issuer %1 differs from the label's %2"_s.arg(quoted(otp.issuer), quoted(labelIssuer)));
    if (otp.kind == "hotp"_L1 && !otp.counter)
        notes.append(u"The HOTP key has no counter"_s);
    return FormatResult::success(PayloadType::Otp, std::move(otp), std::move(notes));
}

} // namespace SafeScan::PayloadInternal
