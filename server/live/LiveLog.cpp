#include "LiveLog.h"

Q_LOGGING_CATEGORY(lcServerLive, "safescan.server.live", QtInfoMsg)
