#include "StoreLog.h"

Q_LOGGING_CATEGORY(lcStore, "safescan.store", QtInfoMsg)
