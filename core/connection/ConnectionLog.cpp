#include "ConnectionLog.h"

Q_LOGGING_CATEGORY(lcConnection, "safescan.connection")
