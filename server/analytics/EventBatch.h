#pragma once

#include "AnalyticsCounts.h"
#include "http/ApiError.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace SafeScan {

// Limits of POST /v1/events (docs/api.md "Analytics"; SPEC §10).
inline constexpr qsizetype MaxEventsBodyBytes = 1024 * 1024;
inline constexpr int MaxEventsPerBatch = 500;
inline constexpr qsizetype MaxEventBytes = 64 * 1024;  // one event, serialized
inline constexpr qint64 MaxEventAheadMs = 24 * HourMs; // later than now + this: "future"

// One event that passed every check: a closed set of fields, none of which can carry content.
struct AnalyticsEvent
{
    QString id;        // lowercase UUID, 36 characters
    QString type;      // app_start, scan, vote, report, sync, error
    qint64 timeMs = 0; // the client's time of the event
    QJsonObject props; // only the fields of the type's list, with checked values
    // The scan's dimensions ('' when absent); empty for other types.
    ScanDimensions dimensions() const;
};

// An event refused on its own; the rest of the batch is still taken.
struct EventRejection
{
    QString id;    // the event's id, or its index in the batch when it has no usable id
    QString error; // too_large, future, invalid, unknown_field
    QString message;
};

struct EventBatch
{
    QString installId; // 32 lowercase hex digits, the client's install id of the day
    QList<AnalyticsEvent> events;
    QList<EventRejection> rejected;
};

struct EventBatchParse
{
    std::optional<EventBatch> batch;
    std::optional<ApiError> error; // a malformed envelope: 400 for the whole batch
};

// Parses and checks a request body of POST /v1/events, with `nowMs` the server's time.
EventBatchParse parseEventBatch(const QByteArray& body, qint64 nowMs);

// The event types and, for the dashboards, the values the checks accept.
QStringList analyticsEventTypes();
QStringList scanVerdictNames();
QStringList scanSourceNames();
bool isScanPayloadType(const QString& name);
QStringList scanPayloadTypeNames();

} // namespace SafeScan
