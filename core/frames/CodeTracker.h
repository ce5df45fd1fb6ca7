#pragma once

#include "base/Clock.h"
#include "decode/DecodedCode.h"

#include <QHash>

namespace SafeScan {

// Turns per-frame detections into scans: a code held in front of the camera for a second is one
// scan, not thirty. A code is reported when it appears and again only after it has been out of view
// for `forgetAfterMs`.
class CodeTracker
{
public:
    explicit CodeTracker(const Clock& clock, qint64 forgetAfterMs = 3000);

    // The codes of this frame that count as new scans.
    QList<DecodedCode> update(const QList<DecodedCode>& frameCodes);
    void clear() { m_lastSeen.clear(); }

    qint64 forgetAfterMs() const { return m_forgetAfterMs; }
    void setForgetAfterMs(qint64 ms) { m_forgetAfterMs = ms; }

private:
    const Clock& m_clock;
    qint64 m_forgetAfterMs;
    QHash<QByteArray, qint64> m_lastSeen;
};

} // namespace SafeScan
