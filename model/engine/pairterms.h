// What one model, and what one box, contribute to every pair they are in: computed once per scenario.
#pragma once

#include "calibration.h"
#include "decodestep.h"
#include "estimate.h"
#include "hardwarespec.h"
#include "modelspec.h"
#include "prefillmodel.h"
#include "scenario.h"

#include <cmath>
#include <optional>

// A sweep of M models over B boxes repeats each model's terms B times and each box's M times when
// every pair starts from the specs. These hold what does not depend on the other side, so a pair
// costs only the arithmetic that joins them. Engine::estimate is built from the same three steps,
// so a sweep and a single estimate cannot disagree.
namespace Headroom::Engine {

// Per-token growth (bytes) of one sequence's cache, split by whether it is capped by a window.
struct KvGrowth
{
    double unbounded = 0.0; // full, MLA and compressed layers (compressed already divided by ratio)
    double windowed = 0.0;  // sliding-window layers, up to `window` tokens
    double window = 0.0;
};

// Bytes of K and V one token adds, by kind of layer.
[[nodiscard]] KvGrowth kvGrowth(const AttentionLayout &a, KvType type) noexcept;

// The weights a step reads: the dense part (attention, shared experts, the output head; the
// embedding table is resident but a token reads one row of it) and the routed experts, of which
// each token reads k of E per layer.
struct MoeSplit
{
    double denseReadBytes = 0.0; // what every token reads of the dense part
    double expertBytes = 0.0;    // all routed experts
    double perToken = 0.0;       // k / E
};

// Expected share of the routed experts a step of `batch` sequences touches: 1 − (1 − k/E)^(B^x),
// x the calibration's coverage exponent (1: every token routes independently).
// Inline: a sweep asks it per pair, and one sequence (the common case) needs no pow().
[[nodiscard]] inline double distinctShare(const MoeSplit &split, int batch, double coverageExponent) noexcept
{
    if (split.expertBytes <= 0)
        return 0.0;
    if (batch <= 1)
        return split.perToken;
    return 1.0 - std::pow(1.0 - split.perToken, std::pow(double(batch), coverageExponent));
}

// Everything about the model side of a pair under one scenario.
struct ModelTerms
{
    std::optional<EstimateError> error; // the model or the scenario refused
    QuantFormat format;                 // the weights format sized
    quint32 formatGaps = 0;             // Quantization::formatGaps of the format
    double weightsBytes = 0.0;
    double lookupTableBytes = 0.0;
    double residentBytes = 0.0;       // weights + lookup table
    double computePerDevice = 0.0;    // the compute buffer's fixed part (buffers.h)
    double embeddingInRamBytes = 0.0; // the input token table llama.cpp keeps in RAM on a discrete box
    KvGrowth growth;
    double statePerSequence = 0.0;
    double kvCacheBytes = 0.0; // all sequences at the scenario's context
    double kvPerTokenBytes = 0.0;
    double fixedStateBytes = 0.0; // all sequences
    int contextLimitTokens = 0;
    double contextCap = 0.0;
    bool withinContext = true;
    MoeSplit moe;
    double activeWeightsBytes = 0.0; // one sequence's
    double streamedTableBytes = 0.0; // a lookup table each token reads
    double paramsActive = 0.0;
    Prefill::Path prefillPath = Prefill::Path::Quantized;
    Prefill::PromptTerms prompt; // the model's side of the prompt's prefill (the box adds its rates per pair)
    int layers = 0;
    bool moeModel = false;
};

// Everything about the box side of a pair under one scenario (and its calibration and host, which
// it points at: they must outlive it).
struct BoxTerms
{
    std::optional<EstimateError> error; // the box refused, or the scenario on this box
    quint32 backendGaps = 0;            // Quantization::backendGaps of the backend
    int devices = 1;
    int largestCount = 1; // devices tried for the smallest count that fits
    double usablePerDevice = 0.0;
    double usableBytes = 0.0;
    double marginBytes = 0.0;
    double runtimePerDevice = 0.0; // the runtime's own memory on each device (buffers.h)
    bool unified = false;
    const HostSpec *host = nullptr;
    double hostUsableBytes = 0.0;
    double deviceBandwidth = 0.0;
    SpeedFit::ParallelMode mode = SpeedFit::ParallelMode::Single;
    SpeedFit::StepRates rates;                      // a decode step's costs per byte and per layer on this box
    bool boxExtrapolated = false;                   // what makes every model's speed on it an extrapolation
    const DecodeCalibration *calibration = nullptr; // the one given: the terms live no longer than it
    double efficiency = 0.0;                        // the calibration's, or the scenario's in its place
    Prefill::PathRates floatRates;                  // prefill of FP16/BF16 weights (inverseRate 0: compute unknown)
    Prefill::PathRates quantizedRates;              // …and of quantized weights (INT8 where the runtime has it)
};

[[nodiscard]] ModelTerms modelTerms(const ModelSpec &model, const Scenario &scenario);
[[nodiscard]] BoxTerms boxTerms(const HardwareSpec &hardware, const Scenario &scenario,
                                const DecodeCalibration &calibration, const HostSpec *host = nullptr);

// A context slider step changes only the context: the two scenarios are the same but for it.
[[nodiscard]] bool sameButContext(const Scenario &a, const Scenario &b) noexcept;
// Moves a model's terms to `to`'s context (the scenario they were made for differs from `to` in its
// context only), giving what modelTerms(model, to) gives. False when they must be made again
// instead: they hold an error, or the new context is outside the limits.
[[nodiscard]] bool moveToContext(ModelTerms &terms, const Scenario &to);

// The numbers of one pair (no text); `valid` false when either side refused.
[[nodiscard]] EstimateFigures figures(const ModelTerms &model, const BoxTerms &box, const Scenario &scenario);
// The whole estimate of one pair: the figures and the words that go with them.
[[nodiscard]] Estimate estimate(const ModelTerms &model, const BoxTerms &box, const Scenario &scenario);

// What refuses a pair, by side: the model and the scenario first, then the box (the field at fault named).
[[nodiscard]] std::optional<EstimateError> validateModelSide(const ModelSpec &model, const Scenario &scenario);
[[nodiscard]] std::optional<EstimateError> validateBoxSide(const HardwareSpec &hardware, const Scenario &scenario);

} // namespace Headroom::Engine
