// BlocklistParser: URLhaus, OpenPhish, PhishTank and host lists into lookup expressions.
#include "blocklist/BlocklistParser.h"

#include <QBuffer>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace SafeScan;

using Entries = QList<BlocklistEntry>;
using Lines = QList<qint64>;

Q_DECLARE_METATYPE(BlocklistFormat)

namespace {

// A pipe-like device (stdin, a download stream): sequential, size unknown.
class PipeDevice : public QIODevice
{
public:
    explicit PipeDevice(QByteArray data)
        : m_data(std::move(data))
    {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_offset + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (m_offset >= m_data.size())
            return -1;
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_offset);
        std::copy_n(m_data.constData() + m_offset, n, data);
        m_offset += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

ParsedBlocklist parseBytes(const QByteArray& bytes, BlocklistFormat format = BlocklistFormat::Unknown,
                           int maxIssues = 100)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    BlocklistParser::Options options;
    options.format = format;
    options.maxIssues = maxIssues;
    return BlocklistParser(options).parse(buffer);
}

Lines issueLines(const ParsedBlocklist& parsed)
{
    Lines lines;
    for (const BlocklistIssue& issue : parsed.issues)
        lines.append(issue.line);
    return lines;
}

const QByteArray kUrlhaus =
    "################################################################\n"
    "# abuse.ch URLhaus Database Dump (CSV - recent URLs)            #\n"
    "################################################################\n"
    "#\n"
    "# id,dateadded,url,url_status,last_online,threat,tags,urlhaus_link,reporter\n"
    "\"3012345\",\"2025-11-20 10:00:01\",\"http://1.2.3.4:8080/bins/Mozi.m\",\"online\","
    "\"2025-11-20 10:00:01\",\"malware_download\",\"32-bit,elf,mips,Mozi\","
    "\"https://urlhaus.abuse.ch/url/3012345/\",\"lrz_urlhaus\"\n"
    "\"3012344\",\"2025-11-20 09:59:00\",\"https://Evil.Example/drop/payload.exe?id=7\","
    "\"offline\",\"\",\"\",\"exe\",\"https://urlhaus.abuse.ch/url/3012344/\",\"anon\"\n";

} // namespace

class TestBlocklistParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void detect_data();
    void detect();
    void formatNames_data();
    void formatNames();
    void issuesAreBounded();
    void binaryGarbage_data();
    void binaryGarbage();
    void hugeLineWithoutBreak();
    void sequentialDevice();
    void progress();
    void unreadableDevice();
};

