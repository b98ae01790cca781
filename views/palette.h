// Colours, patterns and signs with a meaning, and the dark palette.
#pragma once

#include "verdict.h"

#include <QBrush>
#include <QColor>
#include <QPalette>
#include <QString>

// Colours, patterns and glyphs with a meaning, named once. Verdicts are never told by colour
// alone: each has a word (verdictText), a glyph for tight spaces, and a pattern for print.
namespace Headroom::Palette {

[[nodiscard]] QColor weights();
[[nodiscard]] QColor kvCache();
[[nodiscard]] QColor overhead();
[[nodiscard]] QColor ceilingLine(bool dark);
[[nodiscard]] QColor estimateLine();
[[nodiscard]] QColor selection();
[[nodiscard]] QColor pro(); // SWE-bench Pro, which is never on the Verified axis

[[nodiscard]] QColor verdictColor(Verdict verdict);
// The verdict colour mixed into the palette's base, readable on light and dark themes.
[[nodiscard]] QColor verdictTint(Verdict verdict, const QPalette &palette);
// One character that tells the verdict where a word does not fit (matrix cells, chart points).
[[nodiscard]] QString verdictGlyph(Verdict verdict);
// A fill pattern per verdict so tight and comfortable differ in grey print and for colour-blind eyes.
[[nodiscard]] Qt::BrushStyle verdictPattern(Verdict verdict);

// The application palette: the platform's own, or a dark one whose disabled widgets look disabled.
void apply(bool dark);
[[nodiscard]] bool isDark(const QPalette &palette);

} // namespace Headroom::Palette
