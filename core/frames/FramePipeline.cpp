#include "FramePipeline.h"

#include "FramesLog.h"
#include "VideoFrameLuma.h"
#include "decode/LiveDecoder.h"

#include <QThread>

#include <memory>

namespace SafeScan {

FramePipeline::FramePipeline(const Clock& clock, QObject* parent)
    : FramePipeline(clock, liveDecoder(), parent)
{}

FramePipeline::FramePipeline(const Clock& clock, DecodeFunction decode, QObject* parent)
    : QObject(parent)
    , m_decode(std::move(decode))
    , m_tracker(clock)
{
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("safescan-decode"));
    m_thread->start();
}

FramePipeline::~FramePipeline()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_waiting.reset();
    }
    m_wake.wakeAll();
    m_thread->wait();
    delete m_thread;
}

FramePipeline::DecodeFunction FramePipeline::liveDecoder()
{
    auto decoder = std::make_shared<LiveDecoder>();
    return [decoder](const QVideoFrame& frame) {
        FrameResult result;
        result.frameSize = frame.size();
        const VideoFrameLuma luma(frame);
        if (!luma.isValid()) {
            result.error = luma.errorString();
            return result;
        }
        result.decode = decoder->decodeFrame(luma.view());
        return result;
    };
}

void FramePipeline::submit(const QVideoFrame& frame)
{
    const qint64 sequence = ++m_submitted;
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopping)
            return;
        if (m_waiting)
            ++m_dropped;
        m_waiting = frame;
        m_waitingSequence = sequence;
    }
    m_wake.wakeOne();
}

FramePipeline::Stats FramePipeline::stats() const
{
    return {m_submitted.load(), m_decoded.load(), m_dropped.load()};
}

void FramePipeline::run()
{
    for (;;) {
        QVideoFrame frame;
        qint64 sequence = 0;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_waiting && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_stopping)
                return;
            frame = std::move(*m_waiting);
            m_waiting.reset();
            sequence = m_waitingSequence;
        }
        FrameResult result = m_decode(frame);
        result.sequence = sequence;
        ++m_decoded;
        if (!result.error.isEmpty())
            qCWarning(lcFrames) << "frame" << sequence << "not decoded:" << result.error;
        QMetaObject::invokeMethod(
            this, [this, result] { deliver(result); }, Qt::QueuedConnection);
    }
}

void FramePipeline::deliver(const FrameResult& result)
{
    Q_EMIT frameDecoded(result);
    const QList<DecodedCode> fresh = m_tracker.update(result.decode.codes);
    if (!fresh.isEmpty())
        Q_EMIT codesDetected(fresh);
}

} // namespace SafeScan
