// The prompt-processing validation of the embedded measurements, computed once per process on a
// thread of its own (it refits the model once per publisher: seconds, not a frame).
#pragma once

#include "prefillfit.h"

#include <QFuture>

namespace Headroom {

// The held-out validation of the built-in prompt-processing rows (what `headroom validate` prints):
// started on first call, finished later; every caller gets the same future.
[[nodiscard]] QFuture<Prefill::Validation> embeddedPrefillValidation();

} // namespace Headroom
