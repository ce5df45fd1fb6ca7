#include "LiveLog.h"

namespace SafeScan {
Q_LOGGING_CATEGORY(lcLive, "safescan.live", QtInfoMsg)
}
