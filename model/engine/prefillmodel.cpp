// Prompt processing (prefill) in llama.cpp, from each backend's physics.
#include "prefillmodel.h"

#include <algorithm>
#include <cmath>

namespace Headroom::Prefill {

Path pathOf(const QString &formatName) noexcept
{
    const bool floating = formatName.compare(QLatin1String("F16"), Qt::CaseInsensitive) == 0 ||
                          formatName.compare(QLatin1String("BF16"), Qt::CaseInsensitive) == 0 ||
                          formatName.compare(QLatin1String("F32"), Qt::CaseInsensitive) == 0;
    return floating ? Path::Float : Path::Quantized;
}

namespace {
QString runtimeOf(const QString &backend)
{
    const QString b = backend.toLower();
    if (b == QLatin1String("rocm") || b == QLatin1String("hip"))
        return QStringLiteral("rocm");
    if (b == QLatin1String("cuda") || b == QLatin1String("metal") || b == QLatin1String("sycl"))
        return b;
    return QStringLiteral("vulkan"); // Vulkan, and OpenCL's few rows with it
}
} // namespace

QString classOf(const QString &backend, Path path)
{
    const QString runtime = runtimeOf(backend);
    if (runtime == QLatin1String("metal") || runtime == QLatin1String("sycl"))
        return runtime;
    return runtime + (path == Path::Float ? QStringLiteral("-f") : QStringLiteral("-q"));
}

std::optional<double> matrixRate(const QString &backend, Path path, std::optional<double> fp16Flops,
                                 std::optional<double> int8Ops) noexcept
{
    if (path == Path::Quantized && int8Ops && runtimeOf(backend) != QLatin1String("metal"))
        return int8Ops;
    return fp16Flops;
}

double seconds(const PrefillCalibration &c, const Work &w) noexcept
{
    if (!(w.matrixRate > 0) || !(w.bandwidth > 0) || !(w.promptTokens > 0))
        return 0.0;
    const double p = w.promptTokens;
    const double u = std::max(1.0, std::min(double(std::max(1, w.ubatch)), p));
    const double batches = std::ceil(p / u);
    const int devices = std::max(1, w.devices);
    const int sharing = w.tensorParallel ? devices : 1; // devices that split each multiply

    double share = 1.0;
    if (w.moe) {
        const double perExpert = u * std::clamp(w.routedShare, 1e-4, 1.0);
        share = perExpert / (perExpert + c.moeHalfTokens);
    }
    // A prompt token attends to the prefix and, on average, half the prompt before it.
    const double reach = w.depthTokens + p / 2.0;
    const double attention = c.attention * kAttentionFlopsPerKvElement *
                             (w.kvElementsPerToken * reach + w.windowedKvElements * std::min(reach, w.window));
    const double compute = p * (w.matmulFlopsPerToken + attention) / (w.matrixRate * sharing * c.efficiency * share);
    const double perBatch = w.weightBytes / (w.bandwidth * sharing * kWeightReadShare) + w.layers * c.layerSeconds;
    double total = compute + batches * perBatch;
    // Layers split over devices take turns, but successive micro-batches pipeline through them.
    if (!w.tensorParallel && devices > 1)
        total /= devices * batches / (batches + devices - 1.0);
    return total;
}

} // namespace Headroom::Prefill
