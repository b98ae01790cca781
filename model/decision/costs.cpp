// What a box costs to buy, run, rent or replace with an API, over the horizon.
#include "costs.h"

#include "engine.h"

#include <algorithm>
#include <cmath>

namespace Headroom::Costs {

namespace {
std::optional<PriceQuote> purchase(const HardwareSpec &hardware)
{
    const auto quote = hardware.purchasePrice();
    if (!quote || quote->lowUsd <= 0)
        return std::nullopt;
    return quote;
}

// What a buyer pays for a working box: the quote, plus the host computer a bare card needs.
std::optional<PriceQuote> purchase(const Catalog &catalog, const HardwareSpec &hardware)
{
    auto quote = purchase(hardware);
    if (quote) {
        if (const HostSpec *host = catalog.findHost(hardware.hostId); host && host->priceUsd) {
            quote->lowUsd += *host->priceUsd;
            quote->highUsd += *host->priceUsd;
        }
    }
    return quote;
}
} // namespace

Side sideFor(const Catalog &catalog, const ModelSpec &model, const HardwareSpec &hardware, const Scenario &scenario)
{
    Side side{model, hardware, scenario, std::nullopt, std::nullopt, false, std::nullopt};
    if (const HostSpec *host = catalog.findHost(hardware.hostId))
        side.host = *host;
    if (const ApiOffer *offer = catalog.apiOfferFor(model.id)) {
        side.api = *offer;
    } else if (const ApiOffer *standIn = catalog.apiOfferFor(QString::fromLatin1(kDefaultApiModelId))) {
        side.api = *standIn;
        side.apiStandsIn = true;
    }
    // The cheapest on-demand offer for every GPU the scenario puts in the box: spot can be taken
    // away mid-task, so a workload is not planned on it.
    const int devices = Engine::devicesFor(hardware, scenario);
    for (const RentalOffer &r : catalog.rentalOffers) {
        const auto hourly = r.onDemandFor(devices);
        if (r.hardwareId == hardware.id && hourly && (!side.rental || *hourly < *side.rental->onDemandFor(devices)))
            side.rental = r;
    }
    return side;
}

Assumptions defaultAssumptions(const Catalog &)
{
    return {};
}

double blendedApiUsdPerMillionOutput(const ApiOffer &offer, const Assumptions &a)
{
    const double cached = offer.usdPerMillionCachedInput.value_or(offer.usdPerMillionInput);
    return offer.usdPerMillionOutput +
           a.inputPerOutput * (a.cacheHitShare * cached + (1.0 - a.cacheHitShare) * offer.usdPerMillionInput);
}

Estimate estimateOf(const Side &side, const DecodeCalibration &calibration)
{
    return Engine::estimate(side.model, side.hardware, side.scenario, calibration, side.host ? &*side.host : nullptr);
}

QString rentalPatternKey(RentalPattern pattern)
{
    return pattern == RentalPattern::Reserved ? QStringLiteral("reserved") : QStringLiteral("on-demand");
}

std::optional<RentalPattern> rentalPatternFromKey(const QString &key)
{
    if (key == QLatin1String("on-demand"))
        return RentalPattern::OnDemand;
    if (key == QLatin1String("reserved"))
        return RentalPattern::Reserved;
    return std::nullopt;
}

SideCosts evaluate(const Side &side, const DecodeCalibration &calibration, const Assumptions &a)
{
    SideCosts c = evaluateEstimate(side, estimateOf(side, calibration), a);
    if (c.estimate.ok() && c.estimate.verdict == Verdict::UnsupportedFormat) {
        // Most bits first: the best-quality weights this box can hold.
        for (const QString &name : Quantization::sliderSteps()) {
            Side other = side;
            other.scenario.quant = Quantization::parse(name);
            const Estimate e = estimateOf(other, calibration);
            if (e.ok() && (e.verdict == Verdict::Comfortable || e.verdict == Verdict::Tight)) {
                c.formatThatRuns = other.scenario.quant;
                break;
            }
        }
    }
    return c;
}

SideCosts evaluateEstimate(const Side &side, const Estimate &estimate, const Assumptions &a, PriceEnd end,
                           double priceScale)
{
    SideCosts c;
    c.estimate = estimate;
    const int devices = c.estimate.ok() ? c.estimate.gpus : 1;
    const double boxesPerSale = double(devices) / side.hardware.devices();
    if (const auto p = purchase(side.hardware)) {
        // Extra GPUs beyond the box as sold are priced pro rata; a bare card's computer once. A
        // computer whose price nobody knows leaves the system price unknown, never $0 (--host-usd).
        c.hostUsd = side.host ? (a.hostUsd ? a.hostUsd : side.host->priceUsd) : std::nullopt;
        if (side.host && !c.hostUsd) {
            c.missing = MissingInput::HostPrice;
        } else {
            c.priceLowUsd = p->lowUsd * priceScale * boxesPerSale + c.hostUsd.value_or(0);
            c.priceHighUsd = p->highUsd * priceScale * boxesPerSale + c.hostUsd.value_or(0);
            if (end == PriceEnd::High)
                c.priceLowUsd = c.priceHighUsd; // the cost below reads the low end; this corner moves it
        }
        c.priceKind = p->kind;
    } else {
        c.missing = MissingInput::BoxPrice;
    }
    const std::optional<double> apiPerMillion = a.apiUsdPerMillionTokens ? a.apiUsdPerMillionTokens
                                                : side.api
                                                    ? std::optional<double>(blendedApiUsdPerMillionOutput(*side.api, a))
                                                    : std::nullopt;
    if (a.tokensPerDay > 0 && apiPerMillion) {
        c.apiUsdPerMonth = a.tokensPerDay * kDaysPerMonth / 1e6 * *apiPerMillion;
        c.apiTcoUsd = apiCostAfter(c, a.horizonMonths);
    }

    const Estimate &e = c.estimate;
    if (!e.ok())
        return c;
    if (c.priceLowUsd && e.usableBytes > 0)
        c.usdPerUsableByte = *c.priceLowUsd / e.usableBytes;
    if (!e.runs() || !e.decodeTokS || *e.decodeTokS <= 0)
        return c;
    // The floor is the time a person waits: the prompt's prefill, then the answer. An unknown
    // prefill leaves the answer time, and so the floor, unknown.
    const std::optional<double> ttft = side.scenario.promptTokens <= 0 ? std::optional<double>(0.0) : e.ttftSeconds;
    if (ttft)
        c.answerSeconds = *ttft + side.scenario.answerTokens / *e.decodeTokS;
    if (c.answerSeconds)
        c.meetsAnswerFloor = *c.answerSeconds <= a.answerWithinSeconds;
    c.meetsSpeedFloor = c.meetsAnswerFloor.value_or(false) && *e.decodeTokS >= a.speedFloorTokS;
    if (c.priceLowUsd)
        c.usdPerTokS = *c.priceLowUsd / *e.decodeTokS;
    const double aggregate = e.aggregateTokS.value_or(*e.decodeTokS);

    // Capacity: an output token costs 1/aggregate seconds of decode and the prefill of the input
    // it brings that is not already cached; the sequences decode together, prefill takes turns.
    const double uncachedPerOutput = a.inputPerOutput * (1.0 - a.cacheHitShare);
    std::optional<double> secondsPerOutput;
    if (uncachedPerOutput <= 0)
        secondsPerOutput = 1.0 / aggregate;
    else if (e.prefillTokS && *e.prefillTokS > 0)
        secondsPerOutput = 1.0 / aggregate + uncachedPerOutput / *e.prefillTokS;
    if (secondsPerOutput) {
        c.capacityTokensPerDay = 86400.0 / *secondsPerOutput;
        c.capacityShort = a.tokensPerDay > *c.capacityTokensPerDay;
        c.activeHoursPerDay = std::min(24.0, a.tokensPerDay * *secondsPerOutput / 3600.0);
    }

    // Electricity: the box and its host at load for the active hours and idle the rest of the day.
    // A power nobody published is unknown, and so is what depends on it: never 0 W.
    const auto watts = [&](std::optional<double> box, std::optional<double> host) -> std::optional<double> {
        if (!box || (side.host && !host))
            return std::nullopt;
        return *box * boxesPerSale + host.value_or(0.0);
    };
    const std::optional<double> load = watts(side.hardware.loadWatts, side.host ? side.host->loadWatts : std::nullopt);
    const std::optional<double> idle = watts(side.hardware.idleWatts, side.host ? side.host->idleWatts : std::nullopt);
    // Prefill runs at load too: the energy per output token counts its share of uncached input.
    if (load && *load > 0 && secondsPerOutput)
        c.energyUsdPerMillionTokens = *load * (1e6 * *secondsPerOutput) / 3.6e6 * a.electricityUsdPerKwh;
    const double kwhPrice = a.electricityUsdPerKwh / 1000.0 * kDaysPerMonth; // per watt-hour a day, a month
    if (load && idle && secondsPerOutput) {
        const double active = *c.activeHoursPerDay;
        c.energyUsdPerMonth = (*load * active + *idle * (24.0 - active)) * kwhPrice;
        if (c.priceLowUsd) {
            c.tcoUsd = ownedCostAfter(c, a.horizonMonths);
            c.tcoFixedUsd = *c.priceLowUsd + *idle * 24.0 * kwhPrice * a.horizonMonths;
            c.tcoUsdPerTokenPerDay = (*load - *idle) * (*secondsPerOutput / 3600.0) * kwhPrice * a.horizonMonths;
        }
    } else if (c.priceLowUsd && c.missing == MissingInput::None) {
        c.missing = MissingInput::Power;
    }
    if (side.rental)
        c.rentUsdPerHour = side.rental->onDemandFor(devices);
    if (c.rentUsdPerHour && c.activeHoursPerDay) {
        // Billed as rented: whole hours a day, at least one, or around the clock when reserved.
        c.rentHoursPerDay = a.rentalPattern == RentalPattern::Reserved
                                ? 24.0
                                : std::clamp(std::ceil(*c.activeHoursPerDay - 1e-9), 1.0, 24.0);
        c.rentUsdPerMonth = *c.rentUsdPerHour * *c.rentHoursPerDay * kDaysPerMonth;
        c.rentTcoUsd = *c.rentUsdPerMonth * a.horizonMonths;
        // A box nobody sells, only rents: renting is its cost of ownership (the rate includes power).
        if (!purchase(side.hardware)) {
            c.rented = true;
            c.tcoUsd = c.rentTcoUsd;
        }
    }
    if (c.priceLowUsd && c.apiUsdPerMonth && !c.capacityShort && c.energyUsdPerMonth) {
        const double saving = *c.apiUsdPerMonth - *c.energyUsdPerMonth;
        if (saving > 0)
            c.breakevenMonths = *c.priceLowUsd / saving;
    }
    return c;
}

std::optional<double> ownedCostAfter(const SideCosts &costs, double months)
{
    if (costs.rented)
        return *costs.rentUsdPerMonth * months;
    if (!costs.priceLowUsd || !costs.energyUsdPerMonth)
        return std::nullopt;
    return *costs.priceLowUsd + *costs.energyUsdPerMonth * months;
}

std::optional<double> apiCostAfter(const SideCosts &costs, double months)
{
    if (!costs.apiUsdPerMonth)
        return std::nullopt;
    return *costs.apiUsdPerMonth * months;
}

std::optional<qsizetype> cheapestComfortable(const Catalog &catalog, const ModelSpec &model, const Scenario &scenario,
                                             const QString &excludeHardwareId, double minTokS)
{
    std::optional<qsizetype> best;
    double bestPrice = 0;
    for (qsizetype i = 0; i < catalog.hardware.size(); ++i) {
        const HardwareSpec &h = catalog.hardware.at(i);
        const auto price = purchase(catalog, h);
        if (!price || h.id == excludeHardwareId)
            continue;
        Scenario s = scenario;
        s.gpus = 0; // the box as sold: the finder compares what can be bought
        const Estimate e = Engine::estimate(model, h, s, catalog.calibrationFor(h), catalog.hostFor(h));
        if (e.ok() && e.verdict == Verdict::Comfortable && *e.decodeTokS >= minTokS &&
            (!best || price->lowUsd < bestPrice)) {
            best = i;
            bestPrice = price->lowUsd;
        }
    }
    return best;
}

namespace {
// Verified first, then Pro-only apart; by score, then speed, then price; then catalog order, so
// equal picks always come in the same order, however many were kept along the way.
bool adviceBefore(const Catalog &catalog, const Advice &x, const Advice &y)
{
    if (x.proOnly != y.proOnly)
        return !x.proOnly;
    const ModelSpec &mx = catalog.models.at(x.modelIndex);
    const ModelSpec &my = catalog.models.at(y.modelIndex);
    const double sx = x.proOnly ? mx.swePro->percent : mx.sweVerified->percent;
    const double sy = y.proOnly ? my.swePro->percent : my.sweVerified->percent;
    if (sx != sy)
        return sx > sy;
    if (*x.estimate.decodeTokS != *y.estimate.decodeTokS)
        return *x.estimate.decodeTokS > *y.estimate.decodeTokS;
    if (x.priceLowUsd != y.priceLowUsd)
        return x.priceLowUsd < y.priceLowUsd;
    return std::pair(x.hardwareIndex, x.modelIndex) < std::pair(y.hardwareIndex, y.modelIndex);
}
} // namespace

AdviceRun advise(const Catalog &catalog, const AdvisorInputs &inputs, qsizetype limit, const std::atomic_bool *cancel)
{
    AdviceRun run;
    QList<Advice> &result = run.best;
    const auto before = [&catalog](const Advice &x, const Advice &y) { return adviceBefore(catalog, x, y); };
    // Keeps the best `limit` without holding every pair that runs: a big catalog has millions.
    const auto trim = [&] {
        if (limit <= 0 || result.size() <= limit)
            return;
        std::nth_element(result.begin(), result.begin() + limit, result.end(), before);
        result.resize(limit);
    };
    Scenario s = inputs.scenario;
    s.gpus = 0; // each box as sold: the advisor ranks what can be bought
    for (qsizetype h = 0; h < catalog.hardware.size(); ++h) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            run.cancelled = true;
            return run;
        }
        const HardwareSpec &box = catalog.hardware.at(h);
        const auto price = purchase(catalog, box);
        if (!price || price->lowUsd < inputs.budgetLowUsd || price->lowUsd > inputs.budgetHighUsd)
            continue;
        // One box: a multi-GPU node is one machine; boxes joined over a network (2× DGX Spark) are not.
        if (inputs.singleBoxOnly && box.interconnect == Interconnect::Network)
            continue;
        const DecodeCalibration calibration = catalog.calibrationFor(box);
        const HostSpec *host = catalog.hostFor(box);
        for (qsizetype m = 0; m < catalog.models.size(); ++m) {
            const ModelSpec &model = catalog.models.at(m);
            if (!model.sweVerified && !model.swePro)
                continue; // nothing to rank it by
            if (inputs.commercialOnly && !model.commercialUseAllowed())
                continue;
            const Estimate e = Engine::estimate(model, box, s, calibration, host);
            if (!e.runs() || *e.decodeTokS < inputs.minTokS)
                continue;
            const std::optional<double> ttft = s.promptTokens <= 0 ? std::optional<double>(0.0) : e.ttftSeconds;
            if (!ttft || *ttft + s.answerTokens / *e.decodeTokS > inputs.answerWithinSeconds)
                continue;
            if (inputs.comfortableOnly && e.verdict != Verdict::Comfortable)
                continue;
            ++run.running;
            result.append({h, m, e, price->lowUsd, price->kind, !model.sweVerified});
            if (limit > 0 && result.size() >= 2 * limit)
                trim();
        }
    }
    trim();
    std::sort(result.begin(), result.end(), before);
    return run;
}

QList<Advice> advise(const Catalog &catalog, const AdvisorInputs &inputs)
{
    return advise(catalog, inputs, 0).best;
}

} // namespace Headroom::Costs
