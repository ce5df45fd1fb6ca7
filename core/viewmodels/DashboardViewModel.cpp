#include "DashboardViewModel.h"

#include "DashboardCsv.h"
#include "ViewModelsLog.h"
#include "api/ApiExecutor.h"
#include "api/StatsDistributionJob.h"
#include "api/StatsSummaryJob.h"
#include "api/StatsTimeseriesJob.h"
#include "api/StatsTopJob.h"
#include "base/Clock.h"
#include "base/Scheduler.h"

#include <QDateTime>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
enum Part
{
    TimeSeriesPart,
    DistributionPart,
    TopPart,
    SummaryPart,
    PartCount
};
} // namespace

DashboardViewModel::DashboardViewModel(ApiExecutor& executor, const ApiContext& context, const Clock& clock,
                                       Scheduler& scheduler, QObject* parent)
    : QObject(parent)
    , m_executor(executor)
    , m_context(context)
    , m_clock(clock)
    , m_scheduler(scheduler)
    , m_metric(StatsNames::metrics().first())
    , m_bucket(u"day"_s)
    , m_dimension(StatsNames::dimensions().first())
    , m_topList(StatsNames::topLists().first())
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(clock.epochMs(), Qt::UTC).date();
    m_filter.from = today.addDays(-29);
    m_filter.to = today;
}

DashboardViewModel::~DashboardViewModel()
{
    ++m_generation;
    if (m_timer)
        m_scheduler.cancel(m_timer);
    cancelCalls();
}

void DashboardViewModel::setFilter(const StatsFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    parameterChanged();
}

void DashboardViewModel::setDateRange(QDate from, QDate to)
{
    StatsFilter filter = m_filter;
    filter.from = from;
    filter.to = to;
    setFilter(filter);
}

void DashboardViewModel::setMetric(const QString& metric)
{
    if (metric == m_metric || !StatsNames::metrics().contains(metric))
        return;
    m_metric = metric;
    parameterChanged();
}

void DashboardViewModel::setBucket(const QString& bucket)
{
    if (bucket == m_bucket || !StatsNames::buckets().contains(bucket))
        return;
    m_bucket = bucket;
    parameterChanged();
}

void DashboardViewModel::setCompare(bool compare)
{
    if (compare == m_compare)
        return;
    m_compare = compare;
    parameterChanged();
}

void DashboardViewModel::setDimension(const QString& dimension)
{
    if (dimension == m_dimension || !StatsNames::dimensions().contains(dimension))
        return;
    m_dimension = dimension;
    parameterChanged();
}

void DashboardViewModel::setTopList(const QString& list)
{
    if (list == m_topList || !StatsNames::topLists().contains(list))
        return;
    m_topList = list;
    parameterChanged();
}

void DashboardViewModel::setTopLimit(int limit)
{
    limit = std::clamp(limit, 1, StatsTopJob::kMaxLimit);
    if (limit == m_topLimit)
        return;
    m_topLimit = limit;
    parameterChanged();
}

void DashboardViewModel::setRefreshSeconds(int seconds)
{
    seconds = std::max(seconds, 0);
    if (seconds == m_refreshSeconds)
        return;
    m_refreshSeconds = seconds;
    if (m_timer) {
        m_scheduler.cancel(m_timer);
        m_timer = 0;
    }
    if (m_pending == 0)
        planRefresh();
    emit parametersChanged();
}

void DashboardViewModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        refresh();
    } else if (m_timer) {
        m_scheduler.cancel(m_timer);
        m_timer = 0;
    }
}

void DashboardViewModel::parameterChanged()
{
    emit parametersChanged();
    if (m_active)
        refresh();
}

void DashboardViewModel::cancelCalls()
{
    const QList<QPointer<ApiCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall>& call : calls)
        if (call)
            call->cancel();
}

void DashboardViewModel::refresh()
{
    if (m_timer) {
        m_scheduler.cancel(m_timer);
        m_timer = 0;
    }
    const quint64 generation = ++m_generation;
    cancelCalls();
    m_pending = PartCount;
    m_firstError = {};
    m_state = State::Loading;
    emit stateChanged();

    auto run = [this, generation](ApiJob* job, int part) {
        m_calls.append(m_executor.run(job, this, [this, generation, part](const ApiCall& call) {
            partFinished(generation, call, part);
        }));
    };
    run(new StatsTimeseriesJob(m_context, m_metric, m_bucket, m_compare, m_filter), TimeSeriesPart);
    run(new StatsDistributionJob(m_context, m_dimension, m_filter), DistributionPart);
    run(new StatsTopJob(m_context, m_topList, m_topLimit, m_filter), TopPart);
    run(new StatsSummaryJob(m_context, m_filter), SummaryPart);
}

