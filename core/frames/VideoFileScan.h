#pragma once

#include "FramePipeline.h"

#include <QMediaPlayer>
#include <QObject>
#include <QUrl>

#include <memory>

class QVideoSink;

namespace SafeScan {

class Clock;

// Scans a video file like the camera: QMediaPlayer plays it (no sound) into a QVideoSink whose
// frames go to a FramePipeline of its own (decoding off this thread, the newest frame replacing a
// waiting one); codes seen over consecutive frames count once (CodeTracker). progress() follows
// the playback position; finished() comes once, after the last frame was decoded, when the file
// ended, could not be played, or stop() was called.
class VideoFileScan : public QObject
{
    Q_OBJECT
public:
    explicit VideoFileScan(const Clock& clock, QObject* parent = nullptr);
    VideoFileScan(const Clock& clock, FramePipeline::DecodeFunction decode, QObject* parent = nullptr);
    ~VideoFileScan() override;

    // False when a file is already being scanned.
    bool start(const QString& path);
    // Ends the scan; finished() follows with cancelled set.
    void stop();
    bool isRunning() const { return m_running; }
    // Faster than real time skips more frames; codes are shown for many frames, so 1..4 is safe.
    void setPlaybackRate(qreal rate) { m_rate = rate; }
    QString fileName() const { return m_path; }
    FramePipeline& pipeline() { return m_pipeline; }
    int codesFound() const { return m_codesFound; }

Q_SIGNALS:
    void progress(qint64 positionMs, qint64 durationMs);
    void frameShown(const QVideoFrame& frame);
    void codesDetected(const QList<SafeScan::DecodedCode>& codes);
    // `error` is empty when the whole file was played (or it was cancelled).
    void finished(bool cancelled, const QString& error, int codesFound);

private:
    void onFrame(const QVideoFrame& frame);
    void onStatus(QMediaPlayer::MediaStatus status);
    void onError(QMediaPlayer::Error error, const QString& text);
    void maybeFinish();
    void finish(bool cancelled, const QString& error);
    void finishLater(const QString& error);
    void makePlayer();

    FramePipeline m_pipeline;
    // Made on the first start(): the media backend is only loaded when a video is scanned.
    std::unique_ptr<QVideoSink> m_sink;
    std::unique_ptr<QMediaPlayer> m_player;
    QString m_path;
    qreal m_rate = 1.0;
    bool m_running = false;
    bool m_ended = false;
    bool m_finishQueued = false;
    quint64 m_run = 0; // which start() a queued finish belongs to
    qint64 m_delivered = 0;
    qint64 m_submittedAtStart = 0;
    qint64 m_deliveredAtStart = 0;
    qint64 m_droppedAtStart = 0;
    int m_codesFound = 0;
};

} // namespace SafeScan
