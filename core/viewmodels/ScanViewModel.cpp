#include "ScanViewModel.h"

#include "ViewModelsLog.h"
#include "filescan/ImageInputs.h"
#include "history/HistoryStore.h"
#include "payload/PayloadParser.h"
#include "safety/SafetyEngine.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace SafeScan {

ScanViewModel::ScanViewModel(const QrDecoder& decoder, const SafetyEngine& safety, HistoryStore* history,
                             QObject* parent)
    : QObject(parent)
    , m_decoder(decoder)
    , m_safety(safety)
    , m_history(history)
    , m_scanner(decoder, &safety)
{}

int ScanViewModel::scanImageFile(const QString& path)
{
    // expand() checks the path (missing, unreadable) the way the command line does.
    const QList<ImageInput> inputs = ImageInputs::expand({path});
    int found = 0;
    for (const ImageInput& input : inputs)
        found += addFileResult(m_scanner.scan(input));
    return found;
}

int ScanViewModel::scanImage(const QImage& image, const QString& origin, const QString& source)
{
    const FileScanResult scanned = m_scanner.scanImage(origin, image);
    if (!scanned.ok()) {
        setMessage(tr("Could not read the image: %1").arg(scanned.error));
        Q_EMIT errorOccurred(u"image_unreadable"_s);
        return 0;
    }
    QList<ScanResult> results;
    for (const ScannedCode& code : scanned.codes)
        results.append(
            {code.code, code.payload, code.verdict.value_or(Verdict{}), source, origin, std::nullopt});
    if (results.isEmpty())
        setMessage(tr("No QR code found in %1.").arg(origin));
    return add(results);
}

int ScanViewModel::scanText(const QString& text, const QString& source)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        setMessage(tr("There is no text to check."));
        return 0;
    }
    ScanResult result;
    result.code.text = trimmed;
    result.payload = PayloadParser::parse(trimmed);
    result.verdict = m_safety.judge(result.payload);
    result.source = source;
    result.origin = source == u"clipboard"_s ? tr("Clipboard") : tr("Dropped text");
    return add({result});
}

int ScanViewModel::addFileResult(const FileScanResult& result)
{
    const QString name = QFileInfo(result.file).fileName();
    if (!result.ok()) {
        setMessage(tr("Could not read %1: %2").arg(name, result.error));
        Q_EMIT errorOccurred(u"image_unreadable"_s);
        return 0;
    }
    QList<ScanResult> results;
    for (const ScannedCode& code : result.codes)
        results.append(
            {code.code, code.payload, code.verdict.value_or(Verdict{}), u"file"_s, name, std::nullopt});
    if (results.isEmpty())
        setMessage(tr("No QR code found in %1.").arg(name));
    return add(results);
}

int ScanViewModel::addCameraCodes(const QList<DecodedCode>& codes)
{
    return addStreamCodes(codes, u"camera"_s, tr("Camera"));
}

int ScanViewModel::addVideoCodes(const QList<DecodedCode>& codes)
{
    return addStreamCodes(codes, u"video"_s, tr("Video file"));
}

int ScanViewModel::addStreamCodes(const QList<DecodedCode>& codes, const QString& source,
                                  const QString& origin)
{
    QList<ScanResult> results;
    for (const DecodedCode& code : codes) {
        ScanResult result;
        result.code = code;
        result.payload = parseCode(code);
        result.verdict = m_safety.judge(result.payload);
        result.source = source;
        result.origin = origin;
        results.append(result);
    }
    return add(results);
}

Payload ScanViewModel::parseCode(const DecodedCode& code)
{
    return code.binary ? PayloadParser::parseBytes(code.bytes) : PayloadParser::parse(code.text);
}

Verdict ScanViewModel::judge(const DecodedCode& code) const
{
    return m_safety.judge(parseCode(code));
}

void ScanViewModel::clear()
{
    m_results.clear();
    Q_EMIT cleared();
}

int ScanViewModel::add(QList<ScanResult> results)
{
    if (results.isEmpty())
        return 0;
    if (m_history) {
        QList<NewScan> scans;
        for (const ScanResult& result : std::as_const(results))
            scans.append({result.code.text, result.payload, result.verdict, result.source, std::nullopt});
        const SaveResult saved = m_history->save(scans);
        if (!saved.ok) {
            qCWarning(lcViewModels, "scan not saved: %s", qPrintable(saved.error));
            setMessage(tr("The scan could not be saved to the history: %1").arg(saved.error));
            Q_EMIT errorOccurred(u"history_save_failed"_s);
        } else if (saved.offTheRecord) {
            setMessage(tr("Off the record: this scan was not saved."));
        } else {
            for (qsizetype i = 0; i < results.size() && i < saved.ids.size(); ++i)
                results[i].savedId = saved.ids.at(i);
            setMessage(tr("Scanned and saved to the history: %n code(s).", nullptr, int(results.size())));
        }
    } else {
        setMessage(tr("%n code(s) scanned (history unavailable, not saved).", nullptr, int(results.size())));
    }
    for (qsizetype i = results.size() - 1; i >= 0; --i)
        m_results.prepend(results.at(i));
    Q_EMIT resultsAdded(int(results.size()));
    return int(results.size());
}

void ScanViewModel::setMessage(const QString& text)
{
    m_lastMessage = text;
    Q_EMIT message(text);
}

} // namespace SafeScan
