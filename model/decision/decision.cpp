// Every way to get the tokens (buy A, buy B, rent either, the API), which wins, and how sure that is.
#include "decision.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace Headroom::Decision {

QString routeKey(Route route)
{
    switch (route) {
    case Route::BuyA: return QStringLiteral("a");
    case Route::BuyB: return QStringLiteral("b");
    case Route::RentA: return QStringLiteral("rent-a");
    case Route::RentB: return QStringLiteral("rent-b");
    case Route::Api: return QStringLiteral("api");
    case Route::ApiA: return QStringLiteral("api-a");
    case Route::ApiB: return QStringLiteral("api-b");
    }
    return {};
}

bool isApi(Route route)
{
    return route == Route::Api || route == Route::ApiA || route == Route::ApiB;
}

bool isRent(Route route)
{
    return route == Route::RentA || route == Route::RentB;
}

int sideOf(Route route)
{
    return route == Route::BuyB || route == Route::RentB || route == Route::ApiB ? 1 : 0;
}

namespace {

bool boxQualifies(const Costs::Side &side, const Costs::SideCosts &c, const Costs::Assumptions &a)
{
    if (!c.estimate.runs())
        return false;
    if (a.commercialUse && !side.model.commercialUseAllowed())
        return false;
    return c.meetsSpeedFloor && c.capacityTokensPerDay && !c.capacityShort;
}

// The order among boxes whose costs are within the share: faster, then cheaper, then the lower price
// paid up front, then the box's id, then buying before renting. Never which side is A.
bool boxBefore(const Option &x, const Option &y, const std::array<Costs::Side, 2> &sides)
{
    if (*x.decodeTokS != *y.decodeTokS)
        return *x.decodeTokS > *y.decodeTokS;
    if (*x.tcoUsd != *y.tcoUsd)
        return *x.tcoUsd < *y.tcoUsd;
    const double px = x.priceUsd.value_or(0), py = y.priceUsd.value_or(0);
    if (px != py)
        return px < py;
    const QString &ix = sides[sideOf(x.route)].hardware.id, &iy = sides[sideOf(y.route)].hardware.id;
    if (ix != iy)
        return ix < iy;
    return !isRent(x.route) && isRent(y.route);
}

} // namespace

Choice choose(const std::array<Costs::Side, 2> &sides, const std::array<Costs::SideCosts, 2> &costs,
              const Costs::Assumptions &a)
{
    Choice choice;
    const bool sameModel = sides[0].model.id == sides[1].model.id;
    const bool sameBox = sameModel && sides[0].hardware.id == sides[1].hardware.id;
    for (int i = 0; i < (sameBox ? 1 : 2); ++i) {
        const Costs::SideCosts &c = costs[i];
        const bool qualifies = boxQualifies(sides[i], c, a);
        const bool extrapolated = c.estimate.ok() && c.estimate.extrapolated;
        Option buy{i == 0 ? Route::BuyA : Route::BuyB,
                   c.rented ? std::nullopt : c.tcoUsd,
                   qualifies,
                   extrapolated,
                   c.estimate.runs() ? c.estimate.decodeTokS : std::nullopt,
                   c.priceLowUsd,
                   c.missing};
        if (buy.tcoUsd)
            buy.missing = Costs::MissingInput::None;
        choice.options.append(buy);
        if (c.rentUsdPerHour)
            choice.options.append({i == 0 ? Route::RentA : Route::RentB, c.rentTcoUsd, qualifies, extrapolated,
                                   buy.decodeTokS, std::nullopt, Costs::MissingInput::None});
    }
    if (sameModel) {
        choice.options.append({Route::Api, costs[0].apiTcoUsd, costs[0].apiTcoUsd.has_value(), false, std::nullopt,
                               std::nullopt, Costs::MissingInput::None});
    } else {
        for (int i : {0, 1})
            choice.options.append({i == 0 ? Route::ApiA : Route::ApiB, costs[i].apiTcoUsd,
                                   costs[i].apiTcoUsd.has_value(), false, std::nullopt, std::nullopt,
                                   Costs::MissingInput::None});
    }

    std::optional<double> cheapest;
    for (const Option &o : std::as_const(choice.options)) {
        if (o.qualifies && o.tcoUsd && (!cheapest || *o.tcoUsd < *cheapest))
            cheapest = o.tcoUsd;
    }
    if (!cheapest)
        return choice;
    // A box near the cheapest cost wins for its speed; otherwise the cheapest API.
    for (int i = 0; i < choice.options.size(); ++i) {
        const Option &o = choice.options.at(i);
        if (isApi(o.route) || !o.qualifies || !o.tcoUsd || *o.tcoUsd > (1.0 + kSameCostShare) * *cheapest)
            continue;
        if (choice.winner < 0 || boxBefore(o, choice.options.at(choice.winner), sides))
            choice.winner = i;
    }
    if (choice.winner >= 0) {
        choice.apiBeatenWithinShare = std::any_of(choice.options.cbegin(), choice.options.cend(), [&](const Option &o) {
            return isApi(o.route) && o.qualifies && o.tcoUsd && *o.tcoUsd < *choice.options.at(choice.winner).tcoUsd;
        });
        return choice;
    }
    for (int i = 0; i < choice.options.size(); ++i) {
        const Option &o = choice.options.at(i);
        if (!isApi(o.route) || !o.qualifies || !o.tcoUsd)
            continue;
        const Option *best = choice.winning();
        if (!best || *o.tcoUsd < *best->tcoUsd ||
            (*o.tcoUsd == *best->tcoUsd && sides[sideOf(o.route)].model.id < sides[sideOf(best->route)].model.id))
            choice.winner = i;
    }
    return choice;
}

