#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace SafeScan {

// Splits one CSV record (RFC 4180 quoting: fields may be quoted, a quote inside a quoted field
// is doubled, commas inside quotes are data). Records never span lines in the feeds SafeScan
// reads, so an unterminated quote is an error. A quote inside an unquoted field is kept as data.
// Returns false and sets `error` for a malformed record.
bool splitCsvLine(QStringView line, QStringList& fields, QString& error);

} // namespace SafeScan
