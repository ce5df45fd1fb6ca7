#pragma once

#include <QImage>
#include <QString>

class QIODevice;

namespace SafeScan {

// Reads an image with a clear account of why it could not be read. EXIF orientation is applied so
// that corner positions match what a viewer shows.
class ImageLoader
{
public:
    struct Loaded
    {
        QImage image;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    static Loaded fromFile(const QString& path);
    static Loaded fromData(const QByteArray& data);
    // Upper bound on decoded pixels, against decompression bombs (default 100 megapixels).
    static constexpr qint64 maxPixels = 100'000'000;

private:
    static Loaded read(QIODevice& device, const QString& what);
};

} // namespace SafeScan
