#include "DecodeLog.h"

Q_LOGGING_CATEGORY(lcDecode, "safescan.decode", QtInfoMsg)
