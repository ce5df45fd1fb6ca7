#include "FramesLog.h"

Q_LOGGING_CATEGORY(lcFrames, "safescan.frames", QtInfoMsg)
