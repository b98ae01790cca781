// What the user asks about, whatever the model and box: context, weights, sequences, GPUs.
#pragma once

#include "inputlimits.h"
#include "kvtype.h"
#include "modelspec.h"
#include "quantization.h"

#include <optional>

namespace Headroom {

// What the user is asking about, independent of which model and box. The defaults are the
// contract's (README): as released / Q4_K_M, 32K context, a 4,096-token prompt, a 500-token
// answer, one sequence, each box as sold.
struct Scenario
{
    std::optional<QuantFormat> quant; // nullopt: each model "as released" (Quantization::defaultFor)
    KvType kvType = KvType::F16;
    double contextTokens = 32768; // a realistic working context, not the model's maximum
    int batch = 1;                // concurrent sequences
    double promptTokens = 4096;   // tokens to prefill before the answer
    double answerTokens = 500;    // the "time to write an answer" figure
    int gpus = 0;                 // 0 = as the box is sold
    double efficiency = 0.0;      // 0 = the calibrated value for the box's backend
    bool extendedContext = false; // allow a model's longer rope-scaled context where its card gives one
    bool allowOffload = false;    // weights that do not fit may sit in the host's RAM (slower)
    // Where offloaded weights go, as llama.cpp is told: automatic puts in the host's RAM only what
    // does not fit, routed experts first, then whole layers (its --fit); a count keeps the routed
    // experts of that many layers there whether they would fit or not (--n-cpu-moe N; --cpu-moe is
    // every layer). A count implies allowOffload.
    int cpuMoeLayers = kAutomaticPlacement;
    // How several devices share a model: Auto is tensor parallel over NVLink/NVSwitch and
    // llama.cpp's layer split over PCIe or a network.
    enum class Parallel { Auto, LayerSplit, TensorParallel };
    Parallel parallel = Parallel::Auto;

    // Inputs outside Limits are rejected with a message naming them, never clamped silently.
    static constexpr double kMaxContextTokens = Limits::kMaxTokens;
    static constexpr int kMaxBatch = int(Limits::kBatch.max);
    static constexpr int kMaxGpus = int(Limits::kGpus.max);
    static constexpr int kAutomaticPlacement = -1;
    static constexpr int kAllLayers = int(Limits::kCpuMoeLayers.max); // --cpu-moe: more than any model has
};

// The context holds the prompt and the answer: a context shorter than both together is a typo, not
// a scenario, and every input (flags, fields, files) refuses it by naming both.
[[nodiscard]] constexpr double smallestContextTokens(double promptTokens, double answerTokens) noexcept
{
    return promptTokens + answerTokens;
}
[[nodiscard]] constexpr bool contextHoldsPromptAndAnswer(const Scenario &s) noexcept
{
    return s.contextTokens >= smallestContextTokens(s.promptTokens, s.answerTokens);
}

// The weights format a scenario means for a model: its own choice, else the model "as released"
// (its native format where that is 4-bit, else Q4_K_M).
[[nodiscard]] QuantFormat weightsFormatFor(const ModelSpec &model, const Scenario &scenario);

// "auto", "layer", "tensor": the CLI's --parallel and the scenario files' key.
[[nodiscard]] QString parallelKey(Scenario::Parallel parallel);
[[nodiscard]] std::optional<Scenario::Parallel> parseParallel(const QString &key);

} // namespace Headroom
