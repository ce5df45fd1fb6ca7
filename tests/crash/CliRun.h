#pragma once

// Runs the safescan CLI to its end for the crash tests (which also kill it at random moments).
#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace SafeScan::Test {

struct CliResult
{
    int exitCode = -1; // -1 when it crashed or was killed
    QByteArray out;
    QByteArray err;
};

inline CliResult runCliToEnd(const QString& binary, const QStringList& args, int timeoutMs = 180'000)
{
    QProcess process;
    process.start(binary, args);
    if (!process.waitForFinished(timeoutMs))
        process.kill();
    process.waitForFinished();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace SafeScan::Test
