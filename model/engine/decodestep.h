// One decode step's time and its bandwidth ceiling: the functions the engine and the fit share.
#pragma once

#include "speedfit.h"

#include <algorithm>

namespace Headroom::SpeedFit {

// What a step's time is made of, per byte and per layer, for one box and calibration: worked out
// once per box (a sweep of every pair would otherwise divide by the same bandwidths per pair).
struct StepRates
{
    double denseSecondsPerByte = 0.0; // weights of a dense model
    double moeSecondsPerByte = 0.0;   // weights of a mixture of experts (scattered reads)
    double kvSecondsPerByte = 0.0;
    double hostSecondsPerByte = 0.0; // offloaded weights in the host's RAM (0: none)
    double ceilingSecondsPerByte = 0.0;
    double hostCeilingSecondsPerByte = 0.0;
    double crossingSeconds = 0.0; // one hand-over between GPU and CPU (offloaded layers)
    double perLayerSeconds = 0.0; // the calibration's per-layer cost plus tensor parallel's all-reduces
    double fixedSeconds = 0.0;    // per token, plus the hops between devices taking turns
    double userScale = 1.0;       // measured ÷ predicted from the user's own runs
};

// `efficiency`: the dense share of bandwidth in force (the calibration's, or a user's override).
inline StepRates stepRates(const DecodeCalibration &c, double efficiency, double deviceBandwidth, int devices,
                           ParallelMode mode, double allReduceSeconds, double hostBandwidth) noexcept
{
    StepRates r;
    const double bandwidth = deviceBandwidth * (mode == ParallelMode::TensorParallel ? devices : 1);
    r.denseSecondsPerByte = 1.0 / (bandwidth * std::clamp(efficiency, 0.05, 1.0));
    r.moeSecondsPerByte = 1.0 / (bandwidth * std::clamp(efficiency * c.moeEfficiency, 0.05, 1.0));
    r.kvSecondsPerByte = 1.0 / (bandwidth * std::clamp(c.kvEfficiency, 0.02, 1.0));
    r.ceilingSecondsPerByte = bandwidth > 0 ? 1.0 / bandwidth : 0.0;
    if (hostBandwidth > 0) {
        r.hostSecondsPerByte = 1.0 / (hostBandwidth * std::clamp(c.offload.hostEfficiency, 0.05, 1.0));
        r.hostCeilingSecondsPerByte = 1.0 / hostBandwidth;
    }
    r.crossingSeconds = std::max(0.0, c.offload.crossingSeconds);
    r.perLayerSeconds = c.perLayerSeconds;
    r.fixedSeconds = c.perTokenSeconds;
    if (mode == ParallelMode::LayerSplit)
        r.fixedSeconds += (devices - 1) * c.hopSeconds;
    if (mode == ParallelMode::TensorParallel) // two all-reduces per layer (attention and MLP)
        r.perLayerSeconds += 2.0 * allReduceSeconds;
    r.userScale = std::max(1e-3, c.userScale);
    return r;
}

inline StepRates stepRates(const DecodeCalibration &c, double efficiency, const DecodeWork &w) noexcept
{
    return stepRates(c, efficiency, w.deviceBandwidth, w.devices, w.mode, w.allReduceSeconds, w.hostBandwidth);
}

// The ceiling: every byte at full bandwidth, nothing else.
inline double ceilingSeconds(const StepRates &r, double deviceBytes, double hostBytes) noexcept
{
    return deviceBytes * r.ceilingSecondsPerByte + std::max(0.0, hostBytes) * r.hostCeilingSecondsPerByte;
}

// Seconds per decode step: the weights and the KV cache at their shares of bandwidth, the layers'
// fixed costs, the hand-overs to the host's part (`crossings` of them), the extra sequences'
// multiplies (`computeSeconds`), then the user's own scale; never below the ceiling.
inline double stepSeconds(const StepRates &r, double deviceBytes, double kvBytes, double hostBytes, int layers,
                          bool moe, int crossings = 0, double computeSeconds = 0.0) noexcept
{
    const double weightBytes = std::max(0.0, deviceBytes - kvBytes);
    double seconds = weightBytes * (moe ? r.moeSecondsPerByte : r.denseSecondsPerByte) + kvBytes * r.kvSecondsPerByte +
                     layers * r.perLayerSeconds + r.fixedSeconds;
    seconds +=
        std::max(0.0, hostBytes) * r.hostSecondsPerByte + crossings * r.crossingSeconds + std::max(0.0, computeSeconds);
    seconds /= r.userScale;
    return std::max(seconds, ceilingSeconds(r, deviceBytes, hostBytes));
}

inline double decodeSeconds(const DecodeCalibration &c, double efficiency, const DecodeWork &w) noexcept
{
    return stepSeconds(stepRates(c, efficiency, w), w.deviceBytes, w.kvBytes, w.hostBytes, w.layers, w.moe);
}

inline double decodeSeconds(const DecodeCalibration &c, const DecodeWork &w) noexcept
{
    return decodeSeconds(c, c.efficiency, w);
}

} // namespace Headroom::SpeedFit
