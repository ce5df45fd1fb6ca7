#include "AuditModel.h"

#include "CommunityText.h"
#include "api/ApiExecutor.h"
#include "api/ModerationAuditJob.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SafeScan {

AuditModel::AuditModel(ApiExecutor& executor, const ApiContext& context, QObject* parent)
    : QAbstractTableModel(parent)
    , m_executor(executor)
    , m_context(context)
{}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("When");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case SubjectColumn:
        return tr("Subject");
    case ReasonColumn:
        return tr("Reason");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const AuditRecord& record = m_shown.at(index.row());
    if (role == ActionRole)
        return record.action;
    if (role == SortRole && index.column() == TimeColumn)
        return record.atMs;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return CommunityText::formatTime(record.atMs);
    case ActorColumn:
        return record.actor;
    case ActionColumn:
        return CommunityText::moderationActionLabel(record.action);
    case SubjectColumn:
        return role == Qt::DisplayRole && record.subject.size() > 20 ? record.subject.left(16) + u'…'
                                                                     : record.subject;
    case ReasonColumn:
        return record.reason;
    case DetailColumn:
        return record.detail;
    }
    return {};
}

void AuditModel::reload()
{
    fetch(std::max(m_limit, m_pageSize));
}

bool AuditModel::canLoadMore() const
{
    return !m_complete && m_limit < ModerationAuditJob::MaxLimit;
}

bool AuditModel::loadMore()
{
    if (!canLoadMore() || isLoading())
        return false;
    fetch(std::min(m_limit + m_pageSize, int(ModerationAuditJob::MaxLimit)));
    return true;
}

void AuditModel::fetch(int limit)
{
    if (!m_allowed) {
        emit failed(tr("Only moderators can read the audit log."));
        return;
    }
    if (m_call)
        m_call->cancel();
    limit = std::clamp(limit, 1, int(ModerationAuditJob::MaxLimit));
    m_call =
        m_executor.run(new ModerationAuditJob(m_context, limit), this, [this, limit](const ApiCall& call) {
            if (&call != m_call.data())
                return; // a cancelled older request
            m_call.clear();
            m_error = call.error();
            if (!m_error.ok()) {
                if (m_error.kind != ApiError::Kind::Cancelled)
                    emit failed(CommunityText::errorSentence(m_error));
                return;
            }
            const auto* job = static_cast<const ModerationAuditJob*>(call.job());
            m_limit = limit;
            m_all = job->entries();
            m_complete = m_all.size() < limit;
            applyFilter();
            emit loaded();
        });
    m_call->setParent(this); // a request dies with the model
}

void AuditModel::setActionFilter(const QString& action)
{
    if (action == m_filter)
        return;
    m_filter = action;
    applyFilter();
}

void AuditModel::applyFilter()
{
    beginResetModel();
    m_shown.clear();
    for (const AuditRecord& record : m_all)
        if (m_filter.isEmpty() || record.action == m_filter)
            m_shown.append(record);
    endResetModel();
}

QStringList AuditModel::actionsSeen() const
{
    QStringList names;
    for (const AuditRecord& record : m_all)
        if (!names.contains(record.action))
            names.append(record.action);
    names.sort();
    return names;
}

QList<AuditRecord> AuditModel::entriesFor(const QString& subject) const
{
    QList<AuditRecord> list;
    for (const AuditRecord& record : m_all)
        if (record.subject == subject)
            list.append(record);
    return list;
}

} // namespace SafeScan
