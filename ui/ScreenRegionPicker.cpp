#include "ScreenRegionPicker.h"

#include <QCursor>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QRubberBand>
#include <QScreen>
#include <QtMath>

namespace SafeScan {

QPixmap ScreenRegionPicker::grabScreenUnderCursor()
{
    QScreen* screen = QGuiApplication::screenAt(QCursor::pos());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->grabWindow(0) : QPixmap();
}

ScreenRegionPicker::ScreenRegionPicker(const QPixmap& screenshot, QWidget* parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint)
    , m_screenshot(screenshot)
    , m_band(new QRubberBand(QRubberBand::Rectangle, this))
{
    setAccessibleName(tr("Choose a region of the screen to scan"));
    setAccessibleDescription(tr(
        "Drag a rectangle around the QR code with the mouse. Enter scans the whole screen, Escape cancels."));
    setAttribute(Qt::WA_DeleteOnClose);
    setCursor(Qt::CrossCursor);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    const qreal ratio = m_screenshot.devicePixelRatio() > 0 ? m_screenshot.devicePixelRatio() : 1.0;
    resize((QSizeF(m_screenshot.size()) / ratio).toSize());
}

void ScreenRegionPicker::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.drawPixmap(rect(), m_screenshot);
    // Dim everything outside the selection; the hint is words, not only shading.
    QRegion outside(rect());
    if (m_dragging || !m_selection.isEmpty())
        outside -= QRegion(m_selection);
    painter.setClipRegion(outside);
    painter.fillRect(rect(), QColor(0, 0, 0, 110));
    painter.setClipping(false);
    const QString hint = tr("Drag around the QR code to scan it. Enter: whole screen. Esc: cancel.");
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    painter.setFont(font);
    const QRect box = painter.fontMetrics().boundingRect(hint).adjusted(-12, -8, 12, 8);
    const QRect placed(QPoint((width() - box.width()) / 2, 24), box.size());
    painter.fillRect(placed, QColor(0, 0, 0, 200));
    painter.setPen(Qt::white);
    painter.drawText(placed, Qt::AlignCenter, hint);
}

void ScreenRegionPicker::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    m_origin = event->position().toPoint();
    m_selection = QRect(m_origin, QSize());
    m_band->setGeometry(m_selection);
    m_band->show();
}

void ScreenRegionPicker::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_dragging)
        return;
    m_selection = QRect(m_origin, event->position().toPoint()).normalized();
    m_band->setGeometry(m_selection);
    update();
}

void ScreenRegionPicker::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    m_selection = QRect(m_origin, event->position().toPoint()).normalized();
    if (m_selection.width() < 4 || m_selection.height() < 4) {
        m_band->hide();
        m_selection = {};
        update();
        return; // a click, not a drag
    }
    choose(m_selection);
}

void ScreenRegionPicker::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        m_done = true;
        Q_EMIT cancelled();
        close();
    } else if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        choose(m_selection.isEmpty() ? rect() : m_selection);
    } else {
        QWidget::keyPressEvent(event);
    }
}

QImage ScreenRegionPicker::crop(const QRect& logical) const
{
    // The screenshot is drawn over the whole widget: scale by its size, which covers the device
    // pixel ratio of a high-DPI screen.
    const double sx = width() > 0 ? double(m_screenshot.width()) / width() : 1.0;
    const double sy = height() > 0 ? double(m_screenshot.height()) / height() : 1.0;
    const QRect physical(
        QPoint(qFloor(logical.left() * sx), qFloor(logical.top() * sy)),
        QPoint(qCeil((logical.right() + 1) * sx) - 1, qCeil((logical.bottom() + 1) * sy) - 1));
    QImage image = m_screenshot.copy(physical.intersected(QRect(QPoint(), m_screenshot.size()))).toImage();
    image.setDevicePixelRatio(1.0);
    return image;
}

void ScreenRegionPicker::choose(const QRect& logical)
{
    if (m_done)
        return;
    m_done = true;
    const QImage region = crop(logical);
    hide();
    Q_EMIT regionChosen(region);
    close();
}

} // namespace SafeScan
