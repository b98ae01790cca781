// The decision in sentences that follow from its numbers.
#include "recommendation.h"

#include "format.h"

#include <QCoreApplication>

#include <cmath>

namespace Headroom::Recommendation {

namespace {

// The translation context lupdate and the runtime both read.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Headroom::Recommendation)
};

QString ratio(double r)
{
    return QStringLiteral("%1×").arg(r, 0, 'f', r < 10 ? 1 : 0);
}

QString years(int months)
{
    return months % 12 == 0 ? Text::tr("%n year(s)", nullptr, months / 12) : Text::tr("%n month(s)", nullptr, months);
}

// The licence warnings of the models compared, once per model, last.
void appendWarnings(const std::array<Costs::Side, 2> &sides, QStringList *sentences)
{
    for (int i : {0, 1}) {
        if (i == 1 && sides[1].model.id == sides[0].model.id)
            break;
        if (const QString warning = commercialUseWarning(sides[i].model); !warning.isEmpty())
            *sentences << warning;
    }
}

} // namespace

QString commercialUseWarning(const ModelSpec &model)
{
    if (!model.commercialUse)
        return {};
    const CommercialUse &use = *model.commercialUse;
    switch (use.value) {
    case CommercialUse::Value::Yes: return {};
    case CommercialUse::Value::No:
        return Text::tr("Licence: %1's weights may not be used commercially (%2).").arg(model.name, use.note);
    case CommercialUse::Value::Conditions:
        return Text::tr("Licence: %1's weights may be used commercially only under conditions (%2).")
            .arg(model.name, use.note);
    }
    return {};
}

QString whyNot(const Costs::Side &side, const Costs::SideCosts &c, const Costs::Assumptions &a)
{
    const Estimate &e = c.estimate;
    const QString &box = side.hardware.name;
    if (!e.ok())
        return Text::tr("%1 cannot be estimated: %2").arg(box, e.error->message);
    // Buying or renting a box for weights the buyer may not use commercially answers nothing.
    if (a.commercialUse && !side.model.commercialUseAllowed()) {
        const QString terms = !side.model.commercialUse ? Text::tr("terms unknown")
                              : side.model.commercialUse->value == CommercialUse::Value::No
                                  ? Text::tr("not for commercial use")
                                  : Text::tr("commercial use only under conditions");
        return Text::tr("%1 would run %2, whose weights are not cleared for commercial use (%3)")
            .arg(box, side.model.name, terms);
    }
    if (!e.runs() && c.formatThatRuns)
        return Text::tr("%1 does not run %2 at %3 tokens (%4); at %5 it does (--quant %5)")
            .arg(box, side.model.name, Format::tokens(side.scenario.contextTokens), verdictText(e.verdict).toLower(),
                 c.formatThatRuns->name);
    if (!e.runs())
        return Text::tr("%1 does not run %2 at %3 tokens (%4)")
            .arg(box, side.model.name, Format::tokens(side.scenario.contextTokens), verdictText(e.verdict).toLower());
    if (!c.answerSeconds)
        return Text::tr("%1's prompt speed is unknown, so whether it answers within %2 is too")
            .arg(box, Format::seconds(a.answerWithinSeconds));
    if (!*c.meetsAnswerFloor)
        return Text::tr("%1 takes %2 for a %3-token answer, more than the %4 floor")
            .arg(box, Format::seconds(*c.answerSeconds), Format::tokens(side.scenario.answerTokens),
                 Format::seconds(a.answerWithinSeconds));
    if (!c.meetsSpeedFloor)
        return Text::tr("%1 reaches %2, below the %3 floor")
            .arg(box, Format::rate(e.decodeTokS), Format::rate(a.speedFloorTokS));
    if (!c.capacityTokensPerDay)
        return Text::tr("%1's prompt speed is unknown, so whether it serves %2 tokens a day is too")
            .arg(box, Format::tokens(a.tokensPerDay));
    if (c.capacityShort)
        return Text::tr("%1 serves at most %2 of the %3 tokens a day (%4 such boxes would)")
            .arg(box, Format::tokens(*c.capacityTokensPerDay), Format::tokens(a.tokensPerDay))
            .arg(int(std::ceil(a.tokensPerDay / *c.capacityTokensPerDay)));
    return {};
}

