#include "BlocklistParser.h"

#include "BlocklistExpressions.h"
#include "BlocklistLog.h"
#include "CsvLine.h"
#include "FeedText.h"
#include "LineReader.h"

#include <QSet>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

constexpr qint64 kDetectBytes = 16 * 1024;

// URLhaus CSV columns: id, dateadded, url, url_status, last_online, threat, tags, urlhaus_link, ...
constexpr int kUrlhausUrl = 2;
constexpr int kUrlhausThreat = 5;

// One parse: the state that lives as long as one file.
class ParseRun
{
public:
    ParseRun(const BlocklistParser::Options& options, ParsedBlocklist& out)
        : m_options(options)
        , m_out(out)
    {}

    void line(qint64 number, QStringView text)
    {
        switch (m_out.format) {
        case BlocklistFormat::UrlhausCsv:
            return urlhaus(number, text);
        case BlocklistFormat::OpenPhish:
            return openPhish(number, text);
        case BlocklistFormat::PhishTank:
            return phishTank(number, text);
        case BlocklistFormat::HostList:
            return hostList(number, text);
        case BlocklistFormat::Unknown:
            return;
        }
    }

    void issue(qint64 number, const QString& reason)
    {
        ++m_out.issueCount;
        if (m_out.issues.size() < m_options.maxIssues)
            m_out.issues.append({number, reason});
    }

private:
    void urlhaus(qint64 number, QStringView text)
    {
        if (text.startsWith(u'#'))
            return;
        QStringList fields;
        QString error;
        if (!splitCsvLine(text, fields, error))
            return issue(number, error);
        if (fields.size() <= kUrlhausUrl)
            return issue(number, u"expected at least 3 columns, found %1"_s.arg(fields.size()));
        if (fields.at(0) == "id"_L1 && fields.at(kUrlhausUrl) == "url"_L1)
            return; // an unquoted header line
        QString threat = fields.value(kUrlhausThreat).trimmed();
        addUrl(number, fields.at(kUrlhausUrl), threat.isEmpty() ? u"malware"_s : threat);
    }

    void openPhish(qint64 number, QStringView text)
    {
        if (text.startsWith(u'#'))
            return;
        addUrl(number, text, u"phishing"_s);
    }

    void phishTank(qint64 number, QStringView text)
    {
        QStringList fields;
        QString error;
        if (!splitCsvLine(text, fields, error))
            return issue(number, error);
        if (!m_sawFirstRow) {
            m_sawFirstRow = true;
            if (fields.value(0).trimmed().compare("phish_id"_L1, Qt::CaseInsensitive) == 0)
                return readPhishTankHeader(number, fields);
        }
        if (fields.size() <= m_urlColumn)
            return issue(number,
                         u"expected at least %1 columns, found %2"_s.arg(m_urlColumn + 1).arg(fields.size()));
        if (m_verifiedColumn >= 0 &&
            fields.value(m_verifiedColumn).trimmed().compare("no"_L1, Qt::CaseInsensitive) == 0) {
            ++m_out.skipped; // an unverified submission, not a confirmed phish
            return;
        }
        addUrl(number, fields.at(m_urlColumn), u"phishing"_s);
    }

    void readPhishTankHeader(qint64 number, const QStringList& header)
    {
        m_urlColumn = -1;
        m_verifiedColumn = -1;
        for (int i = 0; i < header.size(); ++i) {
            const QString name = header.at(i).trimmed().toLower();
            if (name == "url"_L1)
                m_urlColumn = i;
            else if (name == "verified"_L1)
                m_verifiedColumn = i;
        }
        if (m_urlColumn < 0) {
            issue(number, u"the header has no \"url\" column; assuming the second column"_s);
            m_urlColumn = 1;
        }
    }

