#pragma once

#include <QByteArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace SafeScan {

// The real safescan-server binary for integration tests: started on 127.0.0.1:0 with its data
// directory in a temporary directory, its port read from the first stdout line
// ("listening on 127.0.0.1:PORT"), stopped with SIGTERM.
//
// The database back end comes from the environment, so every server test runs twice in ctest
// (safescan_add_server_test): SQLite (a file in the temporary directory) by default, PostgreSQL
// when SAFESCAN_TEST_BACKEND=postgres. Then each ServerProcess creates its own database (random
// name) on the cluster at SAFESCAN_TEST_POSTGRES_URL (scripts/pg-test-cluster starts one) and
// drops it when destroyed, so tests run in parallel. Without that URL start() fails, unless
// SAFESCAN_ALLOW_NO_POSTGRES=1: then the test prints a marker ctest counts as skipped.
class ServerProcess
{
public:
    enum class Backend
    {
        Sqlite,
        Postgres
    };

    ServerProcess();
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // Starts the server and waits (up to 15 s) for its first line. False with errorString().
    bool start(const QStringList& extraArguments = {});
    // Before start(): keep the server's stderr (its log) for log() instead of forwarding it to the
    // test's stderr (the privacy tests search it).
    void captureLog() { m_process.setProcessChannelMode(QProcess::SeparateChannels); }
    // Everything the server wrote to stderr so far (with captureLog()).
    QByteArray log()
    {
        m_log += m_process.readAllStandardError();
        return m_log;
    }
    // Sends `signalNumber` (SIGTERM by default) and waits for the exit. True when the server
    // exited normally with code 0.
    bool stop(int signalNumber = 15);
    // Before start(): this server uses the database of `owner` (which keeps owning it) instead of
    // its own, so several instances share one database (the multi-instance tests).
    void useDatabaseOf(const ServerProcess& owner);

    QUrl url(const QString& pathAndQuery) const;
    quint16 port() const { return m_port; }
    QString dataDir() const { return m_dir.path(); }
    QString errorString() const { return m_error; }
    QString firstLine() const { return m_firstLine; }
    int exitCode() const { return m_process.exitCode(); }

    static Backend backend();
    // The --database URL the server (and `safescan-server admin`) use.
    QString databaseUrl() const { return m_databaseUrl; }
    // SQLite only: the database file.
    QString databasePath() const { return m_dir.filePath(QStringLiteral("server.sqlite")); }
    // Everything the database holds, for privacy checks: the SQLite files as they are on disk, or
    // every row of every PostgreSQL table as text (with its table name). Empty on failure.
    QByteArray databaseDump() const;
    // A connection of this test to the server's database, for inspection; the caller removes
    // `connectionName` when done. Not open on failure.
    QSqlDatabase openDatabase(const QString& connectionName) const;

private:
    bool createPostgresDatabase();
    void dropPostgresDatabase();

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_firstLine;
    QString m_error;
    QString m_setupError;
    QString m_databaseUrl;
    QString m_postgresDatabase; // the database this object created, empty when none
    QByteArray m_log;
};

} // namespace SafeScan