Estimate scaled(const Estimate &estimate, double decodeFactor, double prefillFactor)
{
    Estimate e = estimate;
    for (std::optional<double> *v :
         {&e.decodeTokS, &e.decodeEmptyTokS, &e.decodeLowTokS, &e.decodeHighTokS, &e.aggregateTokS}) {
        if (*v)
            **v *= decodeFactor;
    }
    for (std::optional<double> *v : {&e.prefillTokS, &e.prefillLowTokS, &e.prefillHighTokS}) {
        if (*v)
            **v *= prefillFactor;
    }
    for (std::optional<double> *v : {&e.prefillSeconds, &e.ttftSeconds, &e.ttftLowSeconds, &e.ttftHighSeconds}) {
        if (*v)
            **v /= prefillFactor;
    }
    return e;
}

namespace {

// One set of inputs moved from the stated ones: the decision is re-run on it.
struct Moved
{
    std::array<Costs::PriceEnd, 2> price{Costs::PriceEnd::Low, Costs::PriceEnd::Low};
    std::array<double, 2> priceScale{1.0, 1.0};
    std::array<double, 2> decode{1.0, 1.0};
    std::array<double, 2> prefill{1.0, 1.0};
    double api = 1.0;
    std::optional<double> tokensPerDay;
};

std::array<Costs::SideCosts, 2> costsAt(const std::array<Costs::Side, 2> &sides,
                                        const std::array<Costs::SideCosts, 2> &base, const Costs::Assumptions &a,
                                        const Moved &m)
{
    Costs::Assumptions moved = a;
    if (m.tokensPerDay)
        moved.tokensPerDay = *m.tokensPerDay;
    std::array<Costs::SideCosts, 2> out;
    for (int i : {0, 1}) {
        const Estimate e =
            base[i].estimate.ok() ? scaled(base[i].estimate, m.decode[i], m.prefill[i]) : base[i].estimate;
        out[i] = Costs::evaluateEstimate(sides[i], e, moved, m.price[i], m.priceScale[i]);
        for (std::optional<double> *v : {&out[i].apiUsdPerMonth, &out[i].apiTcoUsd}) {
            if (*v)
                **v *= m.api;
        }
    }
    return out;
}

// The route of the winner, or nullopt for none: what "the answer" is when inputs move.
std::optional<Route> winnerRoute(const Choice &c)
{
    return c.winning() ? std::optional<Route>(c.winning()->route) : std::nullopt;
}

double rangeFactor(const std::optional<double> &end, const std::optional<double> &mid)
{
    return end && mid && *mid > 0 ? *end / *mid : 1.0;
}

// The smallest factor from 1 towards `farthest` at which the answer differs from `now`, to a
// relative 1e-4: scanned in widening steps, then bisected. nullopt when it holds all the way.
std::optional<double> firstChange(const std::function<std::optional<Route>(double)> &answerAt,
                                  const std::optional<Route> &now, double farthest)
{
    const double up = farthest > 1.0 ? 1.0 : -1.0;
    const double reach = std::abs(std::log(farthest));
    double inside = 0.0; // log factor known to give `now`
    std::optional<double> outside;
    for (double step = 0.002; inside < reach; step *= 1.25) {
        const double next = std::min(reach, inside + step);
        if (answerAt(std::exp(up * next)) != now) {
            outside = next;
            break;
        }
        inside = next;
    }
    if (!outside)
        return std::nullopt;
    while (*outside - inside > 1e-4) {
        const double middle = 0.5 * (inside + *outside);
        if (answerAt(std::exp(up * middle)) != now)
            outside = middle;
        else
            inside = middle;
    }
    return std::exp(up * *outside);
}

} // namespace

