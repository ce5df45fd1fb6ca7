#pragma once

#include "PassBudget.h"
#include "QrDecoder.h"

namespace SafeScan {

// Decoder for a stream of frames. Each frame gets the plain pass; when it finds nothing, at most
// one fallback pass runs, in turn, as the PassBudget allows. A hard code is thus found within a few
// frames while the cost per frame stays near one plain pass. Not thread-safe: one per stream.
class LiveDecoder
{
public:
    explicit LiveDecoder(double extraShare = 0.2,
                         QList<DecodePass> fallbacks = DecodePasses::liveFallbacks());

    DecodeResult decodeFrame(const LumaView& frame);

    const PassBudget& budget() const { return m_budget; }
    qint64 extraPassesRun() const { return m_extraPassesRun; }

private:
    QrDecoder m_decoder;
    PassBudget m_budget;
    qsizetype m_nextFallback = 0;
    qint64 m_extraPassesRun = 0;
};

} // namespace SafeScan
