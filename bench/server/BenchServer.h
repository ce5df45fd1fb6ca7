#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <vector>

namespace SafeScan::Bench {

// A safescan-server started for the benchmark: port 0, limits raised so that the benchmark measures
// the server and not its abuse control, a temporary data directory.
class BenchServer
{
public:
    BenchServer(QString binary, QString databaseUrl);
    ~BenchServer();

    bool start(QString& error);
    QUrl url(const QString& pathAndQuery) const;
    quint16 port() const { return m_port; }
    QString dataDir() const { return m_dir.path(); }
    QString databaseUrl() const;
    qint64 pid() const { return m_process.processId(); }
    // `safescan-server admin add-user NAME --role ROLE --password-stdin` on this server's database.
    bool addUser(const QString& name, const QString& role, const QString& password, QString& error) const;

private:
    QString m_binary;
    QString m_databaseUrl;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

// Blocking HTTP for set-up steps (never inside a measurement).
struct HttpResult
{
    int status = 0;
    QByteArray body;
};
HttpResult httpRequest(QNetworkAccessManager& nam, const QByteArray& verb, const QUrl& url,
                       const QByteArray& token = {}, const QByteArray& body = {});

// The value at fraction `p` (0..1) of `sorted` (ascending); 0 when empty.
double percentile(const std::vector<double>& sorted, double p);

// Runs the event loop until `done` holds (true) or `deadline` expires (false).
template <typename Predicate>
bool waitUntil(Predicate done, QDeadlineTimer deadline)
{
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

} // namespace SafeScan::Bench
