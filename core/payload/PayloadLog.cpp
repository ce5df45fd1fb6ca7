#include "PayloadLog.h"

Q_LOGGING_CATEGORY(lcPayload, "safescan.payload", QtInfoMsg)
