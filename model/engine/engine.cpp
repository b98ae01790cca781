// The sizing engine: memory, verdict, decode and prefill for one model on one box.
#include "engine.h"

#include "inputlimits.h"
#include "speedfit.h"

#include <algorithm>
#include <cmath>

namespace Headroom::Engine {

namespace {

// Per-token growth (bytes) of one sequence's cache, split by whether it is capped by a window.
struct KvGrowth
{
    double unbounded = 0.0; // full, MLA and compressed layers (compressed already divided by ratio)
    double windowed = 0.0;  // sliding-window layers, up to `window` tokens
    double window = 0.0;
};

KvGrowth kvGrowth(const AttentionLayout &a, KvType type) noexcept
{
    const double element = kvElementBytes(type);
    KvGrowth g;
    g.unbounded = 2.0 * a.fullLayers * a.kvHeads * a.headDim * element +
                  double(a.mlaLayers) * (a.mlaRank + a.mlaRopeDim) * element;
    for (const auto &group : a.compressed)
        g.unbounded += double(group.layers) * a.compressedEntryDim * element / std::max(1, group.ratio);
    g.windowed = 2.0 * a.swaLayers * a.kvHeads * a.headDim * element;
    g.window = a.swaWindow;
    return g;
}

double contextCap(const ModelSpec &model, const Scenario &scenario) noexcept
{
    const int limit = model.contextLimit(scenario.extendedContext);
    return limit > 0 ? double(limit) : Scenario::kMaxContextTokens;
}

struct MemoryTerms
{
    double fixed = 0.0;    // bytes that do not depend on context
    double perToken = 0.0; // bytes per context token beyond any window
    double windowed = 0.0; // extra bytes per token while context <= window
    double window = 0.0;

    [[nodiscard]] double at(double context) const noexcept
    {
        return fixed + perToken * context + windowed * std::min(context, window);
    }
    // Largest context whose memory fits `budget`; the cost is piecewise linear in context.
    [[nodiscard]] double largestContextWithin(double budget) const noexcept
    {
        if (budget < fixed)
            return 0.0;
        const double firstSlope = perToken + windowed;
        if (firstSlope <= 0.0)
            return Scenario::kMaxContextTokens;
        const double inFirst = (budget - fixed) / firstSlope;
        if (inFirst <= window)
            return inFirst;
        if (perToken <= 0.0)
            return Scenario::kMaxContextTokens;
        return window + (budget - at(window)) / perToken;
    }
};

// The memory cost of a scenario on `devices` devices, from terms computed once per estimate.
MemoryTerms memoryTerms(double weights, double statePerSequence, const KvGrowth &growth, const Scenario &scenario,
                        int devices) noexcept
{
    MemoryTerms t;
    t.fixed =
        weights + scenario.batch * statePerSequence + devices * (kRuntimeBytesPerDevice + kComputeBufferBytesPerDevice);
    t.perToken = scenario.batch * (growth.unbounded + kScratchBytesPerContextToken);
    t.windowed = scenario.batch * growth.windowed;
    t.window = growth.window;
    return t;
}

// The contract's precedence: the first verdict that applies wins.
Verdict verdictFor(bool formatRuns, bool withinContext, double headroom, double margin) noexcept
{
    if (!formatRuns)
        return Verdict::UnsupportedFormat;
    if (!withinContext)
        return Verdict::ExceedsModelContext;
    if (headroom < 0.0)
        return Verdict::NoFit;
    return headroom >= margin ? Verdict::Comfortable : Verdict::Tight;
}

// The weights a step reads: the dense part (attention, shared experts, the output head; the
// embedding table is resident but a token reads one row of it) and the routed experts, of which
// each token reads k of E per layer.
struct MoeSplit
{
    double denseReadBytes = 0.0; // what every token reads of the dense part
    double expertBytes = 0.0;    // all routed experts
    double perToken = 0.0;       // k / E

