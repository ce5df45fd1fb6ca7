#include "VideoFileScan.h"

#include "FramesLog.h"

#include <QFileInfo>
#include <QVideoSink>

using namespace Qt::StringLiterals;

namespace SafeScan {

VideoFileScan::VideoFileScan(const Clock& clock, QObject* parent)
    : VideoFileScan(clock, FramePipeline::liveDecoder(), parent)
{}

VideoFileScan::VideoFileScan(const Clock& clock, FramePipeline::DecodeFunction decode, QObject* parent)
    : QObject(parent)
    , m_pipeline(clock, std::move(decode))
{
    connect(&m_pipeline, &FramePipeline::frameDecoded, this, [this] {
        ++m_delivered;
        maybeFinish();
    });
    connect(&m_pipeline, &FramePipeline::codesDetected, this, [this](const QList<DecodedCode>& codes) {
        if (!m_running)
            return;
        m_codesFound += int(codes.size());
        Q_EMIT codesDetected(codes);
    });
}

VideoFileScan::~VideoFileScan()
{
    if (m_player)
        m_player->stop();
}

void VideoFileScan::makePlayer()
{
    if (m_player)
        return;
    m_sink = std::make_unique<QVideoSink>();
    m_player = std::make_unique<QMediaPlayer>();
    m_player->setVideoSink(m_sink.get());
    connect(m_sink.get(), &QVideoSink::videoFrameChanged, this, &VideoFileScan::onFrame);
    connect(m_player.get(), &QMediaPlayer::mediaStatusChanged, this, &VideoFileScan::onStatus);
    connect(m_player.get(), &QMediaPlayer::errorOccurred, this, &VideoFileScan::onError);
    connect(m_player.get(), &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        if (m_running)
            Q_EMIT progress(position, m_player->duration());
    });
}

bool VideoFileScan::start(const QString& path)
{
    if (m_running)
        return false;
    m_path = path;
    m_running = true;
    ++m_run;
    m_ended = false;
    m_finishQueued = false;
    m_codesFound = 0;
    const FramePipeline::Stats stats = m_pipeline.stats();
    m_submittedAtStart = stats.submitted;
    m_droppedAtStart = stats.dropped;
    m_deliveredAtStart = m_delivered;
    m_pipeline.tracker().clear();
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        finishLater(QFileInfo::exists(path) ? tr("The video file cannot be read.")
                                            : tr("The video file does not exist."));
        return true;
    }
    makePlayer();
    m_player->setSource(QUrl::fromLocalFile(info.absoluteFilePath()));
    if (m_finishQueued)
        return true; // the player refused the file already
    m_player->setPlaybackRate(m_rate);
    m_player->play();
    return true;
}

void VideoFileScan::stop()
{
    if (!m_running)
        return;
    finish(true, {});
}

void VideoFileScan::onFrame(const QVideoFrame& frame)
{
    if (!m_running || m_ended || !frame.isValid())
        return;
    Q_EMIT frameShown(frame);
    m_pipeline.submit(frame);
}

void VideoFileScan::onStatus(QMediaPlayer::MediaStatus status)
{
    if (!m_running)
        return;
    if (status == QMediaPlayer::EndOfMedia) {
        m_ended = true;
        Q_EMIT progress(m_player->duration(), m_player->duration());
        maybeFinish();
    } else if (status == QMediaPlayer::InvalidMedia) {
        finishLater(m_player->errorString().isEmpty() ? tr("The file is not a video SafeScan can play.")
                                                      : m_player->errorString());
    }
}

void VideoFileScan::onError(QMediaPlayer::Error error, const QString& text)
{
    if (!m_running || error == QMediaPlayer::NoError)
        return;
    qCWarning(lcFrames, "video %s: %s", qPrintable(m_path), qPrintable(text));
    finishLater(text.isEmpty() ? tr("The video could not be played.") : text);
}

void VideoFileScan::maybeFinish()
{
    if (!m_running || !m_ended || m_finishQueued)
        return;
    const FramePipeline::Stats stats = m_pipeline.stats();
    const qint64 submitted = stats.submitted - m_submittedAtStart;
    const qint64 accounted = (m_delivered - m_deliveredAtStart) + (stats.dropped - m_droppedAtStart);
    if (accounted < submitted)
        return; // the last frames are still being decoded
    // Queued: the pipeline delivers a frame's codes right after frameDecoded().
    finishLater({});
}

// The player reports some errors from inside setSource(): finishing is queued so that finished()
// never comes from inside start() and the player is never torn down inside its own call.
void VideoFileScan::finishLater(const QString& error)
{
    if (m_finishQueued)
        return;
    m_finishQueued = true;
    const quint64 run = m_run;
    QMetaObject::invokeMethod(
        this,
        [this, run, error] {
            if (run == m_run)
                finish(false, error);
        },
        Qt::QueuedConnection);
}

void VideoFileScan::finish(bool cancelled, const QString& error)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_player) {
        m_player->stop();
        m_player->setSource({});
    }
    Q_EMIT finished(cancelled, error, m_codesFound);
}

} // namespace SafeScan
