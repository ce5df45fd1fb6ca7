#pragma once

#include "safety/Verdict.h"

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace SafeScan {

// Asks before a link leaves SafeScan: shows where it really goes (the owner's domain in bold, the
// punycode form) and the verdict. For dangerous content "Open" stays disabled until the user ticks
// that they understand the risk: the extra explicit step.
class OpenLinkDialog : public QDialog
{
    Q_OBJECT
public:
    OpenLinkDialog(const QString& target, const Verdict& verdict, QWidget* parent = nullptr);

    QPushButton* openButton() const { return m_open; }
    // Null unless the content is dangerous.
    QCheckBox* riskConfirmation() const { return m_risk; }

private:
    QPushButton* m_open = nullptr;
    QCheckBox* m_risk = nullptr;
};

} // namespace SafeScan
