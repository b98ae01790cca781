// What would change a verdict: the smallest single change that makes a pair fit or run.
#pragma once

#include "calibration.h"
#include "estimate.h"
#include "hardwarespec.h"
#include "modelspec.h"
#include "scenario.h"

#include <QList>

// What would change the verdict: the smallest single change to the scenario that makes a pair
// fit (or fit comfortably, when it is tight), each with the estimate it would give. The panel
// shows these, and a speed for a pair that does not fit only ever comes with its fix.
namespace Headroom::Fixes {

enum class Kind {
    SupportedFormat, // a weights format the backend runs
    ModelContext,    // the context down to the model's maximum
    QuantizedKv,     // q8_0 KV cache instead of f16/bf16
    ShorterContext,  // the largest context that reaches the goal
    MoreGpus,        // the smallest device count that reaches the goal
    SmallerWeights,  // the first smaller weights format that reaches the goal
    CpuOffload,      // the weights that do not fit kept in the host's RAM (slow, but it runs)
};

struct Fix
{
    Kind kind;
    Scenario scenario; // the scenario with the one change applied
    Estimate estimate; // what the engine says then
};

// Changes that reach the next verdict up: from no-fit (or worse) to fitting, from tight to
// comfortable. Empty when the pair is comfortable or nothing single-handed helps.
[[nodiscard]] QList<Fix> suggest(const ModelSpec &model, const HardwareSpec &hardware, const Scenario &scenario,
                                 const DecodeCalibration &calibration, const HostSpec *host, const Estimate &current);

// "with q8_0 KV cache", "with 2 GPUs", … (translated).
[[nodiscard]] QString describe(const Fix &fix);

} // namespace Headroom::Fixes
