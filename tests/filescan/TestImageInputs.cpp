#include "filescan/ImageInputs.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace SafeScan;
using namespace Qt::StringLiterals;

namespace {
void touch(const QString& path)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
}
} // namespace

class TestImageInputs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foldersAreWalkedRecursivelyInOrder()
    {
        QTemporaryDir dir;
        touch(dir.filePath(u"b.png"_s));
        touch(dir.filePath(u"a.JPG"_s));
        touch(dir.filePath(u"notes.txt"_s));
        touch(dir.filePath(u"sub/deeper/c.webp"_s));
        touch(dir.filePath(u"sub/d.gif"_s));
        const QList<ImageInput> inputs = ImageInputs::expand({dir.path()});
        QStringList names;
        for (const ImageInput& input : inputs) {
            QVERIFY(input.error.isEmpty());
            names.append(QDir(dir.path()).relativeFilePath(input.path));
        }
        QCOMPARE(names, (QStringList{u"a.JPG"_s, u"b.png"_s, u"sub/d.gif"_s, u"sub/deeper/c.webp"_s}));
    }

    void filesStdinAndMissingPathsKeepTheirOrder()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"any-name.bin"_s); // named files are scanned whatever their suffix
        touch(file);
        const QList<ImageInput> inputs = ImageInputs::expand({file, u"-"_s, dir.filePath(u"missing.png"_s)});
        QCOMPARE(inputs.size(), 3);
        QCOMPARE(inputs.at(0).path, file);
        QVERIFY(inputs.at(0).error.isEmpty());
        QVERIFY(inputs.at(1).isStdin());
        QVERIFY(inputs.at(2).error.contains(u"no such file"_s));
    }

    void emptyFolderExpandsToNothing()
    {
        QTemporaryDir dir;
        QVERIFY(ImageInputs::expand({dir.path()}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImageInputs)
#include "TestImageInputs.moc"
