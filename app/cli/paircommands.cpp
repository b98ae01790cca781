// The commands that size a pair: estimate (one model on one box), compare (two boxes with costs and the
// recommendation) and matrix (every model on every box).
#include "paircommands.h"

#include "clioptions.h"
#include "commandsupport.h"
#include "costs.h"
#include "matrixexport.h"

#include "catalogmerge.h"
#include "catalogstore.h"
#include "estimategrid.h"
#include "format.h"
#include "inputfile.h"
#include "messagetext.h"
#include "usercalibration.h"
#include "userdata.h"

#include "importcommands.h"
#include "jsonformat.h"
#include "machineprobe.h"
#include "recommendation.h"
#include "safewrite.h"
#include "speedcommands.h"
#include "staleness.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <functional>

namespace Headroom::Cli {

namespace {

QJsonObject costsJson(const Costs::Side &side, const Costs::SideCosts &c)
{
    QJsonObject o = c.estimate.ok() ? estimateJson(side.model, side.hardware, side.scenario, c.estimate)
                                    : QJsonObject{{QStringLiteral("error"), c.estimate.error->message}};
    o.insert(QStringLiteral("hardware_id"), side.hardware.id);
    o.insert(QStringLiteral("hardware_name"), side.hardware.name);
    o.insert(QStringLiteral("model_id"), side.model.id);
    // The weights' licence for commercial use: "yes", "no", "conditions", or null when unknown.
    o.insert(QStringLiteral("commercial_use"), side.model.commercialUse
                                                   ? QJsonValue(commercialUseKey(side.model.commercialUse->value))
                                                   : QJsonValue(QJsonValue::Null));
    // price_usd_* keep their meaning (the box's own quote); system_price_usd_* add the host
    // computer a bare card names, which the per-tok/s, per-memory and break-even figures use.
    const double host = c.hostUsd.value_or(0);
    const auto minusHost = [host](const std::optional<double> &v) {
        return v ? std::optional<double>(*v - host) : std::nullopt;
    };
    o.insert(QStringLiteral("price_usd_low"), numberOrNull(minusHost(c.priceLowUsd)));
    o.insert(QStringLiteral("price_usd_high"), numberOrNull(minusHost(c.priceHighUsd)));
    o.insert(QStringLiteral("host_id"), side.host ? QJsonValue(side.host->id) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("host_price_usd"), numberOrNull(c.hostUsd));
    o.insert(QStringLiteral("system_price_usd_low"), numberOrNull(c.priceLowUsd));
    o.insert(QStringLiteral("system_price_usd_high"), numberOrNull(c.priceHighUsd));
    o.insert(QStringLiteral("price_kind"),
             c.priceKind ? QJsonValue(priceKindKey(*c.priceKind)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("usd_per_tok_s"), numberOrNull(c.usdPerTokS));
    // Per 10^9 bytes (the key's old meaning) and per GiB (what the window shows by default).
    o.insert(QStringLiteral("usd_per_usable_gb"),
             numberOrNull(c.usdPerUsableByte ? std::optional<double>(*c.usdPerUsableByte * 1e9) : std::nullopt));
    o.insert(
        QStringLiteral("usd_per_usable_gib"),
        numberOrNull(c.usdPerUsableByte ? std::optional<double>(*c.usdPerUsableByte * 1073741824.0) : std::nullopt));
    o.insert(QStringLiteral("energy_usd_per_million_tokens"), numberOrNull(c.energyUsdPerMillionTokens));
    o.insert(QStringLiteral("api_usd_per_month"), numberOrNull(c.apiUsdPerMonth));
    o.insert(QStringLiteral("energy_usd_per_month"), numberOrNull(c.energyUsdPerMonth));
    o.insert(QStringLiteral("breakeven_months"), numberOrNull(c.breakevenMonths));
    o.insert(QStringLiteral("capacity_short"), c.capacityShort);
    o.insert(QStringLiteral("capacity_tokens_per_day"), numberOrNull(c.capacityTokensPerDay));
    o.insert(QStringLiteral("active_hours_per_day"), numberOrNull(c.activeHoursPerDay));
    o.insert(QStringLiteral("tco_usd"), numberOrNull(c.tcoUsd));
    o.insert(QStringLiteral("api_tco_usd"), numberOrNull(c.apiTcoUsd));
    o.insert(QStringLiteral("api_model_id"), side.api ? QJsonValue(side.api->modelId) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("rent_usd_per_month"), numberOrNull(c.rentUsdPerMonth));
    o.insert(QStringLiteral("rent_hours_per_day"), numberOrNull(c.rentHoursPerDay));
    o.insert(QStringLiteral("rent_tco_usd"), numberOrNull(c.rentTcoUsd));
    o.insert(QStringLiteral("meets_speed_floor"), c.meetsSpeedFloor);
    // The answer time the floor reads: null when the prompt speed is unknown (never a decode-only guess).
    o.insert(QStringLiteral("answer_seconds"), numberOrNull(c.answerSeconds));
    o.insert(QStringLiteral("extrapolated"), c.estimate.ok() && c.estimate.extrapolated);
    return o;
}

QJsonArray optionsJson(const Recommendation::Result &advice, const std::array<Costs::Side, 2> &sides,
                       const std::array<Costs::SideCosts, 2> &costs, const Costs::Assumptions &a)
{
    QJsonArray options;
    const Decision::Result &d = advice.decision;
    for (qsizetype i = 0; i < d.choice.options.size(); ++i) {
        const Decision::Option &o = d.choice.options.at(i);
        const QString why = Recommendation::optionWhyNot(o, sides, costs, a);
        options.append(QJsonObject{{QStringLiteral("option"), Decision::routeKey(o.route)},
                                   {QStringLiteral("label"), Recommendation::optionLabel(o.route, sides, a)},
                                   {QStringLiteral("tco_usd"), numberOrNull(o.tcoUsd)},
                                   {QStringLiteral("tco_usd_low"), numberOrNull(d.tcoLowUsd.at(i))},
                                   {QStringLiteral("tco_usd_high"), numberOrNull(d.tcoHighUsd.at(i))},
                                   {QStringLiteral("qualifies"), o.qualifies},
                                   {QStringLiteral("why_not"), why.isEmpty() ? QJsonValue() : QJsonValue(why)},
                                   {QStringLiteral("extrapolated"), o.extrapolated}});
    }
    return options;
}

QJsonObject assumptionsJson(const Costs::Assumptions &a)
{
    return {{QStringLiteral("electricity_usd_per_kwh"), a.electricityUsdPerKwh},
            {QStringLiteral("tokens_per_day"), a.tokensPerDay},
            {QStringLiteral("api_usd_per_million_tokens"),
             a.apiUsdPerMillionTokens ? QJsonValue(*a.apiUsdPerMillionTokens) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("input_output_ratio"), a.inputPerOutput},
            {QStringLiteral("cache_hit_share"), a.cacheHitShare},
            {QStringLiteral("horizon_months"), a.horizonMonths},
            {QStringLiteral("speed_floor_tok_s"), a.speedFloorTokS > 0 ? QJsonValue(a.speedFloorTokS) : QJsonValue()},
            {QStringLiteral("answer_within_seconds"), a.answerWithinSeconds},
            {QStringLiteral("rental_pattern"), Costs::rentalPatternKey(a.rentalPattern)},
            {QStringLiteral("host_usd"), a.hostUsd ? QJsonValue(*a.hostUsd) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("commercial_use"), a.commercialUse}};
}

} // namespace

int estimateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Does a model fit a box, with how much headroom, and how fast?"));
    addModelOptions(parser);
    addHardwareOptions(parser, true);
    addHostOptions(parser);
    addScenarioOptions(parser);
    int status = kExitOk;
    if (!parseArguments(parser, arguments, out, err, &status))
        return status;

