// The one table of input limits the parser, the engine, the fields and --help share.
#pragma once

#include <QString>

// The one table of input limits. The command-line parser, the engine's validation, the window's
// spin boxes and the help text all read these, so a value one of them accepts the others accept
// too. Bounds are physical ranges with room to spare, never a silent clamp: out of range is an
// error that names the input.
namespace Headroom::Limits {

enum class Kind {
    Tokens,   // accepts 32k / 1M / 131072 (binary multiples, as context lengths are quoted)
    Workload, // accepts 500k / 2M / 2000000 (decimal multiples, as traffic is quoted)
    Count,    // a whole number
    Number,   // a finite real number
};

struct Limit
{
    const char *flag; // the CLI flag without dashes; also names the input in every message
    double min;
    double max;
    Kind kind;
    const char *unit; // for messages and help: "tokens", "GB/s", …

    [[nodiscard]] constexpr bool contains(double value) const noexcept { return value >= min && value <= max; }
};

inline constexpr double kMaxTokens = 16.0 * 1024 * 1024;

// Scenario
inline constexpr Limit kContext{"context", 1, kMaxTokens, Kind::Tokens, "tokens"};
inline constexpr Limit kPrompt{"prompt", 0, kMaxTokens, Kind::Tokens, "tokens"};
inline constexpr Limit kAnswer{"answer", 1, 1024.0 * 1024, Kind::Tokens, "tokens"};
inline constexpr Limit kBatch{"batch", 1, 4096, Kind::Count, "sequences"};
inline constexpr Limit kCpuMoeLayers{"n-cpu-moe", 0, 4096, Kind::Count, "layers"};
inline constexpr Limit kGpus{"gpus", 1, 64, Kind::Count, "GPUs"};
inline constexpr Limit kEfficiency{"efficiency", 0.01, 1.0, Kind::Number, "of bandwidth"};

// An ad hoc box
inline constexpr Limit kMemoryGb{"memory-gb", 0.125, 65536, Kind::Number, "GiB"};
inline constexpr Limit kUsableGb{"usable-gb", 0.125, 65536, Kind::Number, "GiB"};
inline constexpr Limit kBandwidthGbs{"bandwidth-gbs", 1, 100000, Kind::Number, "GB/s"};
inline constexpr Limit kTflops{"tflops", 0.01, 100000, Kind::Number, "TFLOPS"};
inline constexpr Limit kRamGb{"ram-gb", 0.125, 65536, Kind::Number, "GiB"};
inline constexpr Limit kRamBandwidthGbs{"ram-bandwidth-gbs", 1, 100000, Kind::Number, "GB/s"};
inline constexpr Limit kPowerW{"power-w", 1, 1e6, Kind::Number, "W"};
inline constexpr Limit kPriceUsd{"price-usd", 1, 1e8, Kind::Number, "USD"};

// An ad hoc model
inline constexpr Limit kParamsB{"params-total", 0.001, 100000, Kind::Number, "billion parameters"};
inline constexpr Limit kLayers{"layers", 1, 4096, Kind::Count, "layers"};
inline constexpr Limit kAttnLayers{"attn-layers", 0, 4096, Kind::Count, "layers"};
inline constexpr Limit kSwaLayers{"swa-layers", 0, 4096, Kind::Count, "layers"};
inline constexpr Limit kHeads{"kv-heads", 1, 4096, Kind::Count, "heads"};
inline constexpr Limit kHeadDim{"head-dim", 1, 65536, Kind::Count, "elements"};
inline constexpr Limit kWindow{"swa-window", 1, kMaxTokens, Kind::Tokens, "tokens"};
inline constexpr Limit kRank{"mla-rank", 1, 65536, Kind::Count, "elements"};
inline constexpr Limit kRopeDim{"mla-rope-dim", 0, 65536, Kind::Count, "elements"};
inline constexpr Limit kParamsActiveB{"params-active", 0.001, 100000, Kind::Number, "billion parameters"};
inline constexpr Limit kWeightsGb{"weights-gb", 0.001, 1e6, Kind::Number, "GB"};

// Costs
inline constexpr Limit kElectricity{"electricity-usd-kwh", 0, 10, Kind::Number, "USD per kWh"};
inline constexpr Limit kTokensPerDay{"tokens-per-day", 1, 1e12, Kind::Workload, "tokens"};
inline constexpr Limit kApiUsdPerM{"api-usd-per-m", 0, 1000, Kind::Number, "USD per million tokens"};
inline constexpr Limit kHorizonMonths{"horizon-months", 1, 240, Kind::Count, "months"};
inline constexpr Limit kHostUsd{"host-usd", 0, 1e7, Kind::Number, "USD"};
inline constexpr Limit kShare{"cache-hit-share", 0, 1, Kind::Number, "share"};
inline constexpr Limit kInputOutputRatio{"input-output-ratio", 0, 1000, Kind::Number, "input tokens per output token"};
inline constexpr Limit kSpeedFloor{"speed-floor-tok-s", 0, 1e6, Kind::Number, "tokens/s"};
inline constexpr Limit kAnswerWithin{"answer-within-seconds", 1, 86400, Kind::Number, "seconds"};
// Network
inline constexpr Limit kTimeoutSeconds{"timeout", 1, 600, Kind::Count, "seconds"};
inline constexpr Limit kBudgetUsd{"budget-usd", 0, 1e8, Kind::Number, "USD"};

// Files read whole: a Hugging Face config.json is a few kilobytes; more is not a config.
inline constexpr qsizetype kMaxConfigJsonBytes = 4 * 1024 * 1024;

// "from 1 to 16,777,216 tokens": the bounds as a person reads them (C locale: messages and help).
[[nodiscard]] QString rangeText(const Limit &limit);

} // namespace Headroom::Limits
