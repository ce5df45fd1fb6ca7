#pragma once

#include <QString>

#include <span>

namespace SafeScan {

// A stable name ("camera", "most_voted", ...) and its user-visible label, marked for translation
// with QT_TRANSLATE_NOOP(context, text) so that lupdate finds it.
struct NameLabel
{
    const char16_t* name;
    const char* text;
};

// The label of `name` in `labels`, translated in `context`; `name` itself when it is not listed
// (a newer server may send names this client does not know yet).
QString labelFor(std::span<const NameLabel> labels, const char* context, const QString& name);

} // namespace SafeScan