    const std::optional<Catalog> loaded = catalogFrom(parser, err, &status);
    if (!loaded)
        return status;
    const Catalog &catalog = *loaded;
    const auto scenario = scenarioFrom(parser);
    if (const auto *error = std::get_if<EstimateError>(&scenario))
        return usageError(err, error->message);
    const auto model = modelFrom(parser, catalog, std::get<Scenario>(scenario));
    if (const auto *error = std::get_if<EstimateError>(&model))
        return usageError(err, error->message);
    const auto hardware = hardwareFrom(parser, catalog, QStringLiteral("hardware"));
    if (const auto *error = std::get_if<EstimateError>(&hardware))
        return usageError(err, error->message);

    const ModelSpec &m = std::get<ModelSpec>(model);
    const HardwareSpec &h = std::get<HardwareSpec>(hardware);
    const Scenario &s = std::get<Scenario>(scenario);
    const auto host = hostFrom(parser, catalog, h);
    if (const auto *error = std::get_if<EstimateError>(&host))
        return usageError(err, error->message);
    Costs::Side side = Costs::sideFor(catalog, m, h, s);
    side.host = std::get<std::optional<HostSpec>>(host); // --host, or none, overrides the catalog's host
    const Estimate e = Costs::estimateOf(side, catalog.calibrationFor(h));
    if (!e.ok())
        return usageError(err, QStringLiteral("--%1: %2").arg(e.error->field, e.error->message));
    if (parser.isSet(QStringLiteral("json")))
        printJson(out, estimateJson(m, h, s, e));
    else
        out << estimateText(m, h, s, e) << Qt::endl;
    return kExitOk;
}

int compareCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Compare two boxes running a model, with cost and break-even."));
    addModelOptions(parser);
    addScenarioOptions(parser);
    parser.addOptions({
        {QStringLiteral("a-hardware"), QStringLiteral("Box A (catalog id)."), QStringLiteral("ID")},
        {QStringLiteral("b-hardware"), QStringLiteral("Box B (catalog id)."), QStringLiteral("ID")},
        {QStringLiteral("a-model"), QStringLiteral("Model on box A, if not --model."), QStringLiteral("ID")},
        {QStringLiteral("b-model"), QStringLiteral("Model on box B, if not --model."), QStringLiteral("ID")},
        {QStringLiteral("usable-setting"),
         QStringLiteral("Usable-memory setting of both boxes (see usable_variants in 'catalog --json')."),
         QStringLiteral("NAME")},
        {QStringLiteral("a-usable-setting"), QStringLiteral("Usable-memory setting of box A."), QStringLiteral("NAME")},
        {QStringLiteral("b-usable-setting"), QStringLiteral("Usable-memory setting of box B."), QStringLiteral("NAME")},
        limitedOption(Limits::kGpus, QStringLiteral("GPUs on both boxes, up to what each holds"),
                      QStringLiteral("as sold")),
        {QStringLiteral("a-price-usd"),
         QStringLiteral("Box A's purchase price in USD (the box as sold, host excluded), for a box without one or a "
                        "quote of your own."),
         QStringLiteral("X")},
        {QStringLiteral("b-price-usd"), QStringLiteral("Box B's purchase price in USD, as --a-price-usd."),
         QStringLiteral("X")},
    });
    addCostOptions(parser);
    addCommercialOption(parser);
    int status = kExitOk;
    if (!parseArguments(parser, arguments, out, err, &status))
        return status;
    const std::optional<Catalog> loaded = catalogFrom(parser, err, &status);
    if (!loaded)
        return status;
    const Catalog &catalog = *loaded;
    const auto scenario = scenarioFrom(parser);
    if (const auto *error = std::get_if<EstimateError>(&scenario))
        return usageError(err, error->message);

