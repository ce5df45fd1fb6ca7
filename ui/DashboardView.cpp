#include "DashboardView.h"

#include "CommunityDashboardPanel.h"
#include "PersonalDashboardPanel.h"
#include "viewmodels/DashboardViewModel.h"
#include "viewmodels/PersonalDashboardModel.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SafeScan {

DashboardView::DashboardView(PersonalDashboardModel& personal, QWidget* parent)
    : QWidget(parent)
    , m_personalModel(personal)
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(u"<h2>%1</h2>"_s.arg(tr("Dashboard")), this);
    title->setAccessibleName(tr("Dashboard"));
    layout->addWidget(title);
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Dashboards"));
    m_personal = new PersonalDashboardPanel(personal, m_tabs);
    m_tabs->addTab(m_personal, tr("&My scans"));
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, &DashboardView::updateActive);
}

void DashboardView::setCommunityModel(DashboardViewModel* model)
{
    if (m_community) {
        m_communityModel->setActive(false);
        m_tabs->removeTab(m_tabs->indexOf(m_community));
        delete m_community;
        m_community = nullptr;
    }
    m_communityModel = model;
    if (model) {
        m_community = new CommunityDashboardPanel(*model, m_tabs);
        m_tabs->addTab(m_community, tr("&Community"));
    }
    updateActive();
}

bool DashboardView::showCommunity()
{
    if (!m_community)
        return false;
    m_tabs->setCurrentWidget(m_community);
    return true;
}

void DashboardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_personalModel.refresh(); // scans may have been added since
    updateActive();
}

void DashboardView::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    updateActive();
}

void DashboardView::updateActive()
{
    if (m_communityModel)
        m_communityModel->setActive(isVisible() && m_tabs->currentWidget() == m_community);
}

} // namespace SafeScan
