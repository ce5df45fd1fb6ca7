#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace SafeScan::Test {

// Runs the real `safescan` binary.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runSafescan(const QStringList& args, const QByteArray& input = {});
// The same with `fdInput` readable on file descriptor `fd` of the child (a pipe), e.g. for
// `login --sync-passphrase-fd 3`.
CliRun runSafescanWithFd(const QStringList& args, const QByteArray& input, int fd, const QByteArray& fdInput);
// Every non-empty line of `out` parsed as a JSON object; fails the test on anything else.
QList<QJsonObject> jsonLines(const QByteArray& out);

} // namespace SafeScan::Test