    Costs::Assumptions assumptions = Costs::defaultAssumptions(catalog);
    if (const QString error = costAssumptionsFrom(parser, &assumptions); !error.isEmpty())
        return usageError(err, error);

    // --model is every side's model unless a side names its own: given, it must name one, and
    // given beside both --a-model and --b-model it would be silently unused.
    if (parser.isSet(QStringLiteral("model"))) {
        if (parser.isSet(QStringLiteral("a-model")) && parser.isSet(QStringLiteral("b-model")))
            return usageError(err, QStringLiteral("--model: does not apply when both --a-model and --b-model are "
                                                  "given"));
        if (!catalog.findModel(parser.value(QStringLiteral("model"))))
            return usageError(err, QStringLiteral("--model: unknown model id '%1' (see 'headroom catalog')")
                                       .arg(parser.value(QStringLiteral("model"))));
    }
    if (parser.isSet(QStringLiteral("usable-setting")) && parser.isSet(QStringLiteral("a-usable-setting")) &&
        parser.isSet(QStringLiteral("b-usable-setting")))
        return usageError(err, QStringLiteral("--usable-setting: does not apply when both --a-usable-setting and "
                                              "--b-usable-setting are given"));
    std::array<Costs::Side, 2> sides;
    const char *sideNames[] = {"a", "b"};
    for (int i = 0; i < 2; ++i) {
        const QString hardwareFlag = QStringLiteral("%1-hardware").arg(QLatin1String(sideNames[i]));
        const QString modelFlag = QStringLiteral("%1-model").arg(QLatin1String(sideNames[i]));
        if (!parser.isSet(hardwareFlag))
            return usageError(err, QStringLiteral("--%1: missing").arg(hardwareFlag));
        const auto hardware = hardwareById(catalog, parser.value(hardwareFlag), hardwareFlag);
        if (const auto *error = std::get_if<EstimateError>(&hardware))
            return usageError(err, error->message);
        if (parser.isSet(modelFlag)) {
            const ModelSpec *m = catalog.findModel(parser.value(modelFlag));
            if (!m)
                return usageError(err, QStringLiteral("--%1: unknown model id '%2' (see 'headroom catalog')")
                                           .arg(modelFlag, parser.value(modelFlag)));
            sides[i].model = *m;
        } else {
            const auto model = modelFrom(parser, catalog, std::get<Scenario>(scenario));
            if (const auto *error = std::get_if<EstimateError>(&model))
                return usageError(err, error->message);
            sides[i].model = std::get<ModelSpec>(model);
        }
        HardwareSpec box = std::get<HardwareSpec>(hardware);
        const QString settingFlag = QStringLiteral("%1-usable-setting").arg(QLatin1String(sideNames[i]));
        if (auto error = applyUsableSettingFlag(
                parser, parser.isSet(settingFlag) ? settingFlag : QStringLiteral("usable-setting"), &box))
            return usageError(err, error->message);
        const QString priceFlag = QStringLiteral("%1-price-usd").arg(QLatin1String(sideNames[i]));
        if (parser.isSet(priceFlag)) {
            const auto price = read(parser, Limits::kPriceUsd, priceFlag);
            if (const auto *error = std::get_if<EstimateError>(&price))
                return usageError(err, error->message);
            const double usd = std::get<double>(price);
            box.prices = {PriceQuote{
                PriceQuote::Kind::Street, usd, usd,
                Provenance{
                    QStringLiteral("--%1").arg(priceFlag), Staleness::today().toString(Qt::ISODate), {}, Grade::User}}};
        }
        sides[i] = Costs::sideFor(catalog, sides[i].model, box, std::get<Scenario>(scenario));
    }
    std::array<Costs::SideCosts, 2> costs;
    for (int i = 0; i < 2; ++i) {
        costs[i] = Costs::evaluate(sides[i], catalog.calibrationFor(sides[i].hardware), assumptions);
        if (!costs[i].estimate.ok())
            return usageError(
                err, QStringLiteral("--%1: %2").arg(costs[i].estimate.error->field, costs[i].estimate.error->message));
    }
    const Recommendation::Result advice = Recommendation::recommend(sides, costs, assumptions);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(
            out,
            {{QStringLiteral("format"), 2},
             {QStringLiteral("a"), costsJson(sides[0], costs[0])},
             {QStringLiteral("b"), costsJson(sides[1], costs[1])},
             {QStringLiteral("recommendation"), advice.text},
             {QStringLiteral("recommended"),
              advice.recommendedKey().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(advice.recommendedKey())},
             {QStringLiteral("options"), optionsJson(advice, sides, costs, assumptions)},
             {QStringLiteral("holds_across_ranges"), advice.decision.holdsAcrossRanges},
             {QStringLiteral("flips_if"), advice.howSure.isEmpty() || advice.decision.holdsAcrossRanges
                                              ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(advice.howSure)},
             {QStringLiteral("other_wins_above_tokens_per_day"), numberOrNull(advice.otherWinsAboveTokensPerDay())},
             {QStringLiteral("horizon_months"), assumptions.horizonMonths},
             {QStringLiteral("assumptions"), assumptionsJson(assumptions)}});
        return kExitOk;
    }
    out << advice.text << "\n\n";
    for (int i = 0; i < 2; ++i) {
        const auto &c = costs[i];
        out << (i == 0 ? "A  " : "B  ")
            << estimateText(sides[i].model, sides[i].hardware, sides[i].scenario, c.estimate) << '\n';
        const double host = c.hostUsd.value_or(0);
        out << QStringLiteral("  price         %1\n")
                   .arg(c.priceLowUsd ? QStringLiteral("%1 %2").arg(
                                            Format::usdRange(*c.priceLowUsd - host, *c.priceHighUsd - host),
                                            Format::priceKindText(*c.priceKind))
                                      : QStringLiteral("—"));
        if (const auto quote = sides[i].hardware.purchasePrice()) {
            if (const QString warning = Staleness::priceWarning(quote->provenance.asOf); !warning.isEmpty())
                out << QStringLiteral("                %1\n").arg(warning);
        }
        if (sides[i].host)
            out << QStringLiteral("  host          %1 (%2)\n")
                       .arg(sides[i].host->name, c.hostUsd ? Format::usd(*c.hostUsd) : QStringLiteral("price unknown"));
        out << QStringLiteral("  capacity      %1\n")
                   .arg(c.capacityTokensPerDay
                            ? QStringLiteral("%1 output tokens a day").arg(qint64(*c.capacityTokensPerDay))
                            : QStringLiteral("—"));
        out << QStringLiteral("  cost          %1 over %2 months (API: %3)\n")
                   .arg(c.tcoUsd ? Format::usd(*c.tcoUsd) : QStringLiteral("—"))
                   .arg(assumptions.horizonMonths)
                   .arg(c.apiTcoUsd ? Format::usd(*c.apiTcoUsd) : QStringLiteral("—"));
        out << QStringLiteral("  break-even    %1\n")
                   .arg(c.breakevenMonths ? QStringLiteral("%1 months").arg(*c.breakevenMonths, 0, 'f', 1)
                                          : QStringLiteral("—"));
    }
    out.flush();
    return kExitOk;
}

int matrixCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Print or save the fit matrix as CSV or Markdown, or print every cell as JSON."));
    addScenarioOptions(parser);
    parser.addOptions({
        {QStringLiteral("format"), QStringLiteral("csv or md. Default: from the -o suffix, else csv."),
         QStringLiteral("NAME")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         QStringLiteral("Write to FILE instead of standard output."),
         QStringLiteral("FILE")},
    });
    addCommercialOption(parser);
    int status = kExitOk;
    if (!parseArguments(parser, arguments, out, err, &status))
        return status;
    const auto scenario = scenarioFrom(parser);
    if (const auto *error = std::get_if<EstimateError>(&scenario))
        return usageError(err, error->message);
    const QString path = parser.value(QStringLiteral("output"));
    QString format = parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty())
        format =
            path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) ? QStringLiteral("md") : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("md"))
        return usageError(err, QStringLiteral("--format: expected csv or md, got '%1'").arg(format));
    const std::optional<Catalog> loaded = catalogFrom(parser, err, &status);
    if (!loaded)
        return status;
    Catalog shown = *loaded;
    // --commercial keeps the models a business may self-host: their weights' licence says yes.
    if (parser.isSet(QStringLiteral("commercial")))
        shown.models.removeIf([](const ModelSpec &m) { return !m.commercialUseAllowed(); });
    CatalogStore store(shown);
    EstimateGrid grid(&store);
    grid.setScenario(std::get<Scenario>(scenario));
    // One estimate that cannot be made is an error of the command, not a cell of error text.
    for (int r = 0; r < store.hardwareCount(); ++r) {
        for (int c = 0; c < store.modelCount(); ++c) {
            const Estimate e = grid.at(r, c);
            if (!e.ok())
                return usageError(err,
                                  QStringLiteral("--%1: %2 (%3 on %4)")
                                      .arg(e.error->field, e.error->message, store.model(c).id, store.hardware(r).id));
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        if (!path.isEmpty() || parser.isSet(QStringLiteral("format")))
            return usageError(err, QStringLiteral("--json: prints the matrix as JSON; it takes no -o or --format"));
        // One object per cell, with the same keys as estimate --json.
        QJsonArray cells;
        for (int r = 0; r < store.hardwareCount(); ++r) {
            for (int c = 0; c < store.modelCount(); ++c)
                cells.append(estimateJson(store.model(c), store.hardware(r), grid.scenario(), grid.at(r, c)));
        }
        printJson(out, {{QStringLiteral("format"), 1}, {QStringLiteral("cells"), cells}});
        return kExitOk;
    }
    const QString text = format == QLatin1String("md") ? MatrixExport::markdown(grid) : MatrixExport::csv(grid);
    if (path.isEmpty() || path == QLatin1String("-")) { // "-o -": standard output, as tools read it
        out << text;
        out.flush();
        return kExitOk;
    }
    if (const QString input = InputFile::inputNamed(path); !input.isEmpty())
        return usageError(
            err, QStringLiteral("-o: %1 is also an input of this command (%2); choose another name").arg(path, input));
    const SafeWrite::Result written = SafeWrite::bytesToFile(path, text.toUtf8());
    if (!written.ok)
        return environmentError(err, written.error);
    return kExitOk;
}

} // namespace Headroom::Cli
