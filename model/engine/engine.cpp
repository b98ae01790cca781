// The sizing functions, and what one model and one box each contribute to every pair (pairterms.h).
#include "engine.h"
#include "buffers.h"
#include "pairterms.h"

#include "inputlimits.h"
#include "speedfit.h"

#include <algorithm>
#include <cmath>

namespace Headroom::Engine {

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

namespace {

double contextCap(const ModelSpec &model, const Scenario &scenario) noexcept
{
    const int limit = model.contextLimit(scenario.extendedContext);
    return limit > 0 ? double(limit) : Scenario::kMaxContextTokens;
}

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

// What of a model's terms follows the context: its cache and whether the model reaches it.
void setContextTerms(ModelTerms &m, const Scenario &scenario) noexcept
{
    const double context = scenario.contextTokens;
    const KvGrowth &growth = m.growth;
    const double kvOneSequence = growth.unbounded * context + growth.windowed * std::min(context, growth.window);
    m.kvCacheBytes = scenario.batch * kvOneSequence;
    m.kvPerTokenBytes = growth.unbounded + (context <= growth.window ? growth.windowed : 0.0);
    m.withinContext = context <= m.contextCap;
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

double overheadBytes(double runtimePerDevice, double computePerDevice, double contextTokens, int batch,
                     int devices) noexcept
{
    return devices * (runtimePerDevice + computePerDevice) +
           std::max(0.0, contextTokens) * batch * Buffers::maskBytesPerCell();
}

ModelTerms modelTerms(const ModelSpec &model, const Scenario &scenario)
{
    ModelTerms m;
    if ((m.error = validateModelSide(model, scenario)))
        return m;
    m.format = formatFor(model, scenario);
    m.formatGaps = Quantization::formatGaps(m.format.name);
    // Everything below reuses these: one file-size lookup and one pass over the layout.
    m.growth = kvGrowth(model.attention, scenario.kvType);
    m.statePerSequence = fixedStateBytes(model.attention);
    m.weightsBytes = weightsBytes(model, m.format);
    m.lookupTableBytes = lookupTableBytes(model, m.format);
    m.residentBytes = m.weightsBytes + m.lookupTableBytes;
    m.computePerDevice = Buffers::computeFixedBytes(model.vocabulary);
    m.embeddingInRamBytes = Buffers::hostEmbeddingBytes(model.vocabulary, m.format);
    const KvGrowth &growth = m.growth;
    m.fixedStateBytes = scenario.batch * m.statePerSequence;
    m.contextLimitTokens = model.contextLimit(scenario.extendedContext);
    m.contextCap = contextCap(model, scenario);
    setContextTerms(m, scenario);

    m.moe = moeSplit(model, m.weightsBytes, m.format.bitsPerWeight);
    m.activeWeightsBytes = m.moe.denseReadBytes + m.moe.expertBytes * m.moe.perToken;
    if (model.lookupTable && model.lookupTable->readPerToken) // a table a token streams counts like weights
        m.streamedTableBytes = m.lookupTableBytes;
    m.paramsActive = model.paramsActive;
    m.layers = model.layers;
    m.moeModel = model.isMoe();
    // Prefill: the model's side of the work (prefillmodel.h); the box adds its rates. Without a
    // prompt in the scenario, a llama-bench pp512's (capacity still needs the rate).
    m.prefillPath = Prefill::pathOf(m.format.name);
    Prefill::Work w;
    const double element = kvElementBytes(scenario.kvType);
    w.matmulFlopsPerToken = 2.0 * model.paramsActive;
    w.kvElementsPerToken = growth.unbounded / element;
    w.windowedKvElements = growth.windowed / element;
    w.window = growth.window;
    w.promptTokens = scenario.promptTokens > 0 ? scenario.promptTokens : double(Prefill::kDefaultUbatch);
    w.weightBytes = m.residentBytes;
    w.layers = model.layers;
    w.moe = model.isMoe();
    w.routedShare = model.experts > 0 && model.expertsActive > 0 ? double(model.expertsActive) / model.experts
                    : w.moe                                      ? model.paramsActive / model.paramsTotal
                                                                 : 1.0;
    m.prompt = Prefill::promptTerms(w);
    return m;
}

bool sameButContext(const Scenario &a, const Scenario &b) noexcept
{
    // A field added to Scenario must be compared here, or a step would keep terms it changed.
    static_assert(sizeof(void *) != 8 || sizeof(Scenario) == 136, "Scenario changed: compare the new field here");
    const bool sameQuant =
        a.quant.has_value() == b.quant.has_value() &&
        (!a.quant || (a.quant->name == b.quant->name && a.quant->bitsPerWeight == b.quant->bitsPerWeight));
    return sameQuant && a.kvType == b.kvType && a.batch == b.batch && a.promptTokens == b.promptTokens &&
           a.answerTokens == b.answerTokens && a.gpus == b.gpus && a.efficiency == b.efficiency &&
           a.extendedContext == b.extendedContext && a.allowOffload == b.allowOffload && a.parallel == b.parallel &&
           a.cpuMoeLayers == b.cpuMoeLayers;
}

bool moveToContext(ModelTerms &terms, const Scenario &to)
{
    if (terms.error || !std::isfinite(to.contextTokens) || !Limits::kContext.contains(to.contextTokens))
        return false;
    setContextTerms(terms, to);
    return true;
}

BoxTerms boxTerms(const HardwareSpec &hardware, const Scenario &scenario, const DecodeCalibration &calibration,
                  const HostSpec *host)
{
    BoxTerms b;
    if ((b.error = validateBoxSide(hardware, scenario)))
        return b;
    b.backendGaps = Quantization::backendGaps(hardware.backend);
    b.devices = devicesFor(hardware, scenario);
    b.largestCount = std::max({hardware.maxGpus, hardware.gpus, b.devices});
    b.usablePerDevice = hardware.usableBytesPerGpu;
    b.usableBytes = hardware.usableBytesPerGpu * b.devices;
    b.marginBytes = comfortableMarginBytes(b.usableBytes, b.devices);
    b.unified = hardware.isUnified();
    // Metal's usable figure is the working set macOS grants the process, its own share already out;
    // every other runtime's context counts (DGX Spark's "free at load" setting already excludes it:
    // there it is counted twice, on the side that keeps a verdict from promising too much).
    b.runtimePerDevice = hardware.backend == QLatin1String("Metal") ? 0.0 : calibration.runtimeBytesPerDevice;
    b.host = host;
    b.hostUsableBytes = host ? hostUsableBytes(*host) : 0.0;
    b.deviceBandwidth = hardware.bandwidthBytesPerSecond;
    b.mode = parallelModeFor(hardware, scenario, b.devices);
    // The user's own efficiency replaces the fitted one.
    b.calibration = &calibration;
    b.efficiency = scenario.efficiency > 0 ? scenario.efficiency : calibration.efficiency;
    const DecodeCalibration &c = calibration;
    b.rates =
        SpeedFit::stepRates(c, b.efficiency, b.deviceBandwidth, b.devices, b.mode,
                            allReduceSeconds(hardware.interconnect), host ? host->ramBandwidthBytesPerSecond : 0.0);
    b.boxExtrapolated =
        !c.coversBandwidth(hardware.bandwidthBytesPerSecond) || b.mode == SpeedFit::ParallelMode::TensorParallel ||
        (b.mode == SpeedFit::ParallelMode::LayerSplit && hardware.interconnect == Interconnect::Network);
    // Prefill runs at the rate of the path the weights take (prefillmodel.h); unknown without the
    // box's FP16 figure.
    const auto perDevice = [](std::optional<double> t) { return t ? std::optional<double>(*t * 1e12) : std::nullopt; };
    if (const std::optional<double> fp16 = perDevice(hardware.tflops)) {
        const std::optional<double> int8 = perDevice(hardware.int8Tops);
        const auto ratesFor = [&](Prefill::Path path, const PrefillCalibration &pc) {
            Prefill::Work w;
            w.matrixRate = Prefill::matrixRate(hardware.backend, path, fp16, int8).value_or(0.0);
            w.bandwidth = b.deviceBandwidth;
            w.devices = b.devices;
            w.tensorParallel = b.mode == SpeedFit::ParallelMode::TensorParallel;
            Prefill::PathRates r = Prefill::pathRates(pc, w);
            r.scale = 1.0 / c.userPromptScale;
            return r;
        };
        b.floatRates = ratesFor(Prefill::Path::Float, c.prefillFloat);
        b.quantizedRates = ratesFor(Prefill::Path::Quantized, c.prefillQuantized);
    }
    return b;
}

Estimate estimate(const ModelSpec &model, const HardwareSpec &hardware, const Scenario &scenario,
                  const DecodeCalibration &calibration, const HostSpec *host)
{
    return estimate(modelTerms(model, scenario), boxTerms(hardware, scenario, calibration, host), scenario);
}

} // namespace Headroom::Engine
