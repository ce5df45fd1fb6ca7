#pragma once

#include "BlocklistParser.h"

#include <QIODevice>
#include <QString>

#include <functional>

namespace SafeScan {

class BlocklistStore;

struct BlocklistImportRequest
{
    QString name;                                      // the source; empty: the file's base name
    QString origin;                                    // provenance: empty: the file's absolute path
    BlocklistFormat format = BlocklistFormat::Unknown; // Unknown: detect from the content
    int maxIssues = 100;
    std::function<void(qint64 bytesRead, qint64 totalBytes)> progress;
};

struct BlocklistImportReport
{
    bool ok = false;
    QString error;
    QString name;
    ParsedBlocklist parsed; // counts and bad lines; `entries` is emptied once stored
    qint64 stored = 0;      // entries now stored for the source
};

// Parses a feed and replaces the source's entries with it. A parse that found bad lines but no
// usable entry, or stopped on a read error, changes nothing (a broken download must not wipe a
// list); a well-formed empty file empties the source.
BlocklistImportReport importBlocklist(BlocklistStore& store, QIODevice& device,
                                      const BlocklistImportRequest& request);
BlocklistImportReport importBlocklistFile(BlocklistStore& store, const QString& path,
                                          BlocklistImportRequest request);

} // namespace SafeScan
