#include "Redaction.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

const QString kWifi = u"wifi"_s;
const QString kOtp = u"otp"_s;

// Replaces `text[begin, end)` by the mask unless it is empty; records whether a secret is (now) masked.
void maskRange(QString& text, qsizetype begin, qsizetype end, bool& redacted)
{
    if (end <= begin)
        return;
    redacted = true;
    text.replace(begin, end - begin, Redaction::mask());
}

} // namespace

bool Redaction::hasSecrets(const QString& payloadType)
{
    return payloadType == kWifi || payloadType == kOtp;
}

QString Redaction::mask()
{
    return u"\u2022\u2022\u2022\u2022"_s;
}

// WIFI:S:<ssid>;T:<type>;P:<password>;; with '\' escaping ';', ',', ':' and '\'. Fields are walked
// one by one so that a "P:" inside another field's value is left alone.
QString Redaction::redactWifi(const QString& content, bool& redacted)
{
    QString text = content;
    const qsizetype start = text.indexOf(u':');
    if (start < 0)
        return text;
    qsizetype pos = start + 1;
    while (pos < text.size()) {
        qsizetype end = pos;
        while (end < text.size() && text.at(end) != u';') {
            if (text.at(end) == u'\\')
                ++end;
            ++end;
        }
        end = std::min(end, text.size());
        const QStringView field = QStringView(text).sliced(pos, end - pos).trimmed();
        if (field.size() >= 2 && field.first().toUpper() == u'P' && field.at(1) == u':') {
            const qsizetype valueBegin = text.indexOf(u':', pos) + 1;
            const qsizetype before = text.size();
            maskRange(text, valueBegin, end, redacted);
            end += text.size() - before;
        }
        pos = end + 1;
    }
    return text;
}

// otpauth://totp/label?secret=XXXX&issuer=...: the value of every "secret" parameter.
QString Redaction::redactOtp(const QString& content, bool& redacted)
{
    QString text = content;
    const qsizetype query = text.indexOf(u'?');
    if (query < 0)
        return text;
    qsizetype pos = query + 1;
    while (pos < text.size()) {
        qsizetype end = pos;
        while (end < text.size() && text.at(end) != u'&' && text.at(end) != u'#')
            ++end;
        const QStringView param = QStringView(text).sliced(pos, end - pos);
        if (param.startsWith(u"secret=", Qt::CaseInsensitive)) {
            const qsizetype before = text.size();
            maskRange(text, pos + 7, end, redacted);
            end += text.size() - before;
        }
        if (end < text.size() && text.at(end) == u'#')
            break;
        pos = end + 1;
    }
    return text;
}

QString Redaction::redactContent(const QString& payloadType, const QString& content, bool* redacted)
{
    bool masked = false;
    QString result = content;
    if (payloadType == kWifi)
        result = redactWifi(content, masked);
    else if (payloadType == kOtp)
        result = redactOtp(content, masked);
    if (redacted)
        *redacted = masked;
    return result;
}

RedactedScan Redaction::redact(const QString& payloadType, const QString& content, const QJsonObject& payload)
{
    RedactedScan result;
    result.content = redactContent(payloadType, content, &result.redacted);
    result.payload = payload;
    const QString field = payloadType == kWifi  ? u"password"_s
                          : payloadType == kOtp ? u"secret"_s
                                                : QString();
    if (field.isEmpty())
        return result;
    if (!result.payload.value(field).toString().isEmpty()) {
        result.payload.insert(field, mask());
        result.redacted = true;
    }
    if (result.payload.contains(u"raw"_s)) {
        const QString raw = result.payload.value(u"raw"_s).toString();
        bool rawMasked = false;
        result.payload.insert(u"raw"_s, redactContent(payloadType, raw, &rawMasked));
        result.redacted = result.redacted || rawMasked;
    }
    return result;
}

} // namespace SafeScan
