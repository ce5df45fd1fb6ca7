#include "HistorySql.h"

#include "store/SqlError.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace SafeScan::HistorySql {

QString scanColumns(bool withThumbnail)
{
    QString columns = u"s.id, s.uuid, s.content, s.content_redacted, s.payload_type, s.payload_json, s.host, "
                      u"s.verdict_level, s.verdict_json, s.source, s.scanned_at, s.pinned, s.note, "
                      u"s.thumbnail IS NOT NULL, s.sync_state, s.updated_at, s.deleted, s.raw_in_content"_s;
    if (withThumbnail)
        columns += u", s.thumbnail"_s;
    return columns;
}

ScanRecord readScan(const QSqlQuery& query, bool withThumbnail)
{
    ScanRecord record;
    record.id = query.value(0).toLongLong();
    record.uuid = query.value(1).toString();
    record.content = query.value(2).toString();
    record.contentRedacted = query.value(3).toBool();
    record.payloadType = query.value(4).toString();
    record.payload = parseObject(query.value(5).toString());
    record.host = query.value(6).toString();
    record.verdictLevel = query.value(7).toString();
    record.verdict = parseObject(query.value(8).toString());
    record.source = query.value(9).toString();
    record.scannedAt = query.value(10).toLongLong();
    record.pinned = query.value(11).toBool();
    record.note = query.value(12).toString();
    record.hasThumbnail = query.value(13).toBool();
    record.syncState = query.value(14).toString();
    record.updatedAt = query.value(15).toLongLong();
    record.deleted = query.value(16).toBool();
    // Since schema 5 the payload's "raw" is left out when it is the content (historyRawMigration).
    if (query.value(17).toBool())
        record.payload.insert(u"raw"_s, record.content);
    if (withThumbnail)
        record.thumbnailPng = query.value(18).toByteArray();
    return record;
}

QVariant textOrNull(const QString& text)
{
    return text.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QByteArray compactJsonUtf8(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parseObject(const QString& json)
{
    if (json.isEmpty())
        return {};
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

SearchTerms parseSearch(const QString& text)
{
    // Control characters (NUL included) would end or confuse the FTS5 query string: treat them as
    // separators.
    QString cleaned = text;
    for (QChar& c : cleaned) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u' ';
    }
    SearchTerms terms;
    QStringList phrases;
    const QStringList words = cleaned.split(u' ', Qt::SkipEmptyParts);
    for (const QString& raw : words) {
        const QString word = raw.trimmed();
        if (word.isEmpty())
            continue;
        if (word.toUcs4().size() >= 3) {
            QString quoted = word;
            quoted.replace(u'"', u"\"\""_s);
            phrases.append(u'"' + quoted + u'"');
        } else {
            QString escaped = word;
            escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
            terms.likePatterns.append(u'%' + escaped + u'%');
        }
    }
    terms.match = phrases.join(u' ');
    return terms;
}

bool appendOutbox(QSqlDatabase& db, const QString& clientId, const QString& kind, const QString& recordUuid,
                  const QJsonObject& body, qint64 createdAt, QString& error)
{
    QSqlQuery query(db);
    query.prepare(
        u"INSERT INTO outbox(client_id, kind, record_uuid, body, created_at) VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(clientId);
    query.addBindValue(kind);
    query.addBindValue(recordUuid);
    query.addBindValue(compactJson(body));
    query.addBindValue(createdAt);
    if (query.exec())
        return true;
    error = u"cannot write the sync outbox: "_s + sqlErrorText(query.lastError());
    return false;
}

QString readClientId(QSqlDatabase& db, QString& error)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT value FROM app_state WHERE key = 'client_id'"_s)) {
        error = sqlErrorText(query.lastError());
        return {};
    }
    if (query.next() && !query.value(0).toString().isEmpty())
        return query.value(0).toString();
    query.finish();
    // Created by the migration; recreated here only if someone removed it.
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    query.prepare(u"INSERT OR IGNORE INTO app_state(key, value) VALUES('client_id', ?)"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.exec(u"SELECT value FROM app_state WHERE key = 'client_id'"_s) ||
        !query.next()) {
        error = sqlErrorText(query.lastError());
        return {};
    }
    return query.value(0).toString();
}

} // namespace SafeScan::HistorySql
