#pragma once

#include <QJsonObject>
#include <QString>

namespace SafeScan {

class Clock;
class Database;

// Appends durable sync mutations (SPEC §9) to the outbox table that clientSchema() migration 2
// creates: outbox(id INTEGER PRIMARY KEY AUTOINCREMENT, client_id, kind, record_uuid, body,
// created_at, attempts). The AUTOINCREMENT id is the increasing mutation id; together with the
// client id it names a mutation exactly once.
//
// append() does not open a transaction: the caller opens one (store/Transaction) on this thread's
// connection, writes its change, appends the mutation and commits, so the change and its outbox
// row are stored together or not at all.
class OutboxWriter
{
public:
    OutboxWriter(Database& database, const Clock& clock);

    // The app_state key that holds this installation's sync client id.
    static QString clientIdKey();

    // The client id, created (a random UUID) and stored the first time. Empty on failure.
    QString clientId(QString* error = nullptr);
    // Appends one mutation stamped with the wall clock; returns its mutation id, 0 on failure.
    qint64 append(const QString& kind, const QString& recordUuid, const QJsonObject& body,
                  QString* error = nullptr);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace SafeScan
