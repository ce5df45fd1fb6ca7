#include "PersonalDashboardPanel.h"

#include "ChartCard.h"
#include "DashboardLabels.h"
#include "safety/Verdict.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
using Dataset = PersonalDashboardModel::Dataset;

Dataset datasetOf(PersonalDashboardPanel::Chart chart)
{
    switch (chart) {
    case PersonalDashboardPanel::VerdictChart:
        return Dataset::Verdicts;
    case PersonalDashboardPanel::TypeChart:
        return Dataset::Types;
    case PersonalDashboardPanel::SourceChart:
        return Dataset::Sources;
    default:
        return Dataset::PerDay;
    }
}

QList<QPair<QDateTime, double>> points(const QList<QPair<QDate, qint64>>& days)
{
    QList<QPair<QDateTime, double>> out;
    for (const auto& [day, count] : days)
        out.append({QDateTime(day, QTime(0, 0), Qt::UTC), double(count)});
    return out;
}

QList<QPair<QString, double>> bars(const QMap<QString, qint64>& counts, QString (*label)(const QString&))
{
    QList<QPair<QString, double>> out;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        out.append({label(it.key()), double(it.value())});
    return out;
}
} // namespace

PersonalDashboardPanel::PersonalDashboardPanel(PersonalDashboardModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    auto* layout = new QVBoxLayout(this);
    auto* controls = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("&From"), this);
    m_from = new QDateEdit(model.from(), this);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_from->setAccessibleName(tr("Personal dashboard: first day"));
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To"), this);
    m_to = new QDateEdit(model.to(), this);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_to->setAccessibleName(tr("Personal dashboard: last day"));
    toLabel->setBuddy(m_to);
    m_compare = new QCheckBox(tr("Compare with the previous period"), this);
    m_compare->setAccessibleName(tr("Compare my scans with the previous period"));
    m_compare->setChecked(model.compare());
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setAccessibleName(tr("Count my scans again"));
    for (QWidget* w : std::initializer_list<QWidget*>{fromLabel, m_from, toLabel, m_to, m_compare, m_refresh})
        controls->addWidget(w);
    controls->addStretch(1);
    layout->addLayout(controls);
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Personal dashboard status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* grid = new QGridLayout(content);
    m_cards[PerDayChart] = new ChartCard(tr("My scans per day"), content);
    m_cards[VerdictChart] = new ChartCard(tr("Verdict mix"), content);
    m_cards[TypeChart] = new ChartCard(tr("Payload types"), content);
    m_cards[SourceChart] = new ChartCard(tr("Sources"), content);
    grid->addWidget(m_cards[PerDayChart], 0, 0, 1, 3);
    grid->addWidget(m_cards[VerdictChart], 1, 0);
    grid->addWidget(m_cards[TypeChart], 1, 1);
    grid->addWidget(m_cards[SourceChart], 1, 2);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    for (int c = 0; c < ChartCount; ++c) {
        connect(m_cards[c], &ChartCard::exportPngRequested, this, [this, c] { askExport(Chart(c), true); });
        connect(m_cards[c], &ChartCard::exportCsvRequested, this, [this, c] { askExport(Chart(c), false); });
    }
    connect(m_from, &QDateEdit::dateChanged, this, &PersonalDashboardPanel::applyRange);
    connect(m_to, &QDateEdit::dateChanged, this, &PersonalDashboardPanel::applyRange);
    connect(m_compare, &QCheckBox::toggled, &m_model, &PersonalDashboardModel::setCompare);
    connect(m_refresh, &QPushButton::clicked, &m_model, &PersonalDashboardModel::refresh);
    connect(&m_model, &PersonalDashboardModel::dataChanged, this, &PersonalDashboardPanel::updateCharts);
    updateCharts();
}

void PersonalDashboardPanel::applyRange()
{
    if (m_from->date() > m_to->date()) {
        m_status->setText(
            tr("The first day is after the last day; choose a range that ends after it starts."));
        return;
    }
    m_model.setDateRange(m_from->date(), m_to->date());
}

QString PersonalDashboardPanel::statusText() const
{
    return m_status->text();
}

void PersonalDashboardPanel::updateCharts()
{
    const HistoryStatistics& current = m_model.current();
    if (!m_model.ok()) {
        m_status->setText(tr("Cannot count your scans: %1").arg(m_model.errorMessage()));
        for (ChartCard* card : m_cards)
            card->showEmpty(m_model.errorMessage());
        return;
    }
    m_status->setText(tr("%n scan(s) from %1 to %2.", nullptr, int(current.total))
                          .arg(QLocale().toString(current.from, QLocale::ShortFormat),
                               QLocale().toString(current.to, QLocale::ShortFormat)));
    m_cards[PerDayChart]->showLines(points(current.perDay), points(m_model.previous().perDay),
                                    tr("This period"), tr("Previous period"), false);
    // Verdicts from the worst down, as everywhere else in the app.
    QList<QPair<QString, double>> verdicts;
    for (const VerdictLevel level : {VerdictLevel::Dangerous, VerdictLevel::Suspicious, VerdictLevel::Unknown,
                                     VerdictLevel::NoKnownRisk, VerdictLevel::Trusted})
        if (const qint64 count = current.byVerdict.value(verdictLevelName(level)); count > 0)
            verdicts.append({DashboardLabels::verdict(verdictLevelName(level)), double(count)});
    for (auto it = current.byVerdict.begin(); it != current.byVerdict.end(); ++it) // names of no level
        if (!DashboardLabels::isVerdictLevel(it.key()))
            verdicts.append({it.key(), double(it.value())});
    m_cards[VerdictChart]->showBars(verdicts, tr("Scans"));
    m_cards[TypeChart]->showBars(bars(current.byType, &DashboardLabels::payloadType), tr("Scans"));
    m_cards[SourceChart]->showBars(bars(current.bySource, &DashboardLabels::source), tr("Scans"));
}

bool PersonalDashboardPanel::exportPng(Chart chart, const QString& path, QString* error) const
{
    return m_cards[chart]->exportPng(path, error);
}

bool PersonalDashboardPanel::exportCsv(Chart chart, const QString& path, QString* error) const
{
    return m_model.exportCsv(datasetOf(chart), path, error);
}

void PersonalDashboardPanel::askExport(Chart chart, bool png)
{
    const QString path = QFileDialog::getSaveFileName(
        this, png ? tr("Export the chart as PNG") : tr("Export the chart's data as CSV"),
        png ? u"safescan-chart.png"_s : u"safescan-chart.csv"_s,
        png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(png ? exportPng(chart, path, &error) : exportCsv(chart, path, &error)))
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        m_status->setText(tr("Exported to %1.").arg(path));
}

} // namespace SafeScan
