// Verdicts, in the contract's order of precedence, with their words and keys.
#pragma once

#include <QString>

#include <optional>

namespace Headroom {

// What a box can do with a model in a scenario, in the order of precedence the contract fixes:
// the first that applies wins. Each has one machine token (JSON, CSV) and one translated word.
enum class Verdict {
    UnsupportedFormat,   // the box's backend cannot run that weight format
    ExceedsModelContext, // the context is above the model's stated maximum
    NoFit,               // does not fit, even spread over the box's devices
    Offload,             // fits only with part of the weights in host RAM
    Tight,               // fits, with less than the comfortable margin free
    Comfortable,         // fits with at least the comfortable margin free
};

// The comfortable margin: the smaller of 20 % of usable memory and 16 GiB. A share alone made a
// 4×H200 node "tight" with 110 GiB free; a fixed size alone would call a 16 GB card comfortable
// with 3 GiB free. 20 % is room for context growth and fragmentation (vLLM itself keeps 10 %).
inline constexpr double kComfortableShare = 0.20;
inline constexpr double kComfortableCapBytes = 16.0 * 1024 * 1024 * 1024;
// Never less than the 1 GiB llama.cpp's --fit keeps free on each device (`devices` of them): a fit
// closer than that runs only with --fit off (or a shorter context than asked), so it is tight.
inline constexpr double kFitTargetBytes = 1024.0 * 1024 * 1024;
[[nodiscard]] double comfortableMarginBytes(double usableBytes, int devices = 1) noexcept;

[[nodiscard]] QString verdictKey(Verdict verdict);  // "no-fit": for JSON and CSV, never for display
[[nodiscard]] QString verdictText(Verdict verdict); // "Does not fit", translated
[[nodiscard]] std::optional<Verdict> parseVerdictKey(const QString &key);
// True when the model runs on the box (offload, tight or comfortable): only then is a speed shown.
[[nodiscard]] constexpr bool verdictRuns(Verdict verdict) noexcept
{
    return verdict == Verdict::Offload || verdict == Verdict::Tight || verdict == Verdict::Comfortable;
}
// Higher is better; used to mark the better side of a comparison.
[[nodiscard]] constexpr int verdictRank(Verdict verdict) noexcept
{
    return int(verdict);
}
// The sentence that states the comfortable rule, for tooltips and the README's wording.
[[nodiscard]] QString comfortableRuleText();

} // namespace Headroom