    // Expected share of the routed experts a step of `batch` sequences touches: 1 − (1 − k/E)^B.
    [[nodiscard]] double distinctShare(int batch) const noexcept
    {
        if (expertBytes <= 0)
            return 0.0;
        // One sequence reads k of E; pow() is a third of an estimate's time, so only for batches.
        return batch <= 1 ? perToken : 1.0 - std::pow(1.0 - perToken, batch);
    }
};

// The routed experts carry the weights format; whatever else the file holds is the dense part.
// For a uniform file that is the same bits per weight; for a release that keeps the experts in
// MXFP4 and the rest in BF16 (gpt-oss), its known file size puts the extra bytes where they are.
MoeSplit moeSplit(const ModelSpec &model, double weights, double bitsPerWeight) noexcept
{
    MoeSplit split;
    if (!model.isMoe()) {
        split.denseReadBytes = weights;
        return split;
    }
    if (model.experts > 0 && model.expertsActive > 0 && model.expertsActive < model.experts) {
        // total = dense + experts; active = dense read + experts × k/E, solved for the two parts.
        split.perToken = double(model.expertsActive) / model.experts;
        const double expertParams =
            std::clamp((model.paramsTotal - model.paramsActive) / (1.0 - split.perToken), 0.0, model.paramsTotal);
        const double denseParams = model.paramsTotal - expertParams;
        const double activeDenseParams = std::max(0.0, model.paramsActive - expertParams * split.perToken);
        split.expertBytes = std::min(weights, expertParams * bitsPerWeight / 8.0);
        const double denseBytes = weights - split.expertBytes;
        split.denseReadBytes = denseParams > 0 ? denseBytes * std::min(1.0, activeDenseParams / denseParams) : 0.0;
        return split;
    }
    // No expert counts: the active share as if experts were drawn independently per sequence.
    split.perToken = model.paramsActive / model.paramsTotal;
    split.expertBytes = weights;
    return split;
}

// What a host can lend to offloaded weights: its RAM less what the system and programs keep.
double hostUsableBytes(const HostSpec &host) noexcept
{
    return std::max(0.0, host.ramBytes - std::max(kHostReservedBytes, 0.15 * host.ramBytes));
}

SpeedFit::ParallelMode parallelModeFor(const HardwareSpec &hardware, const Scenario &scenario, int devices) noexcept
{
    if (devices <= 1)
        return SpeedFit::ParallelMode::Single;
    switch (scenario.parallel) {
    case Scenario::Parallel::LayerSplit: return SpeedFit::ParallelMode::LayerSplit;
    case Scenario::Parallel::TensorParallel: return SpeedFit::ParallelMode::TensorParallel;
    case Scenario::Parallel::Auto: break;
    }
    // Tensor parallel pays an all-reduce per layer: worth it over NVLink, not over PCIe, where
    // llama.cpp's default layer split is what people run.
    return hardware.interconnect == Interconnect::NVLink || hardware.interconnect == Interconnect::NVSwitch
               ? SpeedFit::ParallelMode::TensorParallel
               : SpeedFit::ParallelMode::LayerSplit;
}

// One small all-reduce's latency over the link (NCCL-class figures, recalled; see the README).
double allReduceSeconds(Interconnect link) noexcept
{
    switch (link) {
    case Interconnect::NVSwitch: return 8e-6;
    case Interconnect::NVLink: return 10e-6;
    case Interconnect::PCIe: return 30e-6;
    case Interconnect::Network: return 60e-6;
    case Interconnect::None: break;
    }
    return 30e-6;
}

} // namespace

QuantFormat formatFor(const ModelSpec &model, const Scenario &scenario)
{
    return weightsFormatFor(model, scenario);
}

int devicesFor(const HardwareSpec &hardware, const Scenario &scenario) noexcept
{
    return scenario.gpus > 0 ? scenario.gpus : hardware.devices();
}

double weightsBytes(const ModelSpec &model, const QuantFormat &quant) noexcept
{
    if (const auto it = model.knownFiles.constFind(quant.name); it != model.knownFiles.cend())
        return it->bytes;
    return model.paramsTotal * quant.bitsPerWeight / 8.0;
}

double lookupTableBytes(const ModelSpec &model, const QuantFormat &quant) noexcept
{
    // A known file's size is the file as published: it holds the table already.
    if (!model.lookupTable || model.knownFiles.contains(quant.name))
        return 0.0;
    return model.lookupTable->params * quant.bitsPerWeight / 8.0;
}

double activeWeightsBytes(const ModelSpec &model, const QuantFormat &quant) noexcept
{
    if (!(model.paramsTotal > 0.0))
        return 0.0;
    return weightsBytes(model, quant) * (model.paramsActive / model.paramsTotal);
}

double kvCacheBytes(const AttentionLayout &layout, KvType type, double contextTokens) noexcept
{
    const KvGrowth g = kvGrowth(layout, type);
    const double context = std::max(0.0, contextTokens);
    return g.unbounded * context + g.windowed * std::min(context, g.window);
}

double fixedStateBytes(const AttentionLayout &layout) noexcept
{
    return double(layout.linearLayers) * layout.stateHeads * layout.stateHeadDim * layout.stateSize *
           kStateElementBytes;
}

double overheadBytes(double contextTokens, int batch, int devices) noexcept
{
    return devices * (kRuntimeBytesPerDevice + kComputeBufferBytesPerDevice) +
           std::max(0.0, contextTokens) * batch * kScratchBytesPerContextToken;
}

Estimate estimate(const ModelSpec &model, const HardwareSpec &hardware, const Scenario &scenario,
                  const DecodeCalibration &calibration, const HostSpec *host)
{
    Estimate e;
    if (auto error = validate(model, hardware, scenario)) {
        e.error = std::move(error);
        return e;
    }
    const int devices = devicesFor(hardware, scenario);
    e.gpus = devices;
    e.format = formatFor(model, scenario);
    const FormatSupport support = Quantization::support(e.format.name, hardware.backend);
    e.formatProblem = support.reason;
    // Everything below reuses these: one file-size lookup and one pass over the layout.
    const KvGrowth growth = kvGrowth(model.attention, scenario.kvType);
    const double statePerSequence = fixedStateBytes(model.attention);
    e.weightsBytes = weightsBytes(model, e.format);
    e.lookupTableBytes = lookupTableBytes(model, e.format);
    e.activeWeightsBytes = e.weightsBytes * (model.paramsActive / model.paramsTotal);
    const double context = scenario.contextTokens;
    const double kvOneSequence = growth.unbounded * context + growth.windowed * std::min(context, growth.window);
    e.fixedStateBytes = scenario.batch * statePerSequence;
    e.kvCacheBytes = scenario.batch * kvOneSequence;
    e.kvPerTokenBytes = growth.unbounded + (context <= growth.window ? growth.windowed : 0.0);
    e.overheadBytes = overheadBytes(context, scenario.batch, devices);
    e.totalBytes = e.weightsBytes + e.lookupTableBytes + e.kvCacheBytes + e.fixedStateBytes + e.overheadBytes;
    const double residentBytes = e.weightsBytes + e.lookupTableBytes;

    e.usableBytes = hardware.usableBytesPerGpu * devices;
    e.headroomBytes = e.usableBytes - e.totalBytes;
    e.marginBytes = comfortableMarginBytes(e.usableBytes);
    e.contextLimitTokens = model.contextLimit(scenario.extendedContext);
    const double cap = contextCap(model, scenario);
    e.verdict = verdictFor(support.runs, context <= cap, e.headroomBytes, e.marginBytes);
    const MemoryTerms terms = memoryTerms(residentBytes, statePerSequence, growth, scenario, devices);
    e.maxContextTokens = std::floor(std::min(cap, terms.largestContextWithin(e.usableBytes)));

    const int largestCount = std::max({hardware.maxGpus, hardware.gpus, devices});
    for (int n = 1; n <= largestCount; n *= 2) {
        if (memoryTerms(residentBytes, statePerSequence, growth, scenario, n).at(context) <=
            hardware.usableBytesPerGpu * n) {
            e.minGpus = n;
            break;
        }
    }

    // CPU offload (opt-in): the weights that do not fit stay in the host's RAM; the KV cache,
    // state and buffers stay on the GPU. A unified box has no separate RAM to offload to.
    if (e.verdict == Verdict::NoFit && scenario.allowOffload && host && !hardware.isUnified()) {
        const double over = -e.headroomBytes;
        if (over <= residentBytes && over <= hostUsableBytes(*host)) {
            e.offloadedBytes = over;
            e.verdict = Verdict::Offload;
        }
    }
    e.hostRamBytes = host ? std::optional<double>(host->ramBytes) : std::nullopt;

    // Decode: one step reads the weights the batch's tokens route to (a batch of MoE sequences
    // shares the experts they have in common) and every sequence's KV cache and state.
    const MoeSplit moe = moeSplit(model, e.weightsBytes, e.format.bitsPerWeight);
    const double distinctShare = moe.distinctShare(scenario.batch);
    const double weightsRead = moe.denseReadBytes + moe.expertBytes * distinctShare;
    // What one sequence reads: the "active weights" figures show.
    e.activeWeightsBytes = moe.denseReadBytes + moe.expertBytes * moe.perToken;
    double hostRead = 0.0;
    if (e.offloadedBytes > 0) {
        // Experts go to the host first (llama.cpp --n-cpu-moe), then whole layers; each is read
        // there in the share a step reads it.
        const double expertsOut = std::min(e.offloadedBytes, moe.expertBytes);
        const double denseResident = e.weightsBytes - moe.expertBytes;
        const double denseOut = std::min(e.offloadedBytes - expertsOut, denseResident);
        hostRead =
            expertsOut * distinctShare + (denseResident > 0 ? moe.denseReadBytes * denseOut / denseResident : 0.0);
    }
    e.hostBytesPerStep = hostRead;
    SpeedFit::DecodeWork work;
    work.kvBytes = e.kvCacheBytes + e.fixedStateBytes;
    work.deviceBytes = weightsRead - hostRead + work.kvBytes;
    if (model.lookupTable && model.lookupTable->readPerToken) // a table a token streams counts like weights
        work.deviceBytes += e.lookupTableBytes;
    work.hostBytes = hostRead;
    work.hostBandwidth = host ? host->ramBandwidthBytesPerSecond : 0.0;
    work.deviceBandwidth = hardware.bandwidthBytesPerSecond;
    work.devices = devices;
    work.mode = parallelModeFor(hardware, scenario, devices);
    work.allReduceSeconds = allReduceSeconds(hardware.interconnect);
    work.layers = model.layers;
    work.moe = model.isMoe();
    e.parallelMode = work.mode;
    e.bytesPerToken = work.deviceBytes + work.hostBytes;

    // The user's own efficiency replaces the fitted one; otherwise the class's constants are read
    // where they are (a copy per estimate would cost more than the physics).
    std::optional<DecodeCalibration> overridden;
    if (scenario.efficiency > 0) {
        overridden = calibration;
        overridden->efficiency = scenario.efficiency;
    }
    const DecodeCalibration &c = overridden ? *overridden : calibration;
    e.efficiency = c.efficiency;
    e.perLayerSeconds = c.perLayerSeconds;
    e.speedClass = c.speedClass;
    e.measuredCalibration = c.measured;
    e.extrapolated =
        !c.coversBandwidth(hardware.bandwidthBytesPerSecond) || model.paramsActive > 2.0 * c.maxActiveParams ||
        work.mode == SpeedFit::ParallelMode::TensorParallel || e.offloadedBytes > 0 ||
        (work.mode == SpeedFit::ParallelMode::LayerSplit && hardware.interconnect == Interconnect::Network);

    // The ceiling is what the step allows at full bandwidth; it is shown for every pair, a speed
    // only for pairs that run.
    const double ceilingSeconds = SpeedFit::ceilingSeconds(work);
    e.decodeCeilingTokS = 1.0 / ceilingSeconds;
    if (!verdictRuns(e.verdict))
        return e;
    const double seconds = SpeedFit::decodeSeconds(c, work);
    e.decodeTokS = 1.0 / seconds;
    SpeedFit::DecodeWork empty = work;
    empty.deviceBytes -= e.kvCacheBytes;
    empty.kvBytes = e.fixedStateBytes;
    e.decodeEmptyTokS = 1.0 / SpeedFit::decodeSeconds(c, empty);
    e.decodeLowTokS = *e.decodeTokS * std::min(c.rangeLow, 1.0);
    e.decodeHighTokS = std::min(*e.decodeCeilingTokS, *e.decodeTokS * std::max(c.rangeHigh, 1.0));
    e.aggregateTokS = *e.decodeTokS * scenario.batch;

    // Prefill is compute-bound: 2 × active parameters per token, plus attention over the prompt
    // so far, at the share of the box's dense FP16 TFLOPS its runtime reaches. Layers split over
    // devices take turns; tensor parallel shares the work.
    // The rate is known whenever the compute is (capacity needs it for the workload's input even
    // with no prompt in the scenario); the time only for a prompt.
    if (hardware.tflops) {
        const int computing = work.mode == SpeedFit::ParallelMode::TensorParallel ? devices : 1;
        const double kvElementsPerToken = growth.unbounded / kvElementBytes(scenario.kvType);
        const double flopsPerToken =
            2.0 * model.paramsActive + kAttentionFlopsPerKvElement * kvElementsPerToken * (scenario.promptTokens / 2.0);
        const double rate =
            *hardware.tflops * 1e12 * computing * c.prefillUtilization * c.userPromptScale / flopsPerToken;
        e.prefillTokS = rate;
        if (scenario.promptTokens > 0) {
            e.prefillSeconds = scenario.promptTokens / rate;
            e.ttftSeconds = e.prefillSeconds;
        }
    }
    if (scenario.promptTokens <= 0 || e.prefillSeconds)
        e.answerSeconds = e.prefillSeconds.value_or(0.0) + scenario.answerTokens / *e.decodeTokS;
    return e;
}

} // namespace Headroom::Engine
