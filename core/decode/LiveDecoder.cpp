#include "LiveDecoder.h"

#include <QElapsedTimer>

namespace SafeScan {

LiveDecoder::LiveDecoder(double extraShare, QList<DecodePass> fallbacks)
    : m_decoder(std::move(fallbacks))
    , m_budget(extraShare)
{}

DecodeResult LiveDecoder::decodeFrame(const LumaView& frame)
{
    QElapsedTimer timer;
    timer.start();
    DecodeResult result;
    result.codes = m_decoder.runPass(frame, DecodePasses::plain());
    result.passesTried = 1;
    const qint64 plainNs = timer.nsecsElapsed();
    m_budget.recordPlain(plainNs);

    const QList<DecodePass>& fallbacks = m_decoder.fallbacks();
    if (result.codes.isEmpty() && !fallbacks.isEmpty() && m_budget.canRunExtra()) {
        const DecodePass& pass = fallbacks.at(m_nextFallback);
        m_nextFallback = (m_nextFallback + 1) % fallbacks.size();
        result.codes = m_decoder.runPass(frame, pass);
        ++result.passesTried;
        ++m_extraPassesRun;
        m_budget.recordExtra(timer.nsecsElapsed() - plainNs);
    }
    result.decodeMs = double(timer.nsecsElapsed()) / 1e6;
    for (DecodedCode& code : result.codes)
        code.decodeMs = result.decodeMs;
    return result;
}

} // namespace SafeScan
