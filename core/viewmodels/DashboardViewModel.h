#pragma once

#include "api/ApiContext.h"
#include "api/ApiError.h"
#include "api/ApiExecutor.h"
#include "api/StatsTypes.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace SafeScan {

class Clock;
class Scheduler;

// What the analysts' community dashboard shows (SPEC §10, issue #8), from GET /v1/stats/...:
// a time series of one metric (with the previous period when comparing), a distribution along one
// dimension, a top-N list and the summary counts, all for one date range and filters.
//
// refresh() asks for the four at once (a newer refresh drops the answers of an older one);
// state() is Loading until all four answered, then Ready, or Error with a sentence for the user
// (a failed part is emptied, the others are shown). While active (the view is visible) a change
// of any parameter refreshes, and with refreshSeconds() > 0 the data is refreshed that long after
// each answer (Scheduler timers; nothing runs while hidden).
class DashboardViewModel final : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Loading,
        Ready,
        Error,
    };
    enum class Dataset
    {
        TimeSeries,
        Distribution,
        TopList,
    };

    DashboardViewModel(ApiExecutor& executor, const ApiContext& context, const Clock& clock,
                       Scheduler& scheduler, QObject* parent = nullptr);
    ~DashboardViewModel() override;

    // The default range is the last 30 days up to today (UTC).
    StatsFilter filter() const { return m_filter; }
    void setFilter(const StatsFilter& filter);
    void setDateRange(QDate from, QDate to);
    QString metric() const { return m_metric; }
    void setMetric(const QString& metric);
    QString bucket() const { return m_bucket; }
    void setBucket(const QString& bucket);
    bool compare() const { return m_compare; }
    void setCompare(bool compare);
    QString dimension() const { return m_dimension; }
    void setDimension(const QString& dimension);
    QString topList() const { return m_topList; }
    void setTopList(const QString& list);
    int topLimit() const { return m_topLimit; }
    void setTopLimit(int limit);
    int refreshSeconds() const { return m_refreshSeconds; }
    void setRefreshSeconds(int seconds);
    bool isActive() const { return m_active; }
    // The view shows (true: refresh now and keep refreshing) or hides the dashboard.
    void setActive(bool active);

    void refresh();

    State state() const { return m_state; }
    QString errorMessage() const { return m_errorMessage; }
    qint64 lastUpdatedEpochMs() const { return m_lastUpdatedMs; }
    const StatsTimeseries& timeseries() const { return m_timeseries; }
    const StatsDistribution& distribution() const { return m_distribution; }
    const StatsTop& top() const { return m_top; }
    const StatsSummary& summary() const { return m_summary; }
    bool isRefreshPlanned() const { return m_timer != 0; }

    // The data shown, as CSV (header row, then one row per point, value or item).
    QString csv(Dataset dataset) const;
    bool exportCsv(Dataset dataset, const QString& path, QString* error = nullptr) const;

    // A sentence for the user about a failed stats request.
    static QString errorText(const ApiError& error);

signals:
    void stateChanged();
    void dataChanged();
    void parametersChanged();

private:
    void parameterChanged();
    void partFinished(quint64 generation, const ApiCall& call, int part);
    void planRefresh();
    void cancelCalls();

    ApiExecutor& m_executor;
    ApiContext m_context;
    const Clock& m_clock;
    Scheduler& m_scheduler;

    StatsFilter m_filter;
    QString m_metric;
    QString m_bucket;
    bool m_compare = true;
    QString m_dimension;
    QString m_topList;
    int m_topLimit = 10;
    int m_refreshSeconds = 60;
    bool m_active = false;

    State m_state = State::Idle;
    QString m_errorMessage;
    qint64 m_lastUpdatedMs = 0;
    StatsTimeseries m_timeseries;
    StatsDistribution m_distribution;
    StatsTop m_top;
    StatsSummary m_summary;

    quint64 m_generation = 0;
    int m_pending = 0;
    ApiError m_firstError;
    QList<QPointer<ApiCall>> m_calls;
    quint64 m_timer = 0;
};

} // namespace SafeScan
