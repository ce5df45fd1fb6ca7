#include "CodeTracker.h"

#include <QSet>

namespace SafeScan {

CodeTracker::CodeTracker(const Clock& clock, qint64 forgetAfterMs)
    : m_clock(clock)
    , m_forgetAfterMs(forgetAfterMs)
{}

QList<DecodedCode> CodeTracker::update(const QList<DecodedCode>& frameCodes)
{
    const qint64 now = m_clock.nowMs();
    m_lastSeen.removeIf([&](const auto& entry) { return now - entry.value() > m_forgetAfterMs; });

    QList<DecodedCode> fresh;
    QSet<QByteArray> inThisFrame;
    for (const DecodedCode& code : frameCodes) {
        const QByteArray key = code.contentKey();
        if (inThisFrame.contains(key))
            continue;
        inThisFrame.insert(key);
        if (!m_lastSeen.contains(key))
            fresh.append(code);
        m_lastSeen.insert(key, now);
    }
    return fresh;
}

} // namespace SafeScan
