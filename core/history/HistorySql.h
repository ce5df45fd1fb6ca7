#pragma once

// Internal to safescan_history: the SQL pieces HistoryStore, HistoryMaintenance and HistoryExport share.

#include "HistoryTypes.h"

#include <QSqlQuery>
#include <QVariant>

namespace SafeScan::HistorySql {

// scans.sort_key = scanned_at << kSortKeyShift | (rank within the millisecond).
inline constexpr int kSortKeyShift = 20;
inline constexpr qint64 kMaxScannedAt = (qint64(1) << 43) - 1; // year 2248

// The columns readScan() reads, for a FROM clause naming the table "s".
QString scanColumns(bool withThumbnail);
ScanRecord readScan(const QSqlQuery& query, bool withThumbnail);

QVariant textOrNull(const QString& text);
QString compactJson(const QJsonObject& object);
QByteArray compactJsonUtf8(const QJsonObject& object);
QJsonObject parseObject(const QString& json);

// The user's search text turned into an FTS5 query: every whitespace-separated term of three or
// more characters becomes a quoted trigram phrase (any character is safe inside one: '"' is
// doubled); shorter terms, which trigram cannot match, become LIKE patterns (with '\' escape).
struct SearchTerms
{
    QString match;            // empty when no term is long enough
    QStringList likePatterns; // "%term%", escaped
    bool isEmpty() const { return match.isEmpty() && likePatterns.isEmpty(); }
};
SearchTerms parseSearch(const QString& text);

// Appends a mutation to the outbox; the caller's transaction makes it atomic with the change.
bool appendOutbox(QSqlDatabase& db, const QString& clientId, const QString& kind, const QString& recordUuid,
                  const QJsonObject& body, qint64 createdAt, QString& error);
// Reads (or creates) app_state 'client_id'.
QString readClientId(QSqlDatabase& db, QString& error);

} // namespace SafeScan::HistorySql
