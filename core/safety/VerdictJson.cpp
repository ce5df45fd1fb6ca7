#include "VerdictJson.h"

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
