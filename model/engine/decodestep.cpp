// One decode step's time and its bandwidth ceiling: the function the engine and the fit share.
#include "speedfit.h"

#include <algorithm>

namespace Headroom::SpeedFit {

double ceilingSeconds(const DecodeWork &w) noexcept
{
    const double bandwidth = w.deviceBandwidth * (w.mode == ParallelMode::TensorParallel ? w.devices : 1);
    double seconds = bandwidth > 0 ? w.deviceBytes / bandwidth : 0.0;
    if (w.hostBytes > 0 && w.hostBandwidth > 0)
        seconds += w.hostBytes / w.hostBandwidth;
    return seconds;
}

double decodeSeconds(const DecodeCalibration &c, const DecodeWork &w) noexcept
{
    const double efficiency = std::clamp(c.efficiency * (w.moe ? c.moeEfficiency : 1.0), 0.05, 1.0);
    const double bandwidth = w.deviceBandwidth * (w.mode == ParallelMode::TensorParallel ? w.devices : 1);
    const double weightBytes = std::max(0.0, w.deviceBytes - w.kvBytes);
    double seconds = weightBytes / (bandwidth * efficiency) +
                     w.kvBytes / (bandwidth * std::clamp(c.kvEfficiency, 0.02, 1.0)) + w.layers * c.perLayerSeconds +
                     c.perTokenSeconds;
    if (w.hostBytes > 0 && w.hostBandwidth > 0)
        seconds += w.hostBytes / (w.hostBandwidth * kHostEfficiency);
    if (w.mode == ParallelMode::LayerSplit)
        seconds += (w.devices - 1) * c.hopSeconds;
    if (w.mode == ParallelMode::TensorParallel) // two all-reduces per layer (attention and MLP)
        seconds += 2.0 * w.layers * w.allReduceSeconds;
    // The user's own runs scale the time (measured ÷ predicted); nothing beats the ceiling.
    seconds /= std::max(1e-3, c.userScale);
    return std::max(seconds, ceilingSeconds(w));
}

DecodeWork workOf(const SpeedMeasurement &m) noexcept
{
    DecodeWork w;
    w.kvBytes = m.kvBytesPerToken * m.depthTokens;
    // Where the file's make-up is known (experts and the rest at different precisions), its bytes;
    // else the active share of the file.
    w.deviceBytes = m.activeBytes.value_or(m.fileBytes * (m.paramsActive / m.paramsTotal)) + w.kvBytes;
    w.deviceBandwidth = m.bandwidth;
    w.devices = m.devices;
    w.mode = m.devices > 1
                 ? (m.split == QLatin1String("tensor") ? ParallelMode::TensorParallel : ParallelMode::LayerSplit)
                 : ParallelMode::Single;
    w.layers = m.layers;
    w.moe = m.isMoe();
    return w;
}


} // namespace Headroom::SpeedFit
