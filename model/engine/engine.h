// The sizing engine: memory, verdict, decode and prefill for one model on one box.
#pragma once

#include "calibration.h"
#include "estimate.h"
#include "hardwarespec.h"
#include "modelspec.h"
#include "scenario.h"

// The sizing engine: pure functions of their arguments, no Qt objects, no I/O.
// Memory counts every parameter (all experts stay resident); decode speed counts the bytes
// one decode step reads (active parameters plus the KV cache at the current context).
namespace Headroom::Engine {

// Mamba / Gated DeltaNet recurrent state is kept in fp32 whatever the KV-cache type.
inline constexpr double kStateElementBytes = 4.0;
// What the operating system and programs keep of a host's RAM when weights are offloaded to it.
inline constexpr double kHostReservedBytes = 8.0 * 1024 * 1024 * 1024;

// The weights format sized for `model`: the scenario's, or the model's default when it says
// "as released".
[[nodiscard]] QuantFormat formatFor(const ModelSpec &model, const Scenario &scenario);
// Devices the scenario puts in the box: its own count when the scenario says "as sold".
[[nodiscard]] int devicesFor(const HardwareSpec &hardware, const Scenario &scenario) noexcept;

[[nodiscard]] double weightsBytes(const ModelSpec &model, const QuantFormat &quant) noexcept;
[[nodiscard]] double activeWeightsBytes(const ModelSpec &model, const QuantFormat &quant) noexcept;

// KV cache of ONE sequence at `contextTokens`, excluding the fixed recurrent state.
[[nodiscard]] double kvCacheBytes(const AttentionLayout &layout, KvType type, double contextTokens) noexcept;
// Fixed recurrent state of ONE sequence (linear attention / Mamba layers).
[[nodiscard]] double fixedStateBytes(const AttentionLayout &layout) noexcept;
// A model's lookup table (n-gram / Engram embedding) at `quant`: resident, beside the weights; 0 when
// the model has none or a known file (which holds it) gives the size.
[[nodiscard]] double lookupTableBytes(const ModelSpec &model, const QuantFormat &quant) noexcept;
// The runtime and compute buffer of every device (buffers.h): `runtimePerDevice` and
// `computePerDevice` fixed, plus the attention mask of every KV cell.
[[nodiscard]] double overheadBytes(double runtimePerDevice, double computePerDevice, double contextTokens, int batch,
                                   int devices) noexcept;

// `host` is the computer a bare card sits in: CPU offload puts weights in its RAM (when the
// scenario allows it). nullptr: no host known, no offload.
[[nodiscard]] Estimate estimate(const ModelSpec &model, const HardwareSpec &hardware, const Scenario &scenario,
                                const DecodeCalibration &calibration, const HostSpec *host = nullptr);

} // namespace Headroom::Engine
