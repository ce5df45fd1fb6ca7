#include "filescan/ScanReport.h"
#include "payload/PayloadParser.h"

#include <QJsonArray>
#include <QTest>

using namespace SafeScan;
using namespace Qt::StringLiterals;

namespace {
FileScanResult sampleResult()
{
    FileScanResult result;
    result.file = u"photos/a.png"_s;
    result.decodeMs = 1.23456;
    ScannedCode scanned;
    scanned.code.text = u"https://example.com"_s;
    scanned.code.corners = {QPointF(10, 20), QPointF(110, 20.04), QPointF(110, 120), QPointF(10, 120)};
    scanned.payload = PayloadParser::parse(scanned.code.text);
    result.codes.append(scanned);
    return result;
}
} // namespace

class TestScanReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonHasTheDocumentedShape()
    {
        const QJsonObject json = ScanReport::toJson(sampleResult());
        QCOMPARE(json.value(u"file"_s).toString(), u"photos/a.png"_s);
        QCOMPARE(json.value(u"decode_ms"_s).toDouble(), 1.23);
        QVERIFY(!json.contains(u"error"_s));
        const QJsonArray codes = json.value(u"codes"_s).toArray();
        QCOMPARE(codes.size(), 1);
        const QJsonObject code = codes.first().toObject();
        QCOMPARE(code.value(u"text"_s).toString(), u"https://example.com"_s);
        QCOMPARE(code.value(u"format"_s).toString(), u"QRCode"_s);
        QCOMPARE(code.value(u"payload"_s).toObject().value(u"type"_s).toString(), u"url"_s);
        const QJsonArray position = code.value(u"position"_s).toArray();
        QCOMPARE(position.size(), 4);
        QCOMPARE(position.at(1).toArray(), (QJsonArray{110, 20}));
        QVERIFY(!code.contains(u"bytes_base64"_s));
    }

    void binaryCodesCarryTheirBytes()
    {
        FileScanResult result = sampleResult();
        result.codes.first().code.binary = true;
        result.codes.first().code.bytes = QByteArray("\x00\xff", 2);
        const QJsonObject code = ScanReport::toJson(result).value(u"codes"_s).toArray().first().toObject();
        QCOMPARE(code.value(u"bytes_base64"_s).toString(), u"AP8="_s);
    }

    void errorsReplaceCodes()
    {
        FileScanResult result;
        result.file = u"bad.png"_s;
        result.error = u"not a supported image"_s;
        const QJsonObject json = ScanReport::toJson(result);
        QCOMPARE(json.keys(), (QStringList{u"error"_s, u"file"_s}));
        QCOMPARE(ScanReport::toText(result), u"bad.png: error: not a supported image\n"_s);
    }

    void textNamesEachCode()
    {
        const QString text = ScanReport::toText(sampleResult());
        QVERIFY(text.startsWith(u"photos/a.png: 1 code (1.2 ms)\n"_s));
        QVERIFY(text.contains(u"[QRCode] url: https://example.com"_s));
        FileScanResult none;
        none.file = u"empty.png"_s;
        QVERIFY(ScanReport::toText(none).contains(u"no code found"_s));
    }
};

QTEST_GUILESS_MAIN(TestScanReport)
#include "TestScanReport.moc"
