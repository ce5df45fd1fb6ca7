// FolderScan: a folder of images scanned on a worker thread with progress; cancel stops it.
#include "QrFixtures.h"
#include "decode/QrDecoder.h"
#include "safety/SafetyEngine.h"
#include "viewmodels/FolderScan.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestFolderScan : public QObject
{
    Q_OBJECT
    QrDecoder m_decoder;
    SafetyEngine m_safety;

private Q_SLOTS:
    void scansEveryImageWithProgress()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(u"sub"_s);
        QVERIFY(Test::qrImage("one").save(dir.filePath(u"a.png"_s)));
        QVERIFY(Test::qrImage("two").save(dir.filePath(u"sub/b.png"_s)));
        QVERIFY(Test::qrImage("https://example.com").save(dir.filePath(u"c.jpg"_s)));
        QFile text(dir.filePath(u"notes.txt"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not an image");
        text.close();

        const FileScanner scanner(m_decoder, &m_safety);
        FolderScan scan(scanner);
        QSignalSpy files(&scan, &FolderScan::fileScanned);
        QSignalSpy progress(&scan, &FolderScan::progress);
        QSignalSpy finished(&scan, &FolderScan::finished);
        QVERIFY(scan.start({dir.path()}));
        QVERIFY(scan.isRunning());
        QVERIFY(!scan.start({dir.path()})); // one at a time
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toLongLong(), 3);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(files.size(), 3);
        QCOMPARE(progress.last().at(0).toLongLong(), 3);
        QCOMPARE(progress.last().at(1).toLongLong(), 3);
        QStringList texts;
        for (const QList<QVariant>& args : files) {
            const auto result = args.first().value<FileScanResult>();
            QVERIFY(result.ok());
            QCOMPARE(result.codes.size(), 1);
            QVERIFY(result.codes.first().verdict.has_value());
            texts.append(result.codes.first().code.text);
        }
        texts.sort();
        QCOMPARE(texts, (QStringList{u"https://example.com"_s, u"one"_s, u"two"_s}));
        QVERIFY(!scan.isRunning());
    }

    void cancelStopsEarly()
    {
        QTemporaryDir dir;
        const QImage image = Test::qrImage("same");
        for (int i = 0; i < 40; ++i)
            QVERIFY(image.save(dir.filePath(u"img%1.png"_s.arg(i, 2, 10, QChar(u'0')))));
        const FileScanner scanner(m_decoder, &m_safety);
        FolderScan scan(scanner);
        QSignalSpy finished(&scan, &FolderScan::finished);
        QVERIFY(scan.start({dir.path()}));
        scan.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QVERIFY(finished.first().at(0).toLongLong() < 40);
    }

    void destroyingWhileRunningIsSafe()
    {
        QTemporaryDir dir;
        const QImage image = Test::qrImage("x");
        for (int i = 0; i < 10; ++i)
            QVERIFY(image.save(dir.filePath(u"img%1.png"_s.arg(i))));
        const FileScanner scanner(m_decoder, &m_safety);
        auto scan = std::make_unique<FolderScan>(scanner);
        QVERIFY(scan->start({dir.path()}));
        scan.reset(); // waits for the worker; no event may reach the deleted object
        QCoreApplication::processEvents();
    }
};

QTEST_GUILESS_MAIN(TestFolderScan)
#include "TestFolderScan.moc"
