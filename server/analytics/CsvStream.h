#pragma once

#include <QByteArray>
#include <QHttpServerResponder>
#include <QStringList>

namespace SafeScan {

// A text/csv answer written as it is produced: HTTP/1.1 chunked transfer encoding straight onto
// the responder's socket (QHttpServerResponder in Qt 6.4 has no chunked writer of its own; its
// QIODevice overload sends no length and no chunking, so the client could not see the end). Rows
// are buffered up to ChunkBytes, then sent as one chunk; there is no row cap.
class CsvStream
{
public:
    static constexpr qsizetype ChunkBytes = 32 * 1024;

    // Writes the status line and headers (attachment `fileName`).
    CsvStream(QHttpServerResponder&& responder, const QByteArray& fileName);
    ~CsvStream();
    CsvStream(const CsvStream&) = delete;
    CsvStream& operator=(const CsvStream&) = delete;

    void writeRow(const QStringList& fields);
    // The last chunk and the end of the body (also done by the destructor).
    void finish();

    // One CSV field: quoted when it holds a comma, quote or line break (RFC 4180).
    static QString field(const QString& text);

private:
    void sendChunk();

    QHttpServerResponder m_responder;
    QByteArray m_buffer;
    bool m_finished = false;
};

} // namespace SafeScan
