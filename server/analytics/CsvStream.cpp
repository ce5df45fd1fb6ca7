#include "CsvStream.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace SafeScan {

CsvStream::CsvStream(QHttpServerResponder&& responder, const QByteArray& fileName)
    : m_responder(std::move(responder))
{
    m_responder.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
    m_responder.writeHeader("Content-Type", "text/csv; charset=utf-8");
    m_responder.writeHeader("Content-Disposition", "attachment; filename=\"" + fileName + '"');
    m_responder.writeHeader("Transfer-Encoding", "chunked");
    m_responder.writeHeader("Cache-Control", "no-store");
    m_buffer.reserve(ChunkBytes + 1024);
}

CsvStream::~CsvStream()
{
    finish();
}

QString CsvStream::field(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

void CsvStream::writeRow(const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_buffer += ',';
        m_buffer += field(fields.at(i)).toUtf8();
    }
    m_buffer += "\r\n";
    if (m_buffer.size() >= ChunkBytes)
        sendChunk();
}

void CsvStream::sendChunk()
{
    if (m_buffer.isEmpty())
        return;
    m_responder.writeBody(QByteArray::number(m_buffer.size(), 16) + "\r\n" + m_buffer + "\r\n");
    m_buffer.clear();
    // Hand what the kernel takes to it now, so a long answer does not pile up in memory.
    if (QTcpSocket* socket = m_responder.socket())
        socket->flush();
}

void CsvStream::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    sendChunk();
    m_responder.writeBody(QByteArrayLiteral("0\r\n\r\n"));
}

} // namespace SafeScan
