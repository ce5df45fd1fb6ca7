#include "CredentialsLog.h"

namespace SafeScan {
Q_LOGGING_CATEGORY(lcCredentials, "safescan.credentials", QtInfoMsg)
}
