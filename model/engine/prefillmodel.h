// Prompt processing (prefill) in llama.cpp, from each backend's physics: the matrix multiplies of
// a micro-batch run at the rate of the path the weights' format takes, a mixture of experts loses
// efficiency when a micro-batch gives each expert few tokens, every micro-batch reads all resident
// weights once, and attention grows with the prefix. Constants per class: calibration.h.
#pragma once

#include "calibration.h"

#include <QString>

#include <optional>

namespace Headroom::Prefill {

// Quantized blocks multiply by integer dot products (llama.cpp's MMQ kernels); FP16/BF16 weights go
// to the FP16 matrix units.
enum class Path { Float, Quantized };

[[nodiscard]] Path pathOf(const QString &formatName) noexcept;
// The class a runtime, a path and the memory are calibrated as: "cuda-q", "cuda-f", "rocm-q",
// "rocm-f", "vulkan-q", "vulkan-f", each with "-unified" before the path where the GPU shares the
// system's memory and power (GB10, Strix Halo: "cuda-unified-q"); "metal" (one path: Apple GPUs
// before M5 have no integer matrix unit); "sycl".
[[nodiscard]] QString classOf(const QString &backend, Path path, bool unified);
// The peak rate a path runs against on one device: INT8 for quantized weights where the runtime
// has an integer path and the figure is known, else the FP16 figure.
[[nodiscard]] std::optional<double> matrixRate(const QString &backend, Path path, std::optional<double> fp16Flops,
                                               std::optional<double> int8Ops) noexcept;

// llama.cpp's default micro-batch (n_ubatch).
inline constexpr int kDefaultUbatch = 512;
// Reading every weight once per micro-batch reaches this share of the bandwidth (decode's order).
inline constexpr double kWeightReadShare = 0.8;
// Attention over one prefix token costs this many FLOPs per element of its K and V (QKᵀ and PV at
// 2 FLOPs a multiply-add, over query heads that share a KV head: 4 × query width ÷ KV width).
// Counted per KV element whatever a model's query heads: on the fitted runtimes the cost tracks the
// cache's size (flash attention reads it once per query tile); counting by query heads instead
// (multi-head Llama 2 rows then cost a quarter) fitted the held-out rows worse, 35.6 % against 31.2 %.
inline constexpr double kAttentionFlopsPerKvElement = 16.0;

struct Work
{
    double matmulFlopsPerToken = 0.0; // 2 × active parameters
    double kvElementsPerToken = 0.0;  // K and V elements a prefix token holds (full-attention layers)
    double windowedKvElements = 0.0;  // the same in sliding-window layers, which attend `window` tokens at most
    double window = 0.0;
    double promptTokens = 0.0;
    double depthTokens = 0.0; // already in the cache
    double weightBytes = 0.0; // all resident weights
    int layers = 0;
    bool moe = false;
    double routedShare = 1.0; // experts a token uses ÷ experts (k ÷ E)
    int ubatch = kDefaultUbatch;
    int devices = 1;
    bool tensorParallel = false; // else layers split over the devices, which take turns
    double matrixRate = 0.0;     // FLOP/s, one device, on the path's units
    double bandwidth = 0.0;      // bytes/s, one device
};

// The prompt's side of the time, fixed by the model and the prompt (a sweep computes it once per model).
struct PromptTerms
{
    double promptTokens = 0.0;
    double matmulFlops = 0.0;            // p × 2 × active parameters
    double attentionFlops = 0.0;         // p × 16 × K and V elements over the reach, before the class's factor
    double batches = 0.0;                // ⌈p ÷ u⌉ micro-batches
    double inverseTokensPerExpert = 0.0; // 1 ÷ (u × k ÷ E); 0 for a dense model
    double weightBytes = 0.0;
    double layers = 0.0;
};

// The box's side on one path under one class's constants (a sweep computes it once per box).
struct PathRates
{
    double inverseRate = 0.0; // 1 ÷ (matrix rate × devices sharing it × efficiency); 0: unknown
    double attention = 1.0;   // the class's factor on attention FLOPs
    double moeHalfTokens = 16.0;
    double inverseWeightRead = 0.0; // 1 ÷ (bandwidth × devices sharing it × kWeightReadShare)
    double layerSeconds = 0.0;
    int pipelineDevices = 1; // devices a layer split takes turns on (1: none)
    double scale = 1.0;      // a user's measured scale, as a multiplier on the time
    // The class's shown range (measured ÷ predicted) and its reciprocals, for a time's range.
    double rangeLow = 1.0;
    double rangeHigh = 1.0;
    double inverseRangeLow = 1.0;
    double inverseRangeHigh = 1.0;
};

[[nodiscard]] PromptTerms promptTerms(const Work &w) noexcept;
[[nodiscard]] PathRates pathRates(const PrefillCalibration &c, const Work &w) noexcept;

// Seconds to process the prompt; 0 when there is no rate to run at. Inline: a sweep calls it per pair.
[[nodiscard]] inline double seconds(const PromptTerms &p, const PathRates &r) noexcept
{
    if (!(r.inverseRate > 0) || !(p.promptTokens > 0))
        return 0.0;
    // A mixture of experts runs at t ÷ (t + h) of the rate: its time grows by 1 + h ÷ t.
    const double slowdown = 1.0 + r.moeHalfTokens * p.inverseTokensPerExpert;
    double total = (p.matmulFlops + r.attention * p.attentionFlops) * r.inverseRate * slowdown +
                   p.batches * (p.weightBytes * r.inverseWeightRead + p.layers * r.layerSeconds);
    // Layers split over devices take turns, but successive micro-batches pipeline through them.
    if (r.pipelineDevices > 1)
        total *= (p.batches + r.pipelineDevices - 1.0) / (r.pipelineDevices * p.batches);
    return total * r.scale;
}

// The same from one Work (the fit's rows).
[[nodiscard]] double seconds(const PrefillCalibration &c, const Work &w) noexcept;

} // namespace Headroom::Prefill
