#pragma once

#include "safety/Verdict.h"

#include <QString>
#include <QStringList>

// How a verdict is told to a person: always an icon AND words, never a colour alone.
namespace SafeScan::VerdictText {

inline constexpr char context[] = "SafeScan::VerdictText";

// "Dangerous", "Suspicious", "Not judged", "No known risk", "Trusted" (translated).
QString label(VerdictLevel level);
// One sentence on what to do about it.
QString advice(VerdictLevel level);
// The resource path of the verdict's SVG icon (":/icons/verdict-<name>.svg").
QString iconPath(VerdictLevel level);
// Each reason as a plain-language sentence, worst first.
QStringList reasonSentences(const Verdict& verdict);

// The destination as rich text: the whole URL, the host in its readable (Unicode) form with the
// registrable domain (who owns the site) in bold. Everything is HTML-escaped.
// With `softBreaks`, long addresses may wrap after '/', '.', '?', '&' and '=' (a zero-width space
// is inserted for display; copy the content itself, not this text).
QString destinationHtml(const Destination& destination, bool softBreaks = false);
// Inserts those zero-width break opportunities into plain text.
QString withSoftBreaks(const QString& text);
// "xn--..." form of the host when it differs from what a person reads; empty otherwise.
QString punycodeHost(const Destination& destination);

} // namespace SafeScan::VerdictText
