#include "HttpLog.h"

Q_LOGGING_CATEGORY(lcServerHttp, "safescan.server.http", QtInfoMsg)
