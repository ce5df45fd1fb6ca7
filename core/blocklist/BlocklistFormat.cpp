#include "BlocklistFormat.h"

#include "CsvLine.h"
#include "FeedText.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

constexpr int kDetectLines = 64;

struct FormatName
{
    BlocklistFormat format;
    QLatin1StringView name;
};

constexpr FormatName kNames[] = {
    {BlocklistFormat::UrlhausCsv, "urlhaus"_L1},
    {BlocklistFormat::OpenPhish, "openphish"_L1},
    {BlocklistFormat::PhishTank, "phishtank"_L1},
    {BlocklistFormat::HostList, "hosts"_L1},
};

constexpr FormatName kAliases[] = {
    {BlocklistFormat::UrlhausCsv, "urlhaus-csv"_L1}, {BlocklistFormat::HostList, "hostlist"_L1},
    {BlocklistFormat::HostList, "host-list"_L1},     {BlocklistFormat::HostList, "hosts-file"_L1},
    {BlocklistFormat::HostList, "host"_L1},          {BlocklistFormat::PhishTank, "phishtank-csv"_L1},
};

BlocklistFormat detectDataLine(QStringView line)
{
    if (line.startsWith("phish_id"_L1, Qt::CaseInsensitive))
        return BlocklistFormat::PhishTank;
    if (startsWithUrlScheme(line))
        return BlocklistFormat::OpenPhish;
    QStringList fields;
    QString error;
    if (line.contains(u',') && splitCsvLine(line, fields, error)) {
        // Without a header: PhishTank rows have the URL second, URLhaus rows third (after a date).
        if (fields.size() >= 2 && startsWithUrlScheme(fields.at(1)))
            return BlocklistFormat::PhishTank;
        if (fields.size() >= 3 && startsWithUrlScheme(fields.at(2)))
            return BlocklistFormat::UrlhausCsv;
        if (fields.size() >= 3 && fields.at(0) == "id"_L1 && fields.at(2) == "url"_L1)
            return BlocklistFormat::UrlhausCsv;
        return BlocklistFormat::Unknown;
    }
    return looksLikeHostLine(line) ? BlocklistFormat::HostList : BlocklistFormat::Unknown;
}

} // namespace

QString blocklistFormatName(BlocklistFormat format)
{
    for (const FormatName& entry : kNames) {
        if (entry.format == format)
            return entry.name;
    }
    return u"unknown"_s;
}

BlocklistFormat blocklistFormatFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const FormatName& entry : kNames) {
        if (trimmed.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.format;
    }
    for (const FormatName& entry : kAliases) {
        if (trimmed.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.format;
    }
    return BlocklistFormat::Unknown;
}

QStringList blocklistFormatNames()
{
    QStringList names;
    for (const FormatName& entry : kNames)
        names.append(entry.name);
    return names;
}

BlocklistFormat detectBlocklistFormat(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    if (head.contains('\0'))
        return BlocklistFormat::Unknown;
    bool urlhausComment = false;
    int seen = 0;
    qsizetype start = 0;
    while (start < head.size() && seen < kDetectLines) {
        qsizetype end = head.indexOf('\n', start);
        if (end < 0)
            end = head.size();
        const QString line = QString::fromUtf8(head.sliced(start, end - start)).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        ++seen;
        if (line.startsWith(u'#')) {
            urlhausComment = urlhausComment || line.contains("urlhaus"_L1, Qt::CaseInsensitive);
            continue;
        }
        // The first data line decides (URLhaus' plain-text feed is a URL list: OpenPhish format).
        return detectDataLine(line);
    }
    return urlhausComment ? BlocklistFormat::UrlhausCsv : BlocklistFormat::Unknown;
}

} // namespace SafeScan
