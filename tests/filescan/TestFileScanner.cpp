#include "QrFixtures.h"
#include "decode/QrDecoder.h"
#include "filescan/FileScanner.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace SafeScan;
using namespace Qt::StringLiterals;

namespace {
QByteArray encoded(const QImage& image, const char* format)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return data;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(data);
    return path;
}
} // namespace

class TestFileScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void imageFormats_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::newRow("png") << QByteArray("PNG");
        QTest::newRow("jpeg") << QByteArray("JPEG");
        QTest::newRow("webp") << QByteArray("WEBP");
        QTest::newRow("bmp") << QByteArray("BMP");
    }
    void imageFormats()
    {
        QFETCH(QByteArray, format);
        QTemporaryDir dir;
        const QImage code = Test::qrImage("WIFI:T:WPA;S:Home;P:secret;;");
        const QByteArray data = encoded(code, format.constData());
        QVERIFY2(!data.isEmpty(), "Qt cannot write this format here");
        const QString path = writeFile(dir, u"code."_s + QString::fromLatin1(format).toLower(), data);

        const QrDecoder decoder;
        const FileScanResult result = FileScanner(decoder).scan({path, {}});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.codes.size(), 1);
        QCOMPARE(result.codes.first().payload.type, PayloadType::Wifi);
        QCOMPARE(result.imageSize, code.size());
        QVERIFY(result.decodeMs > 0);
    }

    void unreadableInputsGiveErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("errorPart");
        const QByteArray png = encoded(Test::qrImage("truncate me"), "PNG");
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("text") << QByteArray("just some text, not an image\n") << u"not a supported image"_s;
        QTest::newRow("truncated png") << png.left(png.size() / 2) << u"image"_s;
        QTest::newRow("png header only") << png.left(40) << u"image"_s;
        QTest::newRow("random bytes") << QByteArray(4096, '\x9c') << u"not a supported image"_s;
    }
    void unreadableInputsGiveErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, errorPart);
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"bad.png"_s, data);
        const QrDecoder decoder;
        const FileScanResult result = FileScanner(decoder).scan({path, {}});
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
        QCOMPARE(result.file, path);
    }

    void missingFileAndFolderErrors()
    {
        const QrDecoder decoder;
        const FileScanner scanner(decoder);
        const FileScanResult missing = scanner.scan({u"/nonexistent/x.png"_s, {}});
        QVERIFY(!missing.ok());
        QVERIFY(missing.error.startsWith(u"cannot open"_s));
        const FileScanResult given = scanner.scan({u"x"_s, u"no such file or directory"_s});
        QCOMPARE(given.error, u"no such file or directory"_s);
    }

    void dataWithSeveralCodesParsesEachPayload()
    {
        const QImage image =
            Test::montage({Test::qrImage("tel:+4930123456", 5), Test::qrImage("https://a.example", 5)});
        const QrDecoder decoder;
        const FileScanResult result = FileScanner(decoder).scanData(u"-"_s, encoded(image, "PNG"));
        QVERIFY(result.ok());
        QCOMPARE(result.codes.size(), 2);
        QSet<PayloadType> types;
        for (const ScannedCode& c : result.codes)
            types.insert(c.payload.type);
        QCOMPARE(types, (QSet<PayloadType>{PayloadType::Phone, PayloadType::Url}));
    }

    void binaryCodeBecomesBinaryPayload()
    {
        const QByteArray bytes("\xff\xfe\x00\x01\x80", 5);
        const QrDecoder decoder;
        const FileScanResult result =
            FileScanner(decoder).scanImage(u"bin"_s, Test::qrImage(Test::QrSpec{bytes, 6, 4, false, true}));
        QCOMPARE(result.codes.size(), 1);
        QCOMPARE(result.codes.first().payload.type, PayloadType::Binary);
        QCOMPARE(result.codes.first().payload.bytes, bytes);
    }
};

QTEST_MAIN(TestFileScanner)
#include "TestFileScanner.moc"
