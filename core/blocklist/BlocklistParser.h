#pragma once

#include "BlocklistFormat.h"

#include <QIODevice>
#include <QList>
#include <QString>

#include <functional>

namespace SafeScan {

// One blocklist entry: a Safe Browsing lookup expression and what the feed says it is.
struct BlocklistEntry
{
    QString expression; // "host/path[?query]" or "host/"
    QString threat;     // "malware_download", "phishing", ...; empty when the feed does not say
    friend bool operator==(const BlocklistEntry&, const BlocklistEntry&) = default;
};

// A line that could not be used.
struct BlocklistIssue
{
    qint64 line = 0; // 1-based
    QString reason;
};

// What a parse produced. Good lines are kept even when others are bad.
struct ParsedBlocklist
{
    BlocklistFormat format = BlocklistFormat::Unknown;
    QList<BlocklistEntry> entries; // distinct expressions, in file order (the first one wins)
    qint64 lines = 0;              // lines read
    qint64 duplicates = 0;         // entries whose expression was already listed
    qint64 skipped = 0;            // valid lines deliberately left out (localhost, unverified phish)
    QList<BlocklistIssue> issues;  // the first maxIssues bad lines
    qint64 issueCount = 0;         // all bad lines
    qint64 bytesRead = 0;
    QString error; // set when nothing could be parsed at all (unknown format, unreadable device)

    bool ok() const { return error.isEmpty(); }
};

// Streams a feed from a QIODevice line by line (CRLF, BOM, missing final newline and binary data
// are all fine) and turns it into blocklist entries.
class BlocklistParser
{
public:
    struct Options
    {
        BlocklistFormat format = BlocklistFormat::Unknown; // Unknown: detect from the content
        int maxIssues = 100;
        qsizetype maxLineLength = 64 * 1024;
        std::function<void(qint64 bytesRead, qint64 totalBytes)> progress; // total -1 if unknown
    };

    BlocklistParser();
    explicit BlocklistParser(Options options);

    ParsedBlocklist parse(QIODevice& device) const;

private:
    Options m_options;
};

} // namespace SafeScan
