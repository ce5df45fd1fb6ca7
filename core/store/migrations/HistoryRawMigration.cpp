#include "HistoryRawMigration.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

// 5: a scan's payload_json no longer repeats the scanned text. payloadToJson() puts the text in
// "raw", which (after redaction) is almost always the content column itself: storing it twice made
// every row larger and every insert slower. A row with raw_in_content = 1 has no "raw" in its
// payload_json, and readers put content back as "raw"; rows written before (raw_in_content = 0,
// the default) keep their "raw" and are read as they are. A payload whose "raw" differs from the
// content, or that has none (an import), is stored as given with raw_in_content = 0.
//
// ADD COLUMN with a constant default rewrites no row: old databases upgrade at once.
Migration historyRawMigration()
{
    return {u"history payloads without a second copy of the content"_s,
            {u"ALTER TABLE scans ADD COLUMN raw_in_content INTEGER NOT NULL DEFAULT 0"_s},
            {}};
}

} // namespace SafeScan
