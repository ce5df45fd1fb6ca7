#include "ModerationView.h"

#include "ModerationActionDialog.h"
#include "viewmodels/CommunityText.h"
#include "viewmodels/ModerationViewModel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
constexpr int PollMs = 30'000;

QString effectOf(ModerationAction action)
{
    switch (action) {
    case ModerationAction::ConfirmSafe:
        return ModerationView::tr(
            "Your decision overrides the community verdict as safe and closes the open reports.");
    case ModerationAction::ConfirmUnsafe:
        return ModerationView::tr(
            "Your decision overrides the community verdict as unsafe and closes the open reports.");
    case ModerationAction::ClearDecision:
        return ModerationView::tr("The community verdict applies again.");
    case ModerationAction::DismissReports:
        return ModerationView::tr("Closes the open reports without a decision.");
    case ModerationAction::QuarantineVoter:
        return ModerationView::tr("None of this voter's votes count until restored.");
    case ModerationAction::RestoreVoter:
        return ModerationView::tr("The voter's votes count again.");
    case ModerationAction::Lock:
        return ModerationView::tr("The rating is kept however long nobody votes on it.");
    case ModerationAction::Unlock:
        return ModerationView::tr("The rating may be dropped after 90 days without votes again.");
    }
    return {};
}

QLabel* textLabel(const QString& accessible, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(accessible);
    return label;
}
} // namespace

