// What the engine accepts: every model, box and scenario checked, the field at fault named.
#include "engine.h"
#include "pairterms.h"

#include "inputlimits.h"

#include <cmath>

namespace Headroom::Engine {

namespace {

bool finitePositive(double value) noexcept
{
    return std::isfinite(value) && value > 0.0;
}

EstimateError fail(const char *field, const QString &message)
{
    return {QString::fromLatin1(field), message};
}

std::optional<EstimateError> outside(const Limits::Limit &limit, double value)
{
    if (std::isfinite(value) && limit.contains(value))
        return std::nullopt;
    return EstimateError{QString::fromLatin1(limit.flag), QStringLiteral("must be %1").arg(Limits::rangeText(limit))};
}

} // namespace

std::optional<EstimateError> validateModelSide(const ModelSpec &model, const Scenario &scenario)
{
    constexpr double kMaxParams = 1e14; // 100 trillion: far beyond any released model
    if (!finitePositive(model.paramsTotal) || model.paramsTotal > kMaxParams)
        return fail("params-total", QStringLiteral("total parameters must be a positive number up to 100,000 billion"));
    if (!finitePositive(model.paramsActive) || model.paramsActive > model.paramsTotal)
        return fail("params-active",
                    QStringLiteral("active parameters must be positive and no more than the total parameters"));
    const AttentionLayout &a = model.attention;
    constexpr int kMaxCount = 100000;
    // Each named as the command line names it; the window is the one bound --help states. Every
    // estimate passes through here: one branch-free pass first, the field named only on a failure.
    const std::pair<const char *, int> counts[] = {
        {"attn-layers", a.fullLayers},  {"kv-heads", a.kvHeads},       {"head-dim", a.headDim},
        {"swa-layers", a.swaLayers},    {"attn-layers", a.mlaLayers},  {"mla-rank", a.mlaRank},
        {"mla-rope-dim", a.mlaRopeDim}, {"attention", a.linearLayers}, {"attention", a.stateHeads},
        {"attention", a.stateHeadDim},  {"attention", a.stateSize},    {"attention", a.compressedEntryDim},
        {"layers", model.layers}};
    bool countsOutside = false;
    for (const auto &count : counts)
        countsOutside |= unsigned(count.second) > unsigned(kMaxCount);
    if (countsOutside) {
        for (const auto &[field, value] : counts) {
            if (value < 0 || value > kMaxCount)
                return fail(field, QStringLiteral("layer, head and dimension counts must be between 0 and 100,000"));
        }
    }
    if (a.swaWindow < 0 || a.swaWindow > Limits::kWindow.max)
        return fail("swa-window",
                    QStringLiteral("the sliding window must be %1").arg(Limits::rangeText(Limits::kWindow)));
    for (const auto &group : a.compressed) {
        if (group.layers < 0 || group.layers > kMaxCount || group.ratio < 1 || group.ratio > kMaxCount)
            return fail("attention",
                        QStringLiteral("compressed-attention groups need 0–100,000 layers and a ratio ≥ 1"));
    }
    if ((a.fullLayers > 0 || a.swaLayers > 0) && (a.kvHeads == 0 || a.headDim == 0))
        return fail("kv-heads", QStringLiteral("attention layers need --kv-heads and --head-dim above zero"));
    if (a.swaLayers > 0 && a.swaWindow == 0)
        return fail("swa-window", QStringLiteral("sliding-window layers need a window of at least one token"));
    if (a.mlaLayers > 0 && a.mlaRank == 0)
        return fail("mla-rank", QStringLiteral("MLA layers need a latent rank above zero"));

    const std::pair<const Limits::Limit *, double> scenarioValues[] = {{&Limits::kContext, scenario.contextTokens},
                                                                       {&Limits::kPrompt, scenario.promptTokens},
                                                                       {&Limits::kAnswer, scenario.answerTokens},
                                                                       {&Limits::kBatch, double(scenario.batch)}};
    for (const auto &[limit, value] : scenarioValues) {
        if (!(std::isfinite(value) && limit->contains(value)))
            return outside(*limit, value);
    }
    return std::nullopt;
}

// The scenario's device count is checked against the box; the efficiency and format checks come
// next so that the first fault named is the same whichever way the pair is computed.
std::optional<EstimateError> validateBoxSide(const HardwareSpec &hardware, const Scenario &scenario)
{
    if (scenario.gpus != 0) {
        if (auto error = outside(Limits::kGpus, scenario.gpus))
            return error;
        if (scenario.gpus > std::max(hardware.maxGpus, hardware.gpus))
            return fail("gpus", QStringLiteral("%1 holds at most %2 GPU(s), not %3")
                                    .arg(hardware.name)
                                    .arg(std::max(hardware.maxGpus, hardware.gpus))
                                    .arg(scenario.gpus));
    }
    if (scenario.efficiency != 0) {
        if (auto error = outside(Limits::kEfficiency, scenario.efficiency))
            return error;
    }
    if (scenario.quant && (!finitePositive(scenario.quant->bitsPerWeight) || scenario.quant->bitsPerWeight > 32))
        return fail("quant", QStringLiteral("bits per weight must be between 1 and 32"));

    if (!finitePositive(hardware.memoryBytesPerGpu) || hardware.memoryBytesPerGpu > 1e15)
        return fail("memory-gb", QStringLiteral("memory must be a positive size up to 1,000,000 GB"));
    if (!finitePositive(hardware.usableBytesPerGpu) || hardware.usableBytesPerGpu > hardware.memoryBytesPerGpu)
        return fail("usable-gb", QStringLiteral("usable memory must be positive and no more than the memory"));
    if (!finitePositive(hardware.bandwidthBytesPerSecond) || hardware.bandwidthBytesPerSecond > 1e15)
        return fail("bandwidth-gbs", QStringLiteral("memory bandwidth must be a positive number of GB/s"));
    if (hardware.tflops && !finitePositive(*hardware.tflops))
        return fail("tflops", QStringLiteral("TFLOPS must be a positive number, or unknown"));
    return std::nullopt;
}

} // namespace Headroom::Engine
