#pragma once

#include <QString>

namespace Headroom {

// Where a catalog value comes from. Every number in the catalog carries one, so every
// figure Headroom shows can be traced back to a source and a date.
struct Provenance
{
    QString source;        // URL or citation
    QString asOf;          // ISO date or month the value was read or published
    QString estimatedFrom; // non-empty when the value is assumed from a named predecessor

    [[nodiscard]] bool isComplete() const noexcept { return !source.isEmpty() && !asOf.isEmpty(); }
    [[nodiscard]] bool isEstimated() const noexcept { return !estimatedFrom.isEmpty(); }
};

} // namespace Headroom
