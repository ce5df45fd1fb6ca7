#include "HistoryExport.h"

#include "HistoryLog.h"
#include "HistorySql.h"
#include "HistoryStore.h"
#include "Redaction.h"
#include "store/Database.h"
#include "store/SqlError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace SafeScan {

using namespace HistorySql;

namespace {

QString csvField(const QString& value)
{
    if (!value.contains(u'"') && !value.contains(u',') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString isoTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

ScanRecord exported(const ScanRecord& record, ExportSecrets secrets)
{
    ScanRecord out = record;
    if (secrets == ExportSecrets::Redacted) {
        const RedactedScan redacted = Redaction::redact(record.payloadType, record.content, record.payload);
        out.content = redacted.content;
        out.payload = redacted.payload;
        out.contentRedacted = record.contentRedacted || redacted.redacted;
    }
    return out;
}

} // namespace

HistoryExport::HistoryExport(Database& database, HistoryStore& store)
    : m_database(database)
    , m_store(store)
{}

QStringList HistoryExport::csvHeader()
{
    return {u"id"_s,
            u"uuid"_s,
            u"scanned_at"_s,
            u"scanned_at_iso"_s,
            u"payload_type"_s,
            u"content"_s,
            u"content_redacted"_s,
            u"host"_s,
            u"verdict_level"_s,
            u"source"_s,
            u"pinned"_s,
            u"note"_s};
}

QJsonObject HistoryExport::recordToJson(const ScanRecord& source, ExportSecrets secrets)
{
    const ScanRecord record = exported(source, secrets);
    return {{u"id"_s, record.id},
            {u"uuid"_s, record.uuid},
            {u"content"_s, record.content},
            {u"content_redacted"_s, record.contentRedacted},
            {u"payload_type"_s, record.payloadType},
            {u"payload"_s, record.payload},
            {u"host"_s, record.host},
            {u"verdict_level"_s, record.verdictLevel},
            {u"verdict"_s, record.verdict},
            {u"source"_s, record.source},
            {u"scanned_at"_s, record.scannedAt},
            {u"scanned_at_iso"_s, isoTime(record.scannedAt)},
            {u"pinned"_s, record.pinned},
            {u"note"_s, record.note.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(record.note)},
            {u"thumbnail_png"_s, record.thumbnailPng.isEmpty()
                                     ? QJsonValue(QJsonValue::Null)
                                     : QJsonValue(QString::fromLatin1(record.thumbnailPng.toBase64()))}};
}

ExportResult HistoryExport::exportToFile(const QString& path, ExportFormat format, ExportSecrets secrets,
                                         const HistoryProgress& progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        ExportResult result;
        result.error = u"Cannot write \"%1\": %2"_s.arg(path, file.errorString());
        return result;
    }
    ExportResult result = exportTo(file, format, secrets, progress);
    if (!result.ok) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) {
        result.ok = false;
        result.error = u"Cannot write \"%1\": %2"_s.arg(path, file.errorString());
    }
    return result;
}

ExportResult HistoryExport::exportTo(QIODevice& device, ExportFormat format, ExportSecrets secrets,
                                     const HistoryProgress& progress)
{
    ExportResult result;
    const auto failed = [&](const QString& why) {
        result.ok = false;
        result.error = u"Cannot export the history: "_s + why;
        qCWarning(lcHistory).noquote() << result.error;
        return result;
    };
    QString error;
    const qint64 total = m_store.count({}, &error);
    if (total < 0)
        return failed(error);
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return failed(m_database.errorString());
    // One read transaction: a consistent snapshot while writers go on (WAL).
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT "_s + scanColumns(true) +
                    u" FROM scans s WHERE s.deleted = 0 "
                    u"ORDER BY s.scanned_at, s.id"_s))
        return failed(sqlErrorText(query.lastError()));

    const auto write = [&](const QString& text) { return device.write(text.toUtf8()) >= 0; };
    bool ok = format == ExportFormat::Json ? write(u"["_s) : write(csvHeader().join(u',') + u"\r\n"_s);
    while (ok && query.next()) {
        const ScanRecord record = readScan(query, true);
        if (format == ExportFormat::Json) {
            const QByteArray json =
                QJsonDocument(recordToJson(record, secrets)).toJson(QJsonDocument::Compact);
            ok = device.write(result.exported ? ",\n" : "\n") >= 0 && device.write(json) >= 0;
        } else {
            const ScanRecord r = exported(record, secrets);
            const QStringList fields{
                QString::number(r.id), r.uuid,    QString::number(r.scannedAt),        isoTime(r.scannedAt),
                r.payloadType,         r.content, r.contentRedacted ? u"1"_s : u"0"_s, r.host,
                r.verdictLevel,        r.source,  r.pinned ? u"1"_s : u"0"_s,          r.note};
            QStringList quoted;
            for (const QString& field : fields)
                quoted.append(csvField(field));
            ok = write(quoted.join(u',') + u"\r\n"_s);
        }
        if (ok) {
            ++result.exported;
            if (progress)
                progress(result.exported, std::max(total, result.exported));
        }
    }
    if (ok && format == ExportFormat::Json)
        ok = write(u"\n]\n"_s);
    if (!ok)
        return failed(device.errorString());
    if (query.lastError().isValid())
        return failed(sqlErrorText(query.lastError()));
    result.ok = true;
    qCInfo(lcHistory) << "Exported" << result.exported << "scan(s)";
    return result;
}

} // namespace SafeScan
