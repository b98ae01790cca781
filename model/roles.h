#pragma once

#include <Qt>

namespace Headroom {

// Custom roles shared by every Headroom item model: display text is formatted and
// translated; these carry what sorting, charts and tests need.
enum Role {
    RawValueRole = Qt::UserRole + 1, // the number behind the display text (SI units), or the text
    IdRole,                          // catalog id of the row
    VerdictRole,                     // int(Verdict) for fit cells
    DecodeRole,                      // tokens/s for fit cells
};

} // namespace Headroom
