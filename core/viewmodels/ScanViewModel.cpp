#include "ScanViewModel.h"

#include "StoreReply.h"
#include "ViewModelsLog.h"
#include "filescan/ImageInputs.h"
#include "history/HistoryStore.h"
#include "payload/PayloadParser.h"
#include "safety/SafetyEngine.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace SafeScan {

ScanViewModel::ScanViewModel(const QrDecoder& decoder, const SafetyEngine& safety, HistoryStore* history,
                             StoreExecutor* executor, QObject* parent)
    : QObject(parent)
    , m_decoder(decoder)
    , m_safety(safety)
    , m_history(executor ? history : nullptr)
    , m_scanner(decoder, &safety)
{
    if (history && !executor)
        qCWarning(lcViewModels, "no store executor: scans are not saved");
    if (m_history)
        m_reply = std::make_unique<StoreReply>(*executor, this);
}

ScanViewModel::~ScanViewModel()
{
    // Saves still queued are stored by the executor; only their answers go nowhere.
    if (m_reply)
        m_reply->detach();
}

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
    const int count = int(results.size());
    const quint64 first = m_added; // results.at(i) is numbered first + i
    m_added += quint64(count);
    if (m_history) {
        QList<NewScan> scans;
        for (const ScanResult& result : std::as_const(results))
            scans.append({result.code.text, result.payload, result.verdict, result.source, std::nullopt});
        HistoryStore* history = m_history;
        ++m_pendingSaves;
        m_reply->run([history, scans] { return history->save(scans); },
                     [this, first, count](const SaveResult& saved) { onSaved(first, count, saved); });
    } else {
        setMessage(tr("%n code(s) scanned (history unavailable, not saved).", nullptr, count));
    }
    for (qsizetype i = results.size() - 1; i >= 0; --i)
        m_results.prepend(results.at(i));
    Q_EMIT resultsAdded(count);
    return count;
}

void ScanViewModel::onSaved(quint64 first, int count, const SaveResult& saved)
{
    --m_pendingSaves;
    if (!saved.ok) {
        qCWarning(lcViewModels, "scan not saved: %s", qPrintable(saved.error));
        setMessage(tr("The scan could not be saved to the history: %1").arg(saved.error));
        Q_EMIT errorOccurred(u"history_save_failed"_s);
    } else if (saved.offTheRecord) {
        setMessage(tr("Off the record: this scan was not saved."));
    } else {
        // The batch's results are in front in their order, behind those added since; cleared
        // results are gone (their row falls past the end).
        const quint64 newer = m_added - first - quint64(count);
        for (int i = 0; i < count && i < saved.ids.size(); ++i) {
            const quint64 row = newer + quint64(i);
            if (row < quint64(m_results.size())) {
                m_results[qsizetype(row)].savedId = saved.ids.at(i);
                Q_EMIT resultSaved(int(row), saved.ids.at(i));
            }
        }
        setMessage(tr("Scanned and saved to the history: %n code(s).", nullptr, count));
    }
    Q_EMIT saveFinished(saved.ok, saved.ids);
}

void ScanViewModel::setMessage(const QString& text)
{
    m_lastMessage = text;
    Q_EMIT message(text);
}

} // namespace SafeScan
