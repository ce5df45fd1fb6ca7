#pragma once

#include "Migrations.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace SafeScan {

class Clock;

// A database server reached through a Qt SQL network driver (the server's PostgreSQL, QPSQL)
// instead of a file. Empty fields and port -1 are left to the driver (libpq's defaults: PGHOST,
// the local socket, the OS user, ...).
struct DatabaseServer
{
    QString driver = QStringLiteral("QPSQL");
    QString host;
    int port = -1;
    QString user;
    QString password;
    QString databaseName;
    QString connectOptions; // the driver's "key=value;key=value" options
    QString displayName;    // how messages name it: never the password
    // Whether an open connection still reaches its server (the driver does not notice a dropped
    // connection by itself). Unset: always.
    std::function<bool(const QSqlDatabase&)> connectionAlive;
};

// One SQLite database file, reached through Qt SQL's QSQLITE driver with one connection per thread
// (a QSqlDatabase may only be used by the thread that opened it). Every connection is set up the
// same way: WAL journal, synchronous=NORMAL, foreign keys on, a busy timeout. The first connection
// also brings the schema up to date with the given migrations. Failures never crash: connection()
// returns an invalid QSqlDatabase and errorString() says what went wrong.
//
// The server may instead reach a DatabaseServer (PostgreSQL): the same one connection per thread,
// no SQLite set-up, migrations versioned as Migrations describes; path() is then the server's
// display name. A connection that DatabaseServer::connectionAlive reports dead (the server went away) is
// replaced by a new one on the next connection().
//
// The object is shared by reference between threads; it must outlive every use of its connections.
// Its destructor closes and removes every connection it opened, so no QSqlQuery on them may
// outlive it.
class Database
{
public:
    struct Options
    {
        int busyTimeoutMs = 5000;
        // Page cache per connection (SQLite's default is 2 MB) and the WAL size, in 4 KiB pages,
        // that triggers a checkpoint (default 1000). A bigger cache keeps the FTS and index pages
        // that every insert touches; fewer, larger checkpoints write each hot page once instead of
        // many times. Measured by bench/history_bench: 1M scans 14.7k -> 21.5k inserts/s.
        int cacheKiB = 32 * 1024;
        int walAutocheckpointPages = 16000;
    };

    Database(QString path, const Clock& clock, Migrations migrations, Options options);
    Database(QString path, const Clock& clock, Migrations migrations);
    Database(DatabaseServer server, const Clock& clock, Migrations migrations);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens this thread's connection (creating the folder and the file) and migrates the schema.
    // Same as connection().isOpen().
    bool open();
    // This thread's connection, opened on first use; invalid (not open) on failure.
    QSqlDatabase connection();
    // Closes this thread's connection; a worker thread that is about to end calls this.
    void closeThreadConnection();

    // The last error of any thread, empty when the last open succeeded.
    QString errorString() const;
    QString path() const { return m_path; }
    // The server this database lives on, nullopt for a SQLite file.
    const std::optional<DatabaseServer>& server() const { return m_server; }
    const Clock& clock() const { return m_clock; }
    const Migrations& migrations() const { return m_migrations; }
    // The schema version reached by the migrations, 0 before the first successful open.
    int schemaVersion() const;
    // The QSqlDatabase connection name this thread uses (derived from the path and the thread).
    QString threadConnectionName() const;

    // Where the client database lives: the user's data directory (QStandardPaths).
    static QString defaultPath();

private:
    QSqlDatabase openConnection(const QString& name);
    QSqlDatabase openServerConnection(const QString& name, QString& error);
    bool configure(QSqlDatabase& db, QString& error) const;
    bool migrate(QSqlDatabase& db, QString& error);
    void setError(const QString& error);

    const QString m_path;
    const std::optional<DatabaseServer> m_server;
    const Clock& m_clock;
    const Migrations m_migrations;
    const Options m_options;
    const QString m_namePrefix;

    mutable QMutex m_mutex;
    QHash<quint64, QString> m_connections; // thread serial -> connection name
    QString m_error;
    int m_schemaVersion = 0;
    bool m_migrated = false;
};

} // namespace SafeScan
