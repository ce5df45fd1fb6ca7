#pragma once

#include <QStringList>

namespace SafeScan {

// `safescan blocklist import|stats|remove ...`
int runBlocklistCommand(const QStringList& arguments);

} // namespace SafeScan