void TestBlocklistParser::parse_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<BlocklistFormat>("format"); // Unknown: detect
    QTest::addColumn<BlocklistFormat>("detected");
    QTest::addColumn<Entries>("entries");
    QTest::addColumn<Lines>("badLines");
    QTest::addColumn<qint64>("skipped");
    QTest::addColumn<qint64>("duplicates");

    const auto A = BlocklistFormat::Unknown;
    const auto U = BlocklistFormat::UrlhausCsv;
    const auto O = BlocklistFormat::OpenPhish;
    const auto P = BlocklistFormat::PhishTank;
    const auto H = BlocklistFormat::HostList;
    const Entries urlhausEntries{{u"1.2.3.4/bins/Mozi.m"_s, u"malware_download"_s},
                                 {u"evil.example/drop/payload.exe?id=7"_s, u"malware"_s}};

    QTest::newRow("urlhaus") << kUrlhaus << A << U << urlhausEntries << Lines() << 0LL << 0LL;
    QByteArray crlf = "\xEF\xBB\xBF" + kUrlhaus;
    crlf.replace("\n", "\r\n");
    crlf.chop(2);
    QTest::newRow("urlhaus, BOM, CRLF, no final newline")
        << crlf << A << U << urlhausEntries << Lines() << 0LL << 0LL;
    QTest::newRow("urlhaus, bad rows kept apart")
        << kUrlhaus +
               "\"1\",\"2025\",\"http://ok.example/a\nunquoted,but,short\n\"2\",\"x\"\n\"3\",\"2025\","
               "\"not a "
               "url\",\"online\"\n\"4\",\"2025\",\"http://ok.example/b\",\"online\",\"\",\"botnet_cc\"\n"
        << U << U << (urlhausEntries + Entries{{u"ok.example/b"_s, u"botnet_cc"_s}}) << Lines{8, 9, 10, 11}
        << 0LL << 0LL;

    QTest::newRow("openphish")
        << QByteArray("https://Login.Bank.Example/secure/index.php\nhttp://phish.example/a?b=c#frag\n\n"
                      "https://phish.example/a?b=c\nnot-a-url\n")
        << A << O
        << Entries{{u"login.bank.example/secure/index.php"_s, u"phishing"_s},
                   {u"phish.example/a?b=c"_s, u"phishing"_s}}
        << Lines{5} << 0LL << 1LL;

    const QByteArray phishTankHeader =
        "phish_id,url,phish_detail_url,submission_time,verified,verification_time,online,target\n";
    QTest::newRow("phishtank, quoting")
        << phishTankHeader +
               "9001,https://pay.example/login,http://www.phishtank.com/phish_detail.php?phish_id=9001,"
               "2025-11-20T10:00:00+00:00,yes,2025-11-20T10:05:00+00:00,yes,\"PayPal, Inc.\"\n"
               "9002,\"https://q.example/a,b?x=\"\"y\"\"\",http://d/9002,2025,yes,2025,yes,\"Say "
               "\"\"hi\"\"\"\n"
               "9003,https://unverified.example/,http://d/9003,2025,no,,yes,Other\n"
        << A << P
        << Entries{{u"pay.example/login"_s, u"phishing"_s}, {u"q.example/a,b?x=\"y\""_s, u"phishing"_s}}
        << Lines() << 1LL << 0LL;
    QTest::newRow("phishtank, bad rows")
        << phishTankHeader +
               "9004\n9005,\"https://open.example/\n9006,https://fine.example/x,d,t,yes,t,yes,T\n"
        << P << P << Entries{{u"fine.example/x"_s, u"phishing"_s}} << Lines{2, 3} << 0LL << 0LL;
    QTest::newRow("phishtank, other column order")
        << QByteArray("phish_id,verified,url\n1,yes,http://reordered.example/\n2,no,http://skip.example/\n")
        << A << P << Entries{{u"reordered.example/"_s, u"phishing"_s}} << Lines() << 1LL << 0LL;

    QTest::newRow("host list")
        << QByteArray("# my list\n\nEvil.Example\n  tabbed.example\t# why\n*.wild.example\nfqdn.example.\n"
                      "evil.example\n")
        << A << H
        << Entries{{u"evil.example/"_s, {}},
                   {u"tabbed.example/"_s, {}},
                   {u"wild.example/"_s, {}},
                   {u"fqdn.example/"_s, {}}}
        << Lines() << 0LL << 1LL;
    QTest::newRow("hosts file") << QByteArray(
                                       "127.0.0.1 localhost\n::1 localhost ip6-localhost\n0.0.0.0 0.0.0.0\n"
                                       "0.0.0.0 ads.example # ads\n127.0.0.1\ttrack.example  pixel.example\n"
                                       "0.0.0.0 bad host\n203.0.113.9\nhttp://url.example/\nsingle\n")
                                << A << H
                                << Entries{{u"ads.example/"_s, {}},
                                           {u"track.example/"_s, {}},
                                           {u"pixel.example/"_s, {}},
                                           {u"203.0.113.9/"_s, {}}}
                                << Lines{6, 8, 9} << 4LL << 0LL;
    QTest::newRow("url list read as hosts")
        << QByteArray("https://x.example/\n") << H << H << Entries() << Lines{1} << 0LL << 0LL;
    QTest::newRow("empty, explicit") << QByteArray() << O << O << Entries() << Lines() << 0LL << 0LL;
}

