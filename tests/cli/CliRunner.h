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
// Every non-empty line of `out` parsed as a JSON object; fails the test on anything else.
QList<QJsonObject> jsonLines(const QByteArray& out);

} // namespace SafeScan::Test
