#include "BlocklistStore.h"

#include "BlocklistLog.h"
#include "base/Clock.h"
#include "store/Database.h"
#include "store/SqlError.h"
#include "store/Transaction.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

// Rows per multi-row INSERT: 3 parameters each, well under SQLite's 999-parameter floor.
constexpr qsizetype kInsertRows = 300;

QString placeholders(qsizetype count, QStringView one)
{
    QString text;
    text.reserve(count * (one.size() + 1));
    for (qsizetype i = 0; i < count; ++i) {
        if (i)
            text += u',';
        text += one;
    }
    return text;
}

QString insertSql(qsizetype rows)
{
    return u"INSERT OR IGNORE INTO blocklist_entries(expression, source_id, threat) VALUES "_s +
           placeholders(rows, u"(?,?,?)");
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

bool fail(QString* error, const QString& text)
{
    qCWarning(lcBlocklist).noquote() << text;
    if (error)
        *error = text;
    return false;
}

} // namespace

BlocklistStore::BlocklistStore(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

BlocklistImportResult BlocklistStore::replaceSource(const QString& name, BlocklistFormat format,
                                                    const QString& origin,
                                                    const QList<BlocklistEntry>& entries)
{
    BlocklistImportResult result;
    const auto failed = [&](const QString& why) {
        result.error = u"Cannot import the blocklist \"%1\": %2"_s.arg(name, why);
        qCWarning(lcBlocklist).noquote() << result.error;
        return result;
    };
    if (name.trimmed().isEmpty())
        return failed(u"the source needs a name"_s);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).expression.isEmpty())
            return failed(u"entry %1 has no expression"_s.arg(i + 1));
    }
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return failed(m_database.errorString());

    const qint64 started = m_clock.nowMs();
    Transaction transaction(db);
    if (!transaction.isActive())
        return failed(transaction.errorString());

    QSqlQuery query(db);
    query.prepare(u"INSERT INTO blocklist_sources(name, format, imported_at, entry_count, origin) "
                  u"VALUES(?, ?, ?, 0, ?) ON CONFLICT(name) DO UPDATE SET format = excluded.format, "
                  u"imported_at = excluded.imported_at, origin = excluded.origin"_s);
    query.addBindValue(name);
    query.addBindValue(blocklistFormatName(format));
    query.addBindValue(m_clock.epochMs());
    query.addBindValue(textOrNull(origin));
    if (!query.exec())
        return failed(sqlErrorText(query.lastError()));
    query.prepare(u"SELECT id FROM blocklist_sources WHERE name = ?"_s);
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return failed(sqlErrorText(query.lastError()));
    const qint64 sourceId = query.value(0).toLongLong();
    query.finish();

    query.prepare(u"DELETE FROM blocklist_entries WHERE source_id = ?"_s);
    query.addBindValue(sourceId);
    if (!query.exec())
        return failed(sqlErrorText(query.lastError()));

    QSqlQuery fullBatch(db);
    if (!fullBatch.prepare(insertSql(kInsertRows)))
        return failed(sqlErrorText(fullBatch.lastError()));
    for (qsizetype start = 0; start < entries.size(); start += kInsertRows) {
        const qsizetype rows = std::min(kInsertRows, entries.size() - start);
        QSqlQuery* insert = &fullBatch;
        if (rows < kInsertRows) {
            if (!query.prepare(insertSql(rows)))
                return failed(sqlErrorText(query.lastError()));
            insert = &query;
        }
        int position = 0;
        for (qsizetype i = start; i < start + rows; ++i) {
            const BlocklistEntry& entry = entries.at(i);
            insert->bindValue(position++, entry.expression);
            insert->bindValue(position++, sourceId);
            insert->bindValue(position++, textOrNull(entry.threat));
        }
        if (!insert->exec())
            return failed(sqlErrorText(insert->lastError()));
    }
    fullBatch.finish();

    // INSERT OR IGNORE dropped repeated expressions: count what is stored.
    query.prepare(u"SELECT count(*) FROM blocklist_entries WHERE source_id = ?"_s);
    query.addBindValue(sourceId);
    if (!query.exec() || !query.next())
        return failed(sqlErrorText(query.lastError()));
    result.entries = query.value(0).toLongLong();
    query.finish();
    query.prepare(u"UPDATE blocklist_sources SET entry_count = ? WHERE id = ?"_s);
    query.addBindValue(result.entries);
    query.addBindValue(sourceId);
    if (!query.exec())
        return failed(sqlErrorText(query.lastError()));
    if (!transaction.commit())
        return failed(transaction.errorString());
    result.ok = true;
    qCInfo(lcBlocklist) << "Imported" << result.entries << "entries into" << name << "in"
                        << m_clock.nowMs() - started << "ms";
    return result;
}

bool BlocklistStore::removeSource(const QString& name, QString* error)
{
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return fail(error, m_database.errorString());
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM blocklist_sources WHERE name = ?"_s);
    query.addBindValue(name);
    if (!query.exec())
        return fail(error,
                    u"Cannot remove the blocklist \"%1\": %2"_s.arg(name, sqlErrorText(query.lastError())));
    if (query.numRowsAffected() < 1)
        return fail(error, u"There is no blocklist named \"%1\"."_s.arg(name));
    qCInfo(lcBlocklist) << "Removed the blocklist" << name;
    return true;
}

BlocklistMatch BlocklistStore::match(const CanonicalUrl& url)
{
    return matchExpressions(BlocklistExpressions::lookupFor(url));
}

BlocklistMatch BlocklistStore::matchExpressions(const QStringList& expressions)
{
    BlocklistMatch result;
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen()) {
        result.error = m_database.errorString();
        return result;
    }
    if (expressions.isEmpty()) {
        result.ok = true;
        return result;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT e.expression, s.name, e.threat, s.imported_at FROM blocklist_entries e "
                       u"JOIN blocklist_sources s ON s.id = e.source_id WHERE e.expression IN (%1) "
                       u"ORDER BY s.name, e.expression"_s.arg(placeholders(expressions.size(), u"?")))) {
        result.error = sqlErrorText(query.lastError());
        return result;
    }
    for (qsizetype i = 0; i < expressions.size(); ++i)
        query.bindValue(int(i), expressions.at(i));
    if (!query.exec()) {
        result.error = u"Cannot look up the blocklists: "_s + sqlErrorText(query.lastError());
        return result;
    }
    while (query.next()) {
        result.hits.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toLongLong()});
    }
    result.ok = true;
    return result;
}

QList<BlocklistSource> BlocklistStore::stats(QString* error)
{
    QList<BlocklistSource> sources;
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen()) {
        fail(error, m_database.errorString());
        return sources;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT name, format, entry_count, imported_at, origin FROM blocklist_sources "
                    u"ORDER BY name"_s)) {
        fail(error, u"Cannot read the blocklists: "_s + sqlErrorText(query.lastError()));
        return sources;
    }
    while (query.next()) {
        sources.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                        query.value(3).toLongLong(), query.value(4).toString()});
    }
    return sources;
}

} // namespace SafeScan
