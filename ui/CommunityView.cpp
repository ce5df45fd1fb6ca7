#include "CommunityView.h"

#include "viewmodels/CommunityViewModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
QTableView* makeTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(CommunityViewModel::SortRole);
    auto* table = new QTableView(parent);
    table->setModel(proxy);
    table->setAccessibleName(name);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setTabKeyNavigation(false);
    return table;
}
} // namespace

CommunityView::CommunityView(CommunityViewModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setAccessibleName(tr("Community"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h2>Community</h2>"), this);
    title->setAccessibleName(tr("Community"));
    layout->addWidget(title);
    m_account = new QLabel(this);
    m_account->setAccessibleName(tr("Account"));
    m_account->setToolTip(tr("Sign in or out in Settings."));
    layout->addWidget(m_account);

    auto* lookupRow = new QHBoxLayout;
    auto* lookupLabel = new QLabel(tr("&Look up:"), this);
    m_lookupEdit = new QLineEdit(this);
    m_lookupEdit->setPlaceholderText(
        tr("A link or any text; only an anonymous prefix of its fingerprint is sent"));
    m_lookupEdit->setAccessibleName(tr("Link or text to look up"));
    m_lookupEdit->setClearButtonEnabled(true);
    lookupLabel->setBuddy(m_lookupEdit);
    m_lookupButton = new QPushButton(tr("Look up"), this);
    m_lookupButton->setAccessibleName(tr("Look up the community rating"));
    lookupRow->addWidget(lookupLabel);
    lookupRow->addWidget(m_lookupEdit, 1);
    lookupRow->addWidget(m_lookupButton);
    layout->addLayout(lookupRow);
    m_lookupResult = new QLabel(this);
    m_lookupResult->setWordWrap(true);
    m_lookupResult->setAccessibleName(tr("Community rating found"));
    m_lookupResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_lookupResult);

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("My votes and reports"));
    auto* votesPage = new QWidget(m_tabs);
    auto* votesLayout = new QVBoxLayout(votesPage);
    m_votes = makeTable(model.votesModel(), tr("My votes"), votesPage);
    m_votes->sortByColumn(CommunityViewModel::VoteTimeColumn, Qt::DescendingOrder);
    votesLayout->addWidget(m_votes);
    auto* votesButtons = new QHBoxLayout;
    m_retract = new QPushButton(tr("&Retract vote"), votesPage);
    m_retract->setAccessibleName(tr("Retract the selected vote"));
    m_retract->setToolTip(tr("Retract the selected vote (Delete)"));
    votesButtons->addStretch(1);
    votesButtons->addWidget(m_retract);
    votesLayout->addLayout(votesButtons);
    m_tabs->addTab(votesPage, tr("My &votes"));
    m_reports = makeTable(model.reportsModel(), tr("My reports"), m_tabs);
    m_reports->sortByColumn(CommunityViewModel::ReportTimeColumn, Qt::DescendingOrder);
    m_tabs->addTab(m_reports, tr("My re&ports"));
    layout->addWidget(m_tabs, 1);
    m_message = new QLabel(this);
    m_message->setAccessibleName(tr("Community message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* focusLookupAction = new QAction(this);
    focusLookupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    focusLookupAction->setShortcutContext(Qt::WindowShortcut); // only while this view is shown
    connect(focusLookupAction, &QAction::triggered, this, &CommunityView::focusLookup);
    addAction(focusLookupAction);
    auto* retractAction = new QAction(this);
    retractAction->setShortcut(QKeySequence::Delete);
    retractAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(retractAction, &QAction::triggered, this, &CommunityView::retractSelected);
    m_votes->addAction(retractAction);

    connect(m_lookupButton, &QPushButton::clicked, this, [this] { lookup(m_lookupEdit->text()); });
    connect(m_lookupEdit, &QLineEdit::returnPressed, this, [this] { lookup(m_lookupEdit->text()); });
    connect(m_retract, &QPushButton::clicked, this, &CommunityView::retractSelected);
    connect(&m_model, &CommunityViewModel::lookupFinished, this, [this] {
        const auto& result = m_model.lastLookup();
        m_lookupResult->setText(result.label.isEmpty() ? result.text
                                                       : tr("%1 — %2").arg(result.label, result.text));
        m_lookupButton->setEnabled(true);
    });
    connect(&m_model, &CommunityViewModel::message, m_message, &QLabel::setText);
    connect(&m_model, &CommunityViewModel::accountChanged, this,
            [this] { m_account->setText(m_model.accountText()); });
    connect(m_votes->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CommunityView::updateButtons);
    connect(model.votesModel(), &QAbstractItemModel::modelReset, this, &CommunityView::updateButtons);
    connect(model.votesModel(), &QAbstractItemModel::rowsRemoved, this, &CommunityView::updateButtons);
    m_account->setText(m_model.accountText());
    updateButtons();
}

void CommunityView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_account->setText(m_model.accountText());
    m_model.reload();
}

void CommunityView::focusLookup()
{
    m_lookupEdit->setFocus(Qt::ShortcutFocusReason);
    m_lookupEdit->selectAll();
}

void CommunityView::lookup(const QString& text)
{
    m_lookupEdit->setText(text);
    m_lookupButton->setEnabled(false);
    m_lookupResult->setText(tr("Asking the community…"));
    m_model.lookup(text);
}

void CommunityView::retractSelected()
{
    const QModelIndexList rows = m_votes->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const auto* proxy = static_cast<const QSortFilterProxyModel*>(m_votes->model());
    m_model.retractRow(proxy->mapToSource(rows.first()).row());
}

void CommunityView::updateButtons()
{
    m_retract->setEnabled(m_votes->selectionModel()->hasSelection());
}

} // namespace SafeScan
