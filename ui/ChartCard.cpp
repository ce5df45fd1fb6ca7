#include "ChartCard.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
// A value axis from 0 with whole-number ticks 1, 2 or 5 × 10^n apart (at most about six) and room
// above the highest value.
void niceAxis(QValueAxis* axis, double top)
{
    double step = 1;
    if (top > 5) {
        const double raw = top / 5;
        const double power = std::pow(10.0, std::floor(std::log10(raw)));
        for (const double m : {1.0, 2.0, 5.0, 10.0}) {
            step = m * power;
            if (step >= raw)
                break;
        }
    }
    double max = std::ceil(top / step) * step;
    if (max <= top)
        max += step;
    axis->setRange(0, max);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(u"%.0f"_s);
}
} // namespace

ChartCard::ChartCard(const QString& title, QWidget* parent)
    : QFrame(parent)
    , m_title(title)
{
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    m_heading = new QLabel(u"<b>%1</b>"_s.arg(title.toHtmlEscaped()), this);
    m_heading->setAccessibleName(title);
    header->addWidget(m_heading, 1);
    m_png = new QPushButton(tr("Export PNG"), this);
    m_png->setAccessibleName(tr("Export the chart \"%1\" as a PNG image").arg(title));
    m_csv = new QPushButton(tr("Export CSV"), this);
    m_csv->setAccessibleName(tr("Export the data of \"%1\" as CSV").arg(title));
    header->addWidget(m_png);
    header->addWidget(m_csv);
    layout->addLayout(header);

    m_view = new QChartView(new QChart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_view->setAccessibleName(tr("Chart: %1").arg(title));
    m_view->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_view, 1);
    m_empty = new QLabel(this);
    m_empty->setAccessibleName(tr("%1: no data").arg(title));
    m_empty->setWordWrap(true);
    m_empty->setVisible(false);
    layout->addWidget(m_empty);

    connect(m_png, &QPushButton::clicked, this, &ChartCard::exportPngRequested);
    connect(m_csv, &QPushButton::clicked, this, &ChartCard::exportCsvRequested);
}

QChart* ChartCard::chart() const
{
    return m_view->chart();
}

void ChartCard::resetChart()
{
    QChart* chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_empty->setVisible(false);
    m_view->setVisible(true);
}

void ChartCard::showLines(const QList<QPair<QDateTime, double>>& current,
                          const QList<QPair<QDateTime, double>>& previous, const QString& currentName,
                          const QString& previousName, bool hours)
{
    resetChart();
    QChart* chart = m_view->chart();
    auto* now = new QLineSeries;
    now->setName(currentName);
    now->setPointsVisible(true);
    double top = 0;
    for (const auto& [time, value] : current) {
        now->append(double(time.toMSecsSinceEpoch()), value);
        top = std::max(top, value);
    }
    chart->addSeries(now);
    QLineSeries* before = nullptr;
    if (!previous.isEmpty()) {
        before = new QLineSeries;
        before->setName(previousName);
        QPen pen = before->pen();
        pen.setStyle(Qt::DashLine);
        pen.setWidth(2);
        before->setPen(pen);
        for (qsizetype i = 0; i < previous.size() && i < current.size(); ++i) {
            before->append(double(current.at(i).first.toMSecsSinceEpoch()), previous.at(i).second);
            top = std::max(top, previous.at(i).second);
        }
        chart->addSeries(before);
    }
    auto* x = new QDateTimeAxis;
    x->setFormat(hours ? u"dd MMM HH:mm"_s : u"dd MMM"_s);
    x->setTitleText(hours ? tr("Hour (UTC)") : tr("Day"));
    x->setTickCount(std::clamp(int(current.size()), 2, 8));
    if (!current.isEmpty())
        x->setRange(current.first().first, current.last().first);
    chart->addAxis(x, Qt::AlignBottom);
    auto* y = new QValueAxis;
    niceAxis(y, top);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* series : {now, before}) {
        if (!series)
            continue;
        series->attachAxis(x);
        series->attachAxis(y);
    }
    double sum = 0;
    for (const auto& point : current)
        sum += point.second;
    QString description = tr("%1: %2 points, total %3").arg(currentName).arg(current.size()).arg(sum);
    if (!previous.isEmpty()) {
        double previousSum = 0;
        for (const auto& point : previous)
            previousSum += point.second;
        description += tr("; %1: total %2").arg(previousName).arg(previousSum);
    }
    m_view->setAccessibleDescription(description);
    if (current.isEmpty())
        showEmpty(tr("No data for this period."));
}

void ChartCard::showBars(const QList<QPair<QString, double>>& bars, const QString& name)
{
    resetChart();
    if (bars.isEmpty())
        return showEmpty(tr("No data for this period."));
    QChart* chart = m_view->chart();
    // Horizontal bars: the labels (with their numbers, so nothing depends on reading the bar)
    // have the width they need.
    auto* set = new QBarSet(name);
    QStringList labels;
    double top = 0;
    for (qsizetype i = bars.size() - 1; i >= 0; --i) { // the first bar on top
        const auto& [label, value] = bars.at(i);
        set->append(value);
        labels.append(tr("%1: %2").arg(label, QLocale().toString(value, 'f', 0)));
        top = std::max(top, value);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(labels);
    chart->addAxis(y, Qt::AlignLeft);
    auto* x = new QValueAxis;
    niceAxis(x, top);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    chart->legend()->setVisible(false);
    QStringList described = labels;
    std::reverse(described.begin(), described.end());
    m_view->setAccessibleDescription(described.join(u", "_s));
}

void ChartCard::showEmpty(const QString& text)
{
    m_empty->setText(text);
    m_empty->setVisible(true);
    m_view->setAccessibleDescription(text);
}

QStringList ChartCard::seriesNames() const
{
    QStringList names;
    for (QAbstractSeries* series : m_view->chart()->series())
        names.append(series->name());
    return names;
}

int ChartCard::pointCount(int series) const
{
    const QList<QAbstractSeries*> all = m_view->chart()->series();
    if (series < 0 || series >= all.size())
        return -1;
    if (auto* line = qobject_cast<QXYSeries*>(all.at(series)))
        return int(line->count());
    if (auto* bars = qobject_cast<QAbstractBarSeries*>(all.at(series)))
        return bars->barSets().isEmpty() ? 0 : int(bars->barSets().first()->count());
    return -1;
}

bool ChartCard::exportPng(const QString& path, QString* error) const
{
    const QPixmap image = m_view->grab();
    if (image.isNull() || !image.save(path, "PNG")) {
        if (error)
            *error = tr("Cannot write the image %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace SafeScan
