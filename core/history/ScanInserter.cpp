#include "ScanInserter.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

// Text parameters are bound as UTF-8 converted by Qt (faster than SQLite's UTF-16 translation,
// and content, note and host are converted once for both scans and scans_fts). SQLITE_STATIC:
// the bytes outlive the step.
int bindText(sqlite3_stmt* statement, int index, const QByteArray& utf8, bool isNull)
{
    if (isNull)
        return sqlite3_bind_null(statement, index);
    return sqlite3_bind_text(statement, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                             SQLITE_STATIC);
}

int bindUtf8(sqlite3_stmt* statement, int index, const QByteArray& text)
{
    return bindText(statement, index, text, false);
}

// The UTF-8 of a text column and whether it is stored as NULL.
struct Text
{
    Text(const QString& text, bool emptyIsNull)
        : utf8(text.toUtf8())
        , isNull(text.isNull() || (emptyIsNull && text.isEmpty()))
    {}
    QByteArray utf8;
    bool isNull;
};

int bindText(sqlite3_stmt* statement, int index, const Text& text)
{
    return bindText(statement, index, text.utf8, text.isNull);
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
        prepare(
            &m_scan,
            "INSERT INTO scans(uuid, sort_key, content, content_redacted, payload_type, payload_json, "
            "host, verdict_level, verdict_json, source, scanned_at, pinned, note, thumbnail, "
            "sync_state, updated_at, deleted, raw_in_content) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 'pending', ?15, 0, ?16)") &&
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
    const Text content(scan.content, false);
    const Text host(scan.host, true);
    const Text note(scan.note, true);
    // Locals, not temporaries: the statements keep pointers to the bytes until they are reset.
    const Text uuid(scan.uuid, false);
    const Text payloadType(scan.payloadType, false);
    const Text verdictLevel(scan.verdictLevel, true);
    const Text source(scan.source, false);
    int rc = bindText(m_scan, 1, uuid);
    rc |= sqlite3_bind_int64(m_scan, 2, scan.sortKey);
    rc |= bindText(m_scan, 3, content);
    rc |= sqlite3_bind_int(m_scan, 4, scan.contentRedacted ? 1 : 0);
    rc |= bindText(m_scan, 5, payloadType);
    rc |= bindUtf8(m_scan, 6, scan.payloadJson);
    rc |= bindText(m_scan, 7, host);
    rc |= bindText(m_scan, 8, verdictLevel);
    rc |= bindUtf8(m_scan, 9, scan.verdictJson);
    rc |= bindText(m_scan, 10, source);
    rc |= sqlite3_bind_int64(m_scan, 11, scan.scannedAt);
    rc |= sqlite3_bind_int(m_scan, 12, scan.pinned ? 1 : 0);
    rc |= bindText(m_scan, 13, note);
    rc |= bindBlobOrNull(m_scan, 14, scan.thumbnailPng);
    rc |= sqlite3_bind_int64(m_scan, 15, scan.updatedAt);
    rc |= sqlite3_bind_int(m_scan, 16, scan.rawInContent ? 1 : 0);
    if (rc != SQLITE_OK)
        return bindFailed(m_scan);
    if (!run(m_scan, QString()))
        return 0;
    const qint64 id = sqlite3_last_insert_rowid(m_db);

    // The values the update and delete triggers of migration 2 give FTS5 for this row.
    rc = sqlite3_bind_int64(m_fts, 1, scan.sortKey);
    rc |= bindText(m_fts, 2, content);
    rc |= bindText(m_fts, 3, note);
    rc |= bindText(m_fts, 4, host);
    if (rc != SQLITE_OK)
        return bindFailed(m_fts);
    if (!run(m_fts, u"cannot index the scan for search: "_s))
        return 0;

    rc = bindUtf8(m_outbox, 1, m_clientId);
    rc |= bindText(m_outbox, 2, uuid);
    rc |= bindUtf8(m_outbox, 3, scan.outboxBody);
    rc |= sqlite3_bind_int64(m_outbox, 4, scan.updatedAt);
    if (rc != SQLITE_OK)
        return bindFailed(m_outbox);
    if (!run(m_outbox, u"cannot write the sync outbox: "_s))
        return 0;
    return id;
}

} // namespace SafeScan
