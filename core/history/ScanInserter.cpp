#include "ScanInserter.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

// Text parameters are bound as UTF-16 straight from the QString (SQLITE_STATIC: the strings
// outlive the step); SQLite converts them to the database's UTF-8 once, as Qt's driver does.
int bindText(sqlite3_stmt* statement, int index, const QString& text, bool emptyIsNull)
{
    if (text.isNull() || (emptyIsNull && text.isEmpty()))
        return sqlite3_bind_null(statement, index);
    return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * 2), SQLITE_STATIC);
}

int bindUtf8(sqlite3_stmt* statement, int index, const QByteArray& text)
{
    return sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_STATIC);
}

int bindBlobOrNull(sqlite3_stmt* statement, int index, const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return sqlite3_bind_null(statement, index);
    return sqlite3_bind_blob(statement, index, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
}

} // namespace

ScanInserter::ScanInserter(sqlite3* db, const QString& clientId)
    : m_db(db)
    , m_clientId(clientId.toUtf8())
{
    if (!m_db) {
        m_error = u"the connection is not an SQLite connection"_s;
        return;
    }
    m_ready =
        prepare(&m_scan,
                "INSERT INTO scans(uuid, sort_key, content, content_redacted, payload_type, payload_json, "
                "host, verdict_level, verdict_json, source, scanned_at, pinned, note, thumbnail, "
                "sync_state, updated_at, deleted) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 'pending', ?15, 0)") &&
        prepare(&m_fts, "INSERT INTO scans_fts(rowid, content, note, host) VALUES (?1, ?2, ?3, ?4)") &&
        prepare(&m_outbox, "INSERT INTO outbox(client_id, kind, record_uuid, body, created_at) "
                           "VALUES (?1, 'scan_saved', ?2, ?3, ?4)");
}

ScanInserter::~ScanInserter()
{
    sqlite3_finalize(m_scan);
    sqlite3_finalize(m_fts);
    sqlite3_finalize(m_outbox);
}

bool ScanInserter::prepare(sqlite3_stmt** statement, const char* sql)
{
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, statement, nullptr);
    if (rc == SQLITE_OK)
        return true;
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool ScanInserter::run(sqlite3_stmt* statement, const QString& what)
{
    const int rc = sqlite3_step(statement);
    // The message belongs to this step; reading it before reset keeps it.
    if (rc != SQLITE_DONE)
        m_error = what + QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return rc == SQLITE_DONE;
}

qint64 ScanInserter::bindFailed(sqlite3_stmt* statement)
{
    m_error = u"cannot bind the values: "_s + QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_clear_bindings(statement);
    return 0;
}

qint64 ScanInserter::insert(const ScanInsert& scan)
{
    if (!m_ready)
        return 0;
    int rc = bindText(m_scan, 1, scan.uuid, false);
    rc |= sqlite3_bind_int64(m_scan, 2, scan.sortKey);
    rc |= bindText(m_scan, 3, scan.content, false);
    rc |= sqlite3_bind_int(m_scan, 4, scan.contentRedacted ? 1 : 0);
    rc |= bindText(m_scan, 5, scan.payloadType, false);
    rc |= bindUtf8(m_scan, 6, scan.payloadJson);
    rc |= bindText(m_scan, 7, scan.host, true);
    rc |= bindText(m_scan, 8, scan.verdictLevel, true);
    rc |= bindUtf8(m_scan, 9, scan.verdictJson);
    rc |= bindText(m_scan, 10, scan.source, false);
    rc |= sqlite3_bind_int64(m_scan, 11, scan.scannedAt);
    rc |= sqlite3_bind_int(m_scan, 12, scan.pinned ? 1 : 0);
    rc |= bindText(m_scan, 13, scan.note, true);
    rc |= bindBlobOrNull(m_scan, 14, scan.thumbnailPng);
    rc |= sqlite3_bind_int64(m_scan, 15, scan.updatedAt);
    if (rc != SQLITE_OK)
        return bindFailed(m_scan);
    if (!run(m_scan, QString()))
        return 0;
    const qint64 id = sqlite3_last_insert_rowid(m_db);

    // The values the update and delete triggers of migration 2 give FTS5 for this row.
    rc = sqlite3_bind_int64(m_fts, 1, scan.sortKey);
    rc |= bindText(m_fts, 2, scan.content, false);
    rc |= bindText(m_fts, 3, scan.note, true);
    rc |= bindText(m_fts, 4, scan.host, true);
    if (rc != SQLITE_OK)
        return bindFailed(m_fts);
    if (!run(m_fts, u"cannot index the scan for search: "_s))
        return 0;

    rc = bindUtf8(m_outbox, 1, m_clientId);
    rc |= bindText(m_outbox, 2, scan.uuid, false);
    rc |= bindUtf8(m_outbox, 3, scan.outboxBody);
    rc |= sqlite3_bind_int64(m_outbox, 4, scan.updatedAt);
    if (rc != SQLITE_OK)
        return bindFailed(m_outbox);
    if (!run(m_outbox, u"cannot write the sync outbox: "_s))
        return 0;
    return id;
}

} // namespace SafeScan
