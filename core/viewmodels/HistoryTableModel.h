#pragma once

#include "StoreReply.h"
#include "history/HistoryTypes.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace SafeScan {

class HistoryStore;
class StoreExecutor;

// The history as a table that loads lazily: rows come in keyset-paged slices (newest first) as the
// view scrolls (canFetchMore/fetchMore), so a million scans cost one page at a time. Every page is
// read on the StoreExecutor's thread and arrives later (isLoading() meanwhile); an answer to an
// earlier query (each query has its generation) is dropped, so a search typed on never shows the
// rows of what was typed before. Search is debounced; filters apply at once. Pin, note and delete
// change the row at once and write through HistoryStore on the store thread (a refused change is
// undone and reported); delete commits after an undo window (or commitDeletes()).
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PinnedColumn,
        TimeColumn,
        VerdictColumn,
        TypeColumn,
        ContentColumn,
        SourceColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        VerdictLevelRole, // the stable level name
        PinnedRole,
    };

    // `store` and `executor` must outlive the model; the executor runs every read and write.
    HistoryTableModel(HistoryStore& store, StoreExecutor& executor, QObject* parent = nullptr);
    ~HistoryTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    // Asks the store for the next page (nothing when one is already on its way).
    void fetchMore(const QModelIndex& parent) override;

    // "camera" -> "Camera", ... (translated); unknown names as they are.
    static QString sourceLabel(const QString& source);

    // Rows per page (default 200).
    void setPageSize(int rows) { m_pageSize = qBound(1, rows, 1000); }
    int pageSize() const { return m_pageSize; }
    int pagesLoaded() const { return m_pagesLoaded; }
    // A page of the current query is on its way from the store.
    bool isLoading() const { return m_loading; }

    // Search as you type: applied after `debounceMs` without further typing (0: at once). Terms of
    // 3 or more characters search the whole history; a search made only of shorter terms looks at
    // the newest kShortSearchScans scans (searchIsRecentOnly(), for the view to say so).
    void setSearchText(const QString& text);
    // The loaded rows come from the newest kShortSearchScans scans only (see setSearchText()).
    bool searchIsRecentOnly() const { return m_recentOnly; }
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    // Empty string = any.
    void setTypeFilter(const QString& type);
    void setVerdictFilter(const QString& level);
    void setSourceFilter(const QString& source);
    void setDateRange(std::optional<qint64> fromMs, std::optional<qint64> toMs);
    const HistoryQuery& query() const { return m_query; }
    // Reloads from the first page with the current query; the rows shown stay until it arrives.
    void reload();

    const ScanRecord* record(int row) const;
    bool setPinned(int row, bool pinned);
    // Hides the row now; the store deletes it on commitDeletes() or after `undoWindowMs`.
    bool deleteRow(int row);
    bool canUndoDelete() const { return !m_pendingDeletes.isEmpty(); }
    // Brings the most recently deleted row back (the query is reloaded to place it).
    bool undoDelete();
    void commitDeletes();
    void setUndoWindowMs(int ms) { m_undoTimer.setInterval(ms); }

Q_SIGNALS:
    // The store refused a change or a page; a sentence for the user.
    void errorOccurred(const QString& message);
    // The first page of the current query arrived (the rows were replaced).
    void queryApplied();
    // A page of the current query went out to the store (true) or its answer arrived (false).
    void loadingChanged(bool loading);
    void pendingDeletesChanged(int count);

private:
    // A new query (or the same one again): `keepRows` leaves the rows shown until the answer.
    void applyQuery(bool keepRows);
    void requestPage();
    void onPage(quint64 generation, bool first, const HistoryPage& page);
    void setLoading(bool loading);
    // The row showing scan `id`, -1 when it is not loaded.
    int rowOf(qint64 id) const;

    HistoryStore& m_store;
    HistoryQuery m_query;
    QString m_pendingSearch;
    QList<ScanRecord> m_rows;
    std::optional<PageCursor> m_next;
    quint64 m_generation = 0; // of the current query; answers of other generations are dropped
    bool m_exhausted = false;
    bool m_loading = false;
    bool m_recentOnly = false;
    int m_pageSize = 200;
    int m_pagesLoaded = 0;
    QTimer m_debounce;
    QTimer m_undoTimer;
    QList<qint64> m_pendingDeletes;
    QList<qint64> m_committingDeletes; // sent to the store, not yet answered
    StoreReply m_reply;
};

} // namespace SafeScan
