#pragma once

#include "viewmodels/PersonalDashboardModel.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace SafeScan {

class ChartCard;

// The personal dashboard: scans per day (with the previous period), verdict mix, payload types
// and sources of the local history, for a chosen date range; each chart exports PNG and CSV.
class PersonalDashboardPanel final : public QWidget
{
    Q_OBJECT
public:
    enum Chart
    {
        PerDayChart,
        VerdictChart,
        TypeChart,
        SourceChart,
        ChartCount
    };

    PersonalDashboardPanel(PersonalDashboardModel& model, QWidget* parent = nullptr);

    PersonalDashboardModel& model() const { return m_model; }
    ChartCard* card(Chart chart) const { return m_cards[chart]; }
    bool exportPng(Chart chart, const QString& path, QString* error = nullptr) const;
    bool exportCsv(Chart chart, const QString& path, QString* error = nullptr) const;
    QString statusText() const;

private:
    void applyRange();
    void updateCharts();
    void askExport(Chart chart, bool png);

    PersonalDashboardModel& m_model;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_compare = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_status = nullptr;
    ChartCard* m_cards[ChartCount] = {};
};

} // namespace SafeScan
