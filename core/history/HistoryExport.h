#pragma once

#include "HistoryTypes.h"

#include <QIODevice>
#include <QJsonObject>

#include <functional>

namespace SafeScan {

class Database;
class HistoryStore;

enum class ExportFormat
{
    Csv, // RFC 4180: UTF-8 without BOM, CRLF line ends, a header row
    Json // an array of objects with the field names of recordToJson()
};

enum class ExportSecrets
{
    AsStored, // the content as stored (redacted only if it was stored redacted)
    Redacted  // Wi-Fi passwords and OTP secrets masked in the export even if stored in the clear
};

// (done, total) after each record.
using HistoryProgress = std::function<void(qint64 done, qint64 total)>;

struct ExportResult
{
    bool ok = false;
    QString error;
    qint64 exported = 0;
};

struct ImportProblem
{
    qsizetype index = 0; // 0-based position in the JSON array
    QString reason;
};

struct ImportReport
{
    bool ok = false; // false when the file could not be read at all or the store failed
    QString error;
    qint64 imported = 0;
    qint64 duplicates = 0;    // skipped: same uuid, or same content and scanned_at, as a stored scan
    QList<ImportProblem> bad; // skipped: not a valid record; the others are kept
    QList<qint64> ids;        // of the imported scans
};

// Export and import of the live history (tombstones are left out). Exports go oldest first.
class HistoryExport
{
public:
    HistoryExport(Database& database, HistoryStore& store);

    ExportResult exportTo(QIODevice& device, ExportFormat format, ExportSecrets secrets,
                          const HistoryProgress& progress = {});
    // Written through QSaveFile: a failed export leaves no half file behind.
    ExportResult exportToFile(const QString& path, ExportFormat format, ExportSecrets secrets,
                              const HistoryProgress& progress = {});

    // Imports a JSON array as written by exportTo(Json). Good records are stored (in batches, each
    // with its outbox mutations), duplicates skipped, bad ones reported with their index.
    ImportReport importJson(QIODevice& device, const HistoryProgress& progress = {});
    ImportReport importJsonFile(const QString& path, const HistoryProgress& progress = {});

    // {"id", "uuid", "content", "content_redacted", "payload_type", "payload", "host", "verdict_level",
    //  "verdict", "source", "scanned_at" (epoch ms), "scanned_at_iso", "pinned", "note",
    //  "thumbnail_png" (base64 or null)}
    static QJsonObject recordToJson(const ScanRecord& record, ExportSecrets secrets);
    // The reverse; nullopt with `reason` set for an invalid record.
    static std::optional<ScanRecord> recordFromJson(const QJsonValue& value, QString& reason);
    static QStringList csvHeader();

private:
    Database& m_database;
    HistoryStore& m_store;
};

} // namespace SafeScan
