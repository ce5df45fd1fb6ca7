#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

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

} // namespace SafeScan::Bench
