// The Scan view: an image file reaches the result panel with its verdict, reasons and destination,
// and is saved to the history; paste and drop feed the same path.
#include "UiFixture.h"
#include "ui/HistoryView.h"
#include "ui/ResultCard.h"
#include "ui/ScanView.h"
#include "viewmodels/HistoryTableModel.h"

#include <QClipboard>
#include <QIcon>
#include <QMimeData>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestScanView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void imageFileReachesTheResultPanel()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        const QString path = ui.qrFile("https://shop.example.com/cart", u"shop.png"_s);
        QVERIFY(!path.isEmpty());
        ui.window->scanView()->scanPaths({path});
        const QList<ResultCard*> cards = ui.window->scanView()->resultCards();
        QCOMPARE(cards.size(), 1);
        QVERIFY2(cards.first()->verdictText().startsWith(u"No known risk"_s),
                 qPrintable(cards.first()->verdictText()));
        QVERIFY(cards.first()
                    ->destinationText()
                    .remove(QChar(0x200B))
                    .contains(u"shop.<b><u>example.com</u></b>/cart"_s));
        QTRY_VERIFY(cards.first()->isVisible());
        QVERIFY(!QIcon(u":/icons/verdict-no_known_risk.svg"_s).pixmap(32, 32).isNull()); // resources are in
        // Saved on the store thread: the card gets its id, and the history view follows.
        QTRY_VERIFY(cards.first()->result().savedId);
        QTRY_COMPARE(ui.window->historyModel()->rowCount(), 1);
        QCOMPARE(ui.window->historyModel()->record(0)->id, *cards.first()->result().savedId);
    }

    void dangerousContentShowsReasons()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        ui.window->scanView()->scanPaths({ui.qrFile("javascript:alert(document.cookie)", u"bad.png"_s)});
        const QList<ResultCard*> cards = ui.window->scanView()->resultCards();
        QCOMPARE(cards.size(), 1);
        QVERIFY2(cards.first()->verdictText().startsWith(u"Dangerous"_s),
                 qPrintable(cards.first()->verdictText()));
        QVERIFY(!cards.first()->reasonTexts().isEmpty());
    }

    void severalCodesInOneImageAreSeveralCards()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        const QString path = ui.dir.filePath(u"two.png"_s);
        QVERIFY(Test::montage({Test::qrImage("first code"), Test::qrImage("WIFI:S:Cafe;T:WPA;P:pw123456;;")})
                    .save(path));
        ui.window->scanView()->scanPaths({path});
        QCOMPARE(ui.window->scanView()->resultCards().size(), 2);
    }

    void pasteTextAndImage()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        QGuiApplication::clipboard()->setText(u"https://example.org/paste"_s);
        ui.window->scanView()->pasteFromClipboard();
        QCOMPARE(ui.window->scanView()->resultCards().size(), 1);
        QCOMPARE(ui.window->scanView()->resultCards().first()->result().source, u"clipboard"_s);

        QGuiApplication::clipboard()->setImage(Test::qrImage("pasted image"));
        ui.window->scanView()->pasteFromClipboard();
        const QList<ResultCard*> cards = ui.window->scanView()->resultCards();
        QCOMPARE(cards.size(), 2);
        QCOMPARE(cards.first()->result().code.text, u"pasted image"_s); // newest on top
    }

    void dropOfFiles()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        QVERIFY(ui.window->scanView()->acceptDrops());
        QMimeData files;
        files.setUrls({QUrl::fromLocalFile(ui.qrFile("dropped", u"drop.png"_s))});
        ui.window->scanView()->scanMimeData(files);
        QCOMPARE(ui.window->scanView()->resultCards().size(), 1);
        QCOMPARE(ui.window->scanView()->resultCards().first()->result().code.text, u"dropped"_s);
        QMimeData text;
        text.setText(u"tel:+4930123456"_s);
        ui.window->scanView()->scanMimeData(text);
        QCOMPARE(ui.window->scanView()->resultCards().first()->result().payload.type, PayloadType::Phone);
    }

    void folderScanRunsWithProgressAndSaves()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        QDir(ui.dir.path()).mkpath(u"folder"_s);
        for (int i = 0; i < 3; ++i)
            QVERIFY(Test::qrImage(u"folder code %1"_s.arg(i).toUtf8())
                        .save(ui.dir.filePath(u"folder/%1.png"_s.arg(i))));
        ui.window->scanView()->scanPaths({ui.dir.filePath(u"folder"_s)});
        QTRY_COMPARE(ui.window->scanView()->resultCards().size(), 3);
        QTRY_COMPARE(ui.window->historyModel()->rowCount(), 3);
    }
};

QTEST_MAIN(TestScanView)
#include "TestScanView.moc"
