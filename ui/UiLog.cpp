#include "UiLog.h"

Q_LOGGING_CATEGORY(lcUi, "safescan.ui", QtInfoMsg)
