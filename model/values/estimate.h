// What the engine says of one model on one box in one scenario.
#pragma once

#include "quantization.h"
#include "verdict.h"

#include <QString>

#include <optional>

namespace Headroom {

namespace SpeedFit {
// How the devices of a box share one model: one device, llama.cpp's layer split (they take turns)
// or tensor parallel (each reads its share of every layer at once).
enum class ParallelMode { Single, LayerSplit, TensorParallel };
} // namespace SpeedFit

struct EstimateError
{
    QString field;   // the input at fault, as the CLI flag or catalog key names it
    QString message; // one sentence for a person
};

// The numbers the engine says about one pair, without the words: what a sweep of every pair
// computes. Units: bytes, tokens, tokens per second, seconds. Unknowns are std::nullopt, never 0.
struct EstimateFigures
{
    bool valid = false;     // both sides passed the engine's checks; nothing below is set otherwise
    bool formatRuns = true; // the box's backend runs the weights format
    int gpus = 1;
    double weightsBytes = 0.0;        // all parameters, resident
    double lookupTableBytes = 0.0;    // a lookup table's parameters, resident (ModelSpec::lookupTable)
    double embeddingInRamBytes = 0.0; // of weightsBytes, the token table llama.cpp keeps in the host's RAM
    // What of the weights (and a lookup table) the devices hold: the part of totalBytes views draw.
    [[nodiscard]] double weightsOnDeviceBytes() const noexcept
    {
        return weightsBytes + lookupTableBytes - embeddingInRamBytes;
    }
    double activeWeightsBytes = 0.0; // read per token
    double kvCacheBytes = 0.0;       // all sequences at the current context
    double kvPerTokenBytes = 0.0;    // growth per extra token of context, one sequence
    double fixedStateBytes = 0.0;    // linear-attention / Mamba state, all sequences
    double overheadBytes = 0.0;      // runtime + compute buffers
    double runtimeBytesPerDevice = 0.0;
    double computeBytesPerDevice = 0.0; // the compute buffer's fixed part; the mask grows with context
    double totalBytes = 0.0;
    double usableBytes = 0.0;
    double headroomBytes = 0.0; // usable − total; negative when it does not fit
    double marginBytes = 0.0;   // the comfortable margin for this usable memory
    int contextLimitTokens = 0; // the model's maximum context in force (0: not stated)
    Verdict verdict = Verdict::NoFit;
    double maxContextTokens = 0.0; // largest context that fits (capped at the model maximum)
    std::optional<int> minGpus;    // smallest power-of-two device count that fits

    double bytesPerToken = 0.0; // read from memory for one decode step of one sequence
    std::optional<double> decodeCeilingTokS;
    std::optional<double> decodeTokS;      // single sequence at the current (full) context; null unless it runs
    std::optional<double> decodeEmptyTokS; // the same at an empty context
    std::optional<double> decodeLowTokS;
    std::optional<double> decodeHighTokS;
    std::optional<double> aggregateTokS; // all sequences together
    double efficiency = 0.0;
    double perLayerSeconds = 0.0;
    std::optional<double> prefillSeconds;
    std::optional<double> prefillTokS;    // prompt processing speed
    std::optional<double> prefillLowTokS; // the fit's range around it (measured ÷ predicted, 10th–90th)
    std::optional<double> prefillHighTokS;
    std::optional<double> ttftSeconds; // time to first token: the prompt's prefill
    std::optional<double> ttftLowSeconds;
    std::optional<double> ttftHighSeconds;
    std::optional<double> answerSeconds;

    double offloadedBytes = 0.0;   // weights kept in the host's RAM (verdict Offload)
    double hostBytesPerStep = 0.0; // of bytesPerToken, read from host RAM
    int cpuExpertLayers = 0;       // layers whose routed experts sit in the host's RAM
    // A count of layers the user placed in the host (--n-cpu-moe) that cannot run: what it moves and
    // what the host can lend, so the words can say which side is short (0: no such count).
    int placedExpertLayers = 0;
    double placedHostBytes = 0.0;
    double hostUsableBytes = 0.0;
    int hostCrossings = 0;              // hand-overs between GPU and CPU in one decode step
    double batchComputeSeconds = 0.0;   // of a decode step, the multiplies of the sequences beyond the first
    std::optional<double> hostRamBytes; // the host's RAM, when the box names one
    SpeedFit::ParallelMode parallelMode = SpeedFit::ParallelMode::Single;
    bool extrapolated = false;        // outside what the calibration's measurements cover
    bool measuredCalibration = false; // the user's own llama-bench runs scale this box

    [[nodiscard]] bool runs() const noexcept { return valid && verdictRuns(verdict); }
};

// Everything the engine says about one model on one box in one scenario: the figures, and the
// words that go with them.
struct Estimate : EstimateFigures
{
    std::optional<EstimateError> error;

    QuantFormat format;    // the weights format actually sized (the scenario's, or the model's default)
    QString formatProblem; // why the box's backend cannot run `format` (verdict UnsupportedFormat)
    QString speedClass;    // the measurements the speed is calibrated on

    [[nodiscard]] bool ok() const noexcept { return !error.has_value(); }
    [[nodiscard]] bool runs() const noexcept { return ok() && verdictRuns(verdict); }
};

} // namespace Headroom
