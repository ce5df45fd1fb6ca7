#include "Nginx.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::StringLiterals;

namespace SafeScan::Bench {

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

Nginx::~Nginx()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool Nginx::start(const QByteArray& fileContent, int workers, QString& error)
{
    m_port = freeLoopbackPort();
    const QString root = m_dir.filePath(u"www"_s);
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup |
                                            QFile::ExeGroup);
    if (m_port == 0 || !QDir().mkpath(root)) {
        error = u"cannot prepare nginx"_s;
        return false;
    }
    QFile json(root + u"/rating.json"_s);
    QFile config(m_dir.filePath(u"nginx.conf"_s));
    // Logging off on both sides.
    const QString conf =
        u"daemon off;\nworker_processes %4;\npid %1/nginx.pid;\nerror_log %1/error.log;\n"
        u"events { worker_connections 1024; }\n"
        u"http { access_log off; client_body_temp_path %1; proxy_temp_path %1;\n"
        u"  fastcgi_temp_path %1; uwsgi_temp_path %1; scgi_temp_path %1;\n"
        u"  server { listen 127.0.0.1:%2; root %3; default_type application/json; } }\n"_s.arg(m_dir.path())
            .arg(m_port)
            .arg(root)
            .arg(workers);
    if (!json.open(QIODevice::WriteOnly) || json.write(fileContent) != fileContent.size() ||
        !config.open(QIODevice::WriteOnly) || config.write(conf.toUtf8()) < 0) {
        error = u"cannot write nginx files"_s;
        return false;
    }
    json.close();
    config.close();
    QFile::setPermissions(json.fileName(), QFile::ReadOwner | QFile::ReadOther | QFile::ReadGroup);
    m_process.setProcessChannelMode(QProcess::ForwardedChannels);
    m_process.start(u"nginx"_s, {u"-c"_s, config.fileName(), u"-e"_s, m_dir.filePath(u"error.log"_s)});
    if (!m_process.waitForStarted(5000)) {
        error = u"cannot start nginx: %1"_s.arg(m_process.errorString());
        return false;
    }
    for (int attempt = 0; attempt < 100; ++attempt) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(100))
            return true;
        if (m_process.state() == QProcess::NotRunning)
            break;
        QThread::msleep(50);
    }
    error = u"nginx did not start listening on port %1"_s.arg(m_port);
    return false;
}

QString Nginx::fileUrl() const
{
    return u"http://127.0.0.1:%1/rating.json"_s.arg(m_port);
}

} // namespace SafeScan::Bench
