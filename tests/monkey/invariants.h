// What must hold after every step, whatever the monkey did.
#pragma once

#include <QStringList>

namespace Headroom {
class MainWindow;
}

namespace Monkey {

// Each broken invariant as one line of text; empty when the window is sound:
// - the session's selection and both compared sides name entries the catalog has;
// - every view that shows a current cell or row shows the session's pair (matrix, both lists),
//   and the panel's title names that pair;
// - no list, matrix header or compare combo shows an id the catalog no longer has;
// - no text on screen reads NaN or infinity, or a negative amount of memory.
[[nodiscard]] QStringList brokenInvariants(const Headroom::MainWindow &window);

} // namespace Monkey
