#pragma once

#include "safety/Verdict.h"

#include <QImage>
#include <QPolygonF>
#include <QWidget>

namespace SafeScan {

// One detected code to outline on the video: its corners in frame coordinates and its verdict.
struct CodeOutline
{
    QPolygonF corners;
    std::optional<VerdictLevel> level; // nullopt while being checked
    QString label;                     // short text for the badge (the host or the type)
};

// Paints the camera picture (optionally mirrored) scaled to fit, every detected code outlined with a
// badge that carries the verdict's icon and words, and, without a picture, a state message.
class VideoCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit VideoCanvas(QWidget* parent = nullptr);

    void setFrame(const QImage& frame);
    void setOutlines(const QList<CodeOutline>& outlines);
    void setMirrored(bool mirrored);
    // Shown instead of the picture (the picture is dropped).
    void setMessage(const QString& title, const QString& detail);

    const QList<CodeOutline>& outlines() const { return m_outlines; }
    QImage frame() const { return m_frame; }
    QString messageTitle() const { return m_title; }

    QSize sizeHint() const override { return {640, 480}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRectF targetRect() const;
    QPointF map(const QPointF& framePoint, const QRectF& target) const;

    QImage m_frame;
    QList<CodeOutline> m_outlines;
    bool m_mirrored = false;
    QString m_title;
    QString m_detail;
};

} // namespace SafeScan
