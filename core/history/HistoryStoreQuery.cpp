// HistoryStore: reading (get, query, count) and the sync outbox's consumer side.
#include "HistoryLog.h"
#include "HistorySql.h"
#include "HistoryStore.h"
#include "store/Database.h"
#include "store/SqlError.h"
#include "store/Transaction.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

using namespace HistorySql;

namespace {

constexpr int kMaxLimit = 1000;

struct Conditions
{
    QStringList where;
    QVariantList values;

    void addIn(const QString& column, const QStringList& list)
    {
        if (list.isEmpty())
            return;
        if (list.size() == 1) {
            where.append(column + u" = ?"_s);
        } else {
            QStringList marks;
            for (qsizetype i = 0; i < list.size(); ++i)
                marks.append(u"?"_s);
            where.append(column + u" IN ("_s + marks.join(u", "_s) + u')');
        }
        for (const QString& value : list)
            values.append(value);
    }
    QString sql() const { return where.join(u" AND "_s); }
};

// Everything but the full-text MATCH and the cursor.
Conditions filters(const HistoryQuery& query, const SearchTerms& terms)
{
    Conditions c;
    c.where.append(u"s.deleted = 0"_s);
    c.addIn(u"s.payload_type"_s, query.types);
    c.addIn(u"s.verdict_level"_s, query.verdicts);
    c.addIn(u"s.source"_s, query.sources);
    if (query.from) {
        c.where.append(u"s.scanned_at >= ?"_s);
        c.values.append(*query.from);
    }
    if (query.to) {
        c.where.append(u"s.scanned_at < ?"_s);
        c.values.append(*query.to);
    }
    for (const QString& pattern : terms.likePatterns) {
        c.where.append(u"(s.content LIKE ? ESCAPE '\\' OR s.note LIKE ? ESCAPE '\\' "
                       u"OR s.host LIKE ? ESCAPE '\\')"_s);
        c.values << pattern << pattern << pattern;
    }
    return c;
}

// With only short terms (LIKE, no full-text MATCH): limits the rows to the newest kShortSearchScans
// scans, whose oldest one is found by walking that many entries of scans_by_time (an index-only
// scan), so a term with few matches never reads the whole table. False with `error` when the
// database fails; `windowed` says whether a limit was added (not with fewer scans than that).
bool limitShortSearch(QSqlDatabase& db, const SearchTerms& terms, Conditions& c, bool& windowed,
                      QString& error)
{
    windowed = false;
    if (!terms.match.isEmpty() || terms.likePatterns.isEmpty())
        return true;
    QSqlQuery oldest(db);
    oldest.setForwardOnly(true);
    oldest.prepare(u"SELECT scanned_at, id FROM scans ORDER BY scanned_at DESC, id DESC LIMIT 1 OFFSET ?"_s);
    oldest.addBindValue(kShortSearchScans - 1);
    if (!oldest.exec()) {
        error = sqlErrorText(oldest.lastError());
        return false;
    }
    if (!oldest.next())
        return true; // fewer scans than the window: all of them are searched
    const qint64 scannedAt = oldest.value(0).toLongLong();
    // The plain range lets SQLite stop the index walk there; the row value cuts inside that ms.
    c.where.append(u"s.scanned_at >= ? AND (s.scanned_at, s.id) >= (?, ?)"_s);
    c.values << scannedAt << scannedAt << oldest.value(1).toLongLong();
    windowed = true;
    return true;
}

void bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (const QVariant& value : values)
        query.addBindValue(value);
}

} // namespace

std::optional<ScanRecord> HistoryStore::get(qint64 id, QString* error)
{
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen()) {
        if (error)
            *error = m_database.errorString();
        return std::nullopt;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + scanColumns(true) + u" FROM scans s WHERE s.id = ?"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        if (error)
            *error = u"Cannot read scan %1: %2"_s.arg(id).arg(sqlErrorText(query.lastError()));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return readScan(query, true);
}

