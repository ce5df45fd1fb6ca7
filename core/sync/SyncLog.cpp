#include "SyncLog.h"

Q_LOGGING_CATEGORY(lcSync, "safescan.sync", QtInfoMsg)
