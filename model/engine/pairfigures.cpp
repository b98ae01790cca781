// One pair from its two sides' terms: memory, verdict, decode and prefill, then the words.
#include "engine.h"
#include "pairterms.h"

#include "buffers.h"
#include "decodestep.h"

#include <algorithm>
#include <cmath>

namespace Headroom::Engine {

namespace {

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

// The memory cost of a scenario on `devices` devices, from terms computed once per estimate
// (`weights`: what of them the devices hold; `perDevice`: runtime and compute buffer).
MemoryTerms memoryTerms(double weights, double statePerSequence, const KvGrowth &growth, const Scenario &scenario,
                        int devices, double perDevice) noexcept
{
    MemoryTerms t;
    t.fixed = weights + scenario.batch * statePerSequence + devices * perDevice;
    t.perToken = scenario.batch * (growth.unbounded + Buffers::maskBytesPerCell());
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

// Where the weights go when some sit in the host's RAM, as llama.cpp places them.
struct Placement
{
    bool considered = false; // offload is allowed and the box has a separate host
    bool runs = false;       // the GPU holds what stays and the host what goes
    double hostBytes = 0.0;
    double expertBytes = 0.0;   // of hostBytes, routed experts
    double denseBytes = 0.0;    // of hostBytes, whole layers' other weights
    double denseResident = 0.0; // all weights that are not routed experts
    int expertLayers = 0;       // layers whose experts are in the host
    int crossings = 0;          // hand-overs between GPU and CPU in a step
};

// Automatic placement (llama.cpp --fit) moves only the `over` bytes that do not fit, routed
// experts first (their layers' attention stays on the GPU: two hand-overs a layer), then whole
// layers from the first (one hand-over and back). A count (--n-cpu-moe N, --cpu-moe) moves the
// experts of N layers whatever fits, and what stays must then fit the GPU.
Placement placementFor(const ModelTerms &m, const BoxTerms &b, const Scenario &scenario, double over) noexcept
{
    Placement p;
    p.considered = scenario.allowOffload && b.host && !b.unified;
    if (!p.considered)
        return p;
    const MoeSplit &moe = m.moe;
    const int layers = std::max(1, m.layers);
    p.denseResident = m.residentBytes - moe.expertBytes;
    if (scenario.cpuMoeLayers == Scenario::kAutomaticPlacement) {
        if (over <= 0.0) {
            p.runs = true;
            return p;
        }
        if (over > m.residentBytes || over > b.hostUsableBytes)
            return p;
        p.expertBytes = std::min(over, moe.expertBytes);
        p.denseBytes = std::min(over - p.expertBytes, p.denseResident);
        p.expertLayers =
            moe.expertBytes > 0 ? std::min(layers, int(std::ceil(layers * p.expertBytes / moe.expertBytes - 1e-9))) : 0;
    } else {
        p.expertLayers = moe.expertBytes > 0 ? std::min(scenario.cpuMoeLayers, layers) : 0;
        p.expertBytes = moe.expertBytes * p.expertLayers / layers;
        if (over - p.expertBytes > 0.0 || p.expertBytes > b.hostUsableBytes)
            return p;
    }
    p.runs = true;
    p.hostBytes = p.expertBytes + p.denseBytes;
    p.crossings = 2 * p.expertLayers + (p.denseBytes > 0 ? 2 : 0);
    return p;
}
} // namespace

EstimateFigures figures(const ModelTerms &m, const BoxTerms &b, const Scenario &scenario)
{
    EstimateFigures e;
    if (m.error || b.error)
        return e;
    e.valid = true;
    const int devices = b.devices;
    e.gpus = devices;
    e.formatRuns = (m.formatGaps & b.backendGaps) == 0;
    e.weightsBytes = m.weightsBytes;
    e.lookupTableBytes = m.lookupTableBytes;
    const double context = scenario.contextTokens;
    e.fixedStateBytes = m.fixedStateBytes;
    e.kvCacheBytes = m.kvCacheBytes;
    e.kvPerTokenBytes = m.kvPerTokenBytes;
    e.runtimeBytesPerDevice = b.runtimePerDevice;
    e.computeBytesPerDevice = m.computePerDevice;
    const double perDevice = b.runtimePerDevice + m.computePerDevice;
    e.overheadBytes = overheadBytes(b.runtimePerDevice, m.computePerDevice, context, scenario.batch, devices);
    // On a discrete box llama.cpp keeps the input token table in the host's RAM.
    e.embeddingInRamBytes = b.unified ? 0.0 : m.embeddingInRamBytes;
    e.totalBytes = e.weightsOnDeviceBytes() + e.kvCacheBytes + e.fixedStateBytes + e.overheadBytes;
    const double residentBytes = m.residentBytes - e.embeddingInRamBytes;

    e.usableBytes = b.usableBytes;
    e.headroomBytes = e.usableBytes - e.totalBytes;
    e.marginBytes = b.marginBytes;
    e.contextLimitTokens = m.contextLimitTokens;
    e.verdict = verdictFor(e.formatRuns, m.withinContext, e.headroomBytes, e.marginBytes);
    const MemoryTerms terms = memoryTerms(residentBytes, m.statePerSequence, m.growth, scenario, devices, perDevice);
    e.maxContextTokens = std::floor(std::min(m.contextCap, terms.largestContextWithin(e.usableBytes)));

    // The smallest power-of-two count that holds the scenario: only the per-device buffers and
    // the room change with the count (the sum is taken in MemoryTerms::at's order).
    const double beforeDevices = residentBytes + scenario.batch * m.statePerSequence;
    const double contextBytes = terms.perToken * context;
    const double windowBytes = terms.windowed * std::min(context, terms.window);
    for (int n = 1; n <= b.largestCount; n *= 2) {
        if (beforeDevices + n * perDevice + contextBytes + windowBytes <= b.usablePerDevice * n) {
            e.minGpus = n;
            break;
        }
    }

    // CPU offload (opt-in): weights in the host's RAM; the KV cache, state and buffers stay on the
    // GPU. A unified box has no separate RAM to offload to.
    const Placement placed = placementFor(m, b, scenario, -e.headroomBytes);
    const bool sizedByMemory = e.verdict == Verdict::NoFit || verdictRuns(e.verdict);
    if (placed.considered && sizedByMemory) {
        if (!placed.runs) {
            e.verdict = Verdict::NoFit;
            if (scenario.cpuMoeLayers != Scenario::kAutomaticPlacement) {
                e.placedExpertLayers = placed.expertLayers;
                e.placedHostBytes = placed.expertBytes;
                e.hostUsableBytes = b.hostUsableBytes;
            }
        } else if (placed.hostBytes > 0) {
            e.offloadedBytes = placed.hostBytes;
            e.cpuExpertLayers = placed.expertLayers;
            e.hostCrossings = placed.crossings;
            e.verdict = Verdict::Offload;
        }
    }
    e.hostRamBytes = b.host ? std::optional<double>(b.host->ramBytes) : std::nullopt;

    // Decode: one step reads the weights the batch's tokens route to (a batch of MoE sequences
    // shares the experts they have in common) and every sequence's KV cache and state.
    const DecodeCalibration &c = *b.calibration;
    const MoeSplit &moe = m.moe;
    const double share = distinctShare(moe, scenario.batch, c.batched.coverageExponent);
    const double weightsRead = moe.denseReadBytes + moe.expertBytes * share;
    // What one sequence reads: the "active weights" figures show.
    e.activeWeightsBytes = m.activeWeightsBytes;
    // Each part in the host is read there in the share a step reads it.
    const double hostRead =
        e.offloadedBytes > 0
            ? placed.expertBytes * share +
                  (placed.denseResident > 0 ? moe.denseReadBytes * placed.denseBytes / placed.denseResident : 0.0)
            : 0.0;
    e.hostBytesPerStep = hostRead;
    const double kvBytes = e.kvCacheBytes + e.fixedStateBytes;
    const double deviceBytes = weightsRead - hostRead + kvBytes + m.streamedTableBytes;
    e.parallelMode = b.mode;
    e.bytesPerToken = deviceBytes + hostRead;

    e.efficiency = b.efficiency;
    e.perLayerSeconds = c.perLayerSeconds;
    e.measuredCalibration = c.measured;
    e.extrapolated = b.boxExtrapolated || m.paramsActive > 2.0 * c.maxActiveParams || e.offloadedBytes > 0;

    // Each sequence beyond the first multiplies its own token through the active weights and
    // attends over its own cache, at the prompt path's matrix rate slowed by the batched fit's
    // factor (unknown compute: none, as for one sequence, whose fit already holds its multiplies).
    const bool floating = m.prefillPath == Prefill::Path::Float;
    const Prefill::PathRates &path = floating ? b.floatRates : b.quantizedRates;
    double computeSeconds = 0.0;
    if (scenario.batch > 1 && path.inverseRate > 0) {
        const double kvElements = e.kvCacheBytes / scenario.batch / kvElementBytes(scenario.kvType);
        const double flops = 2.0 * m.paramsActive + Prefill::kAttentionFlopsPerKvElement * path.attention * kvElements;
        computeSeconds = (scenario.batch - 1) * flops * path.inverseRate * c.batched.computeFactor;
    }
    e.batchComputeSeconds = computeSeconds;

    // The ceiling is what the step allows at full bandwidth; it is shown for every pair, a speed
    // only for pairs that run.
    const SpeedFit::StepRates &rates = b.rates;
    e.decodeCeilingTokS = 1.0 / SpeedFit::ceilingSeconds(rates, deviceBytes, hostRead);
    if (!verdictRuns(e.verdict))
        return e;
    e.decodeTokS = 1.0 / SpeedFit::stepSeconds(rates, deviceBytes, kvBytes, hostRead, m.layers, m.moeModel,
                                               e.hostCrossings, computeSeconds);
    // The same step at an empty context reads only the fixed state of the cache.
    e.decodeEmptyTokS = 1.0 / SpeedFit::stepSeconds(rates, deviceBytes - e.kvCacheBytes, e.fixedStateBytes, hostRead,
                                                    m.layers, m.moeModel, e.hostCrossings, computeSeconds);
    // Several sequences, or weights in the host: those fits' held-out ranges widen one sequence's.
    double low = c.rangeLow, high = c.rangeHigh;
    if (scenario.batch > 1) {
        low = std::min(low, c.batched.rangeLow);
        high = std::max(high, c.batched.rangeHigh);
    }
    if (e.offloadedBytes > 0) {
        low = std::min(low, c.offload.rangeLow);
        high = std::max(high, c.offload.rangeHigh);
    }
    e.decodeLowTokS = *e.decodeTokS * std::min(low, 1.0);
    e.decodeHighTokS = std::min(*e.decodeCeilingTokS, *e.decodeTokS * std::max(high, 1.0));
    e.aggregateTokS = *e.decodeTokS * scenario.batch;

    // The prefill rate is known whenever the compute is (capacity needs it for the workload's
    // input even with no prompt in the scenario); the time only for a prompt.
    // A micro-batch of 32 tokens or more multiplies on the GPU: llama.cpp copies the host's weights
    // over PCIe for each one.
    const double streamSeconds =
        e.offloadedBytes > 0 ? m.prompt.batches * e.offloadedBytes / std::max(1e9, c.offload.pcieBytesPerSecond) : 0.0;
    if (const double computed = Prefill::seconds(m.prompt, path); computed > 0) {
        const double seconds = computed + streamSeconds;
        const double rate = m.prompt.promptTokens / seconds;
        e.prefillTokS = rate;
        e.prefillLowTokS = rate * path.rangeLow;
        e.prefillHighTokS = rate * path.rangeHigh;
        if (scenario.promptTokens > 0) {
            e.prefillSeconds = seconds;
            e.ttftSeconds = seconds;
            e.ttftLowSeconds = seconds * path.inverseRangeHigh;
            e.ttftHighSeconds = seconds * path.inverseRangeLow;
        }
    }
    if (scenario.promptTokens <= 0 || e.prefillSeconds)
        e.answerSeconds = e.prefillSeconds.value_or(0.0) + scenario.answerTokens / *e.decodeTokS;
    return e;
}

Estimate estimate(const ModelTerms &m, const BoxTerms &b, const Scenario &scenario)
{
    Estimate e;
    if (m.error || b.error) {
        e.error = m.error ? m.error : b.error;
        return e;
    }
    static_cast<EstimateFigures &>(e) = figures(m, b, scenario);
    e.format = m.format;
    if (!e.formatRuns)
        e.formatProblem = Quantization::supportOf(m.formatGaps, b.backendGaps).reason;
    e.speedClass = b.calibration->speedClass;
    return e;
}

} // namespace Headroom::Engine
