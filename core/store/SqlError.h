#pragma once

#include <QSqlError>
#include <QString>

namespace SafeScan {

// The most useful text of a Qt SQL error: SQLite's own message ("no such table: x") when there is
// one, else Qt's description. Empty for no error.
QString sqlErrorText(const QSqlError& error);

} // namespace SafeScan
