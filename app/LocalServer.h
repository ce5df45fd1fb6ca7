#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace SafeScan {

// The community server on loopback for a user who configured none (the "embedded default" of the
// README): `safescan-server --listen 127.0.0.1:0 --data-dir DIR` as a child process, its port read
// from its first line ("listening on 127.0.0.1:PORT"), stopped with SIGTERM when this object goes.
// Its data (SQLite database, server secret) stays in DIR between runs, so votes made against the
// local server are kept.
//
// start() returns at once; ready() or failed() follows. waitUntilReady() blocks (command line).
class LocalServer : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Stopped,
        Starting,
        Running,
        Failed
    };

    LocalServer(QString serverBinary, QString dataDir, QObject* parent = nullptr);
    ~LocalServer() override;

    // safescan-server beside the running executable (both are built into bin/ and installed
    // into the same folder).
    static QString defaultBinary();

    void start();
    bool waitUntilReady(int timeoutMs);
    // SIGTERM, then up to `timeoutMs` for a clean exit before the process is killed.
    void stop(int timeoutMs = 5000);

    State state() const { return m_state; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString errorString() const { return m_error; }
    qint64 processId() const { return m_process.processId(); }

Q_SIGNALS:
    void ready(const QUrl& baseUrl);
    // It could not start, or it exited while running (with what it printed last).
    void failed(const QString& message);

private:
    void readFirstLine();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void fail(const QString& message);

    QString m_binary;
    QString m_dataDir;
    QProcess m_process;
    QByteArray m_stdout;
    State m_state = State::Stopped;
    QUrl m_baseUrl;
    QString m_error;
};

} // namespace SafeScan
