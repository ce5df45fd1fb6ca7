#include "ScanReport.h"

#include "payload/PayloadJson.h"
#include "safety/VerdictJson.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace SafeScan::ScanReport {

namespace {
double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonArray positionJson(const DecodedCode& code)
{
    QJsonArray corners;
    for (const QPointF& p : code.corners)
        corners.append(QJsonArray{rounded(p.x(), 1), rounded(p.y(), 1)});
    return corners;
}
} // namespace

QJsonObject toJson(const FileScanResult& result)
{
    QJsonObject json{{u"file"_s, result.file}};
    if (!result.ok()) {
        json.insert(u"error"_s, result.error);
        return json;
    }
    QJsonArray codes;
    for (const ScannedCode& scanned : result.codes) {
        QJsonObject code{
            {u"text"_s, scanned.code.text},
            {u"format"_s, codeFormatName(scanned.code.format)},
            {u"payload"_s, payloadToJson(scanned.payload)},
            {u"position"_s, positionJson(scanned.code)},
        };
        if (scanned.verdict)
            code.insert(u"verdict"_s, verdictToJson(*scanned.verdict));
        if (scanned.code.binary)
            code.insert(u"bytes_base64"_s, QString::fromLatin1(scanned.code.bytes.toBase64()));
        if (scanned.code.inverted)
            code.insert(u"inverted"_s, true);
        if (scanned.code.mirrored)
            code.insert(u"mirrored"_s, true);
        codes.append(code);
    }
    json.insert(u"codes"_s, codes);
    json.insert(u"decode_ms"_s, rounded(result.decodeMs, 2));
    return json;
}

QString toText(const FileScanResult& result)
{
    if (!result.ok())
        return u"%1: error: %2\n"_s.arg(result.file, result.error);
    QString text = u"%1: %2 (%3 ms)\n"_s.arg(result.file)
                       .arg(result.codes.isEmpty()     ? u"no code found"_s
                            : result.codes.size() == 1 ? u"1 code"_s
                                                       : u"%1 codes"_s.arg(result.codes.size()))
                       .arg(result.decodeMs, 0, 'f', 1);
    for (const ScannedCode& scanned : result.codes) {
        QString content = scanned.code.text;
        content.replace(u'\n', u"\n      "_s);
        text += u"  [%1] %2: %3\n"_s.arg(codeFormatName(scanned.code.format),
                                         payloadTypeName(scanned.payload.type), content);
        for (const QString& note : scanned.payload.notes)
            text += u"      note: %1\n"_s.arg(note);
        if (scanned.verdict)
            text += verdictToText(*scanned.verdict, u"      "_s);
    }
    return text;
}

} // namespace SafeScan::ScanReport
