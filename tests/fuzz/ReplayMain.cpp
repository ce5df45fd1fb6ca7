// A main() for the fuzz targets where libFuzzer is not linked (GCC builds, CI): runs the target
// once on each file or folder of files given on the command line: the seed corpus and every crash
// found so far (tests/fuzz/corpus/<target>/), so they stay regression tests under ASan + UBSan.
#include "FuzzInput.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int files = 0;
    for (const QString& argument : app.arguments().mid(1)) {
        QStringList paths;
        if (QFileInfo(argument).isDir()) {
            QDirIterator it(argument, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                paths.append(it.next());
        } else {
            paths.append(argument);
        }
        paths.sort();
        for (const QString& path : paths) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qUtf8Printable(path));
                return 2;
            }
            const QByteArray data = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(data.constData()),
                                   std::size_t(data.size()));
            ++files;
        }
    }
    std::printf("replayed %d input(s) without a crash\n", files);
    return files > 0 ? 0 : 1;
}
