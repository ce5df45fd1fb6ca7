#pragma once

#include <QString>

class QApplication;

namespace SafeScan::Theme {

// "system" follows the desktop's palette; "light" and "dark" force one (Fusion style).
inline constexpr char system[] = "system";
inline constexpr char light[] = "light";
inline constexpr char dark[] = "dark";

// Applies the theme named in the settings; unknown names fall back to "system".
void apply(QApplication& app, const QString& theme);
// Whether the palette in use is dark (window colour darker than its text).
bool isDark();

} // namespace SafeScan::Theme
