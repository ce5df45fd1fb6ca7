#pragma once

#include "live/ChangeNotifier.h"
#include "store/Database.h"

#include <QSqlDriver>
#include <QStringList>
#include <QTimer>

namespace SafeScan {

// ChangeNotifier over PostgreSQL LISTEN/NOTIFY (SPEC §11), shared by every server instance on one
// database. It owns a dedicated connection in its own thread (the main thread): LISTEN through
// QSqlDriver::subscribeToNotification, NOTIFY through SELECT pg_notify(channel, payload) on the
// same connection, so the sender receives its own notifications like everyone else.
//
// Payloads are short ("<channel> <offset>", at most MaxPayload characters): never content.
// The connection is watched every Options::healthCheckMs (libpq's status, which turns bad as soon
// as the driver reads the end of the connection, then a cheap SELECT 1); when it is lost, connectionLost() is
// emitted, reconnection is tried with exponential backoff on timers, and after LISTEN succeeds again
// listening() is emitted (the hub then catches up from the database: notifications sent meanwhile were not
// received) and payloads notify()'d meanwhile are sent (the newest MaxPending).
class PostgresNotifier final : public ChangeNotifier
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxPayload = 200;
    static constexpr qsizetype MaxPending = 1000;

    struct Options
    {
        QString channel = QStringLiteral("safescan_live");
        int healthCheckMs = 1000;
        int firstRetryMs = 250;
        int maxRetryMs = 30000;
    };

    PostgresNotifier(DatabaseServer server, Options options, QObject* parent = nullptr);
    explicit PostgresNotifier(DatabaseServer server, QObject* parent = nullptr);
    ~PostgresNotifier() override;

    // Connects and LISTENs. False (with errorString()) when this first attempt failed; it keeps
    // retrying in the background either way.
    bool start();
    // Sends `payload` to every instance (this one included). Thread-safe; queued while the
    // connection is down.
    void notify(const QString& payload) override;

    bool isListening() const { return m_listening; }
    // The PostgreSQL backend process of the listening connection, 0 while there is none.
    qint64 backendPid() const { return m_backendPid; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    // LISTEN is active (again).
    void listening();
    void connectionLost(const QString& reason);

private:
    bool connectAndListen();
    void closeConnection();
    bool send(const QString& payload);
    void onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    void checkHealth();
    void lose(const QString& reason);
    void retry();

    const DatabaseServer m_server;
    const Options m_options;
    const QString m_connectionName;
    QTimer m_healthTimer;
    QTimer m_retryTimer;
    int m_retryDelayMs = 0;
    bool m_listening = false;
    qint64 m_backendPid = 0;
    QString m_error;
    QStringList m_pending;
};

} // namespace SafeScan
