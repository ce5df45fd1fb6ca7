#pragma once

#include "viewmodels/DashboardViewModel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace SafeScan {

class ChartCard;

// The analysts' community dashboard over DashboardViewModel: a time series of the chosen metric
// (the previous period dashed beside it), a distribution as bars, the top-N items as a table and
// the summary counts; date range, filters, live refresh; PNG and CSV export of each chart.
class CommunityDashboardPanel final : public QWidget
{
    Q_OBJECT
public:
    enum Chart
    {
        TimeSeriesChart,
        DistributionChart,
    };

    CommunityDashboardPanel(DashboardViewModel& model, QWidget* parent = nullptr);

    DashboardViewModel& model() const { return m_model; }
    ChartCard* card(Chart chart) const { return chart == TimeSeriesChart ? m_series : m_distribution; }
    QTableWidget* topTable() const { return m_top; }
    QString statusText() const;
    bool exportPng(Chart chart, const QString& path, QString* error = nullptr) const;
    bool exportCsv(DashboardViewModel::Dataset dataset, const QString& path, QString* error = nullptr) const;

private:
    void applyControls();
    void updateState();
    void updateData();
    void askExport(DashboardViewModel::Dataset dataset, bool png);

    DashboardViewModel& m_model;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_compare = nullptr;
    QComboBox* m_metric = nullptr;
    QComboBox* m_bucket = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_verdict = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_dimension = nullptr;
    QComboBox* m_topList = nullptr;
    QSpinBox* m_refreshSeconds = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_summary = nullptr;
    ChartCard* m_series = nullptr;
    ChartCard* m_distribution = nullptr;
    QTableWidget* m_top = nullptr;
    QPushButton* m_topCsv = nullptr;
    bool m_updating = false;
};

} // namespace SafeScan
