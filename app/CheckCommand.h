#pragma once

#include <QStringList>

namespace SafeScan {

// `safescan check [--json] [--data-dir DIR] TEXT...` (or - for one payload per stdin line).
int runCheckCommand(const QStringList& arguments);

} // namespace SafeScan
