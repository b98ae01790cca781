// The readers of one catalog entry each (a model, a box, a host, an API or rental offer), shared by
// the catalog reader's two files. Internal to headroom_catalog.
#pragma once

#include "catalog.h"
#include "jsonreader.h"

namespace Headroom::CatalogEntries {

inline constexpr int kMaxCount = 100000;
inline constexpr double kMaxParamsB = 100000.0; // 100 T parameters
inline constexpr double kMaxPriceUsd = 1e8;
inline constexpr double kMaxGiB = 65536;

// A group's "source", "as_of" and "grade".
[[nodiscard]] Provenance readProvenance(const JsonReader &group);
// `key`'s "text" with its provenance; an absent optional group is an empty string.
[[nodiscard]] QString readSourcedText(const JsonReader &parent, const char *key, Provenance *provenance,
                                      bool required = true);
[[nodiscard]] ModelSpec readModel(const JsonReader &r);
[[nodiscard]] HardwareSpec readBox(const JsonReader &r);
[[nodiscard]] HostSpec readHost(const JsonReader &r);
[[nodiscard]] ApiOffer readApiOffer(const JsonReader &r);
[[nodiscard]] RentalOffer readRental(const JsonReader &r);

} // namespace Headroom::CatalogEntries
