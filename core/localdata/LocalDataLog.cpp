#include "LocalDataLog.h"

Q_LOGGING_CATEGORY(lcLocalData, "safescan.localdata", QtInfoMsg)

namespace SafeScan {

bool localDataFailure(QString* error, const QString& text)
{
    qCWarning(lcLocalData).noquote() << text;
    if (error)
        *error = text;
    return false;
}

} // namespace SafeScan
