// The font families text is drawn with, Chinese included.
#pragma once

#include <QFont>
#include <QStringList>

namespace Headroom::Fonts {

// The font families text is drawn with, in order of preference, for the current default
// locale. Chinese asks for the Simplified Chinese face by name: the Noto CJK collection's first
// face is the Japanese one, whose Han glyphs differ from the mainland forms, and fontconfig's
// own fallback picks by the system language, not by the interface language.
[[nodiscard]] QStringList families();
// The font of exported figures and reports, whatever the window's font is.
[[nodiscard]] QFont paper(int pixelSize);
// Gives the application font the families above after the platform's own. Call after the
// default locale changes; needs a QGuiApplication.
void applyToApplication();

} // namespace Headroom::Fonts
