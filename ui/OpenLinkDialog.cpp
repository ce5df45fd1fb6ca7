#include "OpenLinkDialog.h"

#include "viewmodels/VerdictText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SafeScan {

OpenLinkDialog::OpenLinkDialog(const QString& target, const Verdict& verdict, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open this link?"));
    setAccessibleName(tr("Confirm opening the link"));
    auto* layout = new QVBoxLayout(this);

    auto* row = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(VerdictText::iconPath(verdict.level)).pixmap(32, 32));
    icon->setAccessibleName(VerdictText::label(verdict.level));
    auto* level = new QLabel(u"<b>%1</b> — %2"_s.arg(VerdictText::label(verdict.level).toHtmlEscaped(),
                                                     VerdictText::advice(verdict.level).toHtmlEscaped()),
                             this);
    level->setWordWrap(true);
    level->setAccessibleName(tr("Verdict"));
    row->addWidget(icon);
    row->addWidget(level, 1);
    layout->addLayout(row);

    const QString html = verdict.destination.isEmpty() ? target.toHtmlEscaped()
                                                       : VerdictText::destinationHtml(verdict.destination);
    auto* destination = new QLabel(tr("This opens:<br><tt>%1</tt>").arg(html), this);
    destination->setTextFormat(Qt::RichText);
    destination->setWordWrap(true);
    destination->setTextInteractionFlags(Qt::TextSelectableByMouse);
    destination->setAccessibleName(tr("Real destination"));
    layout->addWidget(destination);
    if (const QString puny = VerdictText::punycodeHost(verdict.destination); !puny.isEmpty()) {
        auto* technical = new QLabel(tr("Technical form of the address: %1").arg(puny), this);
        technical->setAccessibleName(tr("Punycode form of the address"));
        layout->addWidget(technical);
    }
    for (const QString& sentence : VerdictText::reasonSentences(verdict)) {
        auto* reason = new QLabel(u"• "_s + sentence, this);
        reason->setWordWrap(true);
        reason->setAccessibleName(tr("Reason"));
        layout->addWidget(reason);
    }

    auto* buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("Open in browser"), QDialogButtonBox::AcceptRole);
    m_open->setAccessibleName(tr("Open the link in the browser"));
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Do not open the link"));
    cancel->setDefault(true);
    if (verdict.level == VerdictLevel::Dangerous) {
        m_risk =
            new QCheckBox(tr("I understand this link was judged dangerous and want to open it anyway"), this);
        m_risk->setAccessibleName(tr("Confirm opening a dangerous link"));
        layout->addWidget(m_risk);
        m_open->setEnabled(false);
        connect(m_risk, &QCheckBox::toggled, m_open, &QPushButton::setEnabled);
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace SafeScan
