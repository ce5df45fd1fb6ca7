#include "HistoryView.h"

#include "base/Clock.h"
#include "viewmodels/HistoryExportJob.h"
#include "viewmodels/HistoryJobs.h"
#include "viewmodels/HistoryTableModel.h"
#include "viewmodels/PayloadFields.h"
#include "viewmodels/VerdictText.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
QComboBox* combo(const QString& accessible, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setAccessibleName(accessible);
    box->setToolTip(accessible);
    return box;
}

QPushButton* button(const QString& text, const QString& accessible, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setAccessibleName(accessible);
    b->setToolTip(accessible);
    return b;
}

constexpr qint64 dayMs = 24 * 3600 * 1000;
} // namespace

HistoryView::HistoryView(HistoryTableModel* model, HistoryExportJob* exportJob, const Clock& clock,
                         const QString& error, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_export(exportJob)
    , m_clock(clock)
{
    setAccessibleName(tr("History"));
    auto* layout = new QVBoxLayout(this);
    if (!model) {
        auto* label = new QLabel(tr("The history cannot be shown: %1").arg(error), this);
        label->setWordWrap(true);
        label->setAccessibleName(tr("History unavailable"));
        layout->addWidget(label);
        layout->addStretch(1);
        return;
    }

    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search content, notes and sites (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the history"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 2);

    m_type = combo(tr("Filter by type"), this);
    m_type->addItem(tr("All types"), QString());
    for (int t = int(PayloadType::Text); t <= int(PayloadType::Binary); ++t)
        m_type->addItem(PayloadFields::typeLabel(PayloadType(t)), payloadTypeName(PayloadType(t)));
    m_verdict = combo(tr("Filter by verdict"), this);
    m_verdict->addItem(tr("All verdicts"), QString());
    for (const VerdictLevel level : {VerdictLevel::Dangerous, VerdictLevel::Suspicious, VerdictLevel::Unknown,
                                     VerdictLevel::NoKnownRisk, VerdictLevel::Trusted})
        m_verdict->addItem(QIcon(VerdictText::iconPath(level)), VerdictText::label(level),
                           verdictLevelName(level));
    m_source = combo(tr("Filter by source"), this);
    m_source->addItem(tr("All sources"), QString());
    m_source->addItem(tr("Camera"), u"camera"_s);
    m_source->addItem(tr("Image file"), u"file"_s);
    m_source->addItem(tr("Clipboard"), u"clipboard"_s);
    m_source->addItem(tr("Screen"), u"screen"_s);
    m_source->addItem(tr("Video"), u"video"_s);
    m_source->addItem(tr("Import"), u"import"_s);
    m_date = combo(tr("Filter by date"), this);
    m_date->addItems({tr("Any time"), tr("Last 24 hours"), tr("Last 7 days"), tr("Last 30 days")});
    for (QComboBox* box : {m_type, m_verdict, m_source, m_date})
        filters->addWidget(box);
    layout->addLayout(filters);

    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Scanned codes"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(HistoryTableModel::ContentColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(HistoryTableModel::PinnedColumn, 60);
    m_table->setColumnWidth(HistoryTableModel::TimeColumn, 150);
    m_table->setColumnWidth(HistoryTableModel::VerdictColumn, 140);
    m_table->setColumnWidth(HistoryTableModel::TypeColumn, 120);
    layout->addWidget(m_table, 1);

    auto* actions = new QHBoxLayout;
    m_actions = actions;
    m_pin = button(tr("Pin"),
                   tr("Pin or unpin the selected scan (pinned scans are never removed by the quota)"), this);
    m_note = button(tr("Note…"), tr("Edit the note of the selected scan"), this);
    m_delete = button(tr("Delete"), tr("Delete the selected scan (Delete key)"), this);
    m_undo = button(tr("Undo delete"), tr("Bring back the last deleted scan (Ctrl+Z)"), this);
    m_exportButton = button(tr("Export…"), tr("Export the whole history as CSV or JSON"), this);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_info = new QLabel(this);
    m_info->setAccessibleName(tr("History summary"));
    for (QPushButton* b : {m_pin, m_note, m_delete, m_undo})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_info);
    actions->addWidget(m_progress);
    actions->addWidget(m_exportButton);
    layout->addLayout(actions);

    auto addShortcut = [this](const QKeySequence& keys, void (HistoryView::*slot)()) {
        auto* action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(QKeySequence::Delete, &HistoryView::deleteSelected);
    addShortcut(QKeySequence::Undo, &HistoryView::undoDelete);

    connect(m_search, &QLineEdit::textChanged, model, &HistoryTableModel::setSearchText);
    connect(m_type, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setTypeFilter(m_type->currentData().toString()); });
    connect(m_verdict, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setVerdictFilter(m_verdict->currentData().toString()); });
    connect(m_source, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setSourceFilter(m_source->currentData().toString()); });
    connect(m_date, &QComboBox::currentIndexChanged, this, &HistoryView::applyDateFilter);
    connect(m_pin, &QPushButton::clicked, this, &HistoryView::togglePinSelected);
    connect(m_note, &QPushButton::clicked, this, &HistoryView::editNoteOfSelected);
    connect(m_delete, &QPushButton::clicked, this, &HistoryView::deleteSelected);
    connect(m_undo, &QPushButton::clicked, this, &HistoryView::undoDelete);
    connect(m_exportButton, &QPushButton::clicked, this, &HistoryView::chooseExportFile);
    if (m_export) {
        connect(m_export, &HistoryExportJob::progress, this, [this](qint64 done, qint64 total) {
            m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
            m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
        });
        connect(m_export, &HistoryExportJob::finished, this,
                [this](const ExportResult& result, const QString& path) {
                    m_progress->hide();
                    m_exportButton->setEnabled(true);
                    m_info->setText(result.ok ? tr("Exported %1 scans to %2").arg(result.exported).arg(path)
                                              : tr("Export failed: %1").arg(result.error));
                });
    }
    connect(model, &HistoryTableModel::queryApplied, this, &HistoryView::updateButtons);
    connect(model, &HistoryTableModel::loadingChanged, this, &HistoryView::updateButtons);
    connect(model, &QAbstractItemModel::rowsInserted, this, &HistoryView::updateButtons);
    connect(model, &HistoryTableModel::pendingDeletesChanged, this, &HistoryView::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryView::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &HistoryView::updateButtons, Qt::UniqueConnection);
    });
    updateButtons();
}

