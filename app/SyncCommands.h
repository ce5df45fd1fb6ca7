#pragma once

#include <QStringList>

namespace SafeScan {

// `safescan login --server URL --username NAME --password-stdin`
int runLoginCommand(const QStringList& arguments);
// `safescan sync [--passphrase-stdin] [--json]`
int runSyncCommand(const QStringList& arguments);
// `safescan status [--json]`
int runStatusCommand(const QStringList& arguments);

} // namespace SafeScan
