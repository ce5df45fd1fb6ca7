#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace SafeScan {

// The feed formats SafeScan imports (SPEC §6).
enum class BlocklistFormat
{
    Unknown,    // not given / not recognised
    UrlhausCsv, // abuse.ch URLhaus csv_recent / csv_online: '#' comments, quoted CSV, url in column 3
    OpenPhish,  // one URL per line
    PhishTank,  // CSV with header phish_id,url,phish_detail_url,submission_time,verified,...
    HostList,   // one host per line, or hosts-file lines "0.0.0.0 host"
};

// Stable lower-case names, as stored in blocklist_sources.format and given to --format:
// "urlhaus", "openphish", "phishtank", "hosts" ("unknown" for Unknown).
QString blocklistFormatName(BlocklistFormat format);
// Accepts the names above (any case) and a few aliases ("urlhaus-csv", "hostlist", "host-list",
// "hosts-file", "auto" -> Unknown). Unknown for anything else.
BlocklistFormat blocklistFormatFromName(QStringView name);
QStringList blocklistFormatNames();

// Guesses the format from the first bytes of a file (a few KiB are plenty). Unknown for binary
// data, an empty file, or content that fits no format.
BlocklistFormat detectBlocklistFormat(QByteArrayView head);

} // namespace SafeScan
