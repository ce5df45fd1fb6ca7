#include "HistoryStore.h"

#include "HistoryLog.h"
#include "HistorySql.h"
#include "Redaction.h"
#include "ScanInserter.h"
#include "base/Clock.h"
#include "payload/PayloadJson.h"
#include "safety/VerdictJson.h"
#include "store/Database.h"
#include "store/RawSqlite.h"
#include "store/SqlError.h"
#include "store/Transaction.h"

#include <QBuffer>
#include <QHash>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace SafeScan {

using namespace HistorySql;

namespace {

const QStringList kSources{u"camera"_s, u"file"_s, u"clipboard"_s, u"screen"_s, u"video"_s, u"import"_s};

QByteArray toPng(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString hostOf(const Payload& payload, const Verdict& verdict)
{
    if (!verdict.destination.hostUnicode.isEmpty())
        return verdict.destination.hostUnicode;
    if (const auto* url = payload.as<UrlPayload>())
        return url->parsed.host();
    return {};
}

// A version 7 UUID (RFC 9562): 48 bits of Unix time in ms, then random bits. Time-ordered ids keep
// the inserts into the uuid indexes (scans, outbox) at the right edge of the B-trees instead of
// on a random page each: at a million rows that is the difference between appending and reading
// and rewriting a page per scan.
QString timeOrderedUuid(qint64 epochMs)
{
    QRandomGenerator* random = QRandomGenerator::global();
    const quint64 ms = quint64(epochMs) & 0xFFFF'FFFF'FFFFull;
    const quint32 r1 = random->generate();
    const quint32 r2 = random->generate();
    const quint32 r3 = random->generate();
    const QUuid uuid(uint(ms >> 16), ushort(ms & 0xFFFF), ushort(0x7000 | (r1 & 0x0FFF)),
                     uchar(0x80 | ((r1 >> 12) & 0x3F)), uchar(r1 >> 20), uchar(r2), uchar(r2 >> 8),
                     uchar(r2 >> 16), uchar(r2 >> 24), uchar(r3), uchar(r3 >> 8));
    return uuid.toString(QUuid::WithoutBraces);
}

bool isPlainJsonText(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() >= 0x7f || c == u'"' || c == u'\\')
            return false;
    }
    return true;
}

// The body of a "scan_saved" mutation: {"payload_type", "scanned_at", "source", "updated_at",
// "uuid"}, byte for byte what QJsonDocument writes for it (keys sorted), without building a
// QJsonObject per scan when no value needs escaping.
QByteArray scanSavedBody(const QString& uuid, qint64 scannedAt, const QString& source,
                         const QString& payloadType, qint64 updatedAt)
{
    if (!isPlainJsonText(uuid) || !isPlainJsonText(source) || !isPlainJsonText(payloadType)) {
        return compactJsonUtf8(QJsonObject{{u"uuid"_s, uuid},
                                           {u"scanned_at"_s, scannedAt},
                                           {u"source"_s, source},
                                           {u"payload_type"_s, payloadType},
                                           {u"updated_at"_s, updatedAt}});
    }
    QByteArray body;
    body.reserve(120 + uuid.size());
    body += "{\"payload_type\":\"";
    body += payloadType.toLatin1();
    body += "\",\"scanned_at\":";
    body += QByteArray::number(scannedAt);
    body += ",\"source\":\"";
    body += source.toLatin1();
    body += "\",\"updated_at\":";
    body += QByteArray::number(updatedAt);
    body += ",\"uuid\":\"";
    body += uuid.toLatin1();
    body += "\"}";
    return body;
}

bool fail(QString* error, const QString& text)
{
    qCWarning(lcHistory).noquote() << text;
    if (error)
        *error = text;
    return false;
}

} // namespace

// One row to insert, already in its stored form (before redaction).
struct HistoryStore::Row
{
    QString uuid;
    QString content;
    bool contentRedacted = false;
    QString payloadType;
    QJsonObject payload;       // when payloadJson is null
    QByteArray payloadJson;    // already written (save(): not a sensitive type), redaction not needed
    bool rawInContent = false; // payloadJson leaves out "raw", which is the content
    QString host;
    QString verdictLevel;
    QJsonObject verdict; // when verdictJson is null
    QByteArray verdictJson;
    QString source;
    qint64 scannedAt = 0;
    bool pinned = false;
    QString note;
    QByteArray thumbnailPng;
};

HistoryStore::HistoryStore(Database& database, const Clock& clock, HistoryOptions options)
    : m_database(database)
    , m_clock(clock)
    , m_options(options)
{}

void HistoryStore::setOptions(const HistoryOptions& options)
{
    QMutexLocker locker(&m_mutex);
    m_options = options;
}

HistoryOptions HistoryStore::options() const
{
    QMutexLocker locker(&m_mutex);
    return m_options;
}