HistoryPage HistoryStore::query(const HistoryQuery& request)
{
    HistoryPage page;
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen()) {
        page.error = m_database.errorString();
        return page;
    }
    const int limit = std::clamp(request.limit, 1, kMaxLimit);
    const SearchTerms terms = parseSearch(request.search);
    Conditions c = filters(request, terms);
    QString why;
    if (!limitShortSearch(db, terms, c, page.recentOnly, why)) {
        page.error = u"Cannot search the history: "_s + why;
        qCWarning(lcHistory).noquote() << page.error;
        return page;
    }
    QString sql;
    if (!terms.match.isEmpty()) {
        // Full text first, newest first: the FTS rowid is the sort key, so the doclists are walked
        // in page order and the walk stops after one page (CROSS JOIN keeps that loop outermost).
        QStringList where{u"scans_fts MATCH ?"_s};
        QVariantList values{terms.match};
        if (request.after) {
            const qint64 at = std::clamp<qint64>(request.after->scannedAt, 0, kMaxScannedAt);
            where.append(u"scans_fts.rowid < ?"_s);
            values.append((at + 1) << kSortKeyShift);
            c.where.append(u"(s.scanned_at, s.id) < (?, ?)"_s);
            c.values << request.after->scannedAt << request.after->id;
        }
        sql = u"SELECT "_s + scanColumns(false) +
              u" FROM scans_fts CROSS JOIN scans s ON s.sort_key = scans_fts.rowid WHERE "_s +
              where.join(u" AND "_s) + u" AND "_s + c.sql() + u" ORDER BY scans_fts.rowid DESC LIMIT ?"_s;
        c.values = values + c.values;
    } else {
        if (request.after) {
            c.where.append(u"(s.scanned_at, s.id) < (?, ?)"_s);
            c.values << request.after->scannedAt << request.after->id;
        }
        sql = u"SELECT "_s + scanColumns(false) + u" FROM scans s WHERE "_s + c.sql() +
              u" ORDER BY s.scanned_at DESC, s.id DESC LIMIT ?"_s;
    }
    c.values.append(limit + 1);

    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        page.error = u"Cannot search the history: "_s + sqlErrorText(query.lastError());
        qCWarning(lcHistory).noquote() << page.error;
        return page;
    }
    bindAll(query, c.values);
    if (!query.exec()) {
        page.error = u"Cannot search the history: "_s + sqlErrorText(query.lastError());
        qCWarning(lcHistory).noquote() << page.error;
        return page;
    }
    while (query.next()) {
        if (page.records.size() == limit) {
            const ScanRecord& last = page.records.constLast();
            page.next = PageCursor{last.scannedAt, last.id};
            break;
        }
        page.records.append(readScan(query, false));
    }
    page.ok = true;
    return page;
}

qint64 HistoryStore::count(const HistoryQuery& request, QString* error)
{
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen()) {
        if (error)
            *error = m_database.errorString();
        return -1;
    }
    const SearchTerms terms = parseSearch(request.search);
    Conditions c = filters(request, terms);
    bool windowed = false;
    QString why;
    if (!limitShortSearch(db, terms, c, windowed, why)) {
        if (error)
            *error = u"Cannot count the history: "_s + why;
        return -1;
    }
    QString sql;
    if (!terms.match.isEmpty()) {
        sql = u"SELECT count(*) FROM scans_fts CROSS JOIN scans s ON s.sort_key = scans_fts.rowid "
              u"WHERE scans_fts MATCH ? AND "_s +
              c.sql();
        c.values.prepend(terms.match);
    } else {
        sql = u"SELECT count(*) FROM scans s WHERE "_s + c.sql();
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    bindAll(query, c.values);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = u"Cannot count the history: "_s + sqlErrorText(query.lastError());
        return -1;
    }
    return query.value(0).toLongLong();
}

QList<OutboxMutation> HistoryStore::pendingMutations(int limit, QString* error)
{
    QList<OutboxMutation> mutations;
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen()) {
        if (error)
            *error = m_database.errorString();
        return mutations;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, client_id, kind, record_uuid, body, created_at, attempts FROM outbox "
                  u"ORDER BY id LIMIT ?"_s);
    query.addBindValue(std::max(limit, 0));
    if (!query.exec()) {
        if (error)
            *error = u"Cannot read the sync outbox: "_s + sqlErrorText(query.lastError());
        return mutations;
    }
    while (query.next()) {
        mutations.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString(), parseObject(query.value(4).toString()),
                          query.value(5).toLongLong(), query.value(6).toInt()});
    }
    return mutations;
}

bool HistoryStore::acknowledge(const QList<qint64>& mutationIds, QString* error)
{
    const auto failed = [&](const QString& why) {
        const QString text = u"Cannot acknowledge synced mutations: "_s + why;
        qCWarning(lcHistory).noquote() << text;
        if (error)
            *error = text;
        return false;
    };
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return failed(transaction.errorString());
    QSqlDatabase db = transaction.database();
    QSqlQuery find(db);
    find.prepare(u"DELETE FROM outbox WHERE id = ? RETURNING record_uuid"_s);
    QStringList uuids;
    for (const qint64 id : mutationIds) {
        find.addBindValue(id);
        if (!find.exec())
            return failed(sqlErrorText(find.lastError()));
        while (find.next()) {
            if (!find.value(0).toString().isEmpty())
                uuids.append(find.value(0).toString());
        }
        find.finish();
    }
    QSqlQuery synced(db);
    synced.prepare(u"UPDATE scans SET sync_state = 'synced' WHERE uuid = ? "
                   u"AND NOT EXISTS (SELECT 1 FROM outbox WHERE record_uuid = scans.uuid)"_s);
    QSqlQuery purge(db);
    purge.prepare(u"DELETE FROM scans WHERE uuid = ? AND deleted = 1 AND sync_state = 'synced'"_s);
    for (const QString& uuid : std::as_const(uuids)) {
        synced.addBindValue(uuid);
        purge.addBindValue(uuid);
        if (!synced.exec())
            return failed(sqlErrorText(synced.lastError()));
        if (!purge.exec())
            return failed(sqlErrorText(purge.lastError()));
    }
    if (!transaction.commit())
        return failed(transaction.errorString());
    return true;
}

} // namespace SafeScan
