// The item roles every Headroom model shares.
#pragma once

#include <Qt>

namespace Headroom {

// Custom roles shared by every Headroom item model: display text is formatted and
// translated; these carry what sorting, charts, delegates and tests need.
enum Role {
    RawValueRole = Qt::UserRole + 1, // the number behind the display text (SI units), or the text
    IdRole,                          // catalog id of the row
    VerdictRole,                     // int(Verdict) for fit cells and verdict rows
    DecodeRole,                      // tokens/s where the pair runs; invalid otherwise
    BetterRole,                      // true on the better of two compared values
    SourceRole,                      // "source (as of date)" behind a catalog value
};

} // namespace Headroom
