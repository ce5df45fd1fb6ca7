#include "LocalServer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
Q_LOGGING_CATEGORY(lcLocalServer, "safescan.app.localserver")

constexpr qsizetype MaxFirstLine = 4096;
} // namespace

LocalServer::LocalServer(QString serverBinary, QString dataDir, QObject* parent)
    : QObject(parent)
    , m_binary(std::move(serverBinary))
    , m_dataDir(std::move(dataDir))
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LocalServer::readFirstLine);
    connect(&m_process, &QProcess::finished, this, &LocalServer::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(u"cannot start %1: %2"_s.arg(m_binary, m_process.errorString()));
    });
}

LocalServer::~LocalServer()
{
    stop();
}

QString LocalServer::defaultBinary()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(u"safescan-server"_s);
}

void LocalServer::start()
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    m_stdout.clear();
    m_error.clear();
    m_baseUrl.clear();
    if (!QFileInfo(m_binary).isExecutable()) {
        fail(u"the community server is not installed (%1 is missing)"_s.arg(m_binary));
        return;
    }
    if (!QDir().mkpath(m_dataDir)) {
        fail(u"cannot create the local server's folder %1"_s.arg(m_dataDir));
        return;
    }
    m_state = State::Starting;
    qCInfo(lcLocalServer) << "starting" << m_binary << "in" << m_dataDir;
    m_process.start(m_binary, {u"--listen"_s, u"127.0.0.1:0"_s, u"--data-dir"_s, m_dataDir});
}

bool LocalServer::waitUntilReady(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_state == State::Starting && !deadline.hasExpired()) {
        if (m_process.state() == QProcess::Starting)
            m_process.waitForStarted(int(deadline.remainingTime()));
        else
            m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        QCoreApplication::processEvents();
    }
    if (m_state == State::Starting)
        fail(u"the local server did not answer within %1 ms"_s.arg(timeoutMs));
    return m_state == State::Running;
}

void LocalServer::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    const State before = m_state;
    m_state = State::Stopped; // an exit from here on is expected, not a failure
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        qCWarning(lcLocalServer) << "the local server ignored SIGTERM; killing it";
        m_process.kill();
        m_process.waitForFinished(timeoutMs);
    }
    if (before == State::Running)
        qCInfo(lcLocalServer) << "stopped";
}

void LocalServer::readFirstLine()
{
    if (m_state != State::Starting) {
        m_process.readAllStandardOutput(); // later lines are not ours to keep
        return;
    }
    m_stdout += m_process.readAllStandardOutput();
    const qsizetype end = m_stdout.indexOf('\n');
    if (end < 0) {
        if (m_stdout.size() > MaxFirstLine)
            fail(u"the local server printed an unexpected first line"_s);
        return;
    }
    const QString line = QString::fromUtf8(m_stdout.left(end)).trimmed();
    static const QRegularExpression listening(u"^listening on 127\\.0\\.0\\.1:(\\d{1,5})$"_s);
    const QRegularExpressionMatch match = listening.match(line);
    const int port = match.hasMatch() ? match.captured(1).toInt() : 0;
    if (port <= 0 || port > 65535) {
        fail(u"the local server printed \"%1\" instead of its address"_s.arg(line));
        return;
    }
    m_baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    m_state = State::Running;
    qCInfo(lcLocalServer) << "running at" << m_baseUrl.toString();
    Q_EMIT ready(m_baseUrl);
}

void LocalServer::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_state != State::Starting && m_state != State::Running)
        return;
    const QString lastWords = QString::fromUtf8(m_process.readAllStandardError()).trimmed().right(500);
    const QString how = status == QProcess::CrashExit ? u"crashed"_s : u"exited with code %1"_s.arg(exitCode);
    fail(lastWords.isEmpty() ? u"the local server %1"_s.arg(how)
                             : u"the local server %1: %2"_s.arg(how, lastWords));
}

void LocalServer::fail(const QString& message)
{
    if (m_state == State::Failed)
        return;
    m_state = State::Failed;
    m_error = message;
    qCWarning(lcLocalServer).noquote() << message;
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    Q_EMIT failed(message);
}

} // namespace SafeScan
