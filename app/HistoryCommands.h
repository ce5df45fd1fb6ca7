#pragma once

#include <QStringList>

namespace SafeScan {

// `safescan history [--json] [--search Q] [--type T] [--verdict V] [--source S] [--limit N]`
int runHistoryCommand(const QStringList& arguments);
// `safescan export --format csv|json [--redact] FILE`
int runExportCommand(const QStringList& arguments);
// `safescan import FILE`
int runImportCommand(const QStringList& arguments);

} // namespace SafeScan
