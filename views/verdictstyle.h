#pragma once

#include "estimate.h"

#include <QColor>
#include <QPalette>
#include <QString>

namespace Headroom {

// One colour and one word per verdict, shared by the matrix, the result panel and charts.
// Tints are mixed with the palette's base colour so they stay readable on dark themes.
[[nodiscard]] QColor verdictColor(Verdict verdict);
[[nodiscard]] QColor verdictTint(Verdict verdict, const QPalette &palette);
[[nodiscard]] QString verdictText(Verdict verdict);

} // namespace Headroom
