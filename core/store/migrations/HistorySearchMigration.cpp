#include "HistorySearchMigration.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

// 4: HistoryStore writes the full-text row of a new scan itself, next to the INSERT INTO scans
// and in the same transaction, instead of the AFTER INSERT trigger of migration 2.
//
// Why: an INSERT that fires a trigger may fail halfway, so SQLite (3.40) wraps it in a statement
// savepoint, and FTS5 answers every savepoint by flushing its pending terms to a new on-disk
// segment. With the trigger, each scan thus became its own FTS5 segment, merged again and again:
// two thirds of the time of a batched insert. A plain single-row INSERT INTO scans_fts needs no
// statement savepoint, so FTS5 keeps the whole batch in memory and writes one segment at commit.
//
// The rows already indexed stay as they are; the delete and update triggers are unchanged (a
// change touches one row per statement). Any code that inserts into scans must now insert the
// row's content, note and host into scans_fts (rowid = sort_key) when deleted = 0.
Migration historySearchMigration()
{
    return {u"history full-text rows written with the scan"_s, {u"DROP TRIGGER scans_fts_insert"_s}, {}};
}

} // namespace SafeScan
