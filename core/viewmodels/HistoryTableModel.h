#pragma once

#include "history/HistoryTypes.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace SafeScan {

class HistoryStore;

// The history as a table that loads lazily: rows come in keyset-paged slices (newest first) as the
// view scrolls (canFetchMore/fetchMore), so a million scans cost one page at a time. Search is
// debounced; filters apply at once. Pin and note write through HistoryStore; delete hides the row
// at once and commits after an undo window (or commitDeletes()).
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

    explicit HistoryTableModel(HistoryStore& store, QObject* parent = nullptr);
    ~HistoryTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // "camera" -> "Camera", ... (translated); unknown names as they are.
    static QString sourceLabel(const QString& source);

    // Rows per page (default 200).
    void setPageSize(int rows) { m_pageSize = qBound(1, rows, 1000); }
    int pageSize() const { return m_pageSize; }
    int pagesLoaded() const { return m_pagesLoaded; }

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
    // Reloads from the first page with the current query.
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
    void queryApplied();
    void pendingDeletesChanged(int count);

private:
    void applyQuery();
    // The next page from the store (no model signals); nullopt on error.
    std::optional<QList<ScanRecord>> nextPage();
    bool loadPage();

    HistoryStore& m_store;
    HistoryQuery m_query;
    QString m_pendingSearch;
    QList<ScanRecord> m_rows;
    std::optional<PageCursor> m_next;
    bool m_exhausted = false;
    bool m_recentOnly = false;
    int m_pageSize = 200;
    int m_pagesLoaded = 0;
    QTimer m_debounce;
    QTimer m_undoTimer;
    QList<qint64> m_pendingDeletes;
};

} // namespace SafeScan
