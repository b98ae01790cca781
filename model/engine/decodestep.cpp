// A published measurement as the decode step it describes.
#include "speedfit.h"

#include <algorithm>

namespace Headroom::SpeedFit {

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