void TestBlocklistParser::parse()
{
    QFETCH(QByteArray, content);
    QFETCH(BlocklistFormat, format);
    QFETCH(BlocklistFormat, detected);
    QFETCH(Entries, entries);
    QFETCH(Lines, badLines);
    QFETCH(qint64, skipped);
    QFETCH(qint64, duplicates);

    const ParsedBlocklist parsed = parseBytes(content, format);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.format, detected);
    QCOMPARE(parsed.entries, entries);
    QCOMPARE(issueLines(parsed), badLines);
    QCOMPARE(parsed.issueCount, badLines.size());
    for (const BlocklistIssue& issue : parsed.issues)
        QVERIFY(!issue.reason.isEmpty());
    QCOMPARE(parsed.skipped, skipped);
    QCOMPARE(parsed.duplicates, duplicates);
    QCOMPARE(parsed.bytesRead, content.size());
}

void TestBlocklistParser::detect_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<BlocklistFormat>("format");

    QTest::newRow("urlhaus") << kUrlhaus << BlocklistFormat::UrlhausCsv;
    QTest::newRow("urlhaus comments only") << kUrlhaus.left(200) << BlocklistFormat::UrlhausCsv;
    QTest::newRow("urlhaus text feed is a url list")
        << QByteArray("# URLhaus online URLs\nhttp://a.example/x\n") << BlocklistFormat::OpenPhish;
    QTest::newRow("openphish") << QByteArray("https://a.example/\n") << BlocklistFormat::OpenPhish;
    QTest::newRow("phishtank") << QByteArray("phish_id,url,phish_detail_url\n") << BlocklistFormat::PhishTank;
    QTest::newRow("phishtank no header")
        << QByteArray("1,http://a.example/,http://d/1,2025,yes,2025,yes,Other\n")
        << BlocklistFormat::PhishTank;
    QTest::newRow("hosts") << QByteArray("# hosts\n0.0.0.0 a.example\n") << BlocklistFormat::HostList;
    QTest::newRow("host names, BOM") << QByteArray("\xEF\xBB\xBF"
                                                   "a.example\r\n")
                                     << BlocklistFormat::HostList;
    QTest::newRow("empty") << QByteArray() << BlocklistFormat::Unknown;
    QTest::newRow("comments only") << QByteArray("# nothing\n#\n") << BlocklistFormat::Unknown;
    QTest::newRow("prose") << QByteArray("Dear customer, hello\n") << BlocklistFormat::Unknown;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << BlocklistFormat::Unknown;
}

void TestBlocklistParser::detect()
{
    QFETCH(QByteArray, head);
    QTEST(detectBlocklistFormat(head), "format");
}

void TestBlocklistParser::formatNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<BlocklistFormat>("format");
    QTest::newRow("urlhaus") << u"urlhaus"_s << BlocklistFormat::UrlhausCsv;
    QTest::newRow("openphish") << u"openphish"_s << BlocklistFormat::OpenPhish;
    QTest::newRow("phishtank") << u"phishtank"_s << BlocklistFormat::PhishTank;
    QTest::newRow("hosts") << u"hosts"_s << BlocklistFormat::HostList;
}

void TestBlocklistParser::formatNames()
{
    QFETCH(QString, name);
    QFETCH(BlocklistFormat, format);
    QCOMPARE(blocklistFormatName(format), name);
    QCOMPARE(blocklistFormatFromName(name.toUpper()), format);
    QCOMPARE(blocklistFormatFromName(u"auto"_s), BlocklistFormat::Unknown);
    QVERIFY(blocklistFormatNames().contains(name));
}

