#include "HistoryRemote.h"

#include "HistorySql.h"
#include "Redaction.h"
#include "store/SqlError.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SafeScan::HistoryRemote {

using namespace HistorySql;

namespace {

const QString kKindList = u"'scan_saved', 'note', 'pin', 'delete'"_s;

bool exec(QSqlQuery& query, QString& error)
{
    if (query.exec())
        return true;
    error = sqlErrorText(query.lastError());
    return false;
}

bool dropPending(QSqlDatabase& db, const QString& uuid, QString& error)
{
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM outbox WHERE record_uuid = ? AND kind IN ("_s + kKindList + u')');
    query.addBindValue(uuid);
    return exec(query, error);
}

// The next free sort_key of the millisecond `scannedAt` (see HistoryMigration).
std::optional<qint64> nextSortKey(QSqlDatabase& db, qint64 scannedAt, QString& error)
{
    const qint64 base = scannedAt << kSortKeyShift;
    QSqlQuery query(db);
    query.prepare(u"SELECT max(sort_key) FROM scans WHERE sort_key BETWEEN ? AND ?"_s);
    query.addBindValue(base);
    query.addBindValue(base + (qint64(1) << kSortKeyShift) - 1);
    if (!exec(query, error) || !query.next()) {
        if (error.isEmpty())
            error = u"no answer for the sort key"_s;
        return std::nullopt;
    }
    const qint64 key = query.value(0).isNull() ? base : query.value(0).toLongLong() + 1;
    if (key - base >= (qint64(1) << kSortKeyShift)) {
        error = u"too many scans at the same millisecond %1"_s.arg(scannedAt);
        return std::nullopt;
    }
    return key;
}

} // namespace

QStringList historyKinds()
{
    return {u"scan_saved"_s, u"note"_s, u"pin"_s, u"delete"_s};
}

std::optional<LocalVersion> version(QSqlDatabase& db, const QString& uuid, QString& error)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT deleted, updated_at, EXISTS(SELECT 1 FROM outbox WHERE record_uuid = scans.uuid "
                  u"AND kind IN ("_s +
                  kKindList + u")) FROM scans WHERE uuid = ?"_s);
    query.addBindValue(uuid);
    if (!exec(query, error))
        return std::nullopt;
    LocalVersion local;
    if (query.next()) {
        local.exists = true;
        local.deleted = query.value(0).toBool();
        local.updatedAt = query.value(1).toLongLong();
        local.pending = query.value(2).toBool();
    }
    return local;
}

std::optional<ScanRecord> record(QSqlDatabase& db, const QString& uuid, QString& error)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT "_s + scanColumns(false) + u" FROM scans s WHERE s.uuid = ?"_s);
    query.addBindValue(uuid);
    if (!exec(query, error) || !query.next())
        return std::nullopt;
    return readScan(query, false);
}

bool put(QSqlDatabase& db, ScanRecord r, bool storeSensitive, QString& error)
{
    if (r.scannedAt < 0 || r.scannedAt > kMaxScannedAt) {
        error = u"the record has an impossible time %1"_s.arg(r.scannedAt);
        return false;
    }
    if (!storeSensitive) {
        RedactedScan redacted = Redaction::redact(r.payloadType, r.content, r.payload);
        r.content = std::move(redacted.content);
        r.payload = std::move(redacted.payload);
        r.contentRedacted = r.contentRedacted || redacted.redacted;
    }
    const QVariantList values{r.content,
                              r.contentRedacted ? 1 : 0,
                              r.payloadType,
                              compactJson(r.payload),
                              textOrNull(r.host.isEmpty() ? QString() : r.host),
                              textOrNull(r.verdictLevel.isEmpty() ? QString() : r.verdictLevel),
                              compactJson(r.verdict),
                              r.source,
                              r.pinned ? 1 : 0,
                              textOrNull(r.note.isEmpty() ? QString() : r.note),
                              r.updatedAt};
    QSqlQuery query(db);
    query.prepare(u"UPDATE scans SET content = ?, content_redacted = ?, payload_type = ?, payload_json = ?, "
                  u"host = ?, verdict_level = ?, verdict_json = ?, source = ?, pinned = ?, note = ?, "
                  u"updated_at = ?, deleted = 0, sync_state = 'synced' WHERE uuid = ?"_s);
    for (const QVariant& value : values)
        query.addBindValue(value);
    query.addBindValue(r.uuid);
    if (!exec(query, error))
        return false;
    if (query.numRowsAffected() == 0) {
        const std::optional<qint64> sortKey = nextSortKey(db, r.scannedAt, error);
        if (!sortKey)
            return false;
        query.prepare(
            u"INSERT INTO scans(uuid, sort_key, content, content_redacted, payload_type, payload_json, "
            u"host, verdict_level, verdict_json, source, pinned, note, updated_at, scanned_at, "
            u"sync_state, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'synced', 0)"_s);
        query.addBindValue(r.uuid);
        query.addBindValue(*sortKey);
        for (const QVariant& value : values)
            query.addBindValue(value);
        query.addBindValue(r.scannedAt);
        if (!exec(query, error))
            return false;
        // Schema 4: the store writes the full-text row of a new scan (no insert trigger).
        query.prepare(u"INSERT INTO scans_fts(rowid, content, note, host) VALUES (?, ?, ?, ?)"_s);
        query.addBindValue(*sortKey);
        query.addBindValue(values.at(0));
        query.addBindValue(values.at(9));
        query.addBindValue(values.at(4));
        if (!exec(query, error))
            return false;
    }
    return dropPending(db, r.uuid, error);
}

bool erase(QSqlDatabase& db, const QString& uuid, QString& error)
{
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM scans WHERE uuid = ?"_s);
    query.addBindValue(uuid);
    return exec(query, error) && dropPending(db, uuid, error);
}

} // namespace SafeScan::HistoryRemote
