#include "BenchServer.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SafeScan::Bench {

BenchServer::BenchServer(QString binary, QString databaseUrl)
    : m_binary(std::move(binary))
    , m_databaseUrl(std::move(databaseUrl))
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

BenchServer::~BenchServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool BenchServer::start(QString& error)
{
    const QString database = databaseUrl();
    const QString huge = u"1000000000"_s;
    m_process.start(m_binary, {u"--listen"_s,
                               u"127.0.0.1:0"_s,
                               u"--data-dir"_s,
                               m_dir.path(),
                               u"--database"_s,
                               database,
                               u"--rate-capacity"_s,
                               huge,
                               u"--rate-refill"_s,
                               huge,
                               u"--vote-limit"_s,
                               huge,
                               u"--spam-rapid-votes"_s,
                               huge,
                               u"--spam-item-repeats"_s,
                               huge,
                               u"--events-rate-capacity"_s,
                               huge,
                               u"--events-rate-refill"_s,
                               huge});
    const QDeadlineTimer deadline(20000);
    while (!m_process.canReadLine()) {
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired()) {
            error = u"%1 did not start (exit code %2)"_s.arg(m_binary).arg(m_process.exitCode());
            return false;
        }
        m_process.waitForReadyRead(100);
    }
    static const QRegularExpression pattern(u"^listening on 127\\.0\\.0\\.1:(\\d+)"_s);
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    const QRegularExpressionMatch match = pattern.match(line);
    m_port = match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
    if (m_port == 0) {
        error = u"unexpected first line \"%1\""_s.arg(line);
        return false;
    }
    return true;
}

QString BenchServer::databaseUrl() const
{
    return m_databaseUrl.isEmpty() ? u"sqlite:"_s + m_dir.filePath(u"bench.sqlite"_s) : m_databaseUrl;
}

bool BenchServer::addUser(const QString& name, const QString& role, const QString& password,
                          QString& error) const
{
    QProcess admin;
    admin.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    admin.start(m_binary, {u"admin"_s, u"add-user"_s, name, u"--role"_s, role, u"--password-stdin"_s,
                           u"--database"_s, databaseUrl()});
    admin.write(password.toUtf8());
    admin.closeWriteChannel();
    if (!admin.waitForFinished(30000) || admin.exitStatus() != QProcess::NormalExit ||
        admin.exitCode() != 0) {
        error = u"admin add-user %1 failed (exit code %2)"_s.arg(name).arg(admin.exitCode());
        return false;
    }
    return true;
}

double percentile(const std::vector<double>& sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t index = std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5));
    return sorted[index];
}

QUrl BenchServer::url(const QString& pathAndQuery) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(pathAndQuery));
}

HttpResult httpRequest(QNetworkAccessManager& nam, const QByteArray& verb, const QUrl& url,
                       const QByteArray& token, const QByteArray& body)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply* reply = nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return result;
}

} // namespace SafeScan::Bench