SaveResult HistoryStore::save(const QList<NewScan>& scans)
{
    if (options().offTheRecord) {
        qCInfo(lcHistory) << "Off the record:" << scans.size() << "scan(s) not stored";
        SaveResult result;
        result.ok = true;
        result.offTheRecord = true;
        return result;
    }
    const qint64 now = m_clock.epochMs();
    const bool storeSensitive = options().storeSensitive;
    QList<Row> rows;
    rows.reserve(scans.size());
    for (const NewScan& scan : scans) {
        Row row;
        row.uuid = timeOrderedUuid(now);
        row.content = scan.content.isNull() ? u""_s : scan.content;
        row.payloadType = payloadTypeName(scan.payload.type);
        if (!storeSensitive && Redaction::hasSecrets(row.payloadType)) {
            // Redacted as JSON by insertRows() (content and payload alike).
            row.payload = payloadToJson(scan.payload, JsonSecrets::Include);
        } else {
            // Written straight as text: no QJsonObject to build and serialise per scan.
            row.rawInContent = scan.payload.text == row.content;
            row.payloadJson =
                payloadToJsonUtf8(scan.payload, row.rawInContent ? PayloadRaw::Omit : PayloadRaw::Include);
        }
        row.host = hostOf(scan.payload, scan.verdict);
        row.verdictLevel = verdictLevelName(scan.verdict.level);
        row.verdictJson = verdictToJsonUtf8(scan.verdict);
        row.source = scan.source;
        row.scannedAt = now;
        if (scan.thumbnail && !scan.thumbnail->isNull())
            row.thumbnailPng = toPng(*scan.thumbnail);
        rows.append(std::move(row));
    }
    return insertRows(std::move(rows), u"save"_s, storeSensitive);
}

SaveResult HistoryStore::insertRecords(const QList<ScanRecord>& records)
{
    QList<Row> rows;
    rows.reserve(records.size());
    for (const ScanRecord& record : records) {
        Row row;
        row.uuid = record.uuid.isEmpty() ? timeOrderedUuid(record.scannedAt) : record.uuid;
        row.content = record.content;
        row.contentRedacted = record.contentRedacted;
        row.payloadType = record.payloadType;
        row.payload = record.payload;
        row.host = record.host;
        row.verdictLevel = record.verdictLevel;
        row.verdict = record.verdict;
        row.source = record.source;
        row.scannedAt = record.scannedAt;
        row.pinned = record.pinned;
        row.note = record.note;
        row.thumbnailPng = record.thumbnailPng;
        rows.append(std::move(row));
    }
    return insertRows(std::move(rows), u"import"_s, options().storeSensitive);
}

SaveResult HistoryStore::insertRows(QList<Row> rows, const QString& what, bool storeSensitive)
{
    SaveResult result;
    const auto failed = [&](const QString& why) {
        result.ok = false;
        result.ids.clear();
        result.error = u"Cannot %1 the scans: %2"_s.arg(what, why);
        qCWarning(lcHistory).noquote() << result.error;
        return result;
    };
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Row& row = rows[i];
        if (!kSources.contains(row.source))
            return failed(u"scan %1 has the unknown source \"%2\""_s.arg(i + 1).arg(row.source));
        if (row.scannedAt < 0 || row.scannedAt > kMaxScannedAt)
            return failed(u"scan %1 has an impossible time %2"_s.arg(i + 1).arg(row.scannedAt));
        if (row.content.isNull())
            row.content = u""_s;
        if (!row.payloadJson.isNull())
            continue; // save() wrote it: a type without secrets, or the user keeps them
        if (!storeSensitive) {
            RedactedScan redacted = Redaction::redact(row.payloadType, row.content, row.payload);
            row.content = std::move(redacted.content);
            row.payload = std::move(redacted.payload);
            row.contentRedacted = row.contentRedacted || redacted.redacted;
        }
        // The stored payload does not repeat the content (schema 5, historyRawMigration).
        if (const auto raw = row.payload.constFind(u"raw"_s);
            raw != row.payload.constEnd() && raw->isString() && raw->toString() == row.content) {
            row.payload.remove(u"raw"_s);
            row.rawInContent = true;
        }
        row.payloadJson = compactJsonUtf8(row.payload);
    }
    if (rows.isEmpty()) {
        result.ok = true;
        return result;
    }

    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return failed(m_database.errorString());
    const qint64 started = m_clock.nowMs();
    const qint64 now = m_clock.epochMs();
    Transaction transaction(db);
    if (!transaction.isActive())
        return failed(transaction.errorString());
    QString error;
    const QString clientId = readClientId(db, error);
    if (clientId.isEmpty())
        return failed(error);

    QSqlQuery rank(db);
    rank.prepare(u"SELECT max(sort_key) FROM scans WHERE sort_key BETWEEN ? AND ?"_s);
    ScanInserter inserter(RawSqlite::handle(db), clientId);
    if (!inserter.isReady())
        return failed(inserter.errorString());
    QHash<qint64, qint64> lastKey; // scanned_at -> highest sort_key so far in this transaction
    QList<qint64> ids;
    ids.reserve(rows.size());
    ScanInsert scan;
    for (Row& row : rows) {
        const qint64 base = row.scannedAt << kSortKeyShift;
        qint64 key = base;
        if (const auto it = lastKey.constFind(row.scannedAt); it != lastKey.cend()) {
            key = *it + 1;
        } else {
            rank.addBindValue(base);
            rank.addBindValue(base + (qint64(1) << kSortKeyShift) - 1);
            if (!rank.exec() || !rank.next())
                return failed(sqlErrorText(rank.lastError()));
            if (!rank.value(0).isNull())
                key = rank.value(0).toLongLong() + 1;
            rank.finish();
        }
        if (key - base >= (qint64(1) << kSortKeyShift))
            return failed(u"too many scans at the same millisecond %1"_s.arg(row.scannedAt));
        lastKey.insert(row.scannedAt, key);

        scan.uuid = std::move(row.uuid);
        scan.sortKey = key;
        scan.content = std::move(row.content);
        scan.contentRedacted = row.contentRedacted;
        scan.payloadType = std::move(row.payloadType);
        scan.payloadJson = std::move(row.payloadJson);
        scan.rawInContent = row.rawInContent;
        scan.host = std::move(row.host);
        scan.verdictLevel = std::move(row.verdictLevel);
        scan.verdictJson =
            row.verdictJson.isNull() ? compactJsonUtf8(row.verdict) : std::move(row.verdictJson);
        scan.source = std::move(row.source);
        scan.scannedAt = row.scannedAt;
        scan.pinned = row.pinned;
        scan.note = std::move(row.note);
        scan.thumbnailPng = std::move(row.thumbnailPng);
        scan.updatedAt = now;
        scan.outboxBody = scanSavedBody(scan.uuid, scan.scannedAt, scan.source, scan.payloadType, now);
        const qint64 id = inserter.insert(scan);
        if (id <= 0)
            return failed(inserter.errorString());
        ids.append(id);
    }
    if (!transaction.commit())
        return failed(transaction.errorString());
    result.ok = true;
    result.ids = std::move(ids);
    qCDebug(lcHistory) << "Stored" << result.ids.size() << "scan(s) in" << m_clock.nowMs() - started << "ms";
    return result;
}