ModerationView::ModerationView(ModerationViewModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setAccessibleName(tr("Moderation"));
    auto* outer = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("<h2>Moderation</h2>"), this);
    title->setAccessibleName(tr("Moderation"));
    header->addWidget(title);
    header->addStretch(1);
    m_total = new QLabel(this);
    m_total->setAccessibleName(tr("Entries in the queue"));
    header->addWidget(m_total);
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setAccessibleName(tr("Refresh the queue"));
    refreshButton->setToolTip(tr("Refresh the queue (F5)"));
    header->addWidget(refreshButton);
    outer->addLayout(header);
    m_notAllowed =
        new QLabel(tr("Only moderators and administrators can see the moderation queue. Sign in with such "
                      "an account in Settings."),
                   this);
    m_notAllowed->setWordWrap(true);
    m_notAllowed->setAccessibleName(tr("Moderation not available"));
    outer->addWidget(m_notAllowed);

    m_content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    auto* tabs = new QTabWidget(m_content);
    tabs->setAccessibleName(tr("Queue and audit log"));
    contentLayout->addWidget(tabs);
    outer->addWidget(m_content, 1);

    // Queue tab: the table on the left, the detail on the right.
    auto* splitter = new QSplitter(tabs);
    splitter->setAccessibleName(tr("Queue and detail"));
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    m_queueProxy = new QSortFilterProxyModel(this);
    m_queueProxy->setSourceModel(model.queueModel());
    m_queueProxy->setSortRole(ModerationQueueModel::SortRole);
    m_queue = new QTableView(left);
    m_queue->setModel(m_queueProxy);
    m_queue->setAccessibleName(tr("Moderation queue"));
    m_queue->setSortingEnabled(true);
    m_queue->sortByColumn(ModerationQueueModel::SinceColumn, Qt::AscendingOrder);
    m_queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queue->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queue->verticalHeader()->setVisible(false);
    m_queue->horizontalHeader()->setStretchLastSection(true);
    m_queue->setTabKeyNavigation(false);
    leftLayout->addWidget(m_queue);
    m_loadMore = new QPushButton(tr("Load more"), left);
    m_loadMore->setAccessibleName(tr("Load more queue entries"));
    leftLayout->addWidget(m_loadMore);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    m_detailTitle = textLabel(tr("Opened entry"), right);
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    rightLayout->addWidget(m_detailTitle);
    m_claims = textLabel(tr("Other moderators with this entry open"), right);
    rightLayout->addWidget(m_claims);
    m_detailText = textLabel(tr("Entry detail"), right);
    rightLayout->addWidget(m_detailText);
    auto* contentLabel = new QLabel(tr("Content shared by reporters (with their consent):"), right);
    rightLayout->addWidget(contentLabel);
    m_sharedContent = new QPlainTextEdit(right);
    m_sharedContent->setReadOnly(true);
    m_sharedContent->setMaximumHeight(90);
    m_sharedContent->setAccessibleName(tr("Content shared by reporters"));
    m_sharedContent->setTabChangesFocus(true);
    rightLayout->addWidget(m_sharedContent);
    auto* votesLabel = new QLabel(tr("Votes over time:"), right);
    rightLayout->addWidget(votesLabel);
    m_votes = new QTableWidget(0, 3, right);
    m_votes->setHorizontalHeaderLabels({tr("When"), tr("Voter"), tr("Vote")});
    m_votes->setAccessibleName(tr("Votes over time"));
    m_votes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_votes->verticalHeader()->setVisible(false);
    m_votes->horizontalHeader()->setStretchLastSection(true);
    m_votes->setTabKeyNavigation(false);
    rightLayout->addWidget(m_votes, 1);
    m_quarantineVoter = new QPushButton(tr("Quarantine the selected vote's voter…"), right);
    m_quarantineVoter->setAccessibleName(tr("Quarantine the voter of the selected vote (asks for a reason)"));
    rightLayout->addWidget(m_quarantineVoter);
    m_history = textLabel(tr("Decision history"), right);
    rightLayout->addWidget(m_history);
    m_actionRow = new QHBoxLayout;
    rightLayout->addLayout(m_actionRow);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    tabs->addTab(splitter, tr("&Queue"));

    // Audit tab.
    auto* auditPage = new QWidget(tabs);
    auto* auditLayout = new QVBoxLayout(auditPage);
    auto* filterRow = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("&Action:"), auditPage);
    m_auditFilter = new QComboBox(auditPage);
    m_auditFilter->setAccessibleName(tr("Show audit entries of this action"));
    filterLabel->setBuddy(m_auditFilter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_auditFilter);
    filterRow->addStretch(1);
    auditLayout->addLayout(filterRow);
    auto* auditProxy = new QSortFilterProxyModel(this);
    auditProxy->setSourceModel(model.auditModel());
    auditProxy->setSortRole(AuditModel::SortRole);
    m_audit = new QTableView(auditPage);
    m_audit->setModel(auditProxy);
    m_audit->setAccessibleName(tr("Audit log"));
    m_audit->setSortingEnabled(true);
    m_audit->sortByColumn(AuditModel::TimeColumn, Qt::DescendingOrder);
    m_audit->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_audit->verticalHeader()->setVisible(false);
    m_audit->horizontalHeader()->setStretchLastSection(true);
    m_audit->setTabKeyNavigation(false);
    auditLayout->addWidget(m_audit, 1);
    m_auditMore = new QPushButton(tr("Load older entries"), auditPage);
    m_auditMore->setAccessibleName(tr("Load older audit entries"));
    auditLayout->addWidget(m_auditMore);
    tabs->addTab(auditPage, tr("A&udit log"));

    m_message = textLabel(tr("Moderation message"), this);
    outer->addWidget(m_message);

    m_poll = new QTimer(this);
    m_poll->setInterval(PollMs);
    connect(m_poll, &QTimer::timeout, this, &ModerationView::refresh);

    auto* refreshAction = new QAction(this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshAction, &QAction::triggered, this, &ModerationView::refresh);
    addAction(refreshAction);

    connect(refreshButton, &QPushButton::clicked, this, &ModerationView::refresh);
    connect(m_quarantineVoter, &QPushButton::clicked, this, [this] {
        const QList<QTableWidgetItem*> selected = m_votes->selectedItems();
        if (selected.isEmpty())
            return;
        const QString voter = m_votes->item(selected.first()->row(), 1)->data(Qt::UserRole).toString();
        requestActionOn(ModerationAction::QuarantineVoter, u"voter:"_s + voter,
                        tr("Voter %1").arg(voter.left(12)));
    });
    connect(m_loadMore, &QPushButton::clicked, &m_model, &ModerationViewModel::loadMore);
    connect(m_auditMore, &QPushButton::clicked, model.auditModel(), &AuditModel::loadMore);
    connect(m_queue->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ModerationView::onCurrentChanged);
    connect(&m_model, &ModerationViewModel::entriesChanged, this, [this] {
        m_total->setText(tr("%n entry(ies) waiting", nullptr, m_model.total()));
        m_loadMore->setEnabled(m_model.hasMore());
        // Keep the opened entry selected across reloads.
        const int row = m_model.queueModel()->rowOf(m_model.openedItem());
        if (row >= 0)
            m_queue->selectRow(m_queueProxy->mapFromSource(m_model.queueModel()->index(row, 0)).row());
        showDetail();
    });
    connect(&m_model, &ModerationViewModel::presenceChanged, this, &ModerationView::showDetail);
    connect(&m_model, &ModerationViewModel::message, m_message, &QLabel::setText);
    connect(&m_model, &ModerationViewModel::allowedChanged, this, &ModerationView::updateAllowed);
    connect(model.auditModel(), &AuditModel::loaded, this, [this] {
        updateAuditFilter();
        m_auditMore->setEnabled(m_model.auditModel()->canLoadMore());
        showDetail();
    });
    connect(m_auditFilter, &QComboBox::activated, this,
            [this] { m_model.auditModel()->setActionFilter(m_auditFilter->currentData().toString()); });
    updateAuditFilter();
    updateAllowed();
    showDetail();
}

