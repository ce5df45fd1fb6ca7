#pragma once

#include "ScanResult.h"
#include "filescan/FileScanner.h"

#include <QImage>
#include <QObject>

namespace SafeScan {

class HistoryStore;
class QrDecoder;
class SafetyEngine;

// What the Scan view shows: the codes scanned from images, pasted text or the camera, each parsed
// and judged, newest first. Every new code is saved to the history through HistoryStore (which
// stores nothing off the record). Runs on the UI thread; a single image takes milliseconds.
class ScanViewModel : public QObject
{
    Q_OBJECT
public:
    // `history` may be null (nothing is saved, e.g. when the store could not be opened).
    ScanViewModel(const QrDecoder& decoder, const SafetyEngine& safety, HistoryStore* history,
                  QObject* parent = nullptr);

    const QList<ScanResult>& results() const { return m_results; }
    QString lastMessage() const { return m_lastMessage; }

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
    // `count` results were put at the front of results().
    void resultsAdded(int count);
    void cleared();
    // A sentence for the status line: nothing found, an unreadable file, saving failed, ...
    void message(const QString& text);
    // A failure by its kind only (for analytics): "image_unreadable", "history_save_failed".
    void errorOccurred(const QString& errorClass);

private:
    int add(QList<ScanResult> results);
    int addStreamCodes(const QList<DecodedCode>& codes, const QString& source, const QString& origin);
    void setMessage(const QString& text);

    const QrDecoder& m_decoder;
    const SafetyEngine& m_safety;
    HistoryStore* m_history;
    FileScanner m_scanner;
    QList<ScanResult> m_results;
    QString m_lastMessage;
};

} // namespace SafeScan
