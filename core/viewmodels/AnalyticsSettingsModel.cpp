#include "AnalyticsSettingsModel.h"

#include "analytics/EventRecorder.h"
#include "localdata/AnalyticsEventQueue.h"
#include "settings/Settings.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SafeScan {

AnalyticsSettingsModel::AnalyticsSettingsModel(Settings& settings, EventRecorder& recorder, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_recorder(recorder)
{
    connect(&recorder, &EventRecorder::enabledChanged, this, &AnalyticsSettingsModel::enabledChanged);
    connect(&recorder, &EventRecorder::recorded, this, &AnalyticsSettingsModel::recordsChanged);
}

bool AnalyticsSettingsModel::isEnabled() const
{
    return m_recorder.isEnabled();
}

void AnalyticsSettingsModel::setEnabled(bool enabled)
{
    m_settings.setValue(SettingKeys::analyticsEnabled, enabled);
    m_settings.sync();
    m_recorder.setEnabled(enabled);
    emit recordsChanged();
}

qint64 AnalyticsSettingsModel::pendingCount() const
{
    return std::max<qint64>(m_recorder.queue().unsentCount(), 0);
}

qint64 AnalyticsSettingsModel::sentCount() const
{
    const qint64 total = m_recorder.queue().totalCount();
    const qint64 unsent = m_recorder.queue().unsentCount();
    return total < 0 || unsent < 0 ? 0 : total - unsent;
}

qint64 AnalyticsSettingsModel::droppedCount() const
{
    return m_recorder.queue().droppedCount();
}

int AnalyticsSettingsModel::retentionDays() const
{
    return int(m_recorder.queue().options().retentionMs / (24LL * 60 * 60 * 1000));
}

QString AnalyticsSettingsModel::recordedText() const
{
    return QString::fromUtf8(QJsonDocument(m_recorder.exportJson()).toJson(QJsonDocument::Indented));
}

bool AnalyticsSettingsModel::exportTo(const QString& path, QString* error) const
{
    return m_recorder.exportTo(path, error);
}

bool AnalyticsSettingsModel::clearRecorded(QString* error)
{
    const bool ok = m_recorder.clearRecorded(error) >= 0;
    emit recordsChanged();
    return ok;
}

QString AnalyticsSettingsModel::explanation()
{
    return tr("When you turn this on, SafeScan records how it is used: that it started (and its version), "
              "each scan's payload type, verdict level, source and decode time, that you voted (safe, unsafe "
              "or retracted) or reported, the result of each sync and the kind of errors. It never records "
              "what a code contains, a hash of it, a web address, your account or any identifier of this "
              "computer: events carry a random id that changes every day. Events are sent in batches and "
              "kept here for %n day(s) so you can see and export them.",
              nullptr, 30);
}

} // namespace SafeScan
