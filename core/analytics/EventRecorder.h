#pragma once

#include "InstallId.h"
#include "payload/Payload.h"
#include "safety/Verdict.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <optional>

namespace SafeScan {

class AnalyticsEventQueue;
class Clock;
class Database;

// Records the analytics events of SPEC §10 into the offline queue (AnalyticsEventQueue), for
// EventUploader to send. Opt-in: nothing is recorded until setEnabled(true) (the app sets it from
// SettingKeys::analyticsEnabled, off by default).
//
// Privacy by construction: every record* method takes only enums, allow-listed words, small
// numbers and short error codes; there is no way to pass content, a hash of content, a host or an
// account. Each event carries the install id of the UTC day it was recorded on (InstallId), so
// events of different days are never sent under one id. Stored body: {"install_id", "props"}.
//
// Turning recording off deletes the events not sent yet (consent withdrawn); what was already
// sent stays visible in exportJson() until the queue's retention drops it.
class EventRecorder final : public QObject
{
    Q_OBJECT
public:
    EventRecorder(AnalyticsEventQueue& queue, Database& database, const Clock& clock,
                  QObject* parent = nullptr);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

    // Each returns the new event's id; empty when recording is off or the event was refused
    // (then `error` says why, e.g. an unknown source or a malformed error code).
    QString recordAppStart(const QString& version, QString* error = nullptr);
    // `source`: camera, file, clipboard, screen or video; `decodeMs` only for decoded images.
    QString recordScan(PayloadType type, VerdictLevel verdict, const QString& source,
                       std::optional<qint64> decodeMs, QString* error = nullptr);
    // `vote`: safe, unsafe or retract.
    QString recordVote(const QString& vote, QString* error = nullptr);
    QString recordReport(QString* error = nullptr);
    // The sync engine's outcome: pushed/pulled counts and, when it failed, a short error class
    // (lowercase letters, digits, '_').
    QString recordSync(bool ok, int pushed, int pulled, const QString& errorClass = {},
                       QString* error = nullptr);
    QString recordError(const QString& errorClass, QString* error = nullptr);

    // What was recorded and is still kept (unsent and sent, within the retention), for the user to
    // see and export: {"exported_at", "recording_enabled", "retention_days", "pending", "sent",
    // "dropped_events", "events": [{"id","type","time","install_id","props","sent"}]}.
    QJsonObject exportJson(QString* error = nullptr) const;
    // Writes exportJson() as indented JSON (atomically, QSaveFile).
    bool exportTo(const QString& path, QString* error = nullptr) const;
    // Deletes everything recorded, sent or not. -1 on failure.
    int clearRecorded(QString* error = nullptr);

    AnalyticsEventQueue& queue() const { return m_queue; }
    // The names the contract allows.
    static const QStringList& sources();
    static bool isErrorClass(const QString& text);

signals:
    void enabledChanged(bool enabled);
    // An event of `type` was queued.
    void recorded(const QString& type);

private:
    QString record(const QString& type, const QJsonObject& props, QString* error);

    AnalyticsEventQueue& m_queue;
    const Clock& m_clock;
    mutable InstallId m_installId;
    bool m_enabled = false;
};

} // namespace SafeScan
