// Merges one catalog over another, entry by entry, and says what it replaced.
#pragma once

#include "catalog.h"

namespace Headroom {

// What merging one catalog over another did, entry by entry, for the import report.
struct MergeReport
{
    QStringList added;    // "box 'my-rig'": new ids
    QStringList replaced; // entries of the same id whose values differ: the incoming one wins
    QStringList same;     // entries identical to what was there
    [[nodiscard]] bool hasConflicts() const noexcept { return !replaced.isEmpty(); }
};

// `over` merged over `base`: an entry with an id `base` has replaces it in place (an override),
// a new one is appended. API offers are keyed by model and provider, rental offers by box and
// provider. Calibrations and as_of come from `base`.
[[nodiscard]] Catalog mergeCatalogs(const Catalog &base, const Catalog &over, MergeReport *report = nullptr);

// Marks every model, box and host of `part` as the user's (`"user": true` in catalog --json).
void markUser(Catalog *part);

// True when two entries say the same thing (every field the catalog format holds).
[[nodiscard]] bool sameEntry(const ModelSpec &a, const ModelSpec &b);
[[nodiscard]] bool sameEntry(const HardwareSpec &a, const HardwareSpec &b);
[[nodiscard]] bool sameEntry(const HostSpec &a, const HostSpec &b);

} // namespace Headroom