void DashboardViewModel::partFinished(quint64 generation, const ApiCall& call, int part)
{
    if (generation != m_generation)
        return; // an older refresh
    const ApiError& error = call.error();
    if (!error.ok() && m_firstError.ok())
        m_firstError = error;
    switch (part) {
    case TimeSeriesPart:
        m_timeseries =
            error.ok() ? static_cast<const StatsTimeseriesJob*>(call.job())->result() : StatsTimeseries{};
        break;
    case DistributionPart:
        m_distribution =
            error.ok() ? static_cast<const StatsDistributionJob*>(call.job())->result() : StatsDistribution{};
        break;
    case TopPart:
        m_top = error.ok() ? static_cast<const StatsTopJob*>(call.job())->result() : StatsTop{};
        break;
    case SummaryPart:
        m_summary = error.ok() ? static_cast<const StatsSummaryJob*>(call.job())->result() : StatsSummary{};
        break;
    default:
        break;
    }
    if (--m_pending > 0)
        return;
    m_calls.clear();
    if (m_firstError.ok()) {
        m_state = State::Ready;
        m_errorMessage.clear();
        m_lastUpdatedMs = m_clock.epochMs();
    } else {
        m_state = State::Error;
        m_errorMessage = errorText(m_firstError);
        qCInfo(lcViewModels) << "Dashboard refresh failed:" << m_firstError.toString();
    }
    emit dataChanged();
    emit stateChanged();
    planRefresh();
}

void DashboardViewModel::planRefresh()
{
    if (!m_active || m_refreshSeconds <= 0 || m_timer)
        return;
    m_timer = m_scheduler.schedule(qint64(m_refreshSeconds) * 1000, this, [this] {
        m_timer = 0;
        if (m_active)
            refresh();
    });
}

QString DashboardViewModel::errorText(const ApiError& error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return tr("The SafeScan server cannot be reached; the dashboard will try again.");
    case ApiError::Kind::CircuitOpen:
        return tr(
            "The analytics service failed several times; the dashboard waits a minute before trying again.");
    case ApiError::Kind::Parse:
        return tr("The server's answer could not be read: %1").arg(error.message);
    case ApiError::Kind::Invalid:
        if (error.code == u"not_signed_in"_s)
            return tr("Sign in with an analyst account to see the community dashboards.");
        return tr("The dashboard cannot ask for this: %1").arg(error.message);
    case ApiError::Kind::Cancelled:
        return tr("The request was cancelled.");
    case ApiError::Kind::Http:
        if (error.httpStatus == 401)
            return tr("Your session has expired; sign in again to see the community dashboards.");
        if (error.httpStatus == 403)
            return tr("The community dashboards are for accounts with the analyst role.");
        if (error.httpStatus == 400)
            return tr("The server refused the request: %1").arg(error.message);
        if (error.httpStatus == 429)
            return tr("The server asks to slow down; the dashboard will try again shortly.");
        return tr("The server failed to answer (HTTP %1); the dashboard will try again.")
            .arg(error.httpStatus);
    }
    return error.message;
}

QString DashboardViewModel::csv(Dataset dataset) const
{
    switch (dataset) {
    case Dataset::TimeSeries: {
        const bool previous = !m_timeseries.previous.isEmpty();
        CsvTable table(previous ? QStringList{u"t"_s, u"value"_s, u"previous_t"_s, u"previous_value"_s}
                                : QStringList{u"t"_s, u"value"_s});
        for (qsizetype i = 0; i < m_timeseries.points.size(); ++i) {
            const StatsPoint& point = m_timeseries.points.at(i);
            QStringList row{point.time.toString(Qt::ISODate), CsvTable::number(point.value)};
            if (previous && i < m_timeseries.previous.size())
                row << m_timeseries.previous.at(i).time.toString(Qt::ISODate)
                    << CsvTable::number(m_timeseries.previous.at(i).value);
            else if (previous)
                row << QString() << QString();
            table.addRow(row);
        }
        return table.text();
    }
    case Dataset::Distribution: {
        CsvTable table({u"key"_s, u"count"_s});
        for (const StatsCount& value : m_distribution.values)
            table.addRow({value.key, QString::number(value.count)});
        return table.text();
    }
    case Dataset::TopList: {
        CsvTable table({u"hash"_s, u"votes"_s, u"safe"_s, u"unsafe"_s, u"verdict"_s});
        for (const StatsTopItem& item : m_top.items)
            table.addRow({item.hash, QString::number(item.votes), QString::number(item.safe),
                          QString::number(item.unsafe), item.verdict});
        return table.text();
    }
    }
    return {};
}

bool DashboardViewModel::exportCsv(Dataset dataset, const QString& path, QString* error) const
{
    return writeCsvFile(path, csv(dataset), error);
}

} // namespace SafeScan
