#include "VerdictJson.h"

#include "payload/JsonWriter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SafeScan {

QJsonObject verdictToJson(const Verdict& verdict)
{
    QJsonArray reasons;
    for (const Reason& reason : verdict.reasons)
        reasons.append(QJsonObject{
            {u"code"_s, reason.codeName()},
            {u"message"_s, reason.message()},
            {u"evidence"_s, reason.evidence},
        });
    QJsonValue destination = QJsonValue::Null;
    if (!verdict.destination.isEmpty()) {
        const Destination& d = verdict.destination;
        destination = QJsonObject{
            {u"url"_s, d.url},
            {u"scheme"_s, d.scheme},
            {u"host"_s, d.hostUnicode},
            {u"host_ascii"_s, d.hostAscii},
            {u"registrable_domain"_s, d.registrableDomain},
            {u"public_suffix"_s, d.publicSuffix},
        };
    }
    return QJsonObject{
        {u"level"_s, verdictLevelName(verdict.level)},
        {u"score"_s, verdict.score},
        {u"reasons"_s, reasons},
        {u"destination"_s, destination},
        {u"algorithm"_s, verdict.algorithm},
    };
}

QByteArray verdictToJsonUtf8(const Verdict& verdict)
{
    QByteArray bytes;
    bytes.reserve(160 + verdict.destination.url.size() * 2);
    JsonWriter writer(bytes);
    writer.beginObject();
    writer.field("level", verdictLevelName(verdict.level));
    writer.field("score", verdict.score);
    writer.key("reasons");
    writer.beginArray();
    for (const Reason& reason : verdict.reasons) {
        writer.beginObject();
        writer.field("code", reason.codeName());
        writer.field("message", reason.message());
        writer.field("evidence", reason.evidence);
        writer.endObject();
    }
    writer.endArray();
    writer.key("destination");
    if (verdict.destination.isEmpty()) {
        writer.null();
    } else {
        const Destination& d = verdict.destination;
        writer.beginObject();
        writer.field("url", d.url);
        writer.field("scheme", d.scheme);
        writer.field("host", d.hostUnicode);
        writer.field("host_ascii", d.hostAscii);
        writer.field("registrable_domain", d.registrableDomain);
        writer.field("public_suffix", d.publicSuffix);
        writer.endObject();
    }
    writer.field("algorithm", verdict.algorithm);
    writer.endObject();
    return bytes;
}

QString verdictToText(const Verdict& verdict, const QString& indent)
{
    QString text =
        indent + u"verdict: %1 (risk %2)\n"_s.arg(verdictLevelName(verdict.level)).arg(verdict.score);
    const Destination& d = verdict.destination;
    if (!d.isEmpty()) {
        text += indent + u"opens: %1\n"_s.arg(d.url);
        if (!d.registrableDomain.isEmpty())
            text += indent + u"site: %1"_s.arg(d.registrableDomain) +
                    (d.hostUnicode != d.hostAscii ? u" (%1)\n"_s.arg(d.hostAscii) : u"\n"_s);
    }
    for (const Reason& reason : verdict.reasons)
        text += indent + u"- %1 [%2]\n"_s.arg(reason.message(), reason.codeName());
    return text;
}

} // namespace SafeScan
