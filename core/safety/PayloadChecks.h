#pragma once

#include "Verdict.h"
#include "payload/Payload.h"

namespace SafeScan::PayloadChecks {

// The risks of what a payload asks the user to do, apart from its links: join an open network,
// reveal a secret, call a premium number, pay someone.
QList<Reason> check(const Payload& payload);

} // namespace SafeScan::PayloadChecks
