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

QString classOf(const QString &backend, Path path, bool unified)
{
    const QString runtime = runtimeOf(backend);
    if (runtime == QLatin1String("metal") || runtime == QLatin1String("sycl"))
        return runtime;
    return runtime + (unified ? QStringLiteral("-unified") : QString()) +
           (path == Path::Float ? QStringLiteral("-f") : QStringLiteral("-q"));
}

std::optional<double> matrixRate(const QString &backend, Path path, std::optional<double> fp16Flops,
                                 std::optional<double> int8Ops) noexcept
{
    if (path == Path::Quantized && int8Ops && runtimeOf(backend) != QLatin1String("metal"))
        return int8Ops;
    return fp16Flops;
}

PromptTerms promptTerms(const Work &w) noexcept
{
    PromptTerms t;
    const double p = w.promptTokens;
    if (!(p > 0))
        return t;
    const double u = std::max(1.0, std::min(double(std::max(1, w.ubatch)), p));
    t.promptTokens = p;
    t.batches = std::ceil(p / u);
    t.matmulFlops = p * w.matmulFlopsPerToken;
    // A prompt token attends to the prefix and, on average, half the prompt before it.
    const double reach = w.depthTokens + p / 2.0;
    t.attentionFlops = p * kAttentionFlopsPerKvElement *
                       (w.kvElementsPerToken * reach + w.windowedKvElements * std::min(reach, w.window));
    if (w.moe)
        t.inverseTokensPerExpert = 1.0 / (u * std::clamp(w.routedShare, 1e-4, 1.0));
    t.weightBytes = w.weightBytes;
    t.layers = w.layers;
    return t;
}

PathRates pathRates(const PrefillCalibration &c, const Work &w) noexcept
{
    PathRates r;
    const int devices = std::max(1, w.devices);
    const int sharing = w.tensorParallel ? devices : 1; // devices that split each multiply
    if (w.matrixRate > 0 && w.bandwidth > 0 && c.efficiency > 0) {
        r.inverseRate = 1.0 / (w.matrixRate * sharing * c.efficiency);
        r.inverseWeightRead = 1.0 / (w.bandwidth * sharing * kWeightReadShare);
    }
    r.attention = c.attention;
    r.moeHalfTokens = c.moeHalfTokens;
    r.layerSeconds = c.layerSeconds;
    r.pipelineDevices = w.tensorParallel ? 1 : devices;
    r.rangeLow = c.rangeLow;
    r.rangeHigh = c.rangeHigh;
    r.inverseRangeLow = 1.0 / c.rangeLow;
    r.inverseRangeHigh = 1.0 / c.rangeHigh;
    return r;
}

double seconds(const PrefillCalibration &c, const Work &w) noexcept
{
    return seconds(promptTerms(w), pathRates(c, w));
}

} // namespace Headroom::Prefill
