#include "LumaImage.h"

#include <QImage>
#include <QPainter>

#include <cstring>

namespace SafeScan {

LumaImage::LumaImage(int width, int height)
    : m_pixels(size_t(qMax(0, width)) * size_t(qMax(0, height)))
    , m_width(qMax(0, width))
    , m_height(qMax(0, height))
{}

LumaImage LumaImage::fromQImage(const QImage& image)
{
    if (image.isNull())
        return {};
    QImage gray;
    if (image.format() == QImage::Format_Grayscale8) {
        gray = image;
    } else if (image.hasAlphaChannel()) {
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        gray = flat.convertToFormat(QImage::Format_Grayscale8);
    } else {
        gray = image.convertToFormat(QImage::Format_Grayscale8);
    }
    LumaImage result(gray.width(), gray.height());
    for (int y = 0; y < gray.height(); ++y)
        std::memcpy(result.row(y), gray.constScanLine(y), size_t(gray.width()));
    return result;
}

LumaImage LumaImage::fromView(const LumaView& view)
{
    if (view.isNull())
        return {};
    LumaImage result(view.width, view.height);
    for (int y = 0; y < view.height; ++y) {
        uchar* out = result.row(y);
        if (view.pixStride == 1) {
            std::memcpy(out, view.row(y), size_t(view.width));
        } else {
            for (int x = 0; x < view.width; ++x)
                out[x] = view.at(x, y);
        }
    }
    return result;
}

} // namespace SafeScan
