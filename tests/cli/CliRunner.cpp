#include "CliRunner.h"

#include <QJsonDocument>
#include <QProcess>

#include <fcntl.h>
#include <unistd.h>

namespace SafeScan::Test {

CliRun runSafescan(const QStringList& args, const QByteArray& input)
{
    QProcess process;
    process.start(QStringLiteral(SAFESCAN_BINARY), args);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120'000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

CliRun runSafescanWithFd(const QStringList& args, const QByteArray& input, int fd, const QByteArray& fdInput)
{
    int ends[2] = {-1, -1};
    if (pipe2(ends, O_CLOEXEC) != 0)
        qFatal("pipe2 failed");
    // Small enough for the pipe's buffer: written before the child starts.
    if (write(ends[1], fdInput.constData(), size_t(fdInput.size())) != fdInput.size())
        qFatal("cannot write to the pipe");
    close(ends[1]);
    QProcess process;
    const int readEnd = ends[0];
    process.setChildProcessModifier([readEnd, fd] {
        dup2(readEnd, fd); // the copy has no FD_CLOEXEC: the binary inherits it
    });
    process.start(QStringLiteral(SAFESCAN_BINARY), args);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120'000);
    close(readEnd);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QList<QJsonObject> jsonLines(const QByteArray& out)
{
    QList<QJsonObject> objects;
    for (const QByteArray& line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            qFatal("not a JSON object line: %s", line.constData());
        objects.append(doc.object());
    }
    return objects;
}

} // namespace SafeScan::Test
