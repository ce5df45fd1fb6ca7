#include "ReportDialog.h"

#include "viewmodels/CommunityText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SafeScan {

ReportDialog::ReportDialog(const QString& itemLabel, const QString& content, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Report to the moderators"));
    setAccessibleName(tr("Report to the moderators"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Tell the SafeScan moderators that this item is harmful: %1").arg(itemLabel), this);
    intro->setWordWrap(true);
    intro->setAccessibleName(tr("Item being reported"));
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_reason = new QComboBox(this);
    m_reason->setAccessibleName(tr("Reason for the report"));
    for (const QString& reason : CommunityText::reportReasons())
        m_reason->addItem(CommunityText::reportReasonLabel(reason), reason);
    form->addRow(tr("&Reason:"), m_reason);
    m_note = new QLineEdit(this);
    m_note->setMaxLength(500);
    m_note->setPlaceholderText(tr("Optional: what made you suspicious"));
    m_note->setAccessibleName(tr("Note for the moderators"));
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);

    m_consent = new QCheckBox(tr("&Share the scanned content with the moderators"), this);
    m_consent->setChecked(false);
    m_consent->setAccessibleName(tr("Share the scanned content with the moderators"));
    m_consent->setToolTip(tr("Without this only an anonymous fingerprint (hash) of the item is sent."));
    layout->addWidget(m_consent);
    auto* preview = new QLabel(this);
    preview->setWordWrap(true);
    preview->setTextFormat(Qt::PlainText);
    preview->setText(tr("Content that would be shared: %1").arg(content.left(300)));
    preview->setAccessibleName(tr("Content that would be shared"));
    layout->addWidget(preview);
    auto* privacy = new QLabel(tr("Without your consent the moderators get only the item's fingerprint, "
                                  "never its content."),
                               this);
    privacy->setWordWrap(true);
    privacy->setAccessibleName(tr("Privacy note"));
    layout->addWidget(privacy);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("Send report"), QDialogButtonBox::AcceptRole);
    m_send->setAccessibleName(tr("Send the report"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel the report"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString ReportDialog::reason() const
{
    return m_reason->currentData().toString();
}

QString ReportDialog::note() const
{
    return m_note->text().trimmed();
}

bool ReportDialog::shareContent() const
{
    return m_consent->isChecked();
}

} // namespace SafeScan
