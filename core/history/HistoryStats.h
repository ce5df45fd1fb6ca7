#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace SafeScan {

class Database;

// Counts over the local history for the personal dashboard (SPEC §10): scans per day and the mix
// of verdicts, payload types and sources, for the days [from, to] (inclusive) of a time zone given
// by its offset from UTC. Deleted scans (tombstones) are not counted. One indexed range pass.
struct HistoryStatistics
{
    QDate from;
    QDate to;
    QList<QPair<QDate, qint64>> perDay; // every day of the range, oldest first, zeros included
    QMap<QString, qint64> byVerdict;    // verdict_level name ("unknown" when not judged)
    QMap<QString, qint64> byType;       // payload type name
    QMap<QString, qint64> bySource;     // camera, file, clipboard, screen, video, import
    qint64 total = 0;
};

// Nullopt-like failure: `ok` false and `error` set. `utcOffsetSeconds`: local time minus UTC.
struct HistoryStatisticsResult
{
    bool ok = false;
    QString error;
    HistoryStatistics statistics;
};
HistoryStatisticsResult historyStatistics(Database& database, QDate from, QDate to, int utcOffsetSeconds);

} // namespace SafeScan