void ModerationView::updateAllowed()
{
    const bool allowed = m_model.isAllowed();
    m_notAllowed->setVisible(!allowed);
    m_content->setVisible(allowed);
    if (!allowed)
        m_poll->stop();
    else if (isVisible())
        m_poll->start();
}

void ModerationView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    updateAllowed();
    if (m_model.isAllowed()) {
        refresh();
        m_model.auditModel()->reload();
    }
}

void ModerationView::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_poll->stop();
}

void ModerationView::refresh()
{
    if (m_model.isAllowed())
        m_model.refresh();
}

void ModerationView::updateAuditFilter()
{
    const QString current = m_model.auditModel()->actionFilter();
    m_auditFilter->clear();
    m_auditFilter->addItem(tr("All actions"), QString());
    QStringList names = m_model.auditModel()->actionsSeen();
    for (const ModerationAction action : allModerationActions())
        if (!names.contains(moderationActionName(action)))
            names.append(moderationActionName(action));
    for (const QString& name : names)
        m_auditFilter->addItem(CommunityText::moderationActionLabel(name), name);
    m_auditFilter->setCurrentIndex(std::max(0, m_auditFilter->findData(current)));
}

void ModerationView::onCurrentChanged()
{
    const QModelIndex current = m_queue->selectionModel()->currentIndex();
    m_model.openItem(current.isValid() ? current.data(ModerationQueueModel::IdRole).toString() : QString());
    showDetail();
}

