#include "RecoveryBanner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace SafeScan {

RecoveryBanner::RecoveryBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(u"recoveryBanner"_s);
    setAccessibleName(tr("Problem with the local history"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(u"#recoveryBanner { background: #fff4e5; border-bottom: 2px solid #f9a825; }"
                  "#recoveryBanner QLabel { color: #3e2723; }"_s);
    auto* layout = new QHBoxLayout(this);
    m_icon->setPixmap(QIcon(u":/icons/verdict-suspicious.svg"_s).pixmap(24, 24));
    m_icon->setAccessibleName(tr("Warning"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("What happened to the local history"));
    auto* dismiss = new QPushButton(tr("Dismiss"), this);
    dismiss->setAccessibleName(tr("Dismiss the history message"));
    connect(dismiss, &QPushButton::clicked, this, &QWidget::hide);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(dismiss);
    hide();
}

void RecoveryBanner::showProblem(const QString& message, const QString& detail)
{
    m_text->setText(detail.isEmpty() ? message : message + u"\n"_s + detail);
    show();
}

QString RecoveryBanner::message() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace SafeScan
