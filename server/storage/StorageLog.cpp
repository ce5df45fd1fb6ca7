#include "StorageLog.h"

Q_LOGGING_CATEGORY(lcServerStorage, "safescan.server.storage", QtInfoMsg)
