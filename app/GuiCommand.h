#pragma once

namespace SafeScan {

// `safescan` with no command, `safescan gui` or `safescan --data-dir DIR`: the desktop window.
bool isGuiInvocation(int argc, char* argv[]);
// Whether a window can be shown: a display (X11, Wayland) or a platform chosen in QT_QPA_PLATFORM.
// Without one, QApplication would abort; main() prints the usage instead.
bool canShowWindow();
// Runs the window until it is closed. Options: --data-dir DIR, --scan PATH (scan at start, may be
// repeated), --theme system|light|dark (this session only), --screenshots DIR (write a PNG of
// each view into DIR and exit; for scripts/screenshots).
int runGui(int argc, char* argv[]);

} // namespace SafeScan
