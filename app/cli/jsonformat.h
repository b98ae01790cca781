// The scripting contract's JSON: flat objects, keys named for their unit, null for unknown.
#pragma once

#include "catalog.h"
#include "estimate.h"
#include "scenario.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace Headroom::Cli {

// The scripting contract: flat objects whose keys name their unit (bytes, tokens, tok_s,
// seconds, usd). Unknown values are JSON null, never 0.
// A known number, or null for an unknown one (never 0).
[[nodiscard]] QJsonValue numberOrNull(const std::optional<double> &value);

// "single", "layer-split", "tensor-parallel".
[[nodiscard]] QString parallelModeKey(SpeedFit::ParallelMode mode);
[[nodiscard]] QJsonObject estimateJson(const ModelSpec &model, const HardwareSpec &hardware, const Scenario &scenario,
                                       const Estimate &estimate);
// A person-readable rendering of the same figures.
[[nodiscard]] QString estimateText(const ModelSpec &model, const HardwareSpec &hardware, const Scenario &scenario,
                                   const Estimate &estimate);

} // namespace Headroom::Cli