QString Result::recommendedKey() const
{
    const Decision::Option *o = decision.choice.winning();
    return o ? Decision::routeKey(o->route) : QString();
}

QString optionLabel(Decision::Route route, const std::array<Costs::Side, 2> &sides,
                    const Costs::Assumptions &assumptions)
{
    const Costs::Side &s = sides[Decision::sideOf(route)];
    if (Decision::isRent(route))
        return Text::tr("Rent %1").arg(s.hardware.name);
    if (!Decision::isApi(route))
        return Text::tr("Buy %1").arg(s.hardware.name);
    if (assumptions.apiUsdPerMillionTokens || !s.api)
        return Text::tr("API: %1 at your price").arg(s.model.name);
    if (s.apiStandsIn)
        return Text::tr("API of %1 (stand-in)").arg(s.api->modelId);
    return Text::tr("API: %1 (%2)").arg(s.model.name, s.api->provider);
}

QString optionWhyNot(const Decision::Option &o, const std::array<Costs::Side, 2> &sides,
                     const std::array<Costs::SideCosts, 2> &costs, const Costs::Assumptions &a)
{
    const int i = Decision::sideOf(o.route);
    const Costs::Side &s = sides[i];
    if (Decision::isApi(o.route))
        return o.tcoUsd ? QString()
                        : Text::tr("no API price for %1 in the catalog (--api-usd-per-m)").arg(s.model.name);
    if (!o.qualifies)
        return whyNot(s, costs[i], a);
    if (o.tcoUsd)
        return {};
    const QString priceFlag = i == 0 ? QStringLiteral("--a-price-usd") : QStringLiteral("--b-price-usd");
    switch (o.missing) {
    case Costs::MissingInput::BoxPrice:
        return Text::tr("no purchase price for %1 (give one with %2)").arg(s.hardware.name, priceFlag);
    case Costs::MissingInput::HostPrice:
        return Text::tr("the price of its host computer, %1, is unknown (give one with --host-usd)")
            .arg(s.host ? s.host->name : QString());
    case Costs::MissingInput::Power:
        return Text::tr("the power %1 draws is unknown (edit the box's power)").arg(s.hardware.name);
    case Costs::MissingInput::None: break;
    }
    return Text::tr("its cost is unknown");
}

