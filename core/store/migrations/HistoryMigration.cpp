#include "HistoryMigration.h"

#include "store/SqlError.h"

#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

// The client id that every outbox mutation carries (SPEC §9), created once per database.
bool createClientId(const MigrationContext& context, QString& error)
{
    QSqlQuery query(context.db);
    query.prepare(u"INSERT OR IGNORE INTO app_state(key, value) VALUES('client_id', ?)"_s);
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (query.exec())
        return true;
    error = sqlErrorText(query.lastError());
    return false;
}

} // namespace

// 2: scan history (SPEC §7), its full-text index and the sync outbox (SPEC §9).
//
// scans.sort_key = scanned_at * 2^20 + k, where k counts the scans saved in the same millisecond
// (assigned by HistoryStore in insertion order, so it follows id). Ordering by sort_key is thus
// the same as ordering by (scanned_at, id), and the full-text table uses it as its rowid: a search
// walks the FTS5 doclists newest first (ORDER BY rowid DESC) and stops after one page, whatever the
// number of hits.
//
// The FTS5 table uses the trigram tokenizer: history is mostly URLs, and people search for pieces
// of them ("paypa", "login.php", "192.168") that unicode61 tokens would not match (it splits
// "paypal-login.example" into whole words and only matches prefixes of those). Trigram matches any
// substring of 3 or more characters case-insensitively; shorter terms are matched with LIKE by the
// store. Cost: the index is about three times larger than a unicode61 one.
//
// Only live rows (deleted = 0) are indexed; tombstones stay in scans until the deletion is synced.
//
// auto_vacuum is not set here: SQLite ignores PRAGMA auto_vacuum inside a transaction once the
// file has its first page (checked on 3.40: it stays 0), and migrations run in one transaction.
// HistoryMaintenance converts the file to incremental auto-vacuum with a VACUUM the first time it
// has to shrink it.
Migration historyMigration()
{
    return {u"history"_s,
            {
                u"CREATE TABLE scans("
                u"id INTEGER PRIMARY KEY, "
                u"uuid TEXT UNIQUE NOT NULL, "
                u"sort_key INTEGER UNIQUE NOT NULL, "
                u"content TEXT NOT NULL, "
                u"content_redacted INTEGER NOT NULL DEFAULT 0, "
                u"payload_type TEXT NOT NULL, "
                u"payload_json TEXT, "
                u"host TEXT, "
                u"verdict_level TEXT, "
                u"verdict_json TEXT, "
                u"source TEXT NOT NULL "
                u"CHECK(source IN ('camera','file','clipboard','screen','video','import')), "
                u"scanned_at INTEGER NOT NULL, "
                u"pinned INTEGER NOT NULL DEFAULT 0, "
                u"note TEXT, "
                u"thumbnail BLOB, "
                u"sync_state TEXT NOT NULL DEFAULT 'pending' CHECK(sync_state IN ('pending','synced')), "
                u"updated_at INTEGER NOT NULL, "
                u"deleted INTEGER NOT NULL DEFAULT 0)"_s,
                // Paging (keyset on scanned_at, id) and the filters, each ending in the page order.
                u"CREATE INDEX scans_by_time ON scans(scanned_at DESC, id DESC)"_s,
                u"CREATE INDEX scans_by_type ON scans(payload_type, scanned_at DESC, id DESC)"_s,
                u"CREATE INDEX scans_by_verdict ON scans(verdict_level, scanned_at DESC, id DESC)"_s,
                u"CREATE INDEX scans_by_source ON scans(source, scanned_at DESC, id DESC)"_s,
                u"CREATE VIRTUAL TABLE scans_fts USING fts5(content, note, host, content='scans', "
                u"content_rowid='sort_key', tokenize='trigram')"_s,
                u"CREATE TRIGGER scans_fts_insert AFTER INSERT ON scans WHEN new.deleted = 0 BEGIN "
                u"INSERT INTO scans_fts(rowid, content, note, host) "
                u"VALUES (new.sort_key, new.content, new.note, new.host); END"_s,
                u"CREATE TRIGGER scans_fts_delete AFTER DELETE ON scans WHEN old.deleted = 0 BEGIN "
                u"INSERT INTO scans_fts(scans_fts, rowid, content, note, host) "
                u"VALUES ('delete', old.sort_key, old.content, old.note, old.host); END"_s,
                u"CREATE TRIGGER scans_fts_update AFTER UPDATE OF content, note, host, deleted ON scans "
                u"BEGIN "
                u"INSERT INTO scans_fts(scans_fts, rowid, content, note, host) "
                u"SELECT 'delete', old.sort_key, old.content, old.note, old.host WHERE old.deleted = 0; "
                u"INSERT INTO scans_fts(rowid, content, note, host) "
                u"SELECT new.sort_key, new.content, new.note, new.host WHERE new.deleted = 0; END"_s,
                // The sync outbox: id is the client's increasing mutation id.
                u"CREATE TABLE outbox("
                u"id INTEGER PRIMARY KEY AUTOINCREMENT, "
                u"client_id TEXT NOT NULL, "
                u"kind TEXT NOT NULL "
                u"CHECK(kind IN ('scan_saved','note','pin','delete','vote','report')), "
                u"record_uuid TEXT, "
                u"body TEXT NOT NULL, "
                u"created_at INTEGER NOT NULL, "
                u"attempts INTEGER NOT NULL DEFAULT 0)"_s,
                u"CREATE INDEX outbox_by_record ON outbox(record_uuid)"_s,
            },
            createClientId};
}

} // namespace SafeScan
