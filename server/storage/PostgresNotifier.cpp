#include "PostgresNotifier.h"

#include "ServerDatabase.h"
#include "StorageLog.h"
#include "store/SqlError.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"safescan.notifier#%1"_s.arg(++counter);
}

} // namespace

PostgresNotifier::PostgresNotifier(DatabaseServer server, Options options, QObject* parent)
    : ChangeNotifier(parent)
    , m_server(std::move(server))
    , m_options(std::move(options))
    , m_connectionName(nextConnectionName())
    , m_retryDelayMs(m_options.firstRetryMs)
{
    m_healthTimer.setInterval(m_options.healthCheckMs);
    connect(&m_healthTimer, &QTimer::timeout, this, &PostgresNotifier::checkHealth);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &PostgresNotifier::retry);
}

PostgresNotifier::PostgresNotifier(DatabaseServer server, QObject* parent)
    : PostgresNotifier(std::move(server), Options{}, parent)
{}

PostgresNotifier::~PostgresNotifier()
{
    closeConnection();
}

bool PostgresNotifier::start()
{
    m_healthTimer.start();
    if (connectAndListen())
        return true;
    m_retryTimer.start(m_retryDelayMs);
    return false;
}

void PostgresNotifier::notify(const QString& payload)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this, [this, payload] { notify(payload); }, Qt::QueuedConnection);
        return;
    }
    if (payload.size() > MaxPayload) {
        qCWarning(lcServerStorage) << "notifier: a payload of" << payload.size()
                                   << "characters was dropped (payloads are short references, not content)";
        return;
    }
    if (m_listening && send(payload))
        return;
    m_pending.append(payload);
    if (m_pending.size() > MaxPending)
        m_pending.removeFirst();
}

bool PostgresNotifier::send(const QString& payload)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT pg_notify(?, ?)"_s);
    query.addBindValue(m_options.channel);
    query.addBindValue(payload);
    if (query.exec())
        return true;
    lose(u"NOTIFY failed: "_s + sqlErrorText(query.lastError()));
    return false;
}

bool PostgresNotifier::connectAndListen()
{
    closeConnection();
    QSqlDatabase db = QSqlDatabase::addDatabase(m_server.driver, m_connectionName);
    db.setHostName(m_server.host);
    db.setPort(m_server.port);
    db.setUserName(m_server.user);
    db.setPassword(m_server.password);
    db.setDatabaseName(m_server.databaseName);
    db.setConnectOptions(m_server.connectOptions);
    const auto fail = [this](const QString& why) {
        m_error = u"Cannot listen for changes on %1: %2"_s.arg(m_server.displayName, why);
        qCWarning(lcServerStorage).noquote() << m_error;
        return false;
    };
    if (!db.open())
        return fail(sqlErrorText(db.lastError()));
    QSqlQuery query(db);
    if (!query.exec(u"SELECT pg_backend_pid()"_s) || !query.next())
        return fail(sqlErrorText(query.lastError()));
    const qint64 pid = query.value(0).toLongLong();
    query.finish();
    if (!db.driver()->subscribeToNotification(m_options.channel))
        return fail(sqlErrorText(db.driver()->lastError()));
    connect(db.driver(), &QSqlDriver::notification, this, &PostgresNotifier::onNotification);

    m_backendPid = pid;
    m_listening = true;
    m_error.clear();
    m_retryDelayMs = m_options.firstRetryMs;
    qCInfo(lcServerStorage).noquote()
        << "notifier: listening on" << m_server.displayName << "channel" << m_options.channel;
    Q_EMIT listening();
    const QStringList pending = std::exchange(m_pending, {});
    for (const QString& payload : pending)
        notify(payload);
    return true;
}

void PostgresNotifier::closeConnection()
{
    m_listening = false;
    m_backendPid = 0;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (QSqlDriver* driver = db.driver())
            driver->disconnect(this);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void PostgresNotifier::onNotification(const QString& name, QSqlDriver::NotificationSource,
                                      const QVariant& payload)
{
    if (name == m_options.channel)
        Q_EMIT received(payload.toString());
}

void PostgresNotifier::checkHealth()
{
    if (!m_listening)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!postgresConnectionAlive(db)) {
        lose(u"the server closed the connection"_s);
        return;
    }
    QSqlQuery query(db);
    if (!query.exec(u"SELECT 1"_s))
        lose(sqlErrorText(query.lastError()));
}

// May run inside a query on the connection: it is only closed later, by retry().
void PostgresNotifier::lose(const QString& reason)
{
    if (!m_listening)
        return;
    m_listening = false;
    m_backendPid = 0;
    m_error = u"Lost the notification connection to %1: %2"_s.arg(m_server.displayName, reason);
    qCWarning(lcServerStorage).noquote() << m_error << "- reconnecting";
    Q_EMIT connectionLost(reason);
    m_retryTimer.start(m_retryDelayMs);
}

void PostgresNotifier::retry()
{
    if (m_listening)
        return;
    if (connectAndListen())
        return;
    m_retryDelayMs = std::min(m_retryDelayMs * 2, m_options.maxRetryMs);
    qCInfo(lcServerStorage) << "notifier: next attempt in" << m_retryDelayMs << "ms";
    m_retryTimer.start(m_retryDelayMs);
}

} // namespace SafeScan
