// Every way to get the tokens (buy A, buy B, rent either, the API), which wins, and how sure that is.
#pragma once

#include "costs.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

// The decision a finance reader signs (contracts.md): the options are buying either box, renting
// either where an offer exists, and the model's API (one per model when the sides differ). An option
// qualifies when it runs the model, meets the answer-time floor and serves the workload; the API
// qualifies when an offer exists. The cheapest qualifying option over the horizon wins, except that a
// box within 10 % of the cheapest option's cost wins over it when it is the faster box, or when the
// cheapest is the API (owning the speed is worth that much). Ties fall to the lower price, then the
// id, never to which side is A. An option whose cost is unknown never wins.
//
// Numbers only, as Costs is; Recommendation turns a Result into sentences.
namespace Headroom::Decision {

enum class Route { BuyA, BuyB, RentA, RentB, Api, ApiA, ApiB };

// The JSON token of a route ("a", "b", "rent-a", "rent-b", "api", "api-a", "api-b").
[[nodiscard]] QString routeKey(Route route);
[[nodiscard]] bool isApi(Route route);
[[nodiscard]] bool isRent(Route route);
// The side a route belongs to: 0 for A's box or A's model's API, 1 for B's.
[[nodiscard]] int sideOf(Route route);

// Within this share of the cheapest option, a faster box wins over it.
inline constexpr double kSameCostShare = 0.10;

struct Option
{
    Route route = Route::BuyA;
    std::optional<double> tcoUsd; // over the horizon; null when an input is unknown
    bool qualifies = false;
    bool extrapolated = false;        // its speed rests on an extrapolated estimate
    std::optional<double> decodeTokS; // null for the API: its speed is not compared
    std::optional<double> priceUsd;   // what is paid up front (buy), for the tie-break
    Costs::MissingInput missing = Costs::MissingInput::None;
};

// The options of two sides under one set of inputs, and the index of the winner (-1: none).
struct Choice
{
    QList<Option> options;
    int winner = -1;
    bool apiBeatenWithinShare = false; // a box won although the API is up to 10 % cheaper
    [[nodiscard]] const Option *winning() const { return winner >= 0 ? &options.at(winner) : nullptr; }
};

// Options from costs already evaluated: the one place the rule above lives.
[[nodiscard]] Choice choose(const std::array<Costs::Side, 2> &sides, const std::array<Costs::SideCosts, 2> &costs,
                            const Costs::Assumptions &assumptions);

// An input the answer rests on that a buyer may not know exactly.
enum class Input { PriceA, PriceB, DecodeA, DecodeB, PrefillA, PrefillB, ApiPrice };

// The smallest relative move of one input that changes the winner.
struct Flip
{
    Input input = Input::PriceA;
    double factor = 1.0; // the input times this flips it
    double value = 0.0;  // the input's value there (USD, tok/s, or USD per million output tokens)
    Route newWinner = Route::BuyA;
    bool noWinner = false; // the move leaves nothing qualifying
};

struct Result
{
    Choice choice;
    std::array<Costs::SideCosts, 2> costs;
    // Each option's cost across every low/high corner of the box prices, decode and prefill ranges.
    QList<std::optional<double>> tcoLowUsd, tcoHighUsd;
    bool holdsAcrossRanges = true;
    std::optional<Flip> flip; // set when the answer does not hold across the ranges
    // The nearest workload above today's at which the answer changes, and to what (nullopt: none up
    // to what any option can serve).
    std::optional<double> changesAboveTokensPerDay;
    std::optional<Route> winnerAbove;
    bool noWinnerAbove = false;
};

// The whole decision: costs at the stated inputs, ranges, how sure, and the workload threshold.
[[nodiscard]] Result decide(const std::array<Costs::Side, 2> &sides, const std::array<Costs::SideCosts, 2> &costs,
                            const Costs::Assumptions &assumptions);

// The estimate with its decode and prefill speeds times the factors given (ranges scale with them).
[[nodiscard]] Estimate scaled(const Estimate &estimate, double decodeFactor, double prefillFactor);

} // namespace Headroom::Decision
