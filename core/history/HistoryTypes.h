#pragma once

#include "payload/Payload.h"
#include "safety/Verdict.h"

#include <QByteArray>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SafeScan {

// A scan to remember. The store stamps the time (Clock::epochMs) and a fresh uuid.
struct NewScan
{
    QString content; // the decoded text as scanned
    Payload payload;
    Verdict verdict;                 // the verdict and its reasons at scan time
    QString source;                  // "camera", "file", "clipboard", "screen", "video" or "import"
    std::optional<QImage> thumbnail; // stored as PNG
};

// One row of the history, as stored (sensitive fields possibly redacted).
struct ScanRecord
{
    qint64 id = 0;
    QString uuid; // the client's record id, stable across devices
    QString content;
    bool contentRedacted = false;
    QString payloadType;
    QJsonObject payload; // payloadToJson() at scan time, redacted like content
    QString host;        // host of the destination (empty when there is none)
    QString verdictLevel;
    QJsonObject verdict; // verdictToJson() at scan time
    QString source;
    qint64 scannedAt = 0; // epoch ms
    bool pinned = false;
    QString note;
    bool hasThumbnail = false;
    QByteArray thumbnailPng; // filled by HistoryStore::get() only, not by query()
    QString syncState;       // "pending" or "synced"
    qint64 updatedAt = 0;    // epoch ms
    bool deleted = false;    // tombstone waiting for sync
};

// Where a page ended: the (scanned_at, id) of its last row. Pages go from newest to oldest.
struct PageCursor
{
    qint64 scannedAt = 0;
    qint64 id = 0;
    friend bool operator==(const PageCursor&, const PageCursor&) = default;
};

// A search whose terms are all shorter than 3 characters cannot use the trigram full-text index
// and is matched with LIKE row by row: it looks only at the newest kShortSearchScans scans
// (tombstones counted), so that it stays fast at a million rows. HistoryPage::recentOnly says so.
inline constexpr int kShortSearchScans = 10000;

struct HistoryQuery
{
    // Full text over content, note and host; any string is safe. Terms of 3 or more characters
    // search the whole history; with only shorter ones, see kShortSearchScans.
    QString search;
    QStringList types;          // payload type names; empty = any
    QStringList verdicts;       // verdict level names; empty = any
    QStringList sources;        // empty = any
    std::optional<qint64> from; // scanned_at >= from (epoch ms)
    std::optional<qint64> to;   // scanned_at < to (epoch ms)
    int limit = 50;             // 1..1000
    std::optional<PageCursor> after;
};

struct HistoryPage
{
    bool ok = false;
    QString error;
    QList<ScanRecord> records;
    std::optional<PageCursor> next; // set when more rows may follow
    // Only the newest kShortSearchScans scans were searched (every search term was shorter than 3
    // characters): older matches are not in this page nor the following ones.
    bool recentOnly = false;
};

struct SaveResult
{
    bool ok = false;
    QString error;
    QList<qint64> ids;         // in the order given, only after the transaction committed
    bool offTheRecord = false; // nothing was stored because off-the-record mode is on
};

// One pending sync mutation (table outbox).
struct OutboxMutation
{
    qint64 id = 0; // the increasing mutation id
    QString clientId;
    QString kind; // "scan_saved", "note", "pin", "delete", "vote", "report"
    QString recordUuid;
    QJsonObject body;
    qint64 createdAt = 0;
    int attempts = 0;
};

} // namespace SafeScan
