#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcLocalData)

namespace SafeScan {

// Logs a failure of the local-data repositories, hands its text to the caller's `error` (when
// given) and returns false, so that every repository reports errors the same way.
bool localDataFailure(QString* error, const QString& text);

} // namespace SafeScan
