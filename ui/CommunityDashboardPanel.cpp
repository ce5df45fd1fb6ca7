#include "CommunityDashboardPanel.h"

#include "ChartCard.h"
#include "DashboardLabels.h"
#include "payload/Payload.h"
#include "safety/Verdict.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFont>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
QComboBox* combo(const QString& accessibleName, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setAccessibleName(accessibleName);
    return box;
}

void selectData(QComboBox* box, const QString& value)
{
    const int index = box->findData(value);
    if (index >= 0)
        box->setCurrentIndex(index);
}

QList<QPair<QDateTime, double>> points(const QList<StatsPoint>& list)
{
    QList<QPair<QDateTime, double>> out;
    for (const StatsPoint& point : list)
        out.append({point.time, point.value});
    return out;
}
} // namespace

CommunityDashboardPanel::CommunityDashboardPanel(DashboardViewModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    auto* layout = new QVBoxLayout(this);
    auto* controls = new QGridLayout;
    const StatsFilter filter = model.filter();
    m_from = new QDateEdit(filter.from, this);
    m_from->setAccessibleName(tr("Community dashboard: first day"));
    m_to = new QDateEdit(filter.to, this);
    m_to->setAccessibleName(tr("Community dashboard: last day"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_compare = new QCheckBox(tr("Compare with the previous period"), this);
    m_compare->setAccessibleName(tr("Compare the community data with the previous period"));
    m_compare->setChecked(model.compare());
    m_metric = combo(tr("Metric of the time series"), this);
    m_metric->setObjectName(u"metric"_s);
    for (const QString& name : StatsNames::metrics())
        m_metric->addItem(DashboardLabels::metric(name), name);
    m_bucket = combo(tr("Time step of the time series"), this);
    m_bucket->addItem(tr("By day"), u"day"_s);
    m_bucket->addItem(tr("By hour"), u"hour"_s);
    m_type = combo(tr("Filter by payload type"), this);
    m_type->addItem(tr("All types"), QString());
    for (int t = int(PayloadType::Text); t <= int(PayloadType::Binary); ++t)
        m_type->addItem(DashboardLabels::payloadType(payloadTypeName(PayloadType(t))),
                        payloadTypeName(PayloadType(t)));
    m_verdict = combo(tr("Filter by verdict"), this);
    m_verdict->addItem(tr("All verdicts"), QString());
    for (const VerdictLevel level : {VerdictLevel::Dangerous, VerdictLevel::Suspicious, VerdictLevel::Unknown,
                                     VerdictLevel::NoKnownRisk, VerdictLevel::Trusted})
        m_verdict->addItem(DashboardLabels::verdict(verdictLevelName(level)), verdictLevelName(level));
    m_source = combo(tr("Filter by source"), this);
    m_source->addItem(tr("All sources"), QString());
    for (const char* name : {"camera", "file", "clipboard", "screen", "video"})
        m_source->addItem(DashboardLabels::source(QString::fromLatin1(name)), QString::fromLatin1(name));
    m_dimension = combo(tr("Distribution by"), this);
    for (const QString& name : StatsNames::dimensions())
        m_dimension->addItem(DashboardLabels::dimension(name), name);
    m_topList = combo(tr("Top list"), this);
    for (const QString& name : StatsNames::topLists())
        m_topList->addItem(DashboardLabels::topList(name), name);
    m_refreshSeconds = new QSpinBox(this);
    m_refreshSeconds->setRange(0, 3600);
    m_refreshSeconds->setSuffix(tr(" s"));
    m_refreshSeconds->setSpecialValueText(tr("Off"));
    m_refreshSeconds->setValue(model.refreshSeconds());
    m_refreshSeconds->setAccessibleName(tr("Live refresh interval in seconds (0: off)"));
    m_refresh = new QPushButton(tr("&Refresh now"), this);
    m_refresh->setAccessibleName(tr("Refresh the community dashboard now"));

    struct Labelled
    {
        QString text;
        QWidget* widget;
    };
    const Labelled items[] = {
        {tr("From"), m_from},     {tr("To"), m_to},
        {tr("Metric"), m_metric}, {tr("Step"), m_bucket},
        {tr("Type"), m_type},     {tr("Verdict"), m_verdict},
        {tr("Source"), m_source}, {tr("Bars"), m_dimension},
        {tr("Top"), m_topList},   {tr("Live refresh"), m_refreshSeconds},
    };
    int column = 0;
    int row = 0;
    for (const Labelled& item : items) {
        auto* label = new QLabel(item.text, this);
        label->setBuddy(item.widget);
        controls->addWidget(label, row, column);
        controls->addWidget(item.widget, row, column + 1);
        column += 2;
        if (column >= 10) {
            column = 0;
            ++row;
        }
    }
    controls->addWidget(m_compare, row, column, 1, 3);
    controls->addWidget(m_refresh, row, column + 3);
    layout->addLayout(controls);

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Community dashboard status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Community summary"));
    layout->addWidget(m_summary);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* grid = new QGridLayout(content);
    m_series = new ChartCard(tr("Time series"), content);
    m_distribution = new ChartCard(tr("Distribution"), content);
    grid->addWidget(m_series, 0, 0, 1, 2);
    grid->addWidget(m_distribution, 1, 0);
    auto* topBox = new QFrame(content);
    topBox->setFrameShape(QFrame::StyledPanel);
    auto* topLayout = new QVBoxLayout(topBox);
    auto* topHeader = new QHBoxLayout;
    auto* topTitle = new QLabel(tr("<b>Top items</b> (by hash; content is never shown)"), topBox);
    topHeader->addWidget(topTitle, 1);
    m_topCsv = new QPushButton(tr("Export CSV"), topBox);
    m_topCsv->setAccessibleName(tr("Export the top items as CSV"));
    topHeader->addWidget(m_topCsv);
    topLayout->addLayout(topHeader);
    m_top = new QTableWidget(0, 5, topBox);
    m_top->setAccessibleName(tr("Top items"));
    m_top->setHorizontalHeaderLabels({tr("Item hash"), tr("Votes"), tr("Safe"), tr("Unsafe"), tr("Verdict")});
    m_top->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_top->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_top->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_top->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_top->verticalHeader()->setVisible(false);
    topLayout->addWidget(m_top);
    grid->addWidget(topBox, 1, 1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    connect(m_from, &QDateEdit::dateChanged, this, &CommunityDashboardPanel::applyControls);
    connect(m_to, &QDateEdit::dateChanged, this, &CommunityDashboardPanel::applyControls);
    for (QComboBox* box : {m_metric, m_bucket, m_type, m_verdict, m_source, m_dimension, m_topList})
        connect(box, &QComboBox::currentIndexChanged, this, &CommunityDashboardPanel::applyControls);
    connect(m_compare, &QCheckBox::toggled, this, &CommunityDashboardPanel::applyControls);
    connect(m_refreshSeconds, &QSpinBox::valueChanged, &m_model, &DashboardViewModel::setRefreshSeconds);
    connect(m_refresh, &QPushButton::clicked, &m_model, &DashboardViewModel::refresh);
    connect(m_series, &ChartCard::exportPngRequested, this,
            [this] { askExport(DashboardViewModel::Dataset::TimeSeries, true); });
    connect(m_series, &ChartCard::exportCsvRequested, this,
            [this] { askExport(DashboardViewModel::Dataset::TimeSeries, false); });
    connect(m_distribution, &ChartCard::exportPngRequested, this,
            [this] { askExport(DashboardViewModel::Dataset::Distribution, true); });
    connect(m_distribution, &ChartCard::exportCsvRequested, this,
            [this] { askExport(DashboardViewModel::Dataset::Distribution, false); });
    connect(m_topCsv, &QPushButton::clicked, this,
            [this] { askExport(DashboardViewModel::Dataset::TopList, false); });
    connect(&m_model, &DashboardViewModel::stateChanged, this, &CommunityDashboardPanel::updateState);
    connect(&m_model, &DashboardViewModel::dataChanged, this, &CommunityDashboardPanel::updateData);

    selectData(m_metric, model.metric());
    selectData(m_bucket, model.bucket());
    selectData(m_dimension, model.dimension());
    selectData(m_topList, model.topList());
    updateState();
    updateData();
}

void CommunityDashboardPanel::applyControls()
{
    if (m_from->date() > m_to->date()) {
        m_status->setText(
            tr("The first day is after the last day; choose a range that ends after it starts."));
        return;
    }
    StatsFilter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.payloadType = m_type->currentData().toString();
    filter.verdict = m_verdict->currentData().toString();
    filter.source = m_source->currentData().toString();
    // One refresh for the whole change: the setters below each refresh while active.
    const bool active = m_model.isActive();
    m_model.setActive(false);
    m_model.setFilter(filter);
    m_model.setMetric(m_metric->currentData().toString());
    m_model.setBucket(m_bucket->currentData().toString());
    m_model.setCompare(m_compare->isChecked());
    m_model.setDimension(m_dimension->currentData().toString());
    m_model.setTopList(m_topList->currentData().toString());
    m_model.setActive(active);
}

QString CommunityDashboardPanel::statusText() const
{
    return m_status->text();
}

void CommunityDashboardPanel::updateState()
{
    switch (m_model.state()) {
    case DashboardViewModel::State::Idle:
        m_status->setText(tr("The community dashboard loads when it is shown."));
        break;
    case DashboardViewModel::State::Loading:
        m_status->setText(tr("Loading…"));
        break;
    case DashboardViewModel::State::Ready:
        m_status->setText(
            tr("Updated %1.")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_model.lastUpdatedEpochMs()).time(),
                                        QLocale::ShortFormat)));
        break;
    case DashboardViewModel::State::Error:
        m_status->setText(tr("Problem: %1").arg(m_model.errorMessage()));
        break;
    }
    m_refresh->setEnabled(m_model.state() != DashboardViewModel::State::Loading);
}

