#pragma once

#include "Verdict.h"

#include <optional>

namespace SafeScan::ReasonCatalog {

inline constexpr char translationContext[] = "SafeScan::Safety";

struct Entry
{
    ReasonCode code;
    QString name;         // stable snake_case code, e.g. "ip_literal_host"
    const char* sentence; // English source text, translated through translationContext
    double weight;        // default weight (some checks pass their own, e.g. TLD scores)
    bool critical;        // alone makes the verdict dangerous
};

const Entry& entry(ReasonCode code);
std::optional<ReasonCode> codeFromName(const QString& name);
const QList<Entry>& all();

// A reason with the catalogue's weight.
Reason make(ReasonCode code, QString evidence, QStringList args = {});

} // namespace SafeScan::ReasonCatalog
