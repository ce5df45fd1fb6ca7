#pragma once

#include "FileScanner.h"

#include <QJsonObject>

namespace SafeScan::ScanReport {

// {"file": ..., "codes": [{"text", "format", "payload", "position"}], "decode_ms"} or
// {"file": ..., "error": ...}
QJsonObject toJson(const FileScanResult& result);
// Human-readable lines for a terminal.
QString toText(const FileScanResult& result);

} // namespace SafeScan::ScanReport
