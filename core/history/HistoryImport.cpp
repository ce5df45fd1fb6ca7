// HistoryExport: import from JSON.
#include "HistoryExport.h"
#include "HistoryLog.h"
#include "HistorySql.h"
#include "HistoryStore.h"
#include "Redaction.h"
#include "store/Database.h"
#include "store/SqlError.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace SafeScan {

using namespace HistorySql;

namespace {

constexpr qsizetype kImportBatch = 500;
const QStringList kSources{u"camera"_s, u"file"_s, u"clipboard"_s, u"screen"_s, u"video"_s, u"import"_s};

QString contentKey(const QString& content, qint64 scannedAt)
{
    return QString::number(scannedAt) + u'\x1f' + content;
}

} // namespace

std::optional<ScanRecord> HistoryExport::recordFromJson(const QJsonValue& value, QString& reason)
{
    if (!value.isObject()) {
        reason = u"not a JSON object"_s;
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    const auto optionalString = [&](const QString& key, QString& out) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString()) {
            reason = u"\"%1\" is not a string"_s.arg(key);
            return false;
        }
        out = v.toString();
        return true;
    };
    const auto optionalObject = [&](const QString& key, QJsonObject& out) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isObject()) {
            reason = u"\"%1\" is not an object"_s.arg(key);
            return false;
        }
        out = v.toObject();
        return true;
    };
    ScanRecord record;
    const QJsonValue content = o.value(u"content"_s);
    if (!content.isString() || content.toString().isEmpty()) {
        reason = u"\"content\" is missing or not a non-empty string"_s;
        return std::nullopt;
    }
    record.content = content.toString();
    const QJsonValue at = o.value(u"scanned_at"_s);
    const double atValue = at.toDouble(-1);
    if (!at.isDouble() || atValue < 0 || atValue > double(kMaxScannedAt) || atValue != qint64(atValue)) {
        reason = u"\"scanned_at\" is missing or not a time in milliseconds since 1970"_s;
        return std::nullopt;
    }
    record.scannedAt = qint64(atValue);
    if (!optionalString(u"uuid"_s, record.uuid) || !optionalString(u"payload_type"_s, record.payloadType) ||
        !optionalString(u"host"_s, record.host) || !optionalString(u"verdict_level"_s, record.verdictLevel) ||
        !optionalString(u"source"_s, record.source) || !optionalString(u"note"_s, record.note) ||
        !optionalObject(u"payload"_s, record.payload) || !optionalObject(u"verdict"_s, record.verdict))
        return std::nullopt;
    if (record.uuid.size() > 100) {
        reason = u"\"uuid\" is too long"_s;
        return std::nullopt;
    }
    if (record.payloadType.isEmpty())
        record.payloadType = u"text"_s;
    if (!payloadTypeFromName(record.payloadType)) {
        reason = u"unknown payload type \"%1\""_s.arg(record.payloadType);
        return std::nullopt;
    }
    if (record.source.isEmpty())
        record.source = u"import"_s;
    if (!kSources.contains(record.source)) {
        reason = u"unknown source \"%1\""_s.arg(record.source);
        return std::nullopt;
    }
    for (const QString& key : {u"pinned"_s, u"content_redacted"_s}) {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isBool()) {
            reason = u"\"%1\" is not true or false"_s.arg(key);
            return std::nullopt;
        }
    }
    record.pinned = o.value(u"pinned"_s).toBool();
    record.contentRedacted = o.value(u"content_redacted"_s).toBool();
    QString thumbnail;
    if (!optionalString(u"thumbnail_png"_s, thumbnail))
        return std::nullopt;
    if (!thumbnail.isEmpty()) {
        auto decoded =
            QByteArray::fromBase64Encoding(thumbnail.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            reason = u"\"thumbnail_png\" is not base64"_s;
            return std::nullopt;
        }
        record.thumbnailPng = *decoded;
    }
    return record;
}

ImportReport HistoryExport::importJsonFile(const QString& path, const HistoryProgress& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportReport report;
        report.error = u"Cannot read \"%1\": %2"_s.arg(path, file.errorString());
        return report;
    }
    return importJson(file, progress);
}

ImportReport HistoryExport::importJson(QIODevice& device, const HistoryProgress& progress)
{
    ImportReport report;
    const auto failed = [&](const QString& why) {
        report.ok = false;
        report.error = u"Cannot import the history: "_s + why;
        qCWarning(lcHistory).noquote() << report.error;
        return report;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(device.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed(u"not JSON (%1 at byte %2)"_s.arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isArray())
        return failed(u"the file holds no JSON array of scans"_s);
    const QJsonArray array = document.array();
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return failed(m_database.errorString());
    QSqlQuery byUuid(db);
    byUuid.prepare(u"SELECT 1 FROM scans WHERE uuid = ?"_s);
    QSqlQuery byContent(db);
    // scans_by_time finds the few scans of that millisecond; no index over whole contents needed.
    byContent.prepare(u"SELECT 1 FROM scans WHERE scanned_at = ? AND content = ? LIMIT 1"_s);
    const auto exists = [&](QSqlQuery& query, const QVariantList& values, bool& found) {
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec())
            return false;
        found = query.next();
        query.finish();
        return true;
    };

    QSet<QString> seenUuids;
    QSet<QString> seenContent;
    QList<ScanRecord> batch;
    const auto flush = [&]() {
        if (batch.isEmpty())
            return true;
        const SaveResult saved = m_store.insertRecords(batch);
        batch.clear();
        if (!saved.ok) {
            report.error = saved.error;
            return false;
        }
        report.ids += saved.ids;
        report.imported += saved.ids.size();
        return true;
    };
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString reason;
        std::optional<ScanRecord> record = recordFromJson(array.at(i), reason);
        if (!record) {
            report.bad.append({i, reason});
        } else {
            const QString stored = Redaction::redactContent(record->payloadType, record->content);
            bool duplicate = (!record->uuid.isEmpty() && seenUuids.contains(record->uuid)) ||
                             seenContent.contains(contentKey(record->content, record->scannedAt)) ||
                             seenContent.contains(contentKey(stored, record->scannedAt));
            bool found = false;
            if (!duplicate && !record->uuid.isEmpty()) {
                if (!exists(byUuid, {record->uuid}, found))
                    return failed(sqlErrorText(byUuid.lastError()));
                duplicate = found;
            }
            for (const QString& content : {record->content, stored}) {
                if (duplicate)
                    break;
                if (!exists(byContent, {record->scannedAt, content}, found))
                    return failed(sqlErrorText(byContent.lastError()));
                duplicate = found;
            }
            if (duplicate) {
                ++report.duplicates;
            } else {
                if (!record->uuid.isEmpty())
                    seenUuids.insert(record->uuid);
                seenContent.insert(contentKey(record->content, record->scannedAt));
                seenContent.insert(contentKey(stored, record->scannedAt));
                batch.append(std::move(*record));
                if (batch.size() >= kImportBatch && !flush())
                    return failed(report.error);
            }
        }
        if (progress)
            progress(i + 1, array.size());
    }
    if (!flush())
        return failed(report.error);
    report.ok = true;
    qCInfo(lcHistory) << "Imported" << report.imported << "scan(s);" << report.duplicates
                      << "duplicate(s) and" << report.bad.size() << "bad record(s) skipped";
    return report;
}

} // namespace SafeScan