namespace {

QString inputText(const Decision::Flip &f, const std::array<Costs::Side, 2> &sides)
{
    const bool up = f.factor > 1.0;
    switch (f.input) {
    case Decision::Input::PriceA:
    case Decision::Input::PriceB: {
        const QString &box = sides[f.input == Decision::Input::PriceB].hardware.name;
        return up ? Text::tr("%1 costs more than %2").arg(box, Format::usd(f.value))
                  : Text::tr("%1 costs less than %2").arg(box, Format::usd(f.value));
    }
    case Decision::Input::DecodeA:
    case Decision::Input::DecodeB: {
        const QString &box = sides[f.input == Decision::Input::DecodeB].hardware.name;
        return up ? Text::tr("%1 decodes faster than %2").arg(box, Format::rate(f.value))
                  : Text::tr("%1 decodes slower than %2").arg(box, Format::rate(f.value));
    }
    case Decision::Input::PrefillA:
    case Decision::Input::PrefillB: {
        const QString &box = sides[f.input == Decision::Input::PrefillB].hardware.name;
        return up ? Text::tr("%1 reads prompts faster than %2").arg(box, Format::rate(f.value))
                  : Text::tr("%1 reads prompts slower than %2").arg(box, Format::rate(f.value));
    }
    case Decision::Input::ApiPrice:
        return up ? Text::tr("the API costs more than %1 a month").arg(Format::usd(f.value))
                  : Text::tr("the API costs less than %1 a month").arg(Format::usd(f.value));
    }
    return {};
}

QString winnerSentence(const Decision::Option &o, const std::array<Costs::Side, 2> &sides,
                       const std::array<Costs::SideCosts, 2> &costs, const Costs::Assumptions &a)
{
    const int i = Decision::sideOf(o.route);
    const Costs::Side &s = sides[i];
    const Costs::SideCosts &c = costs[i];
    const QString over = years(a.horizonMonths);
    const QString speed = o.extrapolated ? Text::tr("%1 (extrapolated: beyond the measurements the speed model is "
                                                    "fitted on)")
                                               .arg(Format::rate(c.estimate.decodeTokS))
                                         : Format::rate(c.estimate.decodeTokS);
    if (Decision::isApi(o.route)) {
        if (s.apiStandsIn && !a.apiUsdPerMillionTokens)
            return Text::tr("Neither box: use the API of %1 through %2, standing in for %3, which no API serves: %4 "
                            "over %5.")
                .arg(s.api->modelId, s.api->provider, s.model.name, Format::usd(*o.tcoUsd), over);
        return Text::tr("Neither box: call %1 through %2: %3 over %4.")
            .arg(s.model.name, a.apiUsdPerMillionTokens || !s.api ? Text::tr("an API at your price") : s.api->provider,
                 Format::usd(*o.tcoUsd), over);
    }
    if (Decision::isRent(o.route)) {
        const QString pattern = a.rentalPattern == Costs::RentalPattern::Reserved
                                    ? Text::tr("reserved around the clock")
                                    : Text::tr("on demand, %n hour(s) a day", nullptr, int(*c.rentHoursPerDay));
        return Text::tr("Rent %1 (%2, %3 an hour for every GPU): %4 over %5, %6 for %7.")
            .arg(s.hardware.name, pattern, Format::usd(*c.rentUsdPerHour), Format::usd(*o.tcoUsd), over, speed,
                 s.model.name);
    }
    return Text::tr("Buy %1: %2 over %3 (purchase and electricity), %4 for %5.")
        .arg(s.hardware.name, Format::usd(*o.tcoUsd), over, speed, s.model.name);
}

} // namespace

