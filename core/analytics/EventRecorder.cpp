#include "EventRecorder.h"

#include "AnalyticsLog.h"
#include "base/Clock.h"
#include "localdata/AnalyticsEventQueue.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
QString refuse(QString* error, const QString& why)
{
    qCInfo(lcAnalytics) << "Event not recorded:" << why;
    if (error)
        *error = why;
    return {};
}

QString isoTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
}
} // namespace

EventRecorder::EventRecorder(AnalyticsEventQueue& queue, Database& database, const Clock& clock,
                             QObject* parent)
    : QObject(parent)
    , m_queue(queue)
    , m_clock(clock)
    , m_installId(database, clock)
{}

void EventRecorder::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (!enabled) {
        QString error;
        const int dropped = m_queue.clear(true, &error);
        if (dropped < 0)
            qCWarning(lcAnalytics) << "Recording is off but the unsent events could not be deleted:" << error;
        else
            qCInfo(lcAnalytics) << "Recording is off; deleted" << dropped << "unsent events";
    }
    emit enabledChanged(enabled);
}

const QStringList& EventRecorder::sources()
{
    static const QStringList names{u"camera"_s, u"file"_s, u"clipboard"_s, u"screen"_s, u"video"_s};
    return names;
}

bool EventRecorder::isErrorClass(const QString& text)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_]{0,47}$"_s);
    return pattern.match(text).hasMatch();
}

QString EventRecorder::record(const QString& type, const QJsonObject& props, QString* error)
{
    if (!m_enabled)
        return refuse(error, u"analytics recording is off"_s);
    QString why;
    const QJsonObject body{{u"install_id"_s, m_installId.current()}, {u"props"_s, props}};
    const QString id = m_queue.append(type, body, &why);
    if (id.isEmpty())
        return refuse(error, why);
    emit recorded(type);
    return id;
}

QString EventRecorder::recordAppStart(const QString& version, QString* error)
{
    static const QRegularExpression pattern(u"^[0-9]{1,4}(\\.[0-9]{1,4}){0,3}$"_s);
    if (!pattern.match(version).hasMatch())
        return refuse(error, u"a version is digits and dots"_s);
    return record(u"app_start"_s, {{u"version"_s, version}}, error);
}

QString EventRecorder::recordScan(PayloadType type, VerdictLevel verdict, const QString& source,
                                  std::optional<qint64> decodeMs, QString* error)
{
    if (!sources().contains(source))
        return refuse(error, u"unknown scan source"_s);
    QJsonObject props{{u"payload_type"_s, payloadTypeName(type)},
                      {u"verdict"_s, verdictLevelName(verdict)},
                      {u"source"_s, source}};
    if (decodeMs && *decodeMs >= 0)
        props.insert(u"decode_ms"_s, std::min<qint64>(*decodeMs, 3'600'000));
    return record(u"scan"_s, props, error);
}

QString EventRecorder::recordVote(const QString& vote, QString* error)
{
    if (vote != u"safe"_s && vote != u"unsafe"_s && vote != u"retract"_s)
        return refuse(error, u"a vote is safe, unsafe or retract"_s);
    return record(u"vote"_s, {{u"vote"_s, vote}}, error);
}

QString EventRecorder::recordReport(QString* error)
{
    return record(u"report"_s, {}, error);
}

QString EventRecorder::recordSync(bool ok, int pushed, int pulled, const QString& errorClass, QString* error)
{
    if (pushed < 0 || pulled < 0)
        return refuse(error, u"sync counts are not negative"_s);
    QJsonObject props{{u"result"_s, ok ? u"ok"_s : u"error"_s}, {u"pushed"_s, pushed}, {u"pulled"_s, pulled}};
    if (!errorClass.isEmpty()) {
        if (!isErrorClass(errorClass))
            return refuse(error, u"an error class is a short lowercase code"_s);
        props.insert(u"error_class"_s, errorClass);
    }
    return record(u"sync"_s, props, error);
}

QString EventRecorder::recordError(const QString& errorClass, QString* error)
{
    if (!isErrorClass(errorClass))
        return refuse(error, u"an error class is a short lowercase code"_s);
    return record(u"error"_s, {{u"error_class"_s, errorClass}}, error);
}

QJsonObject EventRecorder::exportJson(QString* error) const
{
    QString why;
    const QList<AnalyticsEvent> events =
        m_queue.allEvents(AnalyticsEventQueue::Options{}.maxEvents * 10, &why);
    if (!why.isEmpty() && error)
        *error = why;
    QJsonArray list;
    qint64 sent = 0;
    for (const AnalyticsEvent& event : events) {
        sent += event.sent;
        list.append(QJsonObject{{u"id"_s, event.eventId},
                                {u"type"_s, event.kind},
                                {u"time"_s, isoTime(event.createdAtMs)},
                                {u"install_id"_s, event.body.value(u"install_id"_s)},
                                {u"props"_s, event.body.value(u"props"_s)},
                                {u"sent"_s, event.sent}});
    }
    return {{u"exported_at"_s, isoTime(m_clock.epochMs())},
            {u"recording_enabled"_s, m_enabled},
            {u"retention_days"_s, m_queue.options().retentionMs / (24LL * 60 * 60 * 1000)},
            {u"pending"_s, qint64(events.size()) - sent},
            {u"sent"_s, sent},
            {u"dropped_events"_s, m_queue.droppedCount()},
            {u"events"_s, list}};
}

bool EventRecorder::exportTo(const QString& path, QString* error) const
{
    QString why;
    const QJsonObject json = exportJson(&why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = u"Cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

int EventRecorder::clearRecorded(QString* error)
{
    return m_queue.clear(false, error);
}

} // namespace SafeScan