Result decide(const std::array<Costs::Side, 2> &sides, const std::array<Costs::SideCosts, 2> &costs,
              const Costs::Assumptions &a)
{
    Result r;
    r.costs = costs;
    r.choice = choose(sides, costs, a);
    const std::optional<Route> now = winnerRoute(r.choice);
    for (const Option &o : std::as_const(r.choice.options)) {
        r.tcoLowUsd.append(o.tcoUsd);
        r.tcoHighUsd.append(o.tcoUsd);
    }

    // Every low/high corner of each box's price, decode and prefill ranges.
    for (int corner = 0; corner < 64; ++corner) {
        Moved m;
        for (int i : {0, 1}) {
            const Estimate &e = costs[i].estimate;
            m.price[i] = corner >> (3 * i) & 1 ? Costs::PriceEnd::High : Costs::PriceEnd::Low;
            m.decode[i] = rangeFactor(corner >> (3 * i + 1) & 1 ? e.decodeHighTokS : e.decodeLowTokS, e.decodeTokS);
            m.prefill[i] = rangeFactor(corner >> (3 * i + 2) & 1 ? e.prefillHighTokS : e.prefillLowTokS, e.prefillTokS);
        }
        const Choice c = choose(sides, costsAt(sides, costs, a, m), a);
        if (winnerRoute(c) != now)
            r.holdsAcrossRanges = false;
        for (const Option &o : c.options) {
            for (int k = 0; k < r.choice.options.size(); ++k) {
                if (r.choice.options.at(k).route != o.route || !o.tcoUsd || !r.tcoLowUsd[k])
                    continue;
                r.tcoLowUsd[k] = std::min(*r.tcoLowUsd[k], *o.tcoUsd);
                r.tcoHighUsd[k] = std::max(*r.tcoHighUsd[k], *o.tcoUsd);
            }
        }
    }

    // How sure: the one input whose smallest relative move changes the answer.
    if (!r.holdsAcrossRanges) {
        const auto answerWith = [&](Input input, double f) {
            Moved m;
            switch (input) {
            case Input::PriceA: m.priceScale[0] = f; break;
            case Input::PriceB: m.priceScale[1] = f; break;
            case Input::DecodeA: m.decode[0] = f; break;
            case Input::DecodeB: m.decode[1] = f; break;
            case Input::PrefillA: m.prefill[0] = f; break;
            case Input::PrefillB: m.prefill[1] = f; break;
            case Input::ApiPrice: m.api = f; break;
            }
            return winnerRoute(choose(sides, costsAt(sides, costs, a, m), a));
        };
        double best = 0.0;
        for (Input input : {Input::PriceA, Input::PriceB, Input::DecodeA, Input::DecodeB, Input::PrefillA,
                            Input::PrefillB, Input::ApiPrice}) {
            for (double farthest : {10.0, 0.1}) {
                const auto f = firstChange([&](double x) { return answerWith(input, x); }, now, farthest);
                if (!f || (r.flip && std::abs(std::log(*f)) >= best))
                    continue;
                best = std::abs(std::log(*f));
                const std::optional<Route> then = answerWith(input, *f);
                Flip flip{input, *f, 0.0, then.value_or(Route::BuyA), !then};
                const int side = input == Input::PriceB || input == Input::DecodeB || input == Input::PrefillB;
                const Costs::SideCosts &c = costs[side];
                switch (input) {
                case Input::PriceA:
                case Input::PriceB:
                    flip.value =
                        sides[side].hardware.purchasePrice() ? sides[side].hardware.purchasePrice()->lowUsd * *f : 0.0;
                    break;
                case Input::DecodeA:
                case Input::DecodeB: flip.value = c.estimate.decodeTokS.value_or(0.0) * *f; break;
                case Input::PrefillA:
                case Input::PrefillB: flip.value = c.estimate.prefillTokS.value_or(0.0) * *f; break;
                case Input::ApiPrice: flip.value = costs[0].apiUsdPerMonth.value_or(0.0) * *f; break;
                }
                r.flip = flip;
            }
        }
    }

    // The workload threshold: the nearest flip above today's workload, by the same rule.
    const auto answerAtWorkload = [&](double factor) {
        Moved m;
        m.tokensPerDay = a.tokensPerDay * factor;
        return winnerRoute(choose(sides, costsAt(sides, costs, a, m), a));
    };
    const double farthest = std::min(1000.0, 1e12 / std::max(1.0, a.tokensPerDay));
    if (farthest > 1.0) {
        if (const auto f = firstChange(answerAtWorkload, now, farthest)) {
            r.changesAboveTokensPerDay = a.tokensPerDay * *f;
            const std::optional<Route> then = answerAtWorkload(*f);
            r.winnerAbove = then;
            r.noWinnerAbove = !then;
        }
    }
    return r;
}

} // namespace Headroom::Decision