void CommunityDashboardPanel::updateData()
{
    const StatsTimeseries& series = m_model.timeseries();
    const QString metric = DashboardLabels::metric(m_model.metric());
    m_series->showLines(points(series.points), points(series.previous), metric,
                        tr("%1, previous period").arg(metric), series.bucket == u"hour"_s);
    const StatsDistribution& distribution = m_model.distribution();
    QList<QPair<QString, double>> bars;
    for (const StatsCount& count : distribution.values)
        bars.append({DashboardLabels::key(distribution.dimension, count.key), double(count.count)});
    m_distribution->showBars(bars, DashboardLabels::dimension(distribution.dimension));

    const StatsTop& top = m_model.top();
    m_top->setRowCount(int(top.items.size()));
    for (int r = 0; r < top.items.size(); ++r) {
        const StatsTopItem& item = top.items.at(r);
        const QString shortHash = item.hash.left(12) + u"…"_s + item.hash.right(4);
        const QStringList cells{shortHash, QString::number(item.votes), QString::number(item.safe),
                                QString::number(item.unsafe), DashboardLabels::verdict(item.verdict)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* cell = new QTableWidgetItem(cells.at(c));
            if (c == 0) {
                cell->setFont(QFont(u"monospace"_s));
                cell->setToolTip(item.hash);
            }
            if (c > 0 && c < 4)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_top->setItem(r, c, cell);
        }
    }
    const StatsSummary& summary = m_model.summary();
    m_summary->setText(tr("Events: %1 · flagged voters: %2 · quarantined voters: %3")
                           .arg(summary.eventsTotal)
                           .arg(summary.flaggedVoters)
                           .arg(summary.quarantinedVoters));
}

bool CommunityDashboardPanel::exportPng(Chart chart, const QString& path, QString* error) const
{
    return card(chart)->exportPng(path, error);
}

bool CommunityDashboardPanel::exportCsv(DashboardViewModel::Dataset dataset, const QString& path,
                                        QString* error) const
{
    return m_model.exportCsv(dataset, path, error);
}

void CommunityDashboardPanel::askExport(DashboardViewModel::Dataset dataset, bool png)
{
    const QString path =
        QFileDialog::getSaveFileName(this, png ? tr("Export the chart as PNG") : tr("Export the data as CSV"),
                                     png ? u"safescan-community.png"_s : u"safescan-community.csv"_s,
                                     png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = png ? exportPng(dataset == DashboardViewModel::Dataset::TimeSeries ? TimeSeriesChart
                                                                                       : DistributionChart,
                                    path, &error)
                        : exportCsv(dataset, path, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        m_status->setText(tr("Exported to %1.").arg(path));
}

} // namespace SafeScan
