#pragma once

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QLineEdit;
class QPushButton;
class QTableView;

namespace SafeScan {

class Clock;
class HistoryExportJob;
class HistoryJobs;
class HistoryTableModel;

// The History view: search as you type (Ctrl+F), filters for type, verdict, source and date, the
// lazily loaded table, pin, note and delete with undo (Ctrl+Z).
class HistoryView : public QWidget
{
    Q_OBJECT
public:
    // `model` and `exportJob` are null when the store cannot be used; `error` then says why.
    HistoryView(HistoryTableModel* model, HistoryExportJob* exportJob, const Clock& clock,
                const QString& error, QWidget* parent = nullptr);

    void focusSearch();
    QLineEdit* searchField() const { return m_search; }
    QTableView* table() const { return m_table; }

    void togglePinSelected();
    void editNoteOfSelected();
    void deleteSelected();
    void undoDelete();
    // Asks for a file (CSV or JSON by its filter or suffix), then exports with progress.
    void chooseExportFile();
    bool exportTo(const QString& path);
    QString statusText() const;

    // Adds re-check (selected scan or all) and import (JSON) with progress, run by `jobs`.
    void setJobs(HistoryJobs* jobs);
    void recheckSelected();
    void recheckAll();
    void chooseImportFile();
    bool importFrom(const QString& path);
    // What the last re-check or import did (imported, duplicates, bad records and why).
    QString jobReport() const;

private:
    int selectedRow() const;
    void applyDateFilter(int choice);
    void updateButtons();

    HistoryTableModel* m_model;
    HistoryExportJob* m_export;
    const Clock& m_clock;
    QLineEdit* m_search = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_verdict = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_date = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_pin = nullptr;
    QPushButton* m_note = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_undo = nullptr;
    QPushButton* m_exportButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_info = nullptr;
    HistoryJobs* m_jobs = nullptr;
    QHBoxLayout* m_actions = nullptr;
    QPushButton* m_recheck = nullptr;
    QPushButton* m_recheckAll = nullptr;
    QPushButton* m_import = nullptr;
    QProgressBar* m_jobProgress = nullptr;
    QLabel* m_jobReport = nullptr;
};

} // namespace SafeScan
