#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace SafeScan {

// The real safescan-server binary for integration tests: started on 127.0.0.1:0 with its data
// directory and SQLite file in a temporary directory, its port read from the first stdout line
// ("listening on 127.0.0.1:PORT"), stopped with SIGTERM.
class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // Starts the server and waits (up to 15 s) for its first line. False with errorString().
    bool start(const QStringList& extraArguments = {});
    // Sends `signalNumber` (SIGTERM by default) and waits for the exit. True when the server
    // exited normally with code 0.
    bool stop(int signalNumber = 15);

    QUrl url(const QString& pathAndQuery) const;
    quint16 port() const { return m_port; }
    QString dataDir() const { return m_dir.path(); }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("server.sqlite")); }
    QString errorString() const { return m_error; }
    QString firstLine() const { return m_firstLine; }
    int exitCode() const { return m_process.exitCode(); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_firstLine;
    QString m_error;
};

} // namespace SafeScan
