// HistoryExport: CSV and JSON export (with or without secrets), progress, JSON import round trip,
// duplicates and bad records.
#include "HistoryFixtures.h"
#include "history/HistoryExport.h"
#include "history/Redaction.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

namespace {

QByteArray exportBytes(HistoryFixture& f, ExportFormat format, ExportSecrets secrets,
                       ExportResult* result = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    HistoryExport exporter(*f.db, *f.store);
    const ExportResult r = exporter.exportTo(buffer, format, secrets);
    if (result)
        *result = r;
    return buffer.data();
}

ImportReport importBytes(HistoryFixture& f, const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    HistoryExport exporter(*f.db, *f.store);
    return exporter.importJson(buffer);
}

QList<ScanRecord> allRecords(HistoryFixture& f)
{
    QList<ScanRecord> records;
    HistoryQuery query;
    query.limit = 1000;
    for (const ScanRecord& r : f.store->query(query).records)
        records.append(*f.store->get(r.id));
    return records;
}

} // namespace

class TestHistoryExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void jsonRoundTrip();
    void secrets_data();
    void secrets();
    void csvQuoting();
    void progress();
    void importSkipsDuplicates();
    void importReportsBadRecords_data();
    void importReportsBadRecords();
    void importRefusesNonArray_data();
    void importRefusesNonArray();
    void importedScansGoToOutbox();

private:
    void seed();
    std::unique_ptr<HistoryFixture> m_f;
};

void TestHistoryExport::init()
{
    m_f = std::make_unique<HistoryFixture>();
    QVERIFY(m_f->open());
}

void TestHistoryExport::cleanup()
{
    m_f.reset();
}

void TestHistoryExport::seed()
{
    NewScan withPicture = makeScan(u"https://shop.example/p?id=1,2"_s, u"camera"_s, VerdictLevel::Suspicious);
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::blue);
    withPicture.thumbnail = image;
    const SaveResult first =
        m_f->store->save({withPicture, makeScan(u"WIFI:S:Home;T:WPA;P:hunter22;;"_s, u"file"_s)});
    QVERIFY(first.ok);
    m_f->clock->advance(1500);
    const SaveResult second = m_f->store->save({makeScan(u"line one\nline \"two\", three"_s, u"clipboard"_s),
                                                makeScan(u"Grüße 😀"_s, u"screen"_s), makeScan(u"deleted"_s)});
    QVERIFY(second.ok);
    QVERIFY(m_f->store->setNote(first.ids.at(0), u"from the flyer, \"50% off\""_s));
    QVERIFY(m_f->store->setPinned(second.ids.at(1), true));
    QVERIFY(m_f->store->remove(second.ids.at(2)));
}

void TestHistoryExport::jsonRoundTrip()
{
    seed();
    ExportResult exported;
    const QByteArray json = exportBytes(*m_f, ExportFormat::Json, ExportSecrets::AsStored, &exported);
    QVERIFY2(exported.ok, qPrintable(exported.error));
    QCOMPARE(exported.exported, 4); // the tombstone is not exported
    const QList<ScanRecord> before = allRecords(*m_f);

    HistoryFixture target;
    QVERIFY(target.open());
    const ImportReport report = importBytes(target, json);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.imported, 4);
    QCOMPARE(report.duplicates, 0);
    QVERIFY(report.bad.isEmpty());
    const QList<ScanRecord> after = allRecords(target);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const ScanRecord& a = before.at(i);
        const ScanRecord& b = after.at(i);
        QCOMPARE(b.uuid, a.uuid);
        QCOMPARE(b.content, a.content);
        QCOMPARE(b.contentRedacted, a.contentRedacted);
        QCOMPARE(b.payloadType, a.payloadType);
        QCOMPARE(b.payload, a.payload);
        QCOMPARE(b.host, a.host);
        QCOMPARE(b.verdictLevel, a.verdictLevel);
        QCOMPARE(b.verdict, a.verdict);
        QCOMPARE(b.source, a.source);
        QCOMPARE(b.scannedAt, a.scannedAt);
        QCOMPARE(b.pinned, a.pinned);
        QCOMPARE(b.note, a.note);
        QCOMPARE(b.thumbnailPng, a.thumbnailPng);
    }
    // And exporting the copy gives the same file but for the ids.
    QJsonArray original = QJsonDocument::fromJson(json).array();
    QJsonArray copy =
        QJsonDocument::fromJson(exportBytes(target, ExportFormat::Json, ExportSecrets::AsStored)).array();
    QCOMPARE(copy.size(), original.size());
    for (qsizetype i = 0; i < copy.size(); ++i) {
        QJsonObject a = original.at(i).toObject();
        QJsonObject b = copy.at(i).toObject();
        a.remove(u"id"_s);
        b.remove(u"id"_s);
        QCOMPARE(b, a);
    }
}