void TestBlocklistParser::issuesAreBounded()
{
    QByteArray content;
    for (int i = 0; i < 500; ++i)
        content +=
            "not a url " + QByteArray::number(i) + "\nhttp://ok" + QByteArray::number(i) + ".example/\n";
    const ParsedBlocklist parsed = parseBytes(content, BlocklistFormat::OpenPhish, 10);
    QCOMPARE(parsed.entries.size(), 500);
    QCOMPARE(parsed.issueCount, 500);
    QCOMPARE(parsed.issues.size(), 10);
    QCOMPARE(parsed.issues.first().line, 1);
    QCOMPARE(parsed.issues.last().line, 19);
}

void TestBlocklistParser::binaryGarbage_data()
{
    QTest::addColumn<BlocklistFormat>("format");
    QTest::newRow("urlhaus") << BlocklistFormat::UrlhausCsv;
    QTest::newRow("openphish") << BlocklistFormat::OpenPhish;
    QTest::newRow("phishtank") << BlocklistFormat::PhishTank;
    QTest::newRow("hosts") << BlocklistFormat::HostList;
}

void TestBlocklistParser::binaryGarbage()
{
    QFETCH(BlocklistFormat, format);
    QByteArray garbage(1 << 20, Qt::Uninitialized);
    quint32 state = 12345;
    for (char& byte : garbage) {
        state = state * 1103515245u + 12345u;
        byte = char(state >> 24);
    }
    QVERIFY(!parseBytes(garbage).ok()); // not detected as anything
    const ParsedBlocklist parsed = parseBytes(garbage, format);
    QVERIFY(parsed.ok());
    QVERIFY(parsed.entries.isEmpty());
    QVERIFY(parsed.issueCount > 1000);
    QCOMPARE(parsed.issues.size(), 100);
    QCOMPARE(parsed.bytesRead, garbage.size());
}

void TestBlocklistParser::hugeLineWithoutBreak()
{
    QByteArray content =
        "http://first.example/\n" + QByteArray(50 * 1024 * 1024, 'a') + "\nhttp://last.example/";
    const ParsedBlocklist parsed = parseBytes(content);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.entries.size(), 2);
    QCOMPARE(parsed.lines, 3);
    QCOMPARE(issueLines(parsed), Lines{2});
    QVERIFY(parsed.issues.first().reason.contains(u"longer than"_s));
}

void TestBlocklistParser::sequentialDevice()
{
    PipeDevice buffer("0.0.0.0 a.example\n0.0.0.0 b.example\n");
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QList<qint64> totals;
    BlocklistParser::Options options;
    options.progress = [&](qint64, qint64 total) { totals.append(total); };
    const ParsedBlocklist parsed = BlocklistParser(options).parse(buffer);
    QCOMPARE(parsed.format, BlocklistFormat::HostList);
    QCOMPARE(parsed.entries.size(), 2);
    QVERIFY(!totals.isEmpty());
    QCOMPARE(totals.last(), -1);
}

void TestBlocklistParser::progress()
{
    QByteArray content;
    for (int i = 0; content.size() < 3 * 1024 * 1024; ++i)
        content += "https://site" + QByteArray::number(i) + ".example/some/longer/path/to/page.html\n";
    QBuffer buffer(&content);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QList<qint64> done;
    BlocklistParser::Options options;
    options.progress = [&](qint64 bytesRead, qint64 total) {
        QCOMPARE(total, content.size());
        done.append(bytesRead);
    };
    const ParsedBlocklist parsed = BlocklistParser(options).parse(buffer);
    QVERIFY(parsed.ok());
    QVERIFY(done.size() >= 10);
    QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
    QCOMPARE(done.last(), content.size());
}

void TestBlocklistParser::unreadableDevice()
{
    QBuffer closed;
    const ParsedBlocklist parsed = BlocklistParser().parse(closed);
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.error.contains(u"not open"_s));
}

QTEST_GUILESS_MAIN(TestBlocklistParser)
#include "TestBlocklistParser.moc"
