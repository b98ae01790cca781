#pragma once

#include "catalog.h"
#include "scenario.h"

#include <QString>

// The fit matrix as text for spreadsheets and documents: one row per box, one column per
// model, each cell "verdict · tok/s". A header block states the scenario and units.
namespace Headroom::MatrixExport {

[[nodiscard]] QString csv(const Catalog &catalog, const Scenario &scenario);
[[nodiscard]] QString markdown(const Catalog &catalog, const Scenario &scenario);

// RFC 4180 quoting: fields with commas, quotes or line breaks are quoted, quotes doubled.
[[nodiscard]] QString csvField(const QString &text);

} // namespace Headroom::MatrixExport
