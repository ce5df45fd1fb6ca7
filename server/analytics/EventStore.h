#pragma once

#include "EventBatch.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace SafeScan {

class Clock;
class Database;

// A daily salt lives this long after its UTC day began; then the retention job deletes it and the
// install hashes made with it.
inline constexpr qint64 SaltLifetimeMs = 48 * HourMs;

struct IngestResult
{
    int accepted = 0;
    int duplicates = 0;
};

// Stores checked analytics events: each batch in ONE transaction that inserts the raw events
// (an event id already stored, or seen earlier in the batch, is a duplicate: not stored, not
// counted again), adds the new ones to the hourly and daily counts, and counts the install once
// per UTC day under that day's salt. A batch costs a handful of statements whatever its size: one
// multi-row INSERT ... ON CONFLICT DO NOTHING RETURNING id for the events (the returned ids are the
// new ones), one upsert per install day, and multi-row upserts of the counts grouped in memory by
// (metric, bucket, dimensions).
// No IP address, token or install id in clear is written anywhere.
class EventStore
{
public:
    EventStore(Database& database, const Clock& clock);

    // `rejected`: events of the batch refused by the checks (counted as events_rejected).
    std::optional<IngestResult> ingest(const QString& installId, const QList<AnalyticsEvent>& events,
                                       int rejected, QString& error);

private:
    // The salt of the UTC day starting at `day`, created when missing; nullopt (no error) once
    // the day is past its salt lifetime.
    std::optional<QByteArray> saltOf(QSqlDatabase db, qint64 day, qint64 now, QString& error);

    Database& m_database;
    const Clock& m_clock;
    QHash<qint64, QByteArray> m_salts; // day -> salt, as stored
};

} // namespace SafeScan
