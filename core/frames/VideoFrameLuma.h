#pragma once

#include "decode/LumaImage.h"

#include <QString>
#include <QVideoFrame>

namespace SafeScan {

// Maps a QVideoFrame for reading and exposes its luminance for as long as this object lives.
// For YUV formats (NV12, NV21, YUV420P, YUV422P, YV12, IMC1-4, YUYV, UYVY, AYUV, P010, P016, Y8,
// Y16) the view points straight into the frame's Y samples: no copy, no RGB conversion. 32-bit RGB
// formats are converted to luminance once.
class VideoFrameLuma
{
public:
    explicit VideoFrameLuma(const QVideoFrame& frame);
    ~VideoFrameLuma();
    VideoFrameLuma(const VideoFrameLuma&) = delete;
    VideoFrameLuma& operator=(const VideoFrameLuma&) = delete;

    bool isValid() const { return !m_view.isNull(); }
    QString errorString() const { return m_error; }
    LumaView view() const { return m_view; }
    // True when the view reads the frame's own memory.
    bool isZeroCopy() const { return m_converted.isNull() && isValid(); }

    static bool isSupported(QVideoFrameFormat::PixelFormat format);

private:
    QVideoFrame m_frame;
    LumaImage m_converted;
    LumaView m_view;
    QString m_error;
};

} // namespace SafeScan