void HistoryView::focusSearch()
{
    if (m_search) {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    }
}

int HistoryView::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void HistoryView::togglePinSelected()
{
    const int row = selectedRow();
    if (const ScanRecord* record = m_model->record(row))
        m_model->setPinned(row, !record->pinned);
    updateButtons();
}

void HistoryView::editNoteOfSelected()
{
    const int row = selectedRow();
    if (row >= 0)
        m_table->edit(m_model->index(row, HistoryTableModel::NoteColumn));
}

void HistoryView::deleteSelected()
{
    const int row = selectedRow();
    if (row >= 0)
        m_model->deleteRow(row);
}

void HistoryView::undoDelete()
{
    m_model->undoDelete();
}

void HistoryView::chooseExportFile()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the history"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/safescan-history.csv"_s,
        tr("CSV spreadsheet (*.csv);;JSON (*.json)"), &filter);
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += filter.contains(u"json"_s) ? u".json"_s : u".csv"_s;
    exportTo(target);
}

bool HistoryView::exportTo(const QString& path)
{
    if (!m_export)
        return false;
    const ExportFormat format = QFileInfo(path).suffix().compare(u"json"_s, Qt::CaseInsensitive) == 0
                                    ? ExportFormat::Json
                                    : ExportFormat::Csv;
    // As stored: Wi-Fi passwords and OTP secrets are only in the history if the user chose to keep them.
    if (!m_export->start(path, format, ExportSecrets::AsStored)) {
        m_info->setText(tr("An export is already running."));
        return false;
    }
    m_exportButton->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    return true;
}

QString HistoryView::statusText() const
{
    return m_info ? m_info->text() : QString();
}

void HistoryView::applyDateFilter(int choice)
{
    static constexpr int days[] = {0, 1, 7, 30};
    if (choice <= 0 || choice >= int(std::size(days)))
        m_model->setDateRange(std::nullopt, std::nullopt);
    else
        m_model->setDateRange(m_clock.epochMs() - days[choice] * dayMs, std::nullopt);
}

