#include "SafetyData.h"

#include "SafetyLog.h"

#include <QFile>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
QString readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcSafety) << "missing built-in safety data" << path;
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

// Non-empty, non-comment lines split on whitespace.
QList<QStringList> records(const QString& text)
{
    QList<QStringList> result;
    for (QStringView line : QStringView(text).split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList fields;
        for (QStringView field : line.split(u' ', Qt::SkipEmptyParts))
            fields.append(field.toString());
        result.append(fields);
    }
    return result;
}

QString asciiDomain(const QString& domain)
{
    return QString::fromLatin1(QUrl::toAce(domain.toLower()));
}
} // namespace

const SafetyData& SafetyData::builtin()
{
    static const SafetyData data = fromText(readResource(u":/safescan/safety/popular-domains.txt"_s),
                                            readResource(u":/safescan/safety/shorteners.txt"_s),
                                            readResource(u":/safescan/safety/tld-scores.txt"_s));
    return data;
}

SafetyData SafetyData::fromText(const QString& popularDomains, const QString& shorteners,
                                const QString& tldScores)
{
    SafetyData data;
    for (const QStringList& fields : records(popularDomains)) {
        const QString domain = asciiDomain(fields.at(0));
        if (domain.isEmpty() || data.m_popularSet.contains(domain))
            continue;
        const QString brand = fields.value(1).toLower();
        data.m_popular.append({domain, brand});
        data.m_popularSet.insert(domain);
        if (!brand.isEmpty())
            data.m_brandDomains[brand].insert(domain);
    }
    for (const QStringList& fields : records(shorteners)) {
        const QString host = asciiDomain(fields.at(0));
        if (!host.isEmpty())
            data.m_shorteners.insert(host);
    }
    for (const QStringList& fields : records(tldScores)) {
        bool ok = false;
        const double score = fields.value(1).toDouble(&ok);
        if (ok && score >= 0 && score <= 1)
            data.m_tldScores.insert(fields.at(0).toLower(), score);
    }
    return data;
}

} // namespace SafeScan
