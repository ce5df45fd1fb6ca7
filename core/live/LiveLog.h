#pragma once

#include <QLoggingCategory>

namespace SafeScan {
Q_DECLARE_LOGGING_CATEGORY(lcLive)
}
