#pragma once

#include "catalog.h"
#include "estimate.h"
#include "scenario.h"

#include <QList>

#include <optional>

// Money questions about one box running one model: what it costs to buy, to run, per unit of
// speed and memory, and how long until it has paid for itself against a cloud API.
// All inputs a user may disagree with are explicit and editable; a missing price is nullopt.
namespace Headroom::Costs {

struct Assumptions
{
    double electricityUsdPerKwh = 0.17;   // editable; a typical residential rate, not a catalog value
    double tokensPerDay = 2'000'000;      // generated tokens a team needs per day
    double apiUsdPerMillionTokens = 1.98; // the cloud alternative (catalog cloud row: DeepSeek V4-Pro output)
};

inline constexpr double kDaysPerMonth = 365.25 / 12;

struct Side
{
    ModelSpec model;
    HardwareSpec hardware;
    Scenario scenario;
};

struct SideCosts
{
    Estimate estimate;
    std::optional<double> priceLowUsd; // purchase: street if known, else MSRP
    std::optional<double> priceHighUsd;
    QString priceKind;                    // "street" or "MSRP"
    std::optional<double> usdPerTokS;     // low price ÷ decode estimate
    std::optional<double> usdPerUsableGB; // low price ÷ usable memory in GB (10^9 bytes)
    std::optional<double> energyUsdPerMillionTokens;
    std::optional<double> apiUsdPerMonth;
    std::optional<double> energyUsdPerMonth;
    std::optional<double> breakevenMonths; // nullopt: no price, no fit, or never pays back
    bool capacityShort = false;            // the box cannot generate tokensPerDay in 24 hours
};

[[nodiscard]] SideCosts evaluate(const Side &side, const DecodeCalibration &calibration,
                                 const Assumptions &assumptions);

// The cheapest box (by low purchase price, as sold) that runs `model` comfortably in
// `scenario`; nullopt when none does. Boxes without a price are skipped, not treated as free.
[[nodiscard]] std::optional<qsizetype> cheapestComfortable(const Catalog &catalog, const ModelSpec &model,
                                                           const Scenario &scenario);

struct AdvisorInputs
{
    double budgetLowUsd = 0;
    double budgetHighUsd = 10'000;
    double minTokS = 20;
    double contextTokens = 32768;
    bool singleBoxOnly = false;
    Scenario scenario; // quantization and KV precision; its context is replaced by contextTokens
};

struct Advice
{
    qsizetype hardwareIndex = -1;
    qsizetype modelIndex = -1;
    Estimate estimate;
    double priceLowUsd = 0;
    QString priceKind;
    bool proOnly = false; // ranked apart: its score is on a different exam
    QString explanation;  // "fits with 34 GB spare at 64K; 24 tok/s; $8,565 MSRP"
};

// Every box-and-model pair that fits within the budget and speed floor, ranked by SWE-bench
// Verified, then speed, then price; models reporting only SWE-bench Pro come after, apart.
[[nodiscard]] QList<Advice> advise(const Catalog &catalog, const AdvisorInputs &inputs);

} // namespace Headroom::Costs