    void hostList(qint64 number, QStringView text)
    {
        const HostLine hostLine = splitHostLine(text);
        if (!hostLine.error.isEmpty())
            return issue(number, hostLine.error);
        for (const QString& host : hostLine.hosts) {
            if (isLocalHostName(host)) {
                ++m_out.skipped;
                continue;
            }
            const BlocklistExpressions::Result result = BlocklistExpressions::forHost(host);
            if (result.expression.isEmpty())
                issue(number, u"\"%1\": %2"_s.arg(host.left(80), result.error));
            else
                add(result.expression, {});
        }
    }

    void addUrl(qint64 number, QStringView url, const QString& threat)
    {
        url = url.trimmed();
        if (!startsWithUrlScheme(url))
            return issue(number, u"\"%1\" is not a URL"_s.arg(url.left(80)));
        const BlocklistExpressions::Result result = BlocklistExpressions::forUrl(url);
        if (result.expression.isEmpty())
            return issue(number, u"\"%1\": %2"_s.arg(url.left(80), result.error));
        add(result.expression, threat);
    }

    void add(const QString& expression, const QString& threat)
    {
        if (m_seen.contains(expression)) {
            ++m_out.duplicates;
            return;
        }
        m_seen.insert(expression);
        m_out.entries.append({expression, threat});
    }

    const BlocklistParser::Options& m_options;
    ParsedBlocklist& m_out;
    QSet<QString> m_seen;
    bool m_sawFirstRow = false;
    int m_urlColumn = 1; // PhishTank columns when there is no header
    int m_verifiedColumn = 4;
};

} // namespace

BlocklistParser::BlocklistParser()
    : BlocklistParser(Options{})
{}

BlocklistParser::BlocklistParser(Options options)
    : m_options(std::move(options))
{}

ParsedBlocklist BlocklistParser::parse(QIODevice& device) const
{
    ParsedBlocklist result;
    if (!device.isOpen() || !device.isReadable()) {
        result.error = u"the input is not open for reading"_s;
        return result;
    }
    result.format = m_options.format;
    if (result.format == BlocklistFormat::Unknown) {
        result.format = detectBlocklistFormat(device.peek(kDetectBytes));
        if (result.format == BlocklistFormat::Unknown) {
            result.error = u"cannot tell the format from the content (empty, binary, or none of %1); "
                           u"give the format explicitly"_s.arg(blocklistFormatNames().join(u", "_s));
            return result;
        }
        qCDebug(lcBlocklist) << "Detected format" << blocklistFormatName(result.format);
    }

    ParseRun run(m_options, result);
    LineReader reader(device, m_options.maxLineLength);
    if (m_options.progress)
        reader.setProgress(m_options.progress);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    while (reader.next()) {
        const qint64 number = reader.lineNumber();
        const QByteArray& bytes = reader.line();
        if (reader.overlong()) {
            run.issue(number, u"the line is longer than %1 bytes"_s.arg(m_options.maxLineLength));
            continue;
        }
        if (bytes.contains('\0')) {
            run.issue(number, u"the line holds binary data"_s);
            continue;
        }
        utf8.resetState();
        const QString text = utf8(bytes);
        if (utf8.hasError()) {
            run.issue(number, u"the line is not valid UTF-8"_s);
            continue;
        }
        const QStringView trimmed = QStringView(text).trimmed();
        if (!trimmed.isEmpty())
            run.line(number, trimmed);
    }
    reader.finish();
    result.lines = reader.lineNumber();
    result.bytesRead = reader.bytesRead();
    if (!reader.errorString().isEmpty())
        result.error = u"reading stopped at line %1: %2"_s.arg(result.lines + 1).arg(reader.errorString());
    qCInfo(lcBlocklist) << "Parsed" << result.lines << "lines as" << blocklistFormatName(result.format) << ":"
                        << result.entries.size() << "entries," << result.duplicates << "duplicates,"
                        << result.skipped << "skipped," << result.issueCount << "bad lines";
    return result;
}

} // namespace SafeScan
