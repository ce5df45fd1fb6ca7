#include "PlaceholderView.h"

#include <QLabel>
#include <QVBoxLayout>

namespace SafeScan {

PlaceholderView::PlaceholderView(const QString& title, const QString& text, QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(title);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    auto* body = new QLabel(text, this);
    body->setWordWrap(true);
    body->setAccessibleName(tr("%1: not built yet").arg(title));
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch(1);
}

} // namespace SafeScan
