#include "ImageLoader.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>

using namespace Qt::StringLiterals;

namespace SafeScan {

ImageLoader::Loaded ImageLoader::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, u"cannot open: %1"_s.arg(file.errorString())};
    if (file.size() == 0)
        return {{}, u"empty file"_s};
    return read(file, path);
}

ImageLoader::Loaded ImageLoader::fromData(const QByteArray& data)
{
    if (data.isEmpty())
        return {{}, u"no image data"_s};
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return read(buffer, u"-"_s);
}

ImageLoader::Loaded ImageLoader::read(QIODevice& device, const QString& what)
{
    QImageReader reader(&device);
    reader.setAutoTransform(true);
    reader.setDecideFormatFromContent(true);
    if (!reader.canRead())
        return {{}, u"not a supported image (%1)"_s.arg(reader.errorString())};
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > maxPixels)
        return {{}, u"image too large: %1x%2 pixels"_s.arg(size.width()).arg(size.height())};
    QImage image;
    if (!reader.read(&image) || image.isNull())
        return {{}, u"cannot decode image: %1"_s.arg(reader.errorString())};
    Q_UNUSED(what);
    return {image, {}};
}

} // namespace SafeScan
