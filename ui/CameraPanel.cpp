#include "CameraPanel.h"

#include "UiLog.h"
#include "VideoCanvas.h"
#include "settings/Settings.h"
#include "viewmodels/ScanViewModel.h"

#include <QCamera>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QVideoSink>

using namespace Qt::StringLiterals;

namespace SafeScan {

CameraPanel::CameraPanel(ScanViewModel& model, Settings& settings, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_settings(settings)
    , m_pipeline(clock)
    , m_sink(new QVideoSink(this))
    , m_picker(new QComboBox(this))
    , m_pause(new QPushButton(this))
    , m_mirror(new QCheckBox(tr("Mirror"), this))
    , m_retry(new QPushButton(tr("Try again"), this))
    , m_canvas(new VideoCanvas(this))
{
    setAccessibleName(tr("Camera"));
    m_picker->setAccessibleName(tr("Camera to use"));
    m_pause->setAccessibleName(tr("Pause or resume the camera"));
    m_mirror->setAccessibleName(tr("Mirror the camera picture"));
    m_retry->setAccessibleName(tr("Try the camera again"));
    m_retry->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    auto* pickerLabel = new QLabel(tr("Camera:"), this);
    pickerLabel->setBuddy(m_picker);
    row->addWidget(pickerLabel);
    row->addWidget(m_picker, 1);
    row->addWidget(m_pause);
    row->addWidget(m_mirror);
    row->addWidget(m_retry);
    layout->addLayout(row);
    layout->addWidget(m_canvas, 1);

    m_session.setVideoSink(m_sink);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &CameraPanel::submitFrame);
    connect(&m_pipeline, &FramePipeline::frameDecoded, this, &CameraPanel::onFrameDecoded);
    connect(&m_pipeline, &FramePipeline::codesDetected, &m_model, &ScanViewModel::addCameraCodes);
    connect(&m_devices, &QMediaDevices::videoInputsChanged, this, &CameraPanel::refreshDevices);
    connect(m_picker, &QComboBox::activated, this, &CameraPanel::selectDevice);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_state == State::Running) {
            m_userPaused = true;
            pause();
        } else {
            m_userPaused = false;
            start();
        }
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        refreshDevices();
        start();
    });
    m_mirror->setChecked(m_settings.value(SettingKeys::cameraMirror));
    m_canvas->setMirrored(m_mirror->isChecked());
    connect(m_mirror, &QCheckBox::toggled, this, &CameraPanel::setMirrored);
    refreshDevices();
}

CameraPanel::~CameraPanel() = default;

void CameraPanel::refreshDevices()
{
    const QList<QCameraDevice> inputs = QMediaDevices::videoInputs();
    const QByteArray inUse = m_device.isNull() ? QByteArray() : m_device.id();
    const QByteArray wanted = inUse.isEmpty() ? m_settings.value(SettingKeys::cameraId).toUtf8() : inUse;
    QList<QByteArray> ids;
    m_picker->clear();
    int selected = -1;
    for (const QCameraDevice& device : inputs) {
        ids.append(device.id());
        m_picker->addItem(device.description(), device.id());
        if (device.id() == wanted || (selected < 0 && wanted.isEmpty() && device.isDefault()))
            selected = m_picker->count() - 1;
    }
    m_picker->setEnabled(!inputs.isEmpty());
    const State next = CameraStatus::afterDevicesChanged(inUse, ids, m_state);
    if (next == State::NoCamera || next == State::Unplugged) {
        m_camera.reset();
        m_device = {};
    } else {
        m_picker->setCurrentIndex(qMax(selected, 0));
        if (m_device.isNull())
            m_device = inputs.at(qMax(selected, 0));
    }
    if (next != m_state || next == State::Stopped) // Stopped: (re)show the hint on the canvas
        setState(next);
}

void CameraPanel::selectDevice(int index)
{
    const QList<QCameraDevice> inputs = QMediaDevices::videoInputs();
    if (index < 0 || index >= inputs.size())
        return;
    m_device = inputs.at(index);
    m_settings.setValue(SettingKeys::cameraId, QString::fromUtf8(m_device.id()));
    m_settings.sync();
    m_camera.reset();
    start();
}

void CameraPanel::start()
{
    if (m_device.isNull()) {
        refreshDevices();
        if (m_device.isNull())
            return;
    }
    if (!m_camera) {
        m_camera = std::make_unique<QCamera>(m_device);
        connect(m_camera.get(), &QCamera::errorOccurred, this,
                [this](QCamera::Error, const QString& text) { onCameraError(text); });
        m_session.setCamera(m_camera.get());
    }
    m_camera->start();
    m_pipeline.tracker().clear();
    setState(State::Running);
}

void CameraPanel::pause()
{
    if (m_camera)
        m_camera->stop();
    setState(State::Paused);
}

void CameraPanel::setMirrored(bool mirrored)
{
    m_canvas->setMirrored(mirrored);
    if (m_mirror->isChecked() != mirrored)
        m_mirror->setChecked(mirrored);
    m_settings.setValue(SettingKeys::cameraMirror, mirrored);
}

void CameraPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_state == State::Stopped && !m_userPaused && !m_device.isNull())
        start();
}

void CameraPanel::submitFrame(const QVideoFrame& frame)
{
    if (m_state == State::Paused || !frame.isValid())
        return;
    if (m_state != State::Running)
        setState(State::Running);
    m_canvas->setFrame(frame.toImage());
    m_pipeline.submit(frame);
}

void CameraPanel::onFrameDecoded(const FrameResult& result)
{
    if (m_state != State::Running)
        return;
    QList<CodeOutline> outlines;
    for (const DecodedCode& code : result.decode.codes) {
        const QByteArray key = code.contentKey();
        auto it = m_verdicts.find(key);
        if (it == m_verdicts.end()) {
            if (m_verdicts.size() > 256)
                m_verdicts.clear();
            it = m_verdicts.insert(key, m_model.judge(code));
        }
        CodeOutline outline;
        for (const QPointF& corner : code.corners)
            outline.corners.append(corner);
        outline.level = it->level;
        outline.label = it->destination.isEmpty() ? code.text.left(24) : it->destination.hostUnicode;
        outlines.append(outline);
    }
    m_canvas->setOutlines(outlines);
}

void CameraPanel::onCameraError(const QString& errorString)
{
    qCWarning(lcUi, "camera error: %s", qPrintable(errorString));
    m_camera.reset();
    setState(CameraStatus::fromErrorString(errorString), errorString);
}

void CameraPanel::setState(State state, const QString& detail)
{
    m_state = state;
    m_retry->setVisible(CameraStatus::canRetry(state));
    m_pause->setEnabled(state != State::NoCamera);
    m_pause->setText(state == State::Running ? tr("Pause") : tr("Start camera"));
    if (state != State::Running) {
        const CameraStatus::Message message = CameraStatus::message(state, detail);
        m_canvas->setMessage(message.title, message.detail);
    }
}

} // namespace SafeScan
