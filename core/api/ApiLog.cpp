#include "ApiLog.h"

namespace SafeScan {
Q_LOGGING_CATEGORY(lcApi, "safescan.api", QtInfoMsg)
}
