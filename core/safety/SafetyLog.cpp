#include "SafetyLog.h"

Q_LOGGING_CATEGORY(lcSafety, "safescan.safety", QtInfoMsg)
