#include "VideoCanvas.h"

#include "viewmodels/VerdictText.h"

#include <QIcon>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
QColor outlineColor(const std::optional<VerdictLevel>& level)
{
    if (!level)
        return QColor(0x90, 0xa4, 0xae);
    switch (*level) {
    case VerdictLevel::Dangerous:
        return QColor(0xe5, 0x39, 0x35);
    case VerdictLevel::Suspicious:
        return QColor(0xf9, 0xa8, 0x25);
    case VerdictLevel::NoKnownRisk:
        return QColor(0x43, 0xa0, 0x47);
    case VerdictLevel::Trusted:
        return QColor(0x1e, 0x88, 0xe5);
    case VerdictLevel::Unknown:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}
} // namespace

VideoCanvas::VideoCanvas(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Camera picture"));
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void VideoCanvas::setFrame(const QImage& frame)
{
    m_frame = frame;
    m_title.clear();
    m_detail.clear();
    update();
}

void VideoCanvas::setOutlines(const QList<CodeOutline>& outlines)
{
    m_outlines = outlines;
    QStringList described;
    for (const CodeOutline& outline : outlines)
        described.append(outline.level ? tr("%1: %2").arg(outline.label, VerdictText::label(*outline.level))
                                       : tr("%1: checking").arg(outline.label));
    setAccessibleDescription(described.isEmpty() ? tr("No code in view") : described.join(u"; "_s));
    update();
}

void VideoCanvas::setMirrored(bool mirrored)
{
    m_mirrored = mirrored;
    update();
}

void VideoCanvas::setMessage(const QString& title, const QString& detail)
{
    m_frame = {};
    m_outlines.clear();
    m_title = title;
    m_detail = detail;
    setAccessibleDescription(detail.isEmpty() ? title : title + u". "_s + detail);
    update();
}

QRectF VideoCanvas::targetRect() const
{
    if (m_frame.isNull())
        return {};
    QSizeF size = m_frame.size();
    size.scale(this->size(), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
}

QPointF VideoCanvas::map(const QPointF& p, const QRectF& target) const
{
    const double sx = target.width() / m_frame.width();
    const double sy = target.height() / m_frame.height();
    const double x = m_mirrored ? m_frame.width() - p.x() : p.x();
    return {target.left() + x * sx, target.top() + p.y() * sy};
}

void VideoCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), QColor(0x12, 0x14, 0x18));
    if (m_frame.isNull()) {
        const QRect iconRect(width() / 2 - 32, height() / 2 - 90, 64, 64);
        QIcon(u":/icons/camera-off.svg"_s).paint(&painter, iconRect);
        painter.setPen(Qt::white);
        QFont font = painter.font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.3);
        painter.setFont(font);
        const QRect titleRect(20, iconRect.bottom() + 12, width() - 40, 30);
        painter.drawText(titleRect, Qt::AlignCenter, m_title);
        painter.setFont(this->font());
        painter.setPen(QColor(0xcf, 0xd8, 0xdc));
        painter.drawText(QRect(40, titleRect.bottom() + 6, width() - 80, height() - titleRect.bottom() - 10),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_detail);
        return;
    }
    const QRectF target = targetRect();
    painter.drawImage(target, m_mirrored ? m_frame.mirrored(true, false) : m_frame);
    for (const CodeOutline& outline : m_outlines) {
        QPolygonF polygon;
        for (const QPointF& corner : outline.corners)
            polygon.append(map(corner, target));
        const QColor color = outlineColor(outline.level);
        painter.setPen(QPen(color, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolygon(polygon);

        // The badge: icon + words on a dark plate above the code, so colour is never the only cue.
        const QString text = outline.level ? VerdictText::label(*outline.level) : tr("Checking…");
        const QFontMetrics metrics(painter.font());
        const QRectF bounds = polygon.boundingRect();
        const double w = metrics.horizontalAdvance(text) + 34;
        const double h = 26;
        QRectF badge(bounds.center().x() - w / 2, bounds.top() - h - 6, w, h);
        if (badge.top() < 0)
            badge.moveTop(bounds.bottom() + 6);
        QPainterPath plate;
        plate.addRoundedRect(badge, 6, 6);
        painter.fillPath(plate, QColor(0, 0, 0, 200));
        painter.setPen(QPen(color, 2));
        painter.drawPath(plate);
        if (outline.level)
            QIcon(VerdictText::iconPath(*outline.level))
                .paint(&painter, QRect(int(badge.left() + 5), int(badge.top() + 4), 18, 18));
        painter.setPen(Qt::white);
        painter.drawText(badge.adjusted(28, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    }
}

} // namespace SafeScan
