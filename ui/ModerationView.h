#pragma once

#include "api/ModerationTypes.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTimer;

namespace SafeScan {

class ModerationViewModel;

// The Moderation view (moderators and admins): the queue (sortable, paged with "Load more"),
// the opened item's detail (rating, reports and reasons, consented content, votes over time,
// decision history, who else has it open) with its actions (each confirmed with a required
// reason), and the audit log filtered by action. F5 refreshes; while shown it also refreshes
// every 30 s until the live connection does it.
class ModerationView : public QWidget
{
    Q_OBJECT
public:
    explicit ModerationView(ModerationViewModel& model, QWidget* parent = nullptr);

    // Asks for the reason (ModerationActionDialog) and acts on the opened entry.
    void requestAction(SafeScan::ModerationAction action);
    // Same on any queue subject ("item:HASH", "voter:PSEUDONYM").
    void requestActionOn(SafeScan::ModerationAction action, const QString& id, const QString& subject);
    void refresh();

    QTableView* queueTable() const { return m_queue; }
    QTableView* auditTable() const { return m_audit; }
    QComboBox* auditFilter() const { return m_auditFilter; }
    QLabel* detailTitle() const { return m_detailTitle; }
    QLabel* messageLabel() const { return m_message; }
    QList<QPushButton*> actionButtons() const { return m_actionButtons; }
    // Instead of the dialog (tests): the reason given for the next requested action; empty
    // cancels.
    void setReasonOverride(const std::optional<QString>& reason) { m_reasonOverride = reason; }

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showDetail();
    void onCurrentChanged();
    void updateAllowed();
    void updateAuditFilter();

    ModerationViewModel& m_model;
    QLabel* m_notAllowed;
    QWidget* m_content;
    QLabel* m_total;
    QSortFilterProxyModel* m_queueProxy;
    QTableView* m_queue;
    QPushButton* m_loadMore;
    QLabel* m_detailTitle;
    QLabel* m_detailText;
    QLabel* m_claims;
    QPlainTextEdit* m_sharedContent;
    QTableWidget* m_votes;
    QPushButton* m_quarantineVoter;
    QLabel* m_history;
    QHBoxLayout* m_actionRow;
    QList<QPushButton*> m_actionButtons;
    QComboBox* m_auditFilter;
    QTableView* m_audit;
    QPushButton* m_auditMore;
    QLabel* m_message;
    QTimer* m_poll;
    std::optional<QString> m_reasonOverride;
};

} // namespace SafeScan