bool HistoryStore::change(qint64 id, const QString& kind, const QString& sql, const QVariantList& values,
                          const QJsonObject& body, QString* error)
{
    const auto failed = [&](const QString& why) {
        return fail(error, u"Cannot change scan %1 (%2): %3"_s.arg(id).arg(kind, why));
    };
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return failed(m_database.errorString());
    const qint64 now = m_clock.epochMs();
    Transaction transaction(db);
    if (!transaction.isActive())
        return failed(transaction.errorString());
    QString why;
    const QString clientId = readClientId(db, why);
    if (clientId.isEmpty())
        return failed(why);
    QSqlQuery query(db);
    query.prepare(u"SELECT uuid FROM scans WHERE id = ? AND deleted = 0"_s);
    query.addBindValue(id);
    if (!query.exec())
        return failed(sqlErrorText(query.lastError()));
    if (!query.next())
        return failed(u"there is no such scan"_s);
    const QString uuid = query.value(0).toString();
    query.finish();

    query.prepare(u"UPDATE scans SET "_s + sql + u", sync_state = 'pending', updated_at = ? WHERE id = ?"_s);
    for (const QVariant& value : values)
        query.addBindValue(value);
    query.addBindValue(now);
    query.addBindValue(id);
    if (!query.exec())
        return failed(sqlErrorText(query.lastError()));
    QJsonObject fullBody = body;
    fullBody.insert(u"updated_at"_s, now);
    if (!appendOutbox(db, clientId, kind, uuid, fullBody, now, why))
        return failed(why);
    if (!transaction.commit())
        return failed(transaction.errorString());
    return true;
}

bool HistoryStore::setNote(qint64 id, const QString& note, QString* error)
{
    return change(id, u"note"_s, u"note = ?"_s, {textOrNull(note.isEmpty() ? QString() : note)},
                  {{u"note"_s, note}}, error);
}

bool HistoryStore::setPinned(qint64 id, bool pinned, QString* error)
{
    return change(id, u"pin"_s, u"pinned = ?"_s, {pinned ? 1 : 0}, {{u"pinned"_s, pinned}}, error);
}

bool HistoryStore::remove(qint64 id, QString* error)
{
    return change(id, u"delete"_s, u"deleted = 1, thumbnail = NULL"_s, {}, {{u"deleted"_s, true}}, error);
}

QString HistoryStore::clientId(QString* error)
{
    {
        QMutexLocker locker(&m_mutex);
        if (!m_clientId.isEmpty())
            return m_clientId;
    }
    QSqlDatabase db = m_database.connection();
    QString why = m_database.errorString();
    const QString id = db.isOpen() ? readClientId(db, why) : QString();
    if (id.isEmpty()) {
        fail(error, u"Cannot read the client id: "_s + why);
        return {};
    }
    QMutexLocker locker(&m_mutex);
    m_clientId = id;
    return id;
}

} // namespace SafeScan
