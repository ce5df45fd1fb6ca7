#include "PersonalDashboardModel.h"

#include "DashboardCsv.h"
#include "base/Clock.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace SafeScan {

PersonalDashboardModel::PersonalDashboardModel(Database* database, const Clock& clock, int utcOffsetSeconds,
                                               QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_offsetSeconds(utcOffsetSeconds)
{
    const QDate today =
        QDateTime::fromMSecsSinceEpoch(clock.epochMs() + qint64(utcOffsetSeconds) * 1000, Qt::UTC).date();
    m_from = today.addDays(-29);
    m_to = today;
}

void PersonalDashboardModel::setDateRange(QDate from, QDate to)
{
    m_from = from;
    m_to = to;
    refresh();
}

void PersonalDashboardModel::setCompare(bool compare)
{
    m_compare = compare;
    refresh();
}

void PersonalDashboardModel::refresh()
{
    m_current = {};
    m_previous = {};
    if (!m_database) {
        m_error = tr("Your history is not available, so there is nothing to count.");
        emit dataChanged();
        return;
    }
    HistoryStatisticsResult current = historyStatistics(*m_database, m_from, m_to, m_offsetSeconds);
    if (!current.ok) {
        m_error = current.error;
        emit dataChanged();
        return;
    }
    m_error.clear();
    m_current = current.statistics;
    if (m_compare) {
        const qint64 days = m_from.daysTo(m_to) + 1;
        HistoryStatisticsResult previous =
            historyStatistics(*m_database, m_from.addDays(-days), m_from.addDays(-1), m_offsetSeconds);
        if (previous.ok) // else (a range before 1970) there is simply nothing to compare with
            m_previous = previous.statistics;
    }
    emit dataChanged();
}

QString PersonalDashboardModel::csv(Dataset dataset) const
{
    auto counts = [](const QString& name, const QMap<QString, qint64>& map) {
        CsvTable table({name, u"count"_s});
        for (auto it = map.begin(); it != map.end(); ++it)
            table.addRow({it.key(), QString::number(it.value())});
        return table.text();
    };
    switch (dataset) {
    case Dataset::PerDay: {
        const bool previous = !m_previous.perDay.isEmpty();
        CsvTable table(previous ? QStringList{u"day"_s, u"scans"_s, u"previous_day"_s, u"previous_scans"_s}
                                : QStringList{u"day"_s, u"scans"_s});
        for (qsizetype i = 0; i < m_current.perDay.size(); ++i) {
            const auto& [day, count] = m_current.perDay.at(i);
            QStringList row{day.toString(Qt::ISODate), QString::number(count)};
            if (previous && i < m_previous.perDay.size())
                row << m_previous.perDay.at(i).first.toString(Qt::ISODate)
                    << QString::number(m_previous.perDay.at(i).second);
            table.addRow(row);
        }
        return table.text();
    }
    case Dataset::Verdicts:
        return counts(u"verdict"_s, m_current.byVerdict);
    case Dataset::Types:
        return counts(u"payload_type"_s, m_current.byType);
    case Dataset::Sources:
        return counts(u"source"_s, m_current.bySource);
    }
    return {};
}

bool PersonalDashboardModel::exportCsv(Dataset dataset, const QString& path, QString* error) const
{
    return writeCsvFile(path, csv(dataset), error);
}

} // namespace SafeScan
