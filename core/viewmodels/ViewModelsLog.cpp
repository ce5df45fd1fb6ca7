#include "ViewModelsLog.h"

Q_LOGGING_CATEGORY(lcViewModels, "safescan.viewmodels", QtInfoMsg)
