#include "CommunityLog.h"

namespace SafeScan {
Q_LOGGING_CATEGORY(lcCommunity, "safescan.community", QtInfoMsg)
}
