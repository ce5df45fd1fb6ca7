#include "HistoryLog.h"

Q_LOGGING_CATEGORY(lcHistory, "safescan.history", QtInfoMsg)
