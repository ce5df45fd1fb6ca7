#include "ServerMemory.h"

#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SafeScan::Bench {

bool ServerMemory::sample(double atSeconds)
{
    QFile status(u"/proc/%1/status"_s.arg(m_pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (!line.startsWith("VmRSS:"))
            continue;
        const QList<QByteArray> parts = line.simplified().split(' ');
        bool ok = false;
        const double kb = parts.size() >= 2 ? parts.at(1).toDouble(&ok) : 0;
        if (!ok)
            return false;
        m_samples.append({atSeconds, kb / 1024.0});
        return true;
    }
    return false;
}

ServerMemory::Summary ServerMemory::summary(double warmUpSeconds) const
{
    Summary s;
    s.samples = int(m_samples.size());
    if (m_samples.isEmpty())
        return s;
    s.startMb = m_samples.first().mb;
    s.endMb = m_samples.last().mb;
    s.warmMb = s.startMb;
    QList<Sample> after;
    for (const Sample& sample : m_samples) {
        if (sample.atSeconds <= warmUpSeconds)
            s.warmMb = sample.mb;
        else
            after.append(sample);
    }
    if (after.isEmpty())
        return s;
    s.maxAfterWarmMb = std::max_element(after.begin(), after.end(), [](const Sample& a, const Sample& b) {
                           return a.mb < b.mb;
                       })->mb;
    s.growthMb = std::max(0.0, s.maxAfterWarmMb - s.warmMb);
    // Least squares over the samples after the warm-up.
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const Sample& sample : after) {
        sx += sample.atSeconds;
        sy += sample.mb;
        sxx += sample.atSeconds * sample.atSeconds;
        sxy += sample.atSeconds * sample.mb;
    }
    const double n = double(after.size());
    const double denominator = n * sxx - sx * sx;
    if (after.size() > 1 && denominator > 0)
        s.slopeMbPerMinute = (n * sxy - sx * sy) / denominator * 60.0;
    return s;
}

QString ServerMemory::timeline(int every) const
{
    QStringList parts;
    for (qsizetype i = 0; i < m_samples.size(); i += std::max(1, every))
        parts << u"%1s %2"_s.arg(m_samples.at(i).atSeconds, 0, 'f', 0).arg(m_samples.at(i).mb, 0, 'f', 1);
    return parts.join(u", "_s) + u" MB"_s;
}

} // namespace SafeScan::Bench
