#pragma once

#include <QString>

namespace SafeScan {

// A one-line progress display on stderr, shown only when stderr is a terminal (a person is
// watching) and cleared when done.
class TerminalProgress
{
public:
    TerminalProgress();
    ~TerminalProgress();
    TerminalProgress(const TerminalProgress&) = delete;
    TerminalProgress& operator=(const TerminalProgress&) = delete;

    bool enabled() const { return m_enabled; }
    void show(const QString& line);

private:
    bool m_enabled;
    bool m_shown = false;
};

} // namespace SafeScan
