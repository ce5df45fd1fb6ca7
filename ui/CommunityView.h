#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace SafeScan {

class CommunityViewModel;

// The Community view: the account (read-only), a lookup of any link or text's community rating
// without scanning it (Ctrl+L focuses it), my votes (with retract, Delete) and my reports.
class CommunityView : public QWidget
{
    Q_OBJECT
public:
    explicit CommunityView(CommunityViewModel& model, QWidget* parent = nullptr);

    void focusLookup();
    void lookup(const QString& text);
    void retractSelected();

    QLabel* accountLabel() const { return m_account; }
    QLabel* lookupResultLabel() const { return m_lookupResult; }
    QLineEdit* lookupEdit() const { return m_lookupEdit; }
    QTableView* votesTable() const { return m_votes; }
    QTableView* reportsTable() const { return m_reports; }
    QPushButton* retractButton() const { return m_retract; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateButtons();

    CommunityViewModel& m_model;
    QLabel* m_account;
    QLineEdit* m_lookupEdit;
    QPushButton* m_lookupButton;
    QLabel* m_lookupResult;
    QTabWidget* m_tabs;
    QTableView* m_votes;
    QTableView* m_reports;
    QPushButton* m_retract;
    QLabel* m_message;
};

} // namespace SafeScan
