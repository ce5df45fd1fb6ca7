#pragma once

#include "ScanResult.h"
#include "filescan/FileScanner.h"
#include "history/HistoryTypes.h"

#include <QImage>
#include <QObject>

#include <memory>

namespace SafeScan {

class HistoryStore;
class QrDecoder;
class SafetyEngine;
class StoreExecutor;
class StoreReply;

// What the Scan view shows: the codes scanned from images, pasted text or the camera, each parsed
// and judged, newest first. Decoding and judging run on the UI thread (a single image takes
// milliseconds); every new batch of codes is then saved to the history through HistoryStore (which
// stores nothing off the record) on the StoreExecutor's thread, so the results show at once and
// their history ids follow (resultSaved()). Saves run in the order made; the executor finishes the
// queued ones when it shuts down, so closing the window loses none.
class ScanViewModel : public QObject
{
    Q_OBJECT
public:
    // `history` and `executor` may be null (nothing is saved, e.g. when the store could not be
    // opened); saving needs both. Both must outlive the model.
    ScanViewModel(const QrDecoder& decoder, const SafetyEngine& safety, HistoryStore* history = nullptr,
                  StoreExecutor* executor = nullptr, QObject* parent = nullptr);
    ~ScanViewModel() override;

    const QList<ScanResult>& results() const { return m_results; }
    QString lastMessage() const { return m_lastMessage; }
    // Batches sent to the store whose answer has not come back yet.
    int pendingSaves() const { return m_pendingSaves; }

    // Each returns how many codes were found (0 with a message when none, or on error).
    int scanImageFile(const QString& path);
    int scanImage(const QImage& image, const QString& origin, const QString& source);
    // Pasted or dropped text is judged as the content of a code would be.
    int scanText(const QString& text, const QString& source);
    // A file scan's codes (also used by the folder scan); saved as source "file".
    int addFileResult(const FileScanResult& result);
    // Codes the camera pipeline counted as new scans.
    int addCameraCodes(const QList<DecodedCode>& codes);
    // Codes a video file's pipeline counted as new scans; saved as source "video".
    int addVideoCodes(const QList<DecodedCode>& codes);

    void clear();

    // Parses and judges a code without keeping or saving it (the camera's overlay badges).
    Verdict judge(const DecodedCode& code) const;
    static Payload parseCode(const DecodedCode& code);

Q_SIGNALS:
    // `count` results were put at the front of results() (their history ids follow).
    void resultsAdded(int count);
    // The result now at `row` of results() was stored in the history as scan `id`.
    void resultSaved(int row, qint64 id);
    // A batch's save came back: stored (`ids` empty off the record) or failed (see message()).
    void saveFinished(bool ok, const QList<qint64>& ids);
    void cleared();
    // A sentence for the status line: nothing found, an unreadable file, saving failed, ...
    void message(const QString& text);
    // A failure by its kind only (for analytics): "image_unreadable", "history_save_failed".
    void errorOccurred(const QString& errorClass);

private:
    int add(QList<ScanResult> results);
    // The store's answer for the results numbered `first` .. `first + count - 1`.
    void onSaved(quint64 first, int count, const SaveResult& saved);
    int addStreamCodes(const QList<DecodedCode>& codes, const QString& source, const QString& origin);
    void setMessage(const QString& text);

    const QrDecoder& m_decoder;
    const SafetyEngine& m_safety;
    HistoryStore* m_history;
    FileScanner m_scanner;
    std::unique_ptr<StoreReply> m_reply; // null without history
    QList<ScanResult> m_results;
    quint64 m_added = 0; // results ever added, numbered in the order they came
    int m_pendingSaves = 0;
    QString m_lastMessage;
};

} // namespace SafeScan
