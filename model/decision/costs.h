// What a box costs to buy, run, rent or replace with an API, over the horizon.
#pragma once

#include "catalog.h"
#include "estimate.h"
#include "scenario.h"

#include <QList>

#include <algorithm>

#include <atomic>
#include <optional>

// Money questions about one box running one model: what it costs to buy, to run, per unit of
// speed and memory, and how long until it has paid for itself against a cloud API.
// All inputs a user may disagree with are explicit and editable; a missing price is nullopt.
// Numbers only: the item models turn them into sentences in the display unit of the moment.
namespace Headroom::Costs {

// A coding agent's traffic, stated as assumptions (contracts.md): it reads far more than it writes,
// and most of what it reads is the same context again, which APIs bill as cached input.
inline constexpr double kDefaultInputPerOutput = 20.0;
inline constexpr double kDefaultCacheHitShare = 0.8;
inline constexpr int kDefaultHorizonMonths = 36;
inline constexpr double kDefaultSpeedFloorTokS = 500.0 / 60.0; // a 500-token answer within 60 s
inline constexpr double kDefaultAnswerWithinSeconds = 60.0;    // the prompt's prefill plus the answer

// How a rented box is billed (contracts.md): on demand for the hours the workload needs, rounded up
// to whole hours a day and at least one; reserved around the clock. Spot can be taken away mid-task,
// so no plan rests on it.
enum class RentalPattern { OnDemand, Reserved };
[[nodiscard]] QString rentalPatternKey(RentalPattern pattern); // "on-demand", "reserved"
[[nodiscard]] std::optional<RentalPattern> rentalPatternFromKey(const QString &key);

struct Assumptions
{
    double electricityUsdPerKwh = 0.17; // editable; a typical residential rate, not a catalog value
    double tokensPerDay = 2'000'000;    // output tokens a team needs per day
    // The cloud alternative as one all-in price per million output tokens; unset: each model's own
    // API offer (input, output and cached-input prices) blended by the two shares below.
    std::optional<double> apiUsdPerMillionTokens;
    double inputPerOutput = kDefaultInputPerOutput; // input tokens per output token
    double cacheHitShare = kDefaultCacheHitShare;   // of the input, billed as cached and not prefilled again
    int horizonMonths = kDefaultHorizonMonths;
    // The floor a box must meet: the prompt's prefill plus a scenario-length answer within this many
    // seconds (contracts.md); speedFloorTokS is an extra decode floor on top, 0 for none.
    double answerWithinSeconds = kDefaultAnswerWithinSeconds;
    double speedFloorTokS = 0.0;
    RentalPattern rentalPattern = RentalPattern::OnDemand;
    std::optional<double> hostUsd; // replaces the price of a bare card's host computer
    // The buyer needs commercial use: a side whose model's weights are not cleared for it (licence
    // `no`, `conditions` or unknown) does not qualify; calling its API still may.
    bool commercialUse = false;
};

// The decode speed below which no box can meet the answer-time floor (the answer alone takes the
// whole allowance), or the extra decode floor if higher: what the cheapest-box finder asks for.
[[nodiscard]] inline double decodeFloorTokS(const Assumptions &a, double answerTokens)
{
    return std::max(a.speedFloorTokS, answerTokens / a.answerWithinSeconds);
}

// The contract's defaults. The API price is each model's own offer; where no API serves a model,
// the catalog's DeepSeek V4-Pro offer (the article's cloud row) stands in, and says so.
[[nodiscard]] Assumptions defaultAssumptions(const Catalog &catalog);
inline constexpr const char *kDefaultApiModelId = "deepseek-v4-pro";

// What calling a model through an API costs per million output tokens with the workload's input
// attached: output + input per output × (cache hits × cached price + misses × input price).
[[nodiscard]] double blendedApiUsdPerMillionOutput(const ApiOffer &offer, const Assumptions &assumptions);

inline constexpr double kDaysPerMonth = 365.25 / 12;

struct Side
{
    ModelSpec model;
    HardwareSpec hardware;
    Scenario scenario;
    std::optional<HostSpec> host;      // the computer a bare card needs: its price and power count too
    std::optional<ApiOffer> api;       // calling this model through an API instead (its own offer, or the stand-in)
    bool apiStandsIn = false;          // no API serves this model: api is the default offer
    std::optional<RentalOffer> rental; // renting this box by the hour instead
};

// A side with the host its box names, looked up in `catalog`.
[[nodiscard]] Side sideFor(const Catalog &catalog, const ModelSpec &model, const HardwareSpec &hardware,
                           const Scenario &scenario);

// The one estimate a side's figures rest on: its model on its box with its scenario, its host and the box's
// calibration. The CLI's estimate, the report and the costs all read it, so none sizes a pair its own way.
[[nodiscard]] Estimate estimateOf(const Side &side, const DecodeCalibration &calibration);

// An input a cost of ownership needs and the catalog lacks: that cost stays unknown, and the
// sentence says which flag gives it (--a-price-usd, --host-usd).
enum class MissingInput { None, BoxPrice, HostPrice, Power };

struct SideCosts
{
    Estimate estimate;
    std::optional<double> priceLowUsd; // purchase: street if known, else MSRP; plus the host's price
    std::optional<double> hostUsd;     // the part of the price that is the host computer
    std::optional<double> priceHighUsd;
    std::optional<PriceQuote::Kind> priceKind;
    std::optional<double> usdPerTokS;       // low price ÷ decode estimate
    std::optional<double> usdPerUsableByte; // low price ÷ usable memory
    std::optional<double> energyUsdPerMillionTokens;
    std::optional<double> apiUsdPerMonth;
    std::optional<double> energyUsdPerMonth;
    std::optional<double> breakevenMonths; // nullopt: no price, no fit, or never pays back
    bool capacityShort = false;            // the box cannot serve tokensPerDay in 24 hours
    // Output tokens a day the box can serve: each output token costs its share of a decode step
    // and the prefill of its uncached input; nullopt when it does not run or prefill is unknown.
    std::optional<double> capacityTokensPerDay;
    std::optional<double> activeHoursPerDay;   // hours at load to serve the workload (≤ 24)
    std::optional<double> tcoUsd;              // purchase + electricity over the horizon
    std::optional<double> apiTcoUsd;           // the same tokens through the API over the horizon
    std::optional<double> rentUsdPerHour;      // the box's every GPU on demand (the side's rental offer)
    std::optional<double> rentHoursPerDay;     // billed by the rental pattern: whole hours, at least one
    std::optional<double> rentUsdPerMonth;     // every GPU, for the billed hours
    std::optional<double> rentTcoUsd;          // the rent over the horizon (the hourly rate includes power)
    bool rented = false;                       // no purchase price: the rent is its cost of ownership
    MissingInput missing = MissingInput::None; // what the purchase cost needs and lacks
    std::optional<double> answerSeconds;       // the prompt's prefill + the answer's decode; null: prefill unknown
    std::optional<bool> meetsAnswerFloor;      // null when the answer time is unknown
    // When the box's backend cannot run the scenario's weights: the format with the most bits that
    // runs and fits (comfortably or tightly), so the sentence can say what would.
    std::optional<QuantFormat> formatThatRuns;
    // TCO as a line in the workload (output tokens a day): tcoUsd = fixed + perTokenPerDay × tokens,
    // while the box can serve it; for the workload at which another box would win.
    std::optional<double> tcoFixedUsd;
    std::optional<double> tcoUsdPerTokenPerDay;
    bool meetsSpeedFloor = false;
};

[[nodiscard]] SideCosts evaluate(const Side &side, const DecodeCalibration &calibration,
                                 const Assumptions &assumptions);

// Which end of a box's quoted price range a cost uses: the low end is the answer, the high end
// one corner of how sure it is.
enum class PriceEnd { Low, High };

// The same figures from an estimate already made (or one moved to a corner of its ranges), at one
// end of the price range times `priceScale`: the decision re-evaluates its inputs this way.
[[nodiscard]] SideCosts evaluateEstimate(const Side &side, const Estimate &estimate, const Assumptions &assumptions,
                                         PriceEnd end = PriceEnd::Low, double priceScale = 1.0);

// What owning the box has cost after `months`: the purchase on day one, then its electricity
// month by month (a box that can only be rented: the rent, month by month). The cost of ownership is this at the
// horizon; the cumulative cost chart draws it.
[[nodiscard]] std::optional<double> ownedCostAfter(const SideCosts &costs, double months);
// What the API would have charged for the same tokens after `months`.
[[nodiscard]] std::optional<double> apiCostAfter(const SideCosts &costs, double months);

// The cheapest box (by low purchase price) that runs `model` comfortably in `scenario`, other than
// `excludeHardwareId`; nullopt when none does. Boxes without a price are skipped, not treated as free.
// Only boxes that decode at least `minTokS` count: the cheapest box that runs a model at 2 tok/s
// answers the wrong question.
[[nodiscard]] std::optional<qsizetype> cheapestComfortable(const Catalog &catalog, const ModelSpec &model,
                                                           const Scenario &scenario,
                                                           const QString &excludeHardwareId = {},
                                                           double minTokS = kDefaultSpeedFloorTokS);

struct AdvisorInputs
{
    double budgetLowUsd = 0;
    double budgetHighUsd = 10'000;
    double minTokS = 500.0 / 60.0; // a decode floor (500 tokens in 60 s of decode alone)
    // The floor compare holds a box to: the prompt's prefill plus the answer within this many seconds.
    // A pair whose prompt speed is unknown cannot show it meets it, and is left out, as in compare.
    double answerWithinSeconds = kDefaultAnswerWithinSeconds;
    bool singleBoxOnly = false; // no boxes joined over a network (a multi-GPU node is one box)
    bool comfortableOnly = true;
    bool commercialOnly = false; // only models whose weights may be used commercially
    Scenario scenario;           // weights, KV precision and context of every pick
};

struct Advice
{
    qsizetype hardwareIndex = -1;
    qsizetype modelIndex = -1;
    Estimate estimate;
    double priceLowUsd = 0;
    PriceQuote::Kind priceKind = PriceQuote::Kind::Msrp;
    bool proOnly = false; // ranked apart: its score is on a different exam
};

// Every box-and-model pair that runs within the budget and speed floor (comfortably, unless
// comfortableOnly is off), ranked by SWE-bench Verified, then speed, then price; models reporting
// only SWE-bench Pro come after, apart.
[[nodiscard]] QList<Advice> advise(const Catalog &catalog, const AdvisorInputs &inputs);

// The same ranking, keeping only the best `limit` picks (0: all) and stopping early when `cancel`
// turns true: what the advisor runs off the GUI thread on a big catalog.
struct AdviceRun
{
    QList<Advice> best;
    qsizetype running = 0; // every pair that passed, kept or not
    bool cancelled = false;
};
[[nodiscard]] AdviceRun advise(const Catalog &catalog, const AdvisorInputs &inputs, qsizetype limit,
                               const std::atomic_bool *cancel = nullptr);

} // namespace Headroom::Costs
