#include "OutboxWriter.h"

#include "AppState.h"
#include "LocalDataLog.h"
#include "base/Clock.h"
#include "store/Database.h"
#include "store/SqlError.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace SafeScan {

OutboxWriter::OutboxWriter(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QString OutboxWriter::clientIdKey()
{
    return u"client_id"_s;
}

QString OutboxWriter::clientId(QString* error)
{
    AppState state(m_database);
    const QVariant id =
        state.valueOrInsert(clientIdKey(), QUuid::createUuid().toString(QUuid::WithoutBraces), error);
    if (id.typeId() == QMetaType::QString && !id.toString().isEmpty())
        return id.toString();
    if (id.isValid() && error)
        *error = u"The app state \"%1\" does not hold a client id."_s.arg(clientIdKey());
    return {};
}

qint64 OutboxWriter::append(const QString& kind, const QString& recordUuid, const QJsonObject& body,
                            QString* error)
{
    const auto failed = [&](const QString& why) {
        const QString text = u"Cannot queue the \"%1\" change for sync: %2"_s.arg(kind, why);
        qCWarning(lcLocalData).noquote() << text;
        if (error)
            *error = text;
        return qint64(0);
    };
    QString idError;
    const QString client = clientId(&idError);
    if (client.isEmpty())
        return failed(idError);
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return failed(m_database.errorString());
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO outbox(client_id, kind, record_uuid, body, created_at) "
                  u"VALUES(?, ?, ?, ?, ?)"_s);
    query.addBindValue(client);
    query.addBindValue(kind);
    query.addBindValue(recordUuid);
    query.addBindValue(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    query.addBindValue(m_clock.epochMs());
    if (!query.exec())
        return failed(sqlErrorText(query.lastError()));
    const qint64 id = query.lastInsertId().toLongLong();
    if (id <= 0)
        return failed(u"SQLite did not report the mutation id"_s);
    return id;
}

} // namespace SafeScan
