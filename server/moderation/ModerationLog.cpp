#include "ModerationLog.h"

Q_LOGGING_CATEGORY(lcServerModeration, "safescan.server.moderation", QtInfoMsg)
