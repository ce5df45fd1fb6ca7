// HistoryExportJob: the export runs off the calling thread, reports progress and writes the file.
#include "HistoryFixtures.h"
#include "viewmodels/HistoryExportJob.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestHistoryExportJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportsWithProgress_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("json") << ExportFormat::Json;
        QTest::newRow("csv") << ExportFormat::Csv;
    }
    void exportsWithProgress()
    {
        QFETCH(ExportFormat, format);
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        QList<NewScan> scans;
        for (int i = 0; i < 300; ++i)
            scans.append(Test::makeScan(u"https://site%1.example/"_s.arg(i)));
        QVERIFY(fixture.store->save(scans).ok);

        HistoryExportJob job(*fixture.db, *fixture.store);
        QSignalSpy progress(&job, &HistoryExportJob::progress);
        QSignalSpy finished(&job, &HistoryExportJob::finished);
        const QString path = fixture.dir->filePath(u"out"_s);
        QVERIFY(job.start(path, format, ExportSecrets::Redacted));
        QVERIFY(!job.start(path, format, ExportSecrets::Redacted));
        QTRY_COMPARE(finished.size(), 1);
        const auto result = finished.first().first().value<ExportResult>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.exported, 300);
        QVERIFY(!progress.isEmpty());
        QVERIFY2(progress.size() <= 102, qPrintable(QString::number(progress.size()))); // throttled
        QCOMPARE(progress.last().at(0).toLongLong(), 300);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (format == ExportFormat::Json)
            QCOMPARE(QJsonDocument::fromJson(bytes).array().size(), 300);
        else
            QCOMPARE(bytes.count("\r\n"), 301); // header + rows
        QVERIFY(!job.isRunning());
    }

    void failureIsReported()
    {
        Test::HistoryFixture fixture;
        QVERIFY(fixture.open());
        HistoryExportJob job(*fixture.db, *fixture.store);
        QSignalSpy finished(&job, &HistoryExportJob::finished);
        QVERIFY(job.start(fixture.dir->filePath(u"no/such/folder/out.json"_s), ExportFormat::Json,
                          ExportSecrets::AsStored));
        QTRY_COMPARE(finished.size(), 1);
        const auto result = finished.first().first().value<ExportResult>();
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistoryExportJob)
#include "TestHistoryExportJob.moc"
