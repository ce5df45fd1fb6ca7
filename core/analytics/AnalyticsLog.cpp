#include "AnalyticsLog.h"

Q_LOGGING_CATEGORY(lcAnalytics, "safescan.analytics", QtInfoMsg)
