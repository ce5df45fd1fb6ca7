#include "ModerationActionDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace SafeScan {

ModerationActionDialog::ModerationActionDialog(const QString& actionLabel, const QString& effect,
                                               const QString& subject, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(actionLabel);
    setAccessibleName(tr("Confirm %1").arg(actionLabel));
    auto* layout = new QVBoxLayout(this);
    auto* what =
        new QLabel(tr("<b>%1</b> on %2").arg(actionLabel.toHtmlEscaped(), subject.toHtmlEscaped()), this);
    what->setAccessibleName(tr("Action and subject"));
    what->setWordWrap(true);
    layout->addWidget(what);
    auto* effectLabel = new QLabel(effect, this);
    effectLabel->setWordWrap(true);
    effectLabel->setAccessibleName(tr("What the action does"));
    layout->addWidget(effectLabel);
    auto* reasonLabel = new QLabel(tr("&Reason (required, written to the audit log):"), this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setAccessibleName(tr("Reason for the action"));
    m_reason->setTabChangesFocus(true);
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(tr("Confirm"), QDialogButtonBox::AcceptRole);
    m_confirm->setAccessibleName(tr("Confirm the action"));
    m_confirm->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel the action"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] {
        const int size = int(reason().size());
        m_confirm->setEnabled(size >= 1 && size <= 500);
    });
    layout->addWidget(buttons);
}

QString ModerationActionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace SafeScan