void HistoryView::updateButtons()
{
    const int row = selectedRow();
    const ScanRecord* record = m_model->record(row);
    m_pin->setEnabled(record);
    m_pin->setText(record && record->pinned ? tr("Unpin") : tr("Pin"));
    m_note->setEnabled(record);
    m_delete->setEnabled(record);
    if (m_recheck) {
        const bool idle = !m_jobs->isRunning();
        m_recheck->setEnabled(record && idle);
        m_recheckAll->setEnabled(idle && m_model->rowCount() > 0);
        m_import->setEnabled(idle);
    }
    m_undo->setEnabled(m_model->canUndoDelete());
    // Pages come from the store thread: say so while one is on its way.
    if (m_model->isLoading())
        m_info->setText(m_model->rowCount() == 0
                            ? tr("Loading…")
                            : tr("%n scan(s) shown, loading…", nullptr, m_model->rowCount()));
    else
        m_info->setText(m_model->canFetchMore({})
                            ? tr("%n scan(s) loaded, more as you scroll", nullptr, m_model->rowCount())
                            : tr("%n scan(s)", nullptr, m_model->rowCount()));
    m_table->setAccessibleDescription(m_model->isLoading() ? tr("Loading") : QString());
}

void HistoryView::setJobs(HistoryJobs* jobs)
{
    if (!m_model || !jobs || m_jobs)
        return;
    m_jobs = jobs;
    m_recheck =
        button(tr("Re-check"), tr("Judge the selected scan again with today's checks and blocklists"), this);
    m_recheckAll = button(tr("Re-check all"), tr("Judge every scan in the history again"), this);
    m_import = button(tr("Import…"), tr("Import scans from a SafeScan JSON export"), this);
    m_jobProgress = new QProgressBar(this);
    m_jobProgress->setAccessibleName(tr("Re-check or import progress"));
    m_jobProgress->setMaximumWidth(200);
    m_jobProgress->hide();
    m_jobReport = new QLabel(this);
    m_jobReport->setWordWrap(true);
    m_jobReport->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_jobReport->setAccessibleName(tr("Result of the last re-check or import"));
    m_jobReport->hide();
    m_actions->insertWidget(4, m_recheck);
    m_actions->insertWidget(5, m_recheckAll);
    m_actions->addWidget(m_jobProgress);
    m_actions->addWidget(m_import);
    if (auto* box = qobject_cast<QVBoxLayout*>(layout()))
        box->addWidget(m_jobReport);

    connect(m_recheck, &QPushButton::clicked, this, &HistoryView::recheckSelected);
    connect(m_recheckAll, &QPushButton::clicked, this, &HistoryView::recheckAll);
    connect(m_import, &QPushButton::clicked, this, &HistoryView::chooseImportFile);
    connect(m_jobs, &HistoryJobs::progress, this, [this](HistoryJobs::Kind kind, qint64 done, qint64 total) {
        m_jobProgress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
        m_jobProgress->setValue(int(qMin<qint64>(done, INT_MAX)));
        m_jobProgress->setFormat(kind == HistoryJobs::Kind::Import ? tr("Importing %v of %m")
                                                                   : tr("Re-checking %v of %m"));
    });
    auto finish = [this](const QString& report) {
        m_jobProgress->hide();
        m_jobReport->setText(report);
        m_jobReport->show();
        m_model->reload();
        updateButtons();
    };
    connect(m_jobs, &HistoryJobs::recheckFinished, this,
            [finish](const RecheckReport& report) { finish(HistoryJobs::describe(report)); });
    connect(m_jobs, &HistoryJobs::importFinished, this,
            [finish](const ImportReport& report, const QString&) { finish(HistoryJobs::describe(report)); });
    updateButtons();
}

void HistoryView::recheckSelected()
{
    const ScanRecord* record = m_model ? m_model->record(selectedRow()) : nullptr;
    if (!record || !m_jobs)
        return;
    if (m_jobs->recheck({record->id})) {
        m_jobProgress->setRange(0, 0);
        m_jobProgress->show();
    }
    updateButtons();
}

void HistoryView::recheckAll()
{
    if (!m_jobs)
        return;
    if (m_jobs->recheck({})) {
        m_jobProgress->setRange(0, 0);
        m_jobProgress->show();
    }
    updateButtons();
}

void HistoryView::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import scans"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("SafeScan JSON export (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

bool HistoryView::importFrom(const QString& path)
{
    if (!m_jobs)
        return false;
    if (!m_jobs->importJson(path)) {
        m_jobReport->setText(tr("A re-check or import is already running."));
        m_jobReport->show();
        return false;
    }
    m_jobProgress->setRange(0, 0);
    m_jobProgress->show();
    updateButtons();
    return true;
}

QString HistoryView::jobReport() const
{
    return m_jobReport && !m_jobReport->isHidden() ? m_jobReport->text() : QString();
}

} // namespace SafeScan
