#include "MultiRowInsert.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SafeScan {

int rowsPerInsert(const QSqlDatabase& db, int columns)
{
    if (db.driverName() == u"QSQLITE"_s)
        return 1;
    return std::max(1, MaxParametersPerInsert / columns);
}

QString valuesPlaceholders(int rows, int columns)
{
    QString row = u"("_s;
    for (int column = 0; column < columns; ++column)
        row += column == 0 ? u"?"_s : u", ?"_s;
    row += u")"_s;
    QString values;
    values.reserve(qsizetype(rows) * (row.size() + 2));
    for (int index = 0; index < rows; ++index) {
        if (index > 0)
            values += u", "_s;
        values += row;
    }
    return values;
}

} // namespace SafeScan
