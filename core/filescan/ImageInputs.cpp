#include "ImageInputs.h"

#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SafeScan {

bool ImageInputs::hasImageSuffix(const QString& fileName)
{
    static const QStringList suffixes = {u"png"_s, u"jpg"_s,  u"jpeg"_s, u"webp"_s, u"bmp"_s, u"gif"_s,
                                         u"tif"_s, u"tiff"_s, u"pbm"_s,  u"pgm"_s,  u"ppm"_s};
    return suffixes.contains(QFileInfo(fileName).suffix().toLower());
}

QList<ImageInput> ImageInputs::expand(const QStringList& paths)
{
    QList<ImageInput> inputs;
    for (const QString& path : paths) {
        if (path == u"-"_s) {
            inputs.append({path, {}});
            continue;
        }
        const QFileInfo info(path);
        if (!info.exists()) {
            inputs.append({path, u"no such file or directory"_s});
            continue;
        }
        if (!info.isDir()) {
            inputs.append({path, {}});
            continue;
        }
        if (!info.isReadable() || !info.isExecutable()) {
            inputs.append({path, u"directory cannot be read"_s});
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::Readable | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (hasImageSuffix(file))
                found.append(file);
        }
        std::sort(found.begin(), found.end());
        for (const QString& file : std::as_const(found))
            inputs.append({file, {}});
    }
    return inputs;
}

} // namespace SafeScan
