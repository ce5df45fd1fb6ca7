#include "LineReader.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

LineReader::LineReader(QIODevice& device, qsizetype maxLineLength)
    : m_device(device)
    , m_maxLineLength(std::max<qsizetype>(maxLineLength, 16))
    , m_total(device.isSequential() ? -1 : device.size() - device.pos())
{}

void LineReader::setProgress(Progress progress, qint64 everyBytes)
{
    m_progress = std::move(progress);
    m_reportEvery = std::max<qint64>(everyBytes, 1);
}

qint64 LineReader::readChunk(qsizetype offset)
{
    // readLine() stops after '\n' and reads at most size - 1 bytes (it writes a terminating 0).
    m_line.resize(offset + m_maxLineLength + 2);
    const qint64 n = m_device.readLine(m_line.data() + offset, m_maxLineLength + 2);
    if (n > 0)
        m_bytesRead += n;
    return n;
}

bool LineReader::next()
{
    if (m_atEnd)
        return false;
    m_overlong = false;
    const qint64 n = readChunk(0);
    if (n <= 0) {
        m_atEnd = true;
        m_line.clear();
        if (n < 0 && !m_device.atEnd() && m_device.isOpen())
            m_error = m_device.errorString();
        return false;
    }
    bool complete = m_line.at(n - 1) == '\n';
    m_line.truncate(complete ? n - 1 : n);
    if (!complete && n > m_maxLineLength) {
        // Overlong: keep the first part, skip the rest of the line.
        m_overlong = true;
        m_line.truncate(m_maxLineLength);
        const qsizetype keep = m_line.size();
        while (!complete) {
            const qint64 more = readChunk(keep);
            if (more <= 0)
                break;
            complete = m_line.at(keep + more - 1) == '\n';
        }
        m_line.truncate(keep);
    }
    if (m_line.endsWith('\r'))
        m_line.chop(1);
    if (m_lineNumber == 0 && m_line.startsWith("\xEF\xBB\xBF"))
        m_line.remove(0, 3);
    ++m_lineNumber;
    reportProgress();
    return true;
}

void LineReader::reportProgress()
{
    if (m_progress && m_bytesRead - m_lastReported >= m_reportEvery) {
        m_lastReported = m_bytesRead;
        m_progress(m_bytesRead, m_total);
    }
}

void LineReader::finish()
{
    if (m_progress && m_lastReported != m_bytesRead) {
        m_lastReported = m_bytesRead;
        m_progress(m_bytesRead, m_total);
    }
}

} // namespace SafeScan
