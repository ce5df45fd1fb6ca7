#pragma once

#include "api/ApiContext.h"
#include "api/ApiError.h"
#include "api/ModerationTypes.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace SafeScan {

class ApiCall;
class ApiExecutor;

// The moderation audit log (GET /v1/moderation/audit), newest first, as a table: when, who,
// action, subject, reason, detail. The server pages by limit only, so "load more" asks for the
// newest `pageSize` more entries (up to the server's 500). The action filter is applied here.
// Reloads only while allowed (the moderation view-model sets that from the role).
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        SubjectColumn,
        ReasonColumn,
        DetailColumn,
        ColumnCount
    };
    static constexpr int ActionRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    AuditModel(ApiExecutor& executor, const ApiContext& context, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setAllowed(bool allowed) { m_allowed = allowed; }
    void setPageSize(int size) { m_pageSize = size; }
    int pageSize() const { return m_pageSize; }

    // Reads the newest page again (the size loaded so far).
    void reload();
    // One more page; false when the server's limit is reached or everything is loaded.
    bool loadMore();
    bool canLoadMore() const;
    bool isLoading() const { return !m_call.isNull(); }

    // Only entries of this action ("confirm_unsafe", ...); empty for all.
    void setActionFilter(const QString& action);
    QString actionFilter() const { return m_filter; }
    // The action names seen in the loaded entries, sorted.
    QStringList actionsSeen() const;

    const QList<AuditRecord>& allEntries() const { return m_all; }
    const AuditRecord& entryAt(int row) const { return m_shown.at(row); }
    // The loaded entries about one subject (an item hash or voter pseudonym), newest first.
    QList<AuditRecord> entriesFor(const QString& subject) const;
    const ApiError& lastError() const { return m_error; }

signals:
    void loaded();
    void failed(const QString& text);

private:
    void fetch(int limit);
    void applyFilter();

    ApiExecutor& m_executor;
    ApiContext m_context;
    bool m_allowed = false;
    int m_pageSize = 100;
    int m_limit = 0;
    bool m_complete = false;
    QString m_filter;
    QList<AuditRecord> m_all;
    QList<AuditRecord> m_shown;
    QPointer<ApiCall> m_call;
    ApiError m_error;
};

} // namespace SafeScan
