// Which of two boxes to buy, in a sentence that follows from the numbers.
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

bool qualifies(const Costs::Side &side, const Costs::SideCosts &c, const Costs::Assumptions &a)
{
    return whyNot(side, c, a).isEmpty();
}

// The workload above which `other` costs less than `winner` over the horizon, within what each
// can serve; nullopt when the other side never wins.
std::optional<double> otherWinsAbove(const Costs::SideCosts &winner, const Costs::SideCosts &other,
                                     const Costs::Assumptions &a)
{
    if (!winner.tcoFixedUsd || !other.tcoFixedUsd || !winner.capacityTokensPerDay || !other.capacityTokensPerDay)
        return std::nullopt;
    std::optional<double> from;
    // The lines cross where fixed + slope × tokens are equal.
    const double slopes = *winner.tcoUsdPerTokenPerDay - *other.tcoUsdPerTokenPerDay;
    if (slopes > 0) {
        const double crossing = (*other.tcoFixedUsd - *winner.tcoFixedUsd) / slopes;
        if (crossing > a.tokensPerDay)
            from = crossing;
    }
    // Beyond what the winner can serve, it no longer qualifies.
    if (*winner.capacityTokensPerDay > a.tokensPerDay)
        from = std::min(from.value_or(*winner.capacityTokensPerDay), *winner.capacityTokensPerDay);
    if (from && *from > *other.capacityTokensPerDay)
        return std::nullopt;
    return from;
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
    if (!e.runs())
        return Text::tr("%1 does not run %2 at %3 tokens (%4)")
            .arg(box, side.model.name, Format::tokens(side.scenario.contextTokens), verdictText(e.verdict).toLower());
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

Result recommend(const std::array<Costs::Side, 2> &sides, const std::array<Costs::SideCosts, 2> &costs,
                 const Costs::Assumptions &a)
{
    Result r;
    const Costs::Side &sa = sides[0], &sb = sides[1];
    if (sa.hardware.id == sb.hardware.id && sa.model.id == sb.model.id) {
        r.text = Text::tr("Both sides are %1 running %2: there is nothing to choose between them.")
                     .arg(sa.hardware.name, sa.model.name);
        if (const QString warning = commercialUseWarning(sa.model); !warning.isEmpty())
            r.text += QLatin1Char(' ') + warning;
        return r;
    }
    const bool qa = qualifies(sa, costs[0], a), qb = qualifies(sb, costs[1], a);
    QStringList sentences;
    // A side that does not run the model is said first.
    for (int i : {0, 1}) {
        if (!costs[i].estimate.runs())
            sentences << whyNot(sides[i], costs[i], a) + QLatin1Char('.');
    }
    if (!qa && !qb) {
        QStringList reasons;
        for (int i : {0, 1}) {
            if (costs[i].estimate.runs())
                reasons << whyNot(sides[i], costs[i], a);
        }
        sentences << (reasons.isEmpty()
                          ? Text::tr("Neither box qualifies: choose smaller weights, a shorter context "
                                     "or a bigger box.")
                          : Text::tr("Neither box qualifies: %1.").arg(reasons.join(QStringLiteral("; "))));
        // The model's hosted API is a separate contract from its weights' licence.
        if (a.commercialUse && costs[0].apiTcoUsd && sa.api && !sa.apiStandsIn)
            sentences << Text::tr("Calling %1 through %2 is a separate contract that may allow commercial use: %3 "
                                  "over %4.")
                             .arg(sa.model.name, sa.api->provider, Format::usd(*costs[0].apiTcoUsd),
                                  years(a.horizonMonths));
        appendWarnings(sides, &sentences);
        r.text = sentences.join(QLatin1Char(' '));
        return r;
    }
    if (qa != qb) {
        const int w = qa ? 0 : 1;
        if (costs[1 - w].estimate.runs())
            sentences << whyNot(sides[1 - w], costs[1 - w], a) + QLatin1Char('.');
        sentences << Text::tr("%1 qualifies: %2 for %3 (%4 over %5).")
                         .arg(sides[w].hardware.name, Format::rate(costs[w].estimate.decodeTokS), sides[w].model.name,
                              costs[w].tcoUsd ? Format::usd(*costs[w].tcoUsd) : Text::tr("cost unknown"),
                              years(a.horizonMonths));
        r.winner = w;
        appendWarnings(sides, &sentences);
        r.text = sentences.join(QLatin1Char(' '));
        return r;
    }

    // Both qualify: the lower cost of ownership, or the faster one within 10 %.
    const double speedA = *costs[0].estimate.decodeTokS, speedB = *costs[1].estimate.decodeTokS;
    const bool costsKnown = costs[0].tcoUsd && costs[1].tcoUsd;
    int w = speedA >= speedB ? 0 : 1;
    bool byCost = false;
    if (costsKnown) {
        const double low = std::min(*costs[0].tcoUsd, *costs[1].tcoUsd);
        const double gap = std::abs(*costs[0].tcoUsd - *costs[1].tcoUsd);
        if (gap > kSameCostShare * low) {
            w = *costs[0].tcoUsd < *costs[1].tcoUsd ? 0 : 1;
            byCost = true;
        }
    }
    const int l = 1 - w;
    const Costs::SideCosts &cw = costs[w], &cl = costs[l];
    const double speedRatio = *cw.estimate.decodeTokS / *cl.estimate.decodeTokS;
    const QString speedText = speedRatio >= 1.0 ? Text::tr("%1 faster").arg(ratio(speedRatio))
                                                : Text::tr("%1 slower").arg(ratio(1.0 / speedRatio));
    const QString both =
        Text::tr("both run %1 at %2 tokens (%3, %4)")
            .arg(sides[w].model.name == sides[l].model.name
                     ? sides[w].model.name
                     : Text::tr("%1 and %2").arg(sides[w].model.name, sides[l].model.name),
                 Format::tokens(sides[w].scenario.contextTokens), verdictText(cw.estimate.verdict).toLower(),
                 verdictText(cl.estimate.verdict).toLower());
    if (!costsKnown) {
        sentences << Text::tr("%1: %2; %3. The cost of ownership is unknown (a price or a power figure is "
                              "missing), so speed decides.")
                         .arg(sides[w].hardware.name, speedText, both);
    } else if (byCost) {
        sentences << Text::tr("%1: %2 cheaper over %3 (%4 against %5) and %6; %7.")
                         .arg(sides[w].hardware.name, ratio(*cl.tcoUsd / *cw.tcoUsd), years(a.horizonMonths),
                              Format::usd(*cw.tcoUsd), Format::usd(*cl.tcoUsd), speedText, both);
    } else {
        sentences << Text::tr("%1: about the same cost over %2 (%3 against %4) and %5; %6.")
                         .arg(sides[w].hardware.name, years(a.horizonMonths), Format::usd(*cw.tcoUsd),
                              Format::usd(*cl.tcoUsd), speedText, both);
    }
    r.winner = w;
    if (byCost) {
        r.otherWinsAboveTokensPerDay = otherWinsAbove(cw, cl, a);
        sentences << (r.otherWinsAboveTokensPerDay
                          ? Text::tr("%1 would win above %2 tokens a day.")
                                .arg(sides[l].hardware.name, Format::tokens(*r.otherWinsAboveTokensPerDay))
                          : Text::tr("%1 does not win at any workload it can serve.").arg(sides[l].hardware.name));
    }
    if (cw.apiTcoUsd) {
        const Costs::Side &s = sides[w];
        sentences << (s.apiStandsIn && !a.apiUsdPerMillionTokens
                          ? Text::tr("No API serves %1; %2 through %3 would cost %4 over the same time.")
                                .arg(s.model.name, s.api->modelId, s.api->provider, Format::usd(*cw.apiTcoUsd))
                          : Text::tr("The same tokens through an API would cost %1 over the same time.")
                                .arg(Format::usd(*cw.apiTcoUsd)));
    }
    appendWarnings(sides, &sentences);
    r.text = sentences.join(QLatin1Char(' '));
    return r;
}

} // namespace Headroom::Recommendation
