#pragma once

#include "history/HistoryStats.h"

#include <QObject>

namespace SafeScan {

class Clock;
class Database;

// The personal dashboard (SPEC §10, issue #7): counts over the local history — scans per day,
// verdict mix, payload types, sources — for a date range in local time, and the same-length
// period just before it when comparing. The counting is historyStatistics() (core/history); this
// class only holds the range and the answer, and gives each chart's data as CSV.
class PersonalDashboardModel final : public QObject
{
    Q_OBJECT
public:
    enum class Dataset
    {
        PerDay,
        Verdicts,
        Types,
        Sources,
    };

    // `database` may be null (the store could not be opened): every refresh then says so.
    // `utcOffsetSeconds`: where days begin (local time minus UTC).
    PersonalDashboardModel(Database* database, const Clock& clock, int utcOffsetSeconds,
                           QObject* parent = nullptr);

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    void setDateRange(QDate from, QDate to); // refreshes
    bool compare() const { return m_compare; }
    void setCompare(bool compare); // refreshes
    // Counts again (after new scans).
    void refresh();

    bool ok() const { return m_error.isEmpty(); }
    QString errorMessage() const { return m_error; }
    const HistoryStatistics& current() const { return m_current; }
    const HistoryStatistics& previous() const { return m_previous; } // empty unless compare()

    QString csv(Dataset dataset) const;
    bool exportCsv(Dataset dataset, const QString& path, QString* error = nullptr) const;

signals:
    void dataChanged();

private:
    Database* m_database;
    int m_offsetSeconds;
    QDate m_from;
    QDate m_to;
    bool m_compare = true;
    QString m_error;
    HistoryStatistics m_current;
    HistoryStatistics m_previous;
};

} // namespace SafeScan