Result recommend(const std::array<Costs::Side, 2> &sides, const std::array<Costs::SideCosts, 2> &costs,
                 const Costs::Assumptions &a)
{
    Result r;
    r.decision = Decision::decide(sides, costs, a);
    const Decision::Choice &choice = r.decision.choice;
    const Costs::Side &sa = sides[0], &sb = sides[1];
    QStringList sentences;
    if (sa.hardware.id == sb.hardware.id && sa.model.id == sb.model.id)
        sentences << Text::tr("Both sides are %1 running %2: the options are that box, bought or rented, or the API.")
                         .arg(sa.hardware.name, sa.model.name);
    else if (sa.model.id != sb.model.id)
        sentences << Text::tr("The sides run different models (%1 on A, %2 on B): every option is priced for the "
                              "same %3 output tokens a day.")
                         .arg(sa.model.name, sb.model.name, Format::tokens(a.tokensPerDay));
    // A box that does not run, or does not qualify, is said first.
    for (int i : {0, 1}) {
        if (i == 1 && sa.hardware.id == sb.hardware.id && sa.model.id == sb.model.id)
            break;
        if (const QString why = whyNot(sides[i], costs[i], a); !why.isEmpty())
            sentences << why + QLatin1Char('.');
    }
    const Decision::Option *won = choice.winning();
    QString answer;
    if (!won) {
        answer = Text::tr("Nothing qualifies: no box meets the floor and the workload, and no API price is known "
                          "(choose smaller weights, a shorter context, a bigger box, or give --api-usd-per-m).");
        sentences << answer;
    } else {
        answer = winnerSentence(*won, sides, costs, a);
        sentences << answer;
        r.winner = Decision::isApi(won->route) ? -1 : Decision::sideOf(won->route);
        // The next cheapest qualifying way, so the sentence always weighs the alternatives.
        const Decision::Option *next = nullptr;
        for (const Decision::Option &o : choice.options) {
            if (&o != won && o.qualifies && o.tcoUsd && (!next || *o.tcoUsd < *next->tcoUsd))
                next = &o;
        }
        if (next) {
            const QString name = optionLabel(next->route, sides, a);
            if (*next->tcoUsd == *won->tcoUsd)
                sentences
                    << Text::tr("The next cheapest way, %1, costs the same, %2.").arg(name, Format::usd(*next->tcoUsd));
            else if (*next->tcoUsd > *won->tcoUsd && *won->tcoUsd <= 0)
                sentences << Text::tr("The next cheapest way, %1, costs %2.").arg(name, Format::usd(*next->tcoUsd));
            else if (*next->tcoUsd > *won->tcoUsd)
                sentences << Text::tr("The next cheapest way, %1, costs %2 (%3 more).")
                                 .arg(name, Format::usd(*next->tcoUsd), ratio(*next->tcoUsd / *won->tcoUsd));
            else if (Decision::isApi(next->route))
                sentences << Text::tr("%1 costs %2, less, but within 10 %: owning the speed is worth the "
                                      "difference.")
                                 .arg(name, Format::usd(*next->tcoUsd));
            else
                sentences << Text::tr("%1 costs %2, within 10 %, but is slower (%3).")
                                 .arg(name, Format::usd(*next->tcoUsd), Format::rate(next->decodeTokS));
        }
        // The API is always weighed in words, even when it is neither the answer nor the next way.
        for (const Decision::Option &o : choice.options) {
            if (Decision::isApi(o.route) && &o != won && &o != next && o.tcoUsd)
                sentences << Text::tr("%1 would cost %2.").arg(optionLabel(o.route, sides, a), Format::usd(*o.tcoUsd));
        }
    }
    // What stays unknown, and how to give it.
    for (const Decision::Option &o : choice.options) {
        // A box only rented (no purchase price, a rental offer) is weighed as rented: its buy row is noise here.
        const bool onlyRented = o.missing == Costs::MissingInput::BoxPrice && costs[Decision::sideOf(o.route)].rented;
        if (o.qualifies && !o.tcoUsd && !onlyRented)
            sentences << Text::tr("%1 is not weighed: %2.")
                             .arg(optionLabel(o.route, sides, a), optionWhyNot(o, sides, costs, a));
    }
    if (won) {
        if (r.decision.holdsAcrossRanges)
            r.howSure = Text::tr("The answer holds across the quoted price ranges and the speed and prompt-speed "
                                 "ranges.");
        else if (r.decision.flip)
            r.howSure =
                r.decision.flip->noWinner
                    ? Text::tr("The answer is close: nothing qualifies if %1.").arg(inputText(*r.decision.flip, sides))
                    : Text::tr("The answer is close: %1 wins if %2.")
                          .arg(optionLabel(r.decision.flip->newWinner, sides, a), inputText(*r.decision.flip, sides));
        else
            r.howSure = Text::tr("The answer changes within the quoted ranges.");
        sentences << r.howSure;
    }
    if (r.decision.changesAboveTokensPerDay)
        sentences << (r.decision.noWinnerAbove ? Text::tr("Above %1 output tokens a day nothing qualifies.")
                                                     .arg(Format::tokens(*r.decision.changesAboveTokensPerDay))
                                               : Text::tr("Above %1 output tokens a day the answer becomes %2.")
                                                     .arg(Format::tokens(*r.decision.changesAboveTokensPerDay),
                                                          optionLabel(*r.decision.winnerAbove, sides, a)));
    appendWarnings(sides, &sentences);
    r.text = sentences.join(QLatin1Char(' '));
    r.headline = r.howSure.isEmpty() ? answer : answer + QLatin1Char(' ') + r.howSure;
    return r;
}

} // namespace Headroom::Recommendation
