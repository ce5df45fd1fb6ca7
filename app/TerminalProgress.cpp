#include "TerminalProgress.h"

#include <cstdio>
#include <unistd.h>

namespace SafeScan {

TerminalProgress::TerminalProgress()
    : m_enabled(isatty(fileno(stderr)) != 0)
{}

TerminalProgress::~TerminalProgress()
{
    if (m_shown)
        std::fputs("\r\033[K", stderr);
}

void TerminalProgress::show(const QString& line)
{
    if (!m_enabled)
        return;
    std::fprintf(stderr, "\r\033[K%s", qPrintable(line));
    std::fflush(stderr);
    m_shown = true;
}

} // namespace SafeScan
