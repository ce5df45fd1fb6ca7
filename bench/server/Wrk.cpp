#include "Wrk.h"

#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SafeScan::Bench {

namespace {

// "1.23ms", "850.00us", "1.02s" -> milliseconds
double toMs(const QString& value)
{
    static const QRegularExpression pattern(u"^([0-9.]+)(us|ms|s|m)$"_s);
    const QRegularExpressionMatch match = pattern.match(value);
    if (!match.hasMatch())
        return -1;
    const double number = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    if (unit == u"us"_s)
        return number / 1000;
    if (unit == u"ms"_s)
        return number;
    if (unit == u"s"_s)
        return number * 1000;
    return number * 60000;
}

qint64 sumOfCaptures(const QRegularExpression& pattern, const QString& text)
{
    qint64 sum = 0;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        for (int i = 1; i <= pattern.captureCount(); ++i)
            sum += match.captured(i).toLongLong();
    return sum;
}

} // namespace

WrkResult runWrk(const QString& url, int connections, int seconds, const QString& luaScript)
{
    QStringList arguments{u"-t2"_s, u"-c%1"_s.arg(connections), u"-d%1s"_s.arg(seconds), u"--latency"_s};
    if (!luaScript.isEmpty())
        arguments << u"-s"_s << luaScript;
    arguments << url;
    QProcess wrk;
    wrk.start(u"wrk"_s, arguments);
    WrkResult result;
    if (!wrk.waitForFinished((seconds + 30) * 1000) || wrk.exitCode() != 0) {
        result.error =
            u"wrk failed: %1 %2"_s.arg(wrk.errorString(), QString::fromUtf8(wrk.readAllStandardError()));
        return result;
    }
    const QString out = QString::fromUtf8(wrk.readAllStandardOutput());
    static const QRegularExpression rps(u"Requests/sec:\\s+([0-9.]+)"_s);
    static const QRegularExpression p50(u"^\\s+50%\\s+(\\S+)"_s, QRegularExpression::MultilineOption);
    static const QRegularExpression p99(u"^\\s+99%\\s+(\\S+)"_s, QRegularExpression::MultilineOption);
    static const QRegularExpression total(u"(\\d+) requests in"_s);
    static const QRegularExpression socketErrors(
        u"Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)"_s);
    static const QRegularExpression non2xx(u"Non-2xx or 3xx responses: (\\d+)"_s);
    const QRegularExpressionMatch rpsMatch = rps.match(out);
    const QRegularExpressionMatch p50Match = p50.match(out);
    const QRegularExpressionMatch p99Match = p99.match(out);
    if (!rpsMatch.hasMatch() || !p99Match.hasMatch() || !p50Match.hasMatch()) {
        result.error = u"cannot read wrk's output:\n"_s + out;
        return result;
    }
    result.ok = true;
    result.requestsPerSecond = rpsMatch.captured(1).toDouble();
    result.p50Ms = toMs(p50Match.captured(1));
    result.p99Ms = toMs(p99Match.captured(1));
    result.requests = total.match(out).captured(1).toLongLong();
    result.errors = sumOfCaptures(socketErrors, out) + sumOfCaptures(non2xx, out);
    return result;
}

} // namespace SafeScan::Bench