void ModerationView::showDetail()
{
    qDeleteAll(m_actionButtons);
    m_actionButtons.clear();
    m_votes->setRowCount(0);
    const std::optional<ModerationEntry> entry = m_model.entry(m_model.openedItem());
    if (!entry) {
        m_quarantineVoter->setVisible(false);
        m_detailTitle->setText(tr("Select an entry of the queue to see its detail."));
        m_claims->clear();
        m_detailText->clear();
        m_sharedContent->clear();
        m_history->clear();
        return;
    }
    m_detailTitle->setText(ModerationQueueModel::subjectText(*entry) + u" — "_s +
                           ModerationQueueModel::whyText(*entry));
    const QStringList claims = m_model.claimedBy(entry->id);
    m_claims->setText(claims.isEmpty()
                          ? QString()
                          : tr("⚠ Also open by %1: coordinate before acting.").arg(claims.join(u", "_s)));
    QStringList lines;
    if (entry->kind == ModerationEntry::Kind::Item) {
        lines.append(tr("Fingerprint: %1").arg(entry->hash));
        lines.append(tr("Community rating: %1")
                         .arg(entry->rating ? CommunityText::ratingSummary(*entry->rating) : tr("none")));
        if (entry->openReports > 0) {
            QStringList reasons;
            for (auto it = entry->reportReasons.begin(); it != entry->reportReasons.end(); ++it)
                reasons.append(u"%1 × %2"_s.arg(CommunityText::reportReasonLabel(it.key())).arg(it.value()));
            lines.append(tr("Open reports: %1 (%2), newest %3")
                             .arg(entry->openReports)
                             .arg(reasons.join(u"; "_s), CommunityText::formatTime(entry->newestReportMs)));
        }
        for (const QString& note : entry->notes)
            lines.append(tr("Reporter's note: “%1”").arg(note));
    } else {
        lines.append(tr("Voter pseudonym: %1").arg(entry->voter));
        lines.append(tr("Quarantined by %1 (%2); %n vote(s)", nullptr, entry->voterVotes)
                         .arg(entry->quarantinedBy, entry->voterReason));
    }
    m_detailText->setText(lines.join(u'\n'));
    m_sharedContent->setPlainText(entry->contents.isEmpty() ? tr("(no reporter agreed to share the content)")
                                                            : entry->contents.join(u"\n"_s));
    QList<ModerationVote> votes = entry->votes;
    std::sort(votes.begin(), votes.end(), [](const auto& a, const auto& b) { return a.atMs < b.atMs; });
    m_votes->setRowCount(int(votes.size()));
    for (int row = 0; row < votes.size(); ++row) {
        const ModerationVote& vote = votes.at(row);
        m_votes->setItem(row, 0, new QTableWidgetItem(CommunityText::formatTime(vote.atMs)));
        auto* voter = new QTableWidgetItem(vote.voter.left(12));
        voter->setData(Qt::UserRole, vote.voter);
        voter->setToolTip(vote.voter);
        m_votes->setItem(row, 1, voter);
        m_votes->setItem(row, 2,
                         new QTableWidgetItem(vote.quarantined
                                                  ? tr("%1 (quarantined, not counted)").arg(vote.vote)
                                                  : vote.vote));
    }
    QStringList history;
    for (const AuditRecord& record : m_model.decisionHistory(entry->id))
        history.append(tr("%1 · %2 by %3: %4")
                           .arg(CommunityText::formatTime(record.atMs),
                                CommunityText::moderationActionLabel(record.action), record.actor,
                                record.reason));
    m_history->setText(history.isEmpty() ? tr("No decisions yet (in the loaded audit log).")
                                         : tr("Decision history:\n%1").arg(history.join(u'\n')));

    const bool idle = !m_model.isActing();
    m_quarantineVoter->setVisible(entry->kind == ModerationEntry::Kind::Item && !entry->votes.isEmpty());
    m_quarantineVoter->setEnabled(idle);
    const QList<ModerationAction> actions = ModerationViewModel::availableActions(*entry);
    for (const ModerationAction action : actions) {
        const QString label = CommunityText::moderationActionLabel(moderationActionName(action));
        auto* button = new QPushButton(label + u"…"_s, this);
        button->setAccessibleName(tr("%1 (asks for a reason)").arg(label));
        button->setEnabled(idle);
        connect(button, &QPushButton::clicked, this, [this, action] { requestAction(action); });
        m_actionRow->addWidget(button);
        m_actionButtons.append(button);
    }
}

void ModerationView::requestAction(ModerationAction action)
{
    const std::optional<ModerationEntry> entry = m_model.entry(m_model.openedItem());
    if (entry)
        requestActionOn(action, entry->id, ModerationQueueModel::subjectText(*entry));
}

void ModerationView::requestActionOn(ModerationAction action, const QString& id, const QString& subject)
{
    const QString label = CommunityText::moderationActionLabel(moderationActionName(action));
    QString reason;
    if (m_reasonOverride) {
        reason = *m_reasonOverride;
    } else {
        ModerationActionDialog dialog(label, effectOf(action), subject, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        reason = dialog.reason();
    }
    if (reason.trimmed().isEmpty())
        return;
    m_model.act(action, id, reason);
}

} // namespace SafeScan
