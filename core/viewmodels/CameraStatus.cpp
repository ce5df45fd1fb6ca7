#include "CameraStatus.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SafeScan::CameraStatus {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate(context, text);
}
} // namespace

State fromErrorString(const QString& errorString)
{
    const QString lower = errorString.toLower();
    for (const QString& word : {u"permission"_s, u"access denied"_s, u"not permitted"_s, u"not authorized"_s})
        if (lower.contains(word))
            return State::PermissionDenied;
    for (const QString& word : {u"busy"_s, u"in use"_s, u"resource temporarily unavailable"_s})
        if (lower.contains(word))
            return State::Busy;
    return State::Failed;
}

State afterDevicesChanged(const QByteArray& inUse, const QList<QByteArray>& available, State current)
{
    if (available.isEmpty())
        return inUse.isEmpty() ? State::NoCamera : State::Unplugged;
    if (!inUse.isEmpty() && !available.contains(inUse))
        return State::Unplugged;
    if (current == State::NoCamera || current == State::Unplugged)
        return State::Stopped; // a camera is there now: ready to start
    return current;
}

Message message(State state, const QString& error)
{
    switch (state) {
    case State::NoCamera:
        return {tr("No camera found"),
                tr("Connect a camera and it will appear here. Meanwhile, open an image "
                   "(Ctrl+O), paste one (Ctrl+V) or drop files on this window.")};
    case State::Stopped:
        return {tr("Camera off"), tr("Press “Start camera” to scan live.")};
    case State::Paused:
        return {tr("Paused"), tr("Press “Start camera” to resume scanning.")};
    case State::PermissionDenied:
        return {tr("SafeScan may not use the camera"),
                tr("Allow camera access for SafeScan in your system's privacy settings (on Linux: membership "
                   "of the “video” group), then press “Try again”.\n%1")
                    .arg(error)
                    .trimmed()};
    case State::Busy:
        return {tr("The camera is busy"),
                tr("Another application is using it. Close that application, then press “Try again”.\n%1")
                    .arg(error)
                    .trimmed()};
    case State::Unplugged:
        return {tr("The camera was disconnected"),
                tr("Plug it back in, or choose another camera above, then press “Try again”.")};
    case State::Failed:
        return {tr("The camera stopped with an error"),
                tr("%1\nPress “Try again”, or choose another camera.").arg(error).trimmed()};
    case State::Running:
        break;
    }
    return {};
}

bool canRetry(State state)
{
    return state == State::PermissionDenied || state == State::Busy || state == State::Unplugged ||
           state == State::Failed;
}

} // namespace SafeScan::CameraStatus
