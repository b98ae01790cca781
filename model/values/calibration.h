// A speed class's fitted constants, and the published measurements they are fitted on.
#pragma once

#include "provenance.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Headroom {

// How fast prompt processing runs in one class (a runtime and the weights' matrix path), fitted
// on published llama.cpp measurements (prefillfit.h). Time for a prompt of p tokens at depth d,
// in micro-batches of u tokens (n = ⌈p ÷ u⌉ of them):
//   p × (2 × active parameters + attention × attention FLOPs over d + p/2) ÷ (matrix rate × efficiency × MoE share)
//   + n × (all resident weights ÷ (bandwidth × 0.8) + layers × layerSeconds)
// MoE share = t ÷ (t + moeHalfTokens), t the tokens each expert gets of a micro-batch (u × k ÷ E).
struct PrefillCalibration
{
    QString prefillClass;        // "cuda-q" (quantized weights, integer dot products), "cuda-f" (FP16/BF16), …
    double efficiency = 0.3;     // share of the path's peak matrix rate
    double attention = 1.0;      // multiplier on the attention FLOPs over the prefix
    double moeHalfTokens = 16.0; // tokens per expert per micro-batch at which experts run at half speed
    double layerSeconds = 50e-6; // fixed cost per layer per micro-batch
    double rangeLow = 0.6;       // measured ÷ predicted on the fit's own rows, 10th percentile…
    double rangeHigh = 1.6;      // …and 90th: the shown range
    int samples = 0;             // measurements of this class the fit used
};

// How weights in the host's RAM slow llama.cpp (offloadfit.h), fitted on published partial-offload
// runs. A decode step reads the host's part at a share of the RAM's bandwidth and hands the
// activations between GPU and CPU twice for every layer that has weights there; a prompt's
// micro-batch of 32 tokens or more copies the host's weights to the GPU over PCIe and multiplies there.
struct OffloadCalibration
{
    double hostEfficiency = 0.75;     // share of the host RAM's peak bandwidth the host's reads reach
    double crossingSeconds = 30e-6;   // one hand-over between GPU and CPU in a step
    double pcieBytesPerSecond = 20e9; // host weights streamed to the GPU per prompt micro-batch
    double rangeLow = 0.6;            // held-out measured ÷ predicted: the shown range
    double rangeHigh = 1.4;
    int samples = 0; // measurements the fit used (0: the priors above)
};

// How a decode step of several sequences grows (batchedfit.h), fitted on published
// llama-batched-bench runs: the routed experts a step of B sequences reads are those B^x
// independent tokens would route to (real routing favours some experts), and each sequence beyond
// the first adds its own multiplies at the prompt path's matrix rate, slowed by `computeFactor` (a
// step of a few tokens fills the matrix units poorly). One sequence's decode is unchanged by both.
struct BatchedCalibration
{
    double coverageExponent = 1.0; // x in B^x: 1 is independent routing
    double computeFactor = 1.0;
    double rangeLow = 0.8; // held-out measured ÷ predicted: the shown range
    double rangeHigh = 1.25;
    int samples = 0; // measurements the fit used (0: the priors above)
};

// How fast decode runs on one class of box, fitted on published measurements (speedfit.h):
// time per token = bytes read ÷ (bandwidth × efficiency) + layers × perLayerSeconds
//                  + perTokenSeconds (+ per extra device and per all-reduce, on several devices)
// The first term is memory-bound physics; the others are fixed costs that do not shrink with
// bandwidth (kernel launches and synchronisation per layer, host work per token), which bound a
// small model on a fast card. A speed class is a runtime and whether the GPU shares system memory.
struct DecodeCalibration
{
    QString speedClass;         // "cuda", "cuda-unified", "metal", "vulkan", "rocm", …
    double efficiency = 0.70;   // share of peak bandwidth a dense decode step achieves
    double kvEfficiency = 0.70; // the same for the KV cache (attention over a long context)
    double moeEfficiency = 1.0; // multiplier for mixture-of-experts models (scattered expert reads)
    double perLayerSeconds = 0.0;
    double perTokenSeconds = 0.0;
    double hopSeconds = 0.0;             // per extra device when layers are split across devices
    double rangeLow = 0.8;               // held-out measured ÷ predicted, 10th percentile
    double rangeHigh = 1.2;              // … and 90th: the shown range
    PrefillCalibration prefillFloat;     // prompt processing of FP16/BF16 weights on this box's runtime
    PrefillCalibration prefillQuantized; // …and of quantized weights
    OffloadCalibration offload;          // weights in the host's RAM (any runtime: few publications)
    BatchedCalibration batched;          // several sequences per step (any runtime)
    // The runtime's own memory on each discrete device; the published figure for the box's backend
    // replaces this default, which is above every measured row (the largest: 753 MiB, CUDA).
    double runtimeBytesPerDevice = 768.0 * 1024 * 1024;
    int samples = 0;           // measurements of this class the fit used
    double minBandwidth = 0.0; // bytes/s: the measured devices span this range…
    double maxBandwidth = 0.0;
    double maxActiveParams = 0.0; // …and models up to this many active parameters
    double userScale = 1.0;       // the user's own llama-bench runs on this box (calibrate): decode…
    double userPromptScale = 1.0; // …and prompt processing, measured ÷ predicted
    bool measured = false;        // the user scales come from the user's measurements
    int measuredRuns = 0;
    Provenance provenance;

    // A box or model outside what the class's measurements cover.
    [[nodiscard]] bool coversBandwidth(double bytesPerSecond) const noexcept
    {
        return samples >= 8 && bytesPerSecond >= 0.5 * minBandwidth && bytesPerSecond <= 1.5 * maxBandwidth;
    }
};

// One published decode measurement (resources/measurements/decode-measurements.csv).
struct SpeedMeasurement
{
    QString source; // the publication: a scoreboard, a repository, a review
    QString url;
    QString asOf;
    QString device;
    QString speedClass;
    int devices = 1;
    QString split;          // "none", "layer", "tensor"
    double bandwidth = 0.0; // bytes/s per device
    std::optional<double> tflops;
    QString model;
    QString quant;
    double paramsTotal = 0.0;
    double paramsActive = 0.0;
    int layers = 0;
    int experts = 0;
    int expertsActive = 0;
    double fileBytes = 0.0;
    std::optional<double> activeBytes; // weights a token reads, where the file's make-up is known
    double kvBytesPerToken = 0.0;
    double depthTokens = 0.0;
    double tokensPerSecond = 0.0;
    std::optional<double> promptTokensPerSecond;
    int promptTokens = 0;

    [[nodiscard]] bool isMoe() const noexcept { return paramsActive < paramsTotal; }
};

// Reads the measurement CSV ('#' lines are comments; the header names the columns). Rows it
// cannot read are reported in `errors` with their line number.
[[nodiscard]] QList<SpeedMeasurement> parseSpeedMeasurements(const QByteArray &csv, QStringList *errors = nullptr);

} // namespace Headroom
