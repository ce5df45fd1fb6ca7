#pragma once

#include "CodeTracker.h"
#include "decode/DecodedCode.h"

#include <QMutex>
#include <QObject>
#include <QSize>
#include <QVideoFrame>
#include <QWaitCondition>

#include <atomic>
#include <functional>
#include <optional>

class QThread;

namespace SafeScan {

// What the pipeline made of one frame: every code in it, with corners for the overlay.
struct FrameResult
{
    qint64 sequence = 0; // the frame's number in submission order
    QSize frameSize;
    DecodeResult decode;
    QString error;
};

// Decodes a live stream off the calling thread. A single waiting slot holds the newest frame: while
// the worker is busy, each new frame replaces the waiting one, so memory and latency stay bounded
// however slow decoding is. Results come back on the pipeline's own thread; the CodeTracker turns
// them into scans.
class FramePipeline : public QObject
{
    Q_OBJECT
public:
    // Runs on the worker thread; must not touch the pipeline. The default is a LiveDecoder.
    using DecodeFunction = std::function<FrameResult(const QVideoFrame&)>;

    struct Stats
    {
        qint64 submitted = 0;
        qint64 decoded = 0;
        qint64 dropped = 0; // replaced while waiting, never decoded
    };

    explicit FramePipeline(const Clock& clock, QObject* parent = nullptr);
    FramePipeline(const Clock& clock, DecodeFunction decode, QObject* parent = nullptr);
    ~FramePipeline() override;

    // Thread-safe and never blocks on decoding.
    void submit(const QVideoFrame& frame);
    Stats stats() const;

    CodeTracker& tracker() { return m_tracker; }

    // A ready-made decode function: map the frame's luminance and run a LiveDecoder on it.
    static DecodeFunction liveDecoder();

Q_SIGNALS:
    void frameDecoded(const SafeScan::FrameResult& result);
    // Codes that count as new scans (see CodeTracker).
    void codesDetected(const QList<SafeScan::DecodedCode>& codes);

private:
    void run();
    void deliver(const FrameResult& result);

    DecodeFunction m_decode;
    CodeTracker m_tracker;
    QThread* m_thread = nullptr;

    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    std::optional<QVideoFrame> m_waiting;
    qint64 m_waitingSequence = 0;
    bool m_stopping = false;

    std::atomic<qint64> m_submitted{0};
    std::atomic<qint64> m_decoded{0};
    std::atomic<qint64> m_dropped{0};
};

} // namespace SafeScan