void TestHistoryExport::secrets_data()
{
    QTest::addColumn<int>("secrets");
    QTest::addColumn<bool>("passwordInFile");
    QTest::newRow("as stored (opted in)") << int(ExportSecrets::AsStored) << true;
    QTest::newRow("redacted on export") << int(ExportSecrets::Redacted) << false;
}

void TestHistoryExport::secrets()
{
    QFETCH(int, secrets);
    QFETCH(bool, passwordInFile);
    m_f->store->setOptions({true, false}); // the user opted in: stored in the clear
    QVERIFY(m_f->saveOne(u"WIFI:S:Home;T:WPA;P:hunter22;;"_s) > 0);
    QVERIFY(m_f->saveOne(u"otpauth://totp/x?secret=JBSWY3DPEHPK3PXP"_s) > 0);
    for (const ExportFormat format : {ExportFormat::Json, ExportFormat::Csv}) {
        const QByteArray bytes = exportBytes(*m_f, format, ExportSecrets(secrets));
        QCOMPARE(bytes.contains("hunter22"), passwordInFile);
        QCOMPARE(bytes.contains("JBSWY3DPEHPK3PXP"), passwordInFile);
        QCOMPARE(bytes.contains(Redaction::mask().toUtf8()), !passwordInFile);
    }
}

void TestHistoryExport::csvQuoting()
{
    seed();
    const QByteArray csv = exportBytes(*m_f, ExportFormat::Csv, ExportSecrets::AsStored);
    const QString text = QString::fromUtf8(csv);
    QVERIFY(text.startsWith(HistoryExport::csvHeader().join(u',') + u"\r\n"_s));
    QVERIFY(text.endsWith(u"\r\n"_s));
    QVERIFY2(text.contains(u",\"line one\nline \"\"two\"\", three\","_s), qPrintable(text));
    QVERIFY(text.contains(u",\"https://shop.example/p?id=1,2\","_s));
    QVERIFY(text.contains(u",\"from the flyer, \"\"50% off\"\"\"\r\n"_s));
    QVERIFY(text.contains(u"Grüße 😀"_s)); // UTF-8
    QVERIFY(!text.contains(u"deleted"_s));
    QVERIFY(!text.contains(u"hunter22"_s)); // stored redacted
    // 4 records + header, counting only the CRLFs outside quotes.
    int rows = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'"')
            quoted = !quoted;
        else if (!quoted && text.at(i) == u'\r' && text.at(i + 1) == u'\n')
            ++rows;
    }
    QCOMPARE(rows, 5);
}

void TestHistoryExport::progress()
{
    seed();
    QList<std::pair<qint64, qint64>> calls;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    HistoryExport exporter(*m_f->db, *m_f->store);
    const ExportResult result = exporter.exportTo(buffer, ExportFormat::Json, ExportSecrets::Redacted,
                                                  [&](qint64 done, qint64 total) {
                                                      calls.append({done, total});
                                                  });
    QVERIFY(result.ok);
    QCOMPARE(calls.size(), 4);
    for (qsizetype i = 0; i < calls.size(); ++i)
        QCOMPARE(calls.at(i), (std::pair<qint64, qint64>(i + 1, 4)));

    HistoryFixture target;
    QVERIFY(target.open());
    buffer.close();
    buffer.open(QIODevice::ReadOnly);
    calls.clear();
    HistoryExport importer(*target.db, *target.store);
    QVERIFY(importer.importJson(buffer, [&](qint64 done, qint64 total) { calls.append({done, total}); }).ok);
    QCOMPARE(calls.size(), 4);
    QCOMPARE(calls.last(), (std::pair<qint64, qint64>(4, 4)));
}

void TestHistoryExport::importSkipsDuplicates()
{
    seed();
    const QByteArray json = exportBytes(*m_f, ExportFormat::Json, ExportSecrets::AsStored);
    // Into the same store: every record is already there (same uuid).
    ImportReport again = importBytes(*m_f, json);
    QVERIFY(again.ok);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.duplicates, 4);
    // Same content and time under another uuid, and a repeat inside the file: duplicates too.
    QJsonArray array = QJsonDocument::fromJson(json).array();
    QJsonObject renamed = array.at(0).toObject();
    renamed.insert(u"uuid"_s, u"another-uuid"_s);
    QJsonObject fresh = renamed;
    fresh.insert(u"uuid"_s, u"fresh-uuid"_s);
    fresh.insert(u"scanned_at"_s, renamed.value(u"scanned_at"_s).toDouble() + 1);
    const QJsonArray mixed{renamed, fresh, fresh};
    const ImportReport report = importBytes(*m_f, QJsonDocument(mixed).toJson());
    QVERIFY(report.ok);
    QCOMPARE(report.imported, 1);
    QCOMPARE(report.duplicates, 2);
    QCOMPARE(m_f->store->count(), 5);
}

