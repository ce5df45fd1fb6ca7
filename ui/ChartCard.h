#pragma once

#include <QDateTime>
#include <QFrame>
#include <QList>
#include <QPair>
#include <QString>

class QChart;
class QChartView;
class QLabel;
class QPushButton;

namespace SafeScan {

// One dashboard chart with its title and its two exports: "Export PNG" (the chart as drawn,
// QWidget::grab) and "Export CSV" (its data, given by the owner). Series are named in the legend
// and the previous period is dashed, so nothing depends on colour; the chart's accessible
// description repeats the data as text.
class ChartCard final : public QFrame
{
    Q_OBJECT
public:
    ChartCard(const QString& title, QWidget* parent = nullptr);

    // A line chart over time: `current` and, when not empty, `previous` drawn on the same x
    // positions (point i of the previous period under point i of this one).
    void showLines(const QList<QPair<QDateTime, double>>& current,
                   const QList<QPair<QDateTime, double>>& previous, const QString& currentName,
                   const QString& previousName, bool hours);
    // A bar chart: one bar per label, with its value written on it.
    void showBars(const QList<QPair<QString, double>>& bars, const QString& name);
    // No data (with a sentence saying why or that there is none).
    void showEmpty(const QString& text);

    QChart* chart() const;
    QChartView* chartView() const { return m_view; }
    // The names of the series shown and their point counts, for tests and the description.
    QStringList seriesNames() const;
    int pointCount(int series) const;

    bool exportPng(const QString& path, QString* error = nullptr) const;

signals:
    void exportPngRequested();
    void exportCsvRequested();

private:
    void resetChart();

    QString m_title;
    QLabel* m_heading = nullptr;
    QChartView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_png = nullptr;
    QPushButton* m_csv = nullptr;
};

} // namespace SafeScan
