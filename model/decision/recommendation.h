// Which of two boxes to buy, in a sentence that follows from the numbers.
#pragma once

#include "costs.h"

#include <QString>

#include <array>

// Which of two boxes to buy, in one or two plain sentences that follow from the numbers.
// A side qualifies when it runs the model (comfortably, tightly or with offload), meets the speed
// floor and can serve the daily workload. Among qualifying sides the lower cost of ownership over
// the horizon wins; within 10 % the faster one does. The sentence names the winner, the cost and
// speed ratios, and the workload at which the other side would win; it says first when a side does
// not run the model, and says so instead of comparing when both sides are the same.
namespace Headroom::Recommendation {

struct Result
{
    int winner = -1; // 0 (A), 1 (B), or -1: neither qualifies, or both are the same
    QString text;
    // The workload (output tokens a day) above which the other side would win; nullopt: none.
    std::optional<double> otherWinsAboveTokensPerDay;
};

// Within this share of the lower cost, two boxes cost "about the same" and the faster one wins.
inline constexpr double kSameCostShare = 0.10;

[[nodiscard]] Result recommend(const std::array<Costs::Side, 2> &sides, const std::array<Costs::SideCosts, 2> &costs,
                               const Costs::Assumptions &assumptions);

// A warning when `model`'s weights are not licensed for commercial use (`no`) or only under
// conditions (`conditions`), as one sentence; empty for `yes` and for unknown terms.
[[nodiscard]] QString commercialUseWarning(const ModelSpec &model);

// Why a side does not qualify, as a clause ("RTX 5090 32GB does not run …"); empty when it does.
[[nodiscard]] QString whyNot(const Costs::Side &side, const Costs::SideCosts &costs,
                             const Costs::Assumptions &assumptions);

} // namespace Headroom::Recommendation