void TestHistoryExport::importReportsBadRecords_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not an object") << QByteArray("42") << u"not a JSON object"_s;
    QTest::newRow("no content") << QByteArray(R"({"scanned_at": 5})") << u"content"_s;
    QTest::newRow("empty content") << QByteArray(R"({"content": "", "scanned_at": 5})") << u"content"_s;
    QTest::newRow("content not a string") << QByteArray(R"({"content": 7, "scanned_at": 5})") << u"content"_s;
    QTest::newRow("no time") << QByteArray(R"({"content": "x"})") << u"scanned_at"_s;
    QTest::newRow("negative time") << QByteArray(R"({"content": "x", "scanned_at": -1})") << u"scanned_at"_s;
    QTest::newRow("fractional time") << QByteArray(R"({"content": "x", "scanned_at": 1.5})")
                                     << u"scanned_at"_s;
    QTest::newRow("time as text") << QByteArray(R"({"content": "x", "scanned_at": "yesterday"})")
                                  << u"scanned_at"_s;
    QTest::newRow("bad source") << QByteArray(R"({"content": "x", "scanned_at": 5, "source": "fax"})")
                                << u"source"_s;
    QTest::newRow("bad type") << QByteArray(R"({"content": "x", "scanned_at": 5, "payload_type": "nope"})")
                              << u"payload type"_s;
    QTest::newRow("pinned not bool") << QByteArray(R"({"content": "x", "scanned_at": 5, "pinned": "yes"})")
                                     << u"pinned"_s;
    QTest::newRow("payload not object")
        << QByteArray(R"({"content": "x", "scanned_at": 5, "payload": []})") << u"payload"_s;
    QTest::newRow("note not string") << QByteArray(R"({"content": "x", "scanned_at": 5, "note": {}})")
                                     << u"note"_s;
    QTest::newRow("bad thumbnail") << QByteArray(
                                          R"({"content": "x", "scanned_at": 5, "thumbnail_png": "@@@"})")
                                   << u"thumbnail"_s;
}

void TestHistoryExport::importReportsBadRecords()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, reason);
    const QByteArray json = R"([{"content": "good one", "scanned_at": 1000, "source": "camera"}, )" + record +
                            R"(, {"content": "good two", "scanned_at": 2000}])";
    const ImportReport report = importBytes(*m_f, json);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.imported, 2);
    QCOMPARE(report.bad.size(), 1);
    QCOMPARE(report.bad.first().index, 1);
    QVERIFY2(report.bad.first().reason.contains(reason), qPrintable(report.bad.first().reason));
    QCOMPARE(m_f->store->count(), 2);
    const HistoryPage page = m_f->store->query({});
    QCOMPARE(page.records.first().content, u"good two"_s);
    QCOMPARE(page.records.first().source, u"import"_s); // no source given
    QCOMPARE(page.records.last().source, u"camera"_s);
}

void TestHistoryExport::importRefusesNonArray_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("content,scanned_at\r\nx,1\r\n");
    QTest::newRow("object") << QByteArray(R"({"content": "x", "scanned_at": 5})");
    QTest::newRow("truncated") << QByteArray(R"([{"content": "x", "scanned_at": 5}, {"cont)");
}

void TestHistoryExport::importRefusesNonArray()
{
    QFETCH(QByteArray, bytes);
    const ImportReport report = importBytes(*m_f, bytes);
    QVERIFY(!report.ok);
    QVERIFY(!report.error.isEmpty());
    QCOMPARE(report.imported, 0);
    QCOMPARE(m_f->store->count(), 0);
}

void TestHistoryExport::importedScansGoToOutbox()
{
    const QByteArray json = R"([{"content": "WIFI:S:N;T:WPA;P:pw99999;;", "payload_type": "wifi",
                                 "payload": {"password": "pw99999", "raw": "WIFI:S:N;T:WPA;P:pw99999;;"},
                                 "scanned_at": 1000}])";
    const ImportReport report = importBytes(*m_f, json);
    QVERIFY(report.ok);
    QCOMPARE(report.ids.size(), 1);
    const auto record = m_f->store->get(report.ids.first());
    QVERIFY(record);
    QVERIFY(record->contentRedacted); // imports follow the store's redaction setting
    QVERIFY(!record->content.contains(u"pw99999"_s));
    QCOMPARE(record->payload.value(u"password"_s).toString(), Redaction::mask());
    QVERIFY(!record->uuid.isEmpty());
    const QList<OutboxMutation> outbox = m_f->store->pendingMutations();
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(outbox.first().kind, u"scan_saved"_s);
    QCOMPARE(outbox.first().recordUuid, record->uuid);
}

QTEST_GUILESS_MAIN(TestHistoryExport)
#include "TestHistoryExport.moc"
