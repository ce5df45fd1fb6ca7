#pragma once

#include <QObject>
#include <QString>

namespace SafeScan {

class EventRecorder;
class Settings;

// What the Settings view binds to for analytics (SPEC §10): the opt-in switch (stored as
// SettingKeys::analyticsEnabled, off by default, applied to the recorder at once), what was
// recorded (to see it before or after it is sent), export to a JSON file, and deleting it.
class AnalyticsSettingsModel final : public QObject
{
    Q_OBJECT
public:
    AnalyticsSettingsModel(Settings& settings, EventRecorder& recorder, QObject* parent = nullptr);

    bool isEnabled() const;
    // Stores the choice and applies it; turning it off deletes the events not sent yet.
    void setEnabled(bool enabled);

    qint64 pendingCount() const; // recorded, not sent yet
    qint64 sentCount() const;    // sent, kept for you to see until the retention drops them
    qint64 droppedCount() const; // unsent events lost to the size cap or the retention
    int retentionDays() const;
    // Every kept event as indented JSON (EventRecorder::exportJson()).
    QString recordedText() const;
    bool exportTo(const QString& path, QString* error = nullptr) const;
    // Deletes everything recorded; false with `error` on failure.
    bool clearRecorded(QString* error = nullptr);

    // The plain-language description of what is and is not recorded, for the Settings view.
    static QString explanation();

signals:
    void enabledChanged(bool enabled);
    // The counts may have changed (an event was recorded, sent or deleted).
    void recordsChanged();

private:
    Settings& m_settings;
    EventRecorder& m_recorder;
};

} // namespace SafeScan
