#pragma once

#include <QPixmap>
#include <QPoint>
#include <QWidget>

#include <functional>

class QRubberBand;

namespace SafeScan {

// A full-screen overlay over a screenshot: drag a rectangle with the mouse (or press Enter for the
// whole screen, Esc to cancel); regionChosen() gives that part of the screenshot at full
// resolution. The screenshot comes from a provider so that tests (and the offscreen platform,
// which has no screen content) can supply one; the default grabs the screen under the cursor.
class ScreenRegionPicker : public QWidget
{
    Q_OBJECT
public:
    using ScreenshotProvider = std::function<QPixmap()>;

    // The screen under the mouse pointer (else the primary screen), with its device pixel ratio.
    static QPixmap grabScreenUnderCursor();

    explicit ScreenRegionPicker(const QPixmap& screenshot, QWidget* parent = nullptr);

    // The part of the screenshot under `logical` (widget coordinates), at full resolution.
    QImage crop(const QRect& logical) const;
    QRect selection() const { return m_selection; }

Q_SIGNALS:
    void regionChosen(const QImage& region);
    void cancelled();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void choose(const QRect& logical);

    QPixmap m_screenshot;
    QRubberBand* m_band;
    QPoint m_origin;
    QRect m_selection;
    bool m_dragging = false;
    bool m_done = false;
};

} // namespace SafeScan
