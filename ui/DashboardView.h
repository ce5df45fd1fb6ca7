#pragma once

#include <QWidget>

class QTabWidget;

namespace SafeScan {

class CommunityDashboardPanel;
class DashboardViewModel;
class PersonalDashboardModel;
class PersonalDashboardPanel;

// The Dashboard view (issue #7, SPEC §10): "My scans" over the local history for everyone, and
// "Community" for analysts once setCommunityModel() is given the analyst dashboard's view-model.
// The community data refreshes (and keeps refreshing) only while its tab is on screen.
class DashboardView final : public QWidget
{
    Q_OBJECT
public:
    DashboardView(PersonalDashboardModel& personal, QWidget* parent = nullptr);

    // Shows the Community tab over `model` (null removes it: the account is not an analyst).
    void setCommunityModel(DashboardViewModel* model);

    PersonalDashboardPanel* personalPanel() const { return m_personal; }
    CommunityDashboardPanel* communityPanel() const { return m_community; }
    QTabWidget* tabs() const { return m_tabs; }
    // Shows the Community tab; false when there is none.
    bool showCommunity();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void updateActive();

    PersonalDashboardModel& m_personalModel;
    QTabWidget* m_tabs = nullptr;
    PersonalDashboardPanel* m_personal = nullptr;
    CommunityDashboardPanel* m_community = nullptr;
    DashboardViewModel* m_communityModel = nullptr;
};

} // namespace SafeScan
