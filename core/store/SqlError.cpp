#include "SqlError.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

QString sqlErrorText(const QSqlError& error)
{
    if (error.type() == QSqlError::NoError)
        return {};
    const QString db = error.databaseText().trimmed();
    const QString driver = error.driverText().trimmed();
    if (db.isEmpty())
        return driver.isEmpty() ? u"unknown database error"_s : driver;
    if (driver.isEmpty() || db.contains(driver))
        return db;
    return db + u" ("_s + driver + u")"_s;
}

} // namespace SafeScan
