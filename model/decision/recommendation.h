// Which of two boxes to buy, in a sentence that follows from the numbers.
#pragma once

#include "costs.h"
#include "decision.h"

#include <QString>

#include <array>

// The decision (Decision::decide) in plain sentences that follow from its numbers: the winning way to
// get the tokens and its cost, the next cheapest way, what is unknown and which flag gives it, how sure
// the answer is, and the workload at which it changes. A side that does not run the model is said
// first; two identical sides are said to be identical.
namespace Headroom::Recommendation {

struct Result
{
    Decision::Result decision;
    // The side whose box is bought or rented: 0 (A), 1 (B), or -1 (the API, nothing, or identical sides).
    int winner = -1;
    QString text;
    QString howSure;  // the "how sure" sentence alone (also in text): for the report's first page
    QString headline; // the answer and how sure it is, in two sentences: a figure's lead
    // "a", "b", "rent-a", "rent-b", "api", "api-a", "api-b", or empty for none (contracts.md).
    [[nodiscard]] QString recommendedKey() const;
    // The workload (output tokens a day) above which the answer changes; nullopt: none.
    [[nodiscard]] std::optional<double> otherWinsAboveTokensPerDay() const { return decision.changesAboveTokensPerDay; }
};

inline constexpr double kSameCostShare = Decision::kSameCostShare;

[[nodiscard]] Result recommend(const std::array<Costs::Side, 2> &sides, const std::array<Costs::SideCosts, 2> &costs,
                               const Costs::Assumptions &assumptions);

// An option as a reader names it: "Buy RTX 5090 32GB", "Rent MI300X 192GB", "API: GLM-5.2 (Z.ai API)",
// "API of deepseek-v4-pro (stand-in)", "API: GLM-5.2 at your price".
[[nodiscard]] QString optionLabel(Decision::Route route, const std::array<Costs::Side, 2> &sides,
                                  const Costs::Assumptions &assumptions);

// Why an option does not qualify, or what its cost lacks, as a clause; empty when it qualifies with a cost.
[[nodiscard]] QString optionWhyNot(const Decision::Option &option, const std::array<Costs::Side, 2> &sides,
                                   const std::array<Costs::SideCosts, 2> &costs, const Costs::Assumptions &assumptions);

// A warning when `model`'s weights are not licensed for commercial use (`no`) or only under
// conditions (`conditions`), as one sentence; empty for `yes` and for unknown terms.
[[nodiscard]] QString commercialUseWarning(const ModelSpec &model);

// Why a side's box does not qualify, as a clause ("RTX 5090 32GB does not run …"); empty when it does.
[[nodiscard]] QString whyNot(const Costs::Side &side, const Costs::SideCosts &costs,
                             const Costs::Assumptions &assumptions);

} // namespace Headroom::Recommendation
