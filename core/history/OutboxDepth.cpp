#include "OutboxDepth.h"

#include "store/Database.h"
#include "store/SqlError.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SafeScan {

qint64 outboxDepth(Database& database, QString* error)
{
    QSqlDatabase db = database.connection();
    if (!db.isOpen()) {
        if (error)
            *error = database.errorString();
        return -1;
    }
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) FROM outbox"_s) || !query.next()) {
        if (error)
            *error = sqlErrorText(query.lastError());
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace SafeScan
