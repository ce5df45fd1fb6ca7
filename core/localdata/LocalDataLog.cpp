#include "LocalDataLog.h"

Q_LOGGING_CATEGORY(lcLocalData, "safescan.localdata", QtInfoMsg)
