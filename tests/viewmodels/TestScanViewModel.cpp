// ScanViewModel: images, text and camera codes become judged results, saved to the history on the
// store thread (ids by signal, failures reported, queued saves kept at shutdown) unless off the
// record.
#include "HistoryFixtures.h"
#include "QrFixtures.h"
#include "decode/QrDecoder.h"
#include "safety/SafetyEngine.h"
#include "store/StoreExecutor.h"
#include "viewmodels/ScanViewModel.h"

#include <QScopeGuard>
#include <QSemaphore>
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
        StoreExecutor executor(fixture.db.get());
        ScanViewModel model(m_decoder, m_safety, fixture.store.get(), &executor);
        QSignalSpy added(&model, &ScanViewModel::resultsAdded);
        const QString path = fixture.dir->filePath(u"code.png"_s);
        QVERIFY(Test::qrImage("https://example.com/welcome").save(path));

        QSignalSpy saved(&model, &ScanViewModel::resultSaved);
        QCOMPARE(model.scanImageFile(path), 1);
        QCOMPARE(added.size(), 1);
        const ScanResult& result = model.results().first();
        QCOMPARE(result.payload.type, PayloadType::Url);
        QCOMPARE(result.verdict.level, VerdictLevel::NoKnownRisk);
        QCOMPARE(result.source, u"file"_s);
        QCOMPARE(result.origin, u"code.png"_s);
        QVERIFY(!result.savedId); // shown at once; the id comes from the store thread
        QCOMPARE(model.pendingSaves(), 1);
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(model.pendingSaves(), 0);
        QCOMPARE(saved.first().at(0).toInt(), 0);
        QVERIFY(result.savedId.has_value());
        QCOMPARE(saved.first().at(1).toLongLong(), *result.savedId);
        QVERIFY(model.lastMessage().contains(u"saved to the history"_s));
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
        StoreExecutor executor(fixture.db.get());
        ScanViewModel model(m_decoder, m_safety, fixture.store.get(), &executor);
        QCOMPARE(model.scanText(u"https://example.org"_s, u"clipboard"_s), 1);
        QTRY_VERIFY(model.lastMessage().contains(u"Off the record"_s));
        QVERIFY(!model.results().first().savedId);
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
        StoreExecutor executor(fixture.db.get());
        ScanViewModel model(m_decoder, m_safety, fixture.store.get(), &executor);
        DecodedCode code;
        code.text = u"WIFI:S:Cafe;T:nopass;;"_s;
        QCOMPARE(model.addCameraCodes({code}), 1);
        QCOMPARE(model.results().first().payload.type, PayloadType::Wifi);
        QCOMPARE(model.results().first().source, u"camera"_s);
        QTRY_VERIFY(model.results().first().savedId);
        QCOMPARE(fixture.store->get(*model.results().first().savedId)->source, u"camera"_s);
        QCOMPARE(model.judge(code).level, model.results().first().verdict.level);
    }

    // Ids reach the right results even when newer scans went in front, or the list was cleared.
    void idsFollowTheirResults()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        StoreExecutor executor(fixture.db.get());
        QSemaphore gate;
        const auto open = qScopeGuard([&gate] { gate.release(100); });
        ScanViewModel model(m_decoder, m_safety, fixture.store.get(), &executor);
        executor.run([&gate] { gate.acquire(); });
        model.scanText(u"gone"_s, u"clipboard"_s);
        model.clear();
        model.scanText(u"first"_s, u"clipboard"_s);
        DecodedCode a, b;
        a.text = u"second a"_s;
        b.text = u"second b"_s;
        model.addCameraCodes({a, b});
        QCOMPARE(model.pendingSaves(), 3);
        QSignalSpy saved(&model, &ScanViewModel::resultSaved);
        gate.release();
        QTRY_COMPARE(model.pendingSaves(), 0);
        QCOMPARE(saved.size(), 3); // not for the cleared one
        QCOMPARE(model.results().size(), 3);
        for (const ScanResult& result : model.results()) {
            QVERIFY(result.savedId);
            QCOMPARE(fixture.store->get(*result.savedId)->content, result.code.text);
        }
    }

    // Saving fails in the store: the results stay, without ids, and the failure is reported.
    void failedSaveIsReported()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        StoreExecutor executor(fixture.db.get());
        QVERIFY(fixture.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON scans "
                             u"BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"_s));
        ScanViewModel model(m_decoder, m_safety, fixture.store.get(), &executor);
        QSignalSpy errors(&model, &ScanViewModel::errorOccurred);
        QSignalSpy saved(&model, &ScanViewModel::resultSaved);
        QSignalSpy finished(&model, &ScanViewModel::saveFinished);
        QCOMPARE(model.scanText(u"https://example.net/"_s, u"clipboard"_s), 1);
        QTRY_COMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().toString(), u"history_save_failed"_s);
        QVERIFY2(model.lastMessage().startsWith(u"The scan could not be saved to the history"_s),
                 qPrintable(model.lastMessage()));
        QVERIFY2(model.lastMessage().contains(u"simulated failure"_s), qPrintable(model.lastMessage()));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(saved.size(), 0);
        QCOMPARE(model.results().size(), 1);
        QVERIFY(!model.results().first().savedId);
        QCOMPARE(fixture.store->count(), 0);
    }

    // Saves still queued when the model and then the executor go (the window closes) are stored.
    void queuedSavesAreCommittedAtShutdown()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        {
            StoreExecutor executor(fixture.db.get());
            QSemaphore gate;
            executor.run([&gate] { gate.acquire(); }); // the store thread is busy meanwhile
            {
                ScanViewModel model(m_decoder, m_safety, fixture.store.get(), &executor);
                for (int i = 0; i < 40; ++i)
                    model.scanText(u"https://queued.example/%1"_s.arg(i), u"clipboard"_s);
                QCOMPARE(model.pendingSaves(), 40);
            }
            QCOMPARE(fixture.store->count(), 0); // nothing saved yet
            gate.release();
        } // the executor finishes its queue before it stops
        QCOMPARE(fixture.store->count(), 40);
        HistoryQuery query;
        query.search = u"queued.example/39"_s;
        QCOMPARE(fixture.store->query(query).records.size(), 1);
    }

    void historyWithoutExecutorSavesNothing()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        ScanViewModel model(m_decoder, m_safety, fixture.store.get(), nullptr);
        QCOMPARE(model.scanText(u"plain"_s, u"clipboard"_s), 1);
        QVERIFY(model.lastMessage().contains(u"not saved"_s));
        QCOMPARE(model.pendingSaves(), 0);
    }
};

QTEST_GUILESS_MAIN(TestScanViewModel)
#include "TestScanViewModel.moc"
