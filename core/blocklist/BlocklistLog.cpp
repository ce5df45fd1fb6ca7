#include "BlocklistLog.h"

Q_LOGGING_CATEGORY(lcBlocklist, "safescan.blocklist", QtInfoMsg)
