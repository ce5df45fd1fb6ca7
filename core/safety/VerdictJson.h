#pragma once

#include "Verdict.h"

#include <QJsonObject>

namespace SafeScan {

// {"level", "score", "reasons": [{"code", "message", "evidence"}], "destination": {...} | null,
//  "algorithm"}
QJsonObject verdictToJson(const Verdict& verdict);
// The same as compact UTF-8 JSON text, written without a QJsonObject (QJsonDocument::fromJson()
// of it equals verdictToJson()); keys are not sorted. For the history.
QByteArray verdictToJsonUtf8(const Verdict& verdict);
// For a terminal: "verdict: suspicious (risk 55)", the destination, then one line per reason;
// every line starts with `indent`.
QString verdictToText(const Verdict& verdict, const QString& indent);

} // namespace SafeScan
