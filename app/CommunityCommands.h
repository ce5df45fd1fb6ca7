#pragma once

#include <QStringList>

namespace SafeScan {

// safescan vote CONTENT --safe|--unsafe|--retract [--hash] [--json] [--server URL]
int runVoteCommand(const QStringList& arguments);
// safescan report CONTENT --reason TEXT [--note TEXT] [--share-content] [--hash] [--json]
int runReportCommand(const QStringList& arguments);
// safescan watch CONTENT [--hash] [--json] [--max-updates N]: live rating changes until Ctrl+C
int runWatchCommand(const QStringList& arguments);

} // namespace SafeScan
