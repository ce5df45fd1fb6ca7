// ScanViewModel: images, text and camera codes become judged results, saved to the history
// unless off the record.
#include "HistoryFixtures.h"
#include "QrFixtures.h"
#include "decode/QrDecoder.h"
#include "safety/SafetyEngine.h"
#include "viewmodels/ScanViewModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestScanViewModel : public QObject
{
    Q_OBJECT
    QrDecoder m_decoder;
    SafetyEngine m_safety;

private Q_SLOTS:
    void imageFileReachesResultsAndHistory()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        ScanViewModel model(m_decoder, m_safety, fixture.store.get());
        QSignalSpy added(&model, &ScanViewModel::resultsAdded);
        const QString path = fixture.dir->filePath(u"code.png"_s);
        QVERIFY(Test::qrImage("https://example.com/welcome").save(path));

        QCOMPARE(model.scanImageFile(path), 1);
        QCOMPARE(added.size(), 1);
        const ScanResult& result = model.results().first();
        QCOMPARE(result.payload.type, PayloadType::Url);
        QCOMPARE(result.verdict.level, VerdictLevel::NoKnownRisk);
        QCOMPARE(result.source, u"file"_s);
        QCOMPARE(result.origin, u"code.png"_s);
        QVERIFY(result.savedId.has_value());
        const auto stored = fixture.store->get(*result.savedId);
        QVERIFY(stored);
        QCOMPARE(stored->content, u"https://example.com/welcome"_s);
        QCOMPARE(stored->source, u"file"_s);
    }

    void textIsJudged_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<VerdictLevel>("level");
        QTest::newRow("script") << u"javascript:alert(1)"_s << VerdictLevel::Dangerous;
        QTest::newRow("plain") << u"just some words"_s << VerdictLevel::NoKnownRisk;
        QTest::newRow("ip login") << u"http://192.168.4.20:8080/bank/login"_s << VerdictLevel::Suspicious;
    }
    void textIsJudged()
    {
        QFETCH(QString, text);
        QFETCH(VerdictLevel, level);
        ScanViewModel model(m_decoder, m_safety, nullptr);
        QCOMPARE(model.scanText(text, u"clipboard"_s), 1);
        const Verdict& verdict = model.results().first().verdict;
        if (level == VerdictLevel::Suspicious)
            QVERIFY2(verdict.level == VerdictLevel::Suspicious || verdict.level == VerdictLevel::Dangerous,
                     qPrintable(verdictLevelName(verdict.level)));
        else
            QCOMPARE(verdict.level, level);
        if (level != VerdictLevel::NoKnownRisk)
            QVERIFY(!verdict.reasons.isEmpty());
        QVERIFY(model.lastMessage().contains(u"not saved"_s)); // no history given
    }

    void offTheRecordSavesNothing()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        HistoryOptions options;
        options.offTheRecord = true;
        fixture.store->setOptions(options);
        ScanViewModel model(m_decoder, m_safety, fixture.store.get());
        QCOMPARE(model.scanText(u"https://example.org"_s, u"clipboard"_s), 1);
        QVERIFY(!model.results().first().savedId);
        QVERIFY(model.lastMessage().contains(u"Off the record"_s));
        QCOMPARE(fixture.store->count(), 0);
    }

    void newestFirstAndClear()
    {
        ScanViewModel model(m_decoder, m_safety, nullptr);
        model.scanText(u"first"_s, u"clipboard"_s);
        model.scanText(u"second"_s, u"clipboard"_s);
        QCOMPARE(model.results().first().code.text, u"second"_s);
        QSignalSpy cleared(&model, &ScanViewModel::cleared);
        model.clear();
        QCOMPARE(cleared.size(), 1);
        QVERIFY(model.results().isEmpty());
    }

    void problemsGiveAMessageNotAResult()
    {
        ScanViewModel model(m_decoder, m_safety, nullptr);
        QTemporaryDir dir;
        QCOMPARE(model.scanImageFile(dir.filePath(u"missing.png"_s)), 0);
        QVERIFY(model.lastMessage().contains(u"missing.png"_s));
        const QString blank = dir.filePath(u"blank.png"_s);
        QImage white(200, 200, QImage::Format_Grayscale8);
        white.fill(Qt::white);
        QVERIFY(white.save(blank));
        QCOMPARE(model.scanImageFile(blank), 0);
        QVERIFY(model.lastMessage().contains(u"No QR code"_s));
        QCOMPARE(model.scanText(u"   "_s, u"clipboard"_s), 0);
        QVERIFY(model.results().isEmpty());
    }

    void cameraCodesAreSavedAsCamera()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        ScanViewModel model(m_decoder, m_safety, fixture.store.get());
        DecodedCode code;
        code.text = u"WIFI:S:Cafe;T:nopass;;"_s;
        QCOMPARE(model.addCameraCodes({code}), 1);
        QCOMPARE(model.results().first().payload.type, PayloadType::Wifi);
        QCOMPARE(model.results().first().source, u"camera"_s);
        QCOMPARE(fixture.store->get(*model.results().first().savedId)->source, u"camera"_s);
        QCOMPARE(model.judge(code).level, model.results().first().verdict.level);
    }
};

QTEST_GUILESS_MAIN(TestScanViewModel)
#include "TestScanViewModel.moc"
