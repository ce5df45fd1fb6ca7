#pragma once

#include "api/ModerationTypes.h"

#include <QAbstractTableModel>
#include <QMap>

namespace SafeScan {

// The moderation queue as a table (ModerationViewModel fills it): subject, why it is queued, the
// community rating, since when, which other moderator has it open (presence), and the state of an
// action on its way. SortRole gives sortable keys for a QSortFilterProxyModel.
class ModerationQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SubjectColumn,
        WhyColumn,
        RatingColumn,
        SinceColumn,
        OpenByColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit ModerationQueueModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntries(const QList<ModerationEntry>& entries);
    // Queue entry id → the other moderators who have it open.
    void setClaims(const QMap<QString, QStringList>& claims);
    int rowOf(const QString& id) const;

    // "Reported 3× (phishing 2, malware 1)", "Disputed", "Quarantined voter: repeated_voting".
    static QString whyText(const ModerationEntry& entry);
    static QString subjectText(const ModerationEntry& entry);

private:
    QList<ModerationEntry> m_entries;
    QMap<QString, QStringList> m_claims;
};

} // namespace SafeScan
