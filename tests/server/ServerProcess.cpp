#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

#include <csignal>

using namespace Qt::StringLiterals;

namespace SafeScan {

ServerProcess::ServerProcess()
{
    m_process.setProgram(QStringLiteral(SAFESCAN_SERVER_BINARY));
    // The server's log goes to the test's stderr; stdout is read for the first line.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ServerProcess::start(const QStringList& extraArguments)
{
    if (!m_dir.isValid()) {
        m_error = u"cannot create a temporary directory"_s;
        return false;
    }
    m_process.setArguments(QStringList{u"--listen"_s, u"127.0.0.1:0"_s, u"--data-dir"_s, m_dir.path(),
                                       u"--database"_s, u"sqlite:"_s + databasePath()} +
                           extraArguments);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = u"cannot start %1: %2"_s.arg(m_process.program(), m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(15000);
    while (!m_process.canReadLine()) {
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired()) {
            m_error =
                u"the server printed no first line (state %1, exit code %2)"_s.arg(int(m_process.state()))
                    .arg(m_process.exitCode());
            return false;
        }
        m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    }
    m_firstLine = QString::fromUtf8(m_process.readLine()).chopped(1);
    static const QRegularExpression pattern(u"^listening on 127\\.0\\.0\\.1:(\\d+)$"_s);
    const QRegularExpressionMatch match = pattern.match(m_firstLine);
    m_port = match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
    if (m_port == 0) {
        m_error = u"unexpected first line: \"%1\""_s.arg(m_firstLine);
        return false;
    }
    return true;
}

bool ServerProcess::stop(int signalNumber)
{
    if (m_process.state() == QProcess::NotRunning)
        return false;
    ::kill(pid_t(m_process.processId()), signalNumber);
    if (!m_process.waitForFinished(15000)) {
        m_error = u"the server did not exit within 15 s of signal %1"_s.arg(signalNumber);
        return false;
    }
    if (m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0) {
        m_error = u"the server exited with status %1, code %2"_s.arg(int(m_process.exitStatus()))
                      .arg(m_process.exitCode());
        return false;
    }
    return true;
}

QUrl ServerProcess::url(const QString& pathAndQuery) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(pathAndQuery));
}

} // namespace SafeScan
