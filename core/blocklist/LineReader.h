#pragma once

#include <QByteArray>
#include <QIODevice>

#include <functional>

namespace SafeScan {

// Reads a QIODevice line by line without ever holding more than one (bounded) line: LF or CRLF
// line breaks, a UTF-8 byte order mark at the start dropped, a missing final line break fine. A
// line longer than the limit is cut there and the rest of it skipped (overlong() says so), so
// binary data without line breaks cannot exhaust memory.
class LineReader
{
public:
    // Called with bytes read so far and the total size (-1 when the device cannot tell).
    using Progress = std::function<void(qint64 bytesRead, qint64 totalBytes)>;

    explicit LineReader(QIODevice& device, qsizetype maxLineLength = 64 * 1024);

    void setProgress(Progress progress, qint64 everyBytes = 256 * 1024);

    // Reads the next line; false at the end of the input or on a read error.
    bool next();
    // The current line, without its line break.
    const QByteArray& line() const { return m_line; }
    // 1-based number of the current line.
    qint64 lineNumber() const { return m_lineNumber; }
    bool overlong() const { return m_overlong; }
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const { return m_total; }
    // Set when reading stopped on a device error rather than at the end.
    QString errorString() const { return m_error; }
    // Reports the final position to the progress callback.
    void finish();

private:
    qint64 readChunk(qsizetype offset);
    void reportProgress();

    QIODevice& m_device;
    const qsizetype m_maxLineLength;
    QByteArray m_line;
    qint64 m_lineNumber = 0;
    qint64 m_bytesRead = 0;
    qint64 m_total = -1;
    qint64 m_lastReported = -1;
    qint64 m_reportEvery = 0;
    Progress m_progress;
    QString m_error;
    bool m_overlong = false;
    bool m_atEnd = false;
};

} // namespace SafeScan
