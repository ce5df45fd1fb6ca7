#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The camera's situation as the Scan view tells it: what happened and what to do next. Pure
// functions of what Qt reports, so every case is tested without a camera.
namespace SafeScan::CameraStatus {

inline constexpr char context[] = "SafeScan::CameraStatus";

enum class State
{
    NoCamera,
    Stopped,
    Running,
    Paused,
    PermissionDenied,
    Busy,
    Unplugged,
    Failed
};

// QCamera::errorOccurred's text → PermissionDenied, Busy or Failed (Qt 6.4 reports only a
// generic error code; the backends' messages say which).
State fromErrorString(const QString& errorString);

// After QMediaDevices::videoInputsChanged: with `inUse` the id of the camera in use (empty when
// none), and the ids now available.
State afterDevicesChanged(const QByteArray& inUse, const QList<QByteArray>& available, State current);

struct Message
{
    QString title;
    QString detail; // what to do next
};
// `error` is the backend's text, appended where it helps.
Message message(State state, const QString& error = {});
// Whether "Try again" makes sense.
bool canRetry(State state);

} // namespace SafeScan::CameraStatus
