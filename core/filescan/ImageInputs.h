#pragma once

#include <QStringList>

namespace SafeScan {

// One thing to scan: a file path, or "-" for image bytes on standard input.
struct ImageInput
{
    QString path;
    QString error; // set when the path itself cannot be used (missing, unreadable folder)

    bool isStdin() const { return path == QLatin1String("-"); }
};

// Expands command-line paths: files stay as given, folders are walked recursively (image files
// only, in a stable sorted order), "-" stands for standard input. Paths that do not exist come
// back with an error so that the caller reports them and goes on.
class ImageInputs
{
public:
    static QList<ImageInput> expand(const QStringList& paths);
    static bool hasImageSuffix(const QString& fileName);
};

} // namespace SafeScan
