#include "Database.h"

#include "SqlError.h"
#include "StoreLog.h"
#include "base/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

const QString kDriver = u"QSQLITE"_s;

// Never reused, unlike QThread pointers or native thread ids.
quint64 currentThreadSerial()
{
    static std::atomic<quint64> counter{0};
    thread_local const quint64 serial = ++counter;
    return serial;
}

quint64 nextInstanceSerial()
{
    static std::atomic<quint64> counter{0};
    return ++counter;
}

QString absolutePath(const QString& path)
{
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

bool execPragma(QSqlQuery& query, const QString& pragma, QString& error)
{
    if (query.exec(pragma))
        return true;
    error = sqlErrorText(query.lastError());
    return false;
}

} // namespace

Database::Database(QString path, const Clock& clock, Migrations migrations, Options options)
    : m_path(absolutePath(path))
    , m_clock(clock)
    , m_migrations(std::move(migrations))
    , m_options(options)
    , m_namePrefix(u"safescan.store:%1#%2"_s.arg(m_path).arg(nextInstanceSerial()))
{}

Database::Database(QString path, const Clock& clock, Migrations migrations)
    : Database(std::move(path), clock, std::move(migrations), Options{})
{}

Database::Database(DatabaseServer server, const Clock& clock, Migrations migrations)
    : m_path(server.displayName)
    , m_server(std::move(server))
    , m_clock(clock)
    , m_migrations(std::move(migrations))
    , m_options(Options{})
    , m_namePrefix(u"safescan.store:%1#%2"_s.arg(m_path).arg(nextInstanceSerial()))
{}

Database::~Database()
{
    QMutexLocker locker(&m_mutex);
    for (const QString& name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
    m_connections.clear();
}

bool Database::open()
{
    return connection().isOpen();
}

QString Database::threadConnectionName() const
{
    return m_namePrefix + u"/thread-"_s + QString::number(currentThreadSerial());
}

QSqlDatabase Database::connection()
{
    const quint64 thread = currentThreadSerial();
    QMutexLocker locker(&m_mutex);
    if (const auto it = m_connections.constFind(thread); it != m_connections.cend()) {
        QSqlDatabase db = QSqlDatabase::database(*it, false);
        if (db.isOpen() && (!m_server || !m_server->connectionAlive || m_server->connectionAlive(db)))
            return db;
        qCInfo(lcStore) << "The connection" << *it << "was lost; opening a new one";
        // Closed behind our back: start over.
        const QString name = *it;
        m_connections.erase(it);
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    const QString name = threadConnectionName();
    QSqlDatabase db = openConnection(name);
    if (!db.isOpen()) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    m_connections.insert(thread, name);
    m_error.clear();
    return db;
}

void Database::closeThreadConnection()
{
    QMutexLocker locker(&m_mutex);
    const QString name = m_connections.take(currentThreadSerial());
    if (!name.isEmpty())
        QSqlDatabase::removeDatabase(name);
}

QString Database::errorString() const
{
    QMutexLocker locker(&m_mutex);
    return m_error;
}

int Database::schemaVersion() const
{
    QMutexLocker locker(&m_mutex);
    return m_schemaVersion;
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/safescan.sqlite"_s;
}

// Called with m_mutex held. On failure the returned connection is closed and m_error is set; the
// caller removes it.
QSqlDatabase Database::openConnection(const QString& name)
{
    const auto fail = [this](const QString& why) {
        setError(u"Cannot open the database \"%1\": %2"_s.arg(m_path, why));
        return QSqlDatabase();
    };
    if (m_server) {
        QString error;
        QSqlDatabase db = openServerConnection(name, error);
        return error.isEmpty() ? db : fail(error);
    }
    if (m_path.isEmpty())
        return fail(u"no file name was given"_s);
    if (!QSqlDatabase::isDriverAvailable(kDriver))
        return fail(u"the SQLite driver of Qt SQL (QSQLITE) is not installed"_s);
    const QFileInfo file(m_path);
    if (file.isDir())
        return fail(u"it is a folder, not a file"_s);
    if (!QDir().mkpath(file.absolutePath()))
        return fail(u"the folder \"%1\" cannot be created"_s.arg(file.absolutePath()));

    QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_options.busyTimeoutMs));
    QString error;
    if (!db.open())
        error = sqlErrorText(db.lastError());
    else if (!configure(db, error) || !migrate(db, error))
        db.close();
    if (!error.isEmpty()) {
        db.close();
        return fail(error);
    }
    qCDebug(lcStore) << "Opened" << name;
    return db;
}

// Called with m_mutex held. On failure `error` is set and the connection closed.
QSqlDatabase Database::openServerConnection(const QString& name, QString& error)
{
    if (!QSqlDatabase::isDriverAvailable(m_server->driver)) {
        error = u"the Qt SQL driver %1 is not installed"_s.arg(m_server->driver);
        return {};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(m_server->driver, name);
    db.setHostName(m_server->host);
    db.setPort(m_server->port);
    db.setUserName(m_server->user);
    db.setPassword(m_server->password);
    db.setDatabaseName(m_server->databaseName);
    db.setConnectOptions(m_server->connectOptions);
    if (!db.open())
        error = sqlErrorText(db.lastError());
    else if (!migrate(db, error))
        db.close();
    if (!error.isEmpty()) {
        db.close();
        return {};
    }
    qCDebug(lcStore) << "Opened" << name;
    return db;
}

bool Database::configure(QSqlDatabase& db, QString& error) const
{
    QSqlQuery query(db);
    // SQLite reads the file lazily: this is where "file is not a database" shows up.
    if (!execPragma(query, u"PRAGMA busy_timeout = %1"_s.arg(m_options.busyTimeoutMs), error) ||
        !execPragma(query, u"SELECT count(*) FROM sqlite_schema"_s, error))
        return false;
    if (!execPragma(query, u"PRAGMA journal_mode = WAL"_s, error))
        return false;
    if (query.next() && query.value(0).toString() != u"wal"_s)
        qCWarning(lcStore) << "The database" << m_path << "uses journal mode" << query.value(0).toString()
                           << "instead of WAL";
    return execPragma(query, u"PRAGMA synchronous = NORMAL"_s, error) &&
           execPragma(query, u"PRAGMA foreign_keys = ON"_s, error) &&
           execPragma(query, u"PRAGMA cache_size = -%1"_s.arg(m_options.cacheKiB), error) &&
           execPragma(query, u"PRAGMA wal_autocheckpoint = %1"_s.arg(m_options.walAutocheckpointPages),
                      error);
}

bool Database::migrate(QSqlDatabase& db, QString& error)
{
    if (m_migrated)
        return true;
    const MigrationResult result = m_migrations.apply(db, m_clock);
    if (!result.ok) {
        error = result.error;
        return false;
    }
    m_migrated = true;
    m_schemaVersion = result.toVersion;
    return true;
}

void Database::setError(const QString& error)
{
    m_error = error;
    qCWarning(lcStore).noquote() << error;
}

} // namespace SafeScan
