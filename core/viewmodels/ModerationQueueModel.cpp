#include "ModerationQueueModel.h"

#include "CommunityText.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

ModerationQueueModel::ModerationQueueModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int ModerationQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ModerationQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModerationQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SubjectColumn:
        return tr("Subject");
    case WhyColumn:
        return tr("Why");
    case RatingColumn:
        return tr("Community rating");
    case SinceColumn:
        return tr("Waiting since");
    case OpenByColumn:
        return tr("Open by");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QString ModerationQueueModel::subjectText(const ModerationEntry& entry)
{
    if (entry.kind == ModerationEntry::Kind::Voter)
        return tr("Voter %1").arg(entry.voter.left(12));
    return tr("Item %1").arg(entry.hash.left(12));
}

QString ModerationQueueModel::whyText(const ModerationEntry& entry)
{
    if (entry.kind == ModerationEntry::Kind::Voter)
        return tr("Quarantined voter (%1, by %2, %n vote(s))", nullptr, entry.voterVotes)
            .arg(entry.voterReason.isEmpty() ? tr("no reason given") : entry.voterReason,
                 entry.quarantinedBy);
    QStringList parts;
    if (entry.openReports > 0) {
        QStringList reasons;
        for (auto it = entry.reportReasons.begin(); it != entry.reportReasons.end(); ++it)
            reasons.append(u"%1 %2"_s.arg(it.key()).arg(it.value()));
        parts.append(tr("Reported %n time(s)", nullptr, entry.openReports) +
                     (reasons.isEmpty() ? QString() : u" ("_s + reasons.join(u", "_s) + u')'));
    }
    if (entry.disputed)
        parts.append(tr("Disputed"));
    if (!entry.decision.isEmpty())
        parts.append(entry.decision == u"safe"_s ? tr("Decided safe") : tr("Decided unsafe"));
    if (entry.locked)
        parts.append(tr("Locked"));
    return parts.join(u" · "_s);
}

QVariant ModerationQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ModerationEntry& entry = m_entries.at(index.row());
    if (role == IdRole)
        return entry.id;
    if (role == SortRole) {
        switch (index.column()) {
        case SinceColumn:
            return entry.sinceMs;
        case WhyColumn:
            return entry.kind == ModerationEntry::Kind::Voter ? -1 : entry.openReports;
        case RatingColumn:
            return entry.rating ? entry.rating->score : -1.0;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole &&
        role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case SubjectColumn:
        return role == Qt::ToolTipRole ? entry.id : subjectText(entry);
    case WhyColumn:
        return whyText(entry);
    case RatingColumn:
        return entry.rating ? CommunityText::ratingSummary(*entry.rating) : QString();
    case SinceColumn:
        return CommunityText::formatTime(entry.sinceMs);
    case OpenByColumn:
        return m_claims.value(entry.id).join(u", "_s);
    case StatusColumn:
        return entry.pendingAction.isEmpty()
                   ? QString()
                   : tr("%1: sending…").arg(CommunityText::moderationActionLabel(entry.pendingAction));
    }
    return {};
}

void ModerationQueueModel::setEntries(const QList<ModerationEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void ModerationQueueModel::setClaims(const QMap<QString, QStringList>& claims)
{
    m_claims = claims;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, OpenByColumn), index(int(m_entries.size()) - 1, OpenByColumn));
}

int ModerationQueueModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).id == id)
            return row;
    return -1;
}

} // namespace SafeScan
