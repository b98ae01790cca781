// One line of the measurement files: cells split on commas, double-quoted cells kept whole.
#pragma once

#include <QStringList>

namespace Headroom {

// A CSV line split on commas, with double-quoted cells (a note may hold a comma).
[[nodiscard]] QStringList csvCells(const QString &line);

} // namespace Headroom
