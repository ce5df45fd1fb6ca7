#pragma once

#include "frames/FramePipeline.h"
#include "safety/Verdict.h"
#include "viewmodels/CameraStatus.h"

#include <QCameraDevice>
#include <QHash>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QWidget>

#include <memory>

class QCamera;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QVideoSink;

namespace SafeScan {

class Clock;
class ScanViewModel;
class Settings;
class VideoCanvas;

// The live camera: a picker that remembers the choice, pause/resume, mirror; every frame goes to
// the FramePipeline (decoding off the UI thread), each code found is outlined with its verdict,
// and new codes become scans. No camera, permission denied, busy and unplugged each show what
// happened and what to do next.
class CameraPanel : public QWidget
{
    Q_OBJECT
public:
    using State = CameraStatus::State;

    CameraPanel(ScanViewModel& model, Settings& settings, const Clock& clock, QWidget* parent = nullptr);
    ~CameraPanel() override;

    State state() const { return m_state; }
    VideoCanvas* canvas() const { return m_canvas; }
    FramePipeline& pipeline() { return m_pipeline; }

    // A frame from the camera (or a test): shown, and decoded unless paused.
    void submitFrame(const QVideoFrame& frame);
    void start();
    void pause();
    void setMirrored(bool mirrored);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refreshDevices();
    void selectDevice(int index);
    void setState(State state, const QString& detail = {});
    void onCameraError(const QString& errorString);
    void onFrameDecoded(const FrameResult& result);

    ScanViewModel& m_model;
    Settings& m_settings;
    FramePipeline m_pipeline;
    QMediaDevices m_devices;
    QMediaCaptureSession m_session;
    std::unique_ptr<QCamera> m_camera;
    QVideoSink* m_sink;
    QCameraDevice m_device;
    State m_state = State::Stopped;
    bool m_userPaused = false;
    QHash<QByteArray, Verdict> m_verdicts; // by content key, for the badges

    QComboBox* m_picker;
    QPushButton* m_pause;
    QCheckBox* m_mirror;
    QPushButton* m_retry;
    VideoCanvas* m_canvas;
};

} // namespace SafeScan
