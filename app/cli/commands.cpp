#include "commands.h"

#include "clioptions.h"
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

#include "engine.h"
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

void printJson(QTextStream &out, const QJsonObject &object)
{
    out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    out.flush();
}

namespace {

int catalogCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("List the catalog: the built-in models and boxes, and your own (marked *)."));
    int status = kExitOk;
    if (!parseArguments(parser, arguments, out, err, &status))
        return status;
    const std::optional<Catalog> loaded = catalogFrom(parser, err, &status);
    if (!loaded)
        return status;
    const Catalog &catalog = *loaded;
    if (parser.isSet(QStringLiteral("json"))) {
        // Format 2 with version 0.1's keys beside it: what this prints loads back with --catalog.
        printJson(out, CatalogLoader::toJson(catalog, true));
        return kExitOk;
    }
    out << "Models (as of " << catalog.asOf << ")\n";
    for (const auto &m : catalog.models)
        out << QStringLiteral("%1 %2  %3 (%4 B total / %5 B active)\n")
                   .arg(m.user ? QStringLiteral(" *") : QStringLiteral("  "))
                   .arg(m.id, -22)
                   .arg(m.name)
                   .arg(m.paramsTotal / 1e9, 0, 'f', 1)
                   .arg(m.paramsActive / 1e9, 0, 'f', 1);
    out << "Hardware\n";
    for (const auto &h : catalog.hardware)
        out << QStringLiteral("%1 %2  %3\n")
                   .arg(h.user ? QStringLiteral(" *") : QStringLiteral("  "))
                   .arg(h.id, -22)
                   .arg(h.name);
    out.flush();
    return kExitOk;
}

QJsonValue bytesOrNull(const std::optional<double> &bytes)
{
    return bytes ? QJsonValue(*bytes) : QJsonValue(QJsonValue::Null);
}

QJsonObject detectJson(const ProbeResult &probe, const MachineDetect::Suggestion &s)
{
    QJsonArray gpus;
    for (const MachineDetect::Gpu &gpu : probe.machine.gpus)
        gpus.append(QJsonObject{{QStringLiteral("name"), gpu.name},
                                {QStringLiteral("vendor"), vendorName(gpu.vendor)},
                                {QStringLiteral("count"), gpu.count},
                                {QStringLiteral("memory_bytes"), bytesOrNull(gpu.memoryBytes)}});
    QJsonArray steps;
    for (const ProbeStep &step : probe.steps)
        steps.append(QJsonObject{{QStringLiteral("tool"), step.tool}, {QStringLiteral("status"), step.status}});
    QJsonValue box = QJsonValue::Null;
    if (s.box) {
        const HardwareSpec &h = *s.box;
        const bool bandwidthKnown = !s.unknown.contains(QStringLiteral("bandwidth"));
        const bool memoryKnown = !s.unknown.contains(QStringLiteral("memory"));
        box = QJsonObject{
            {QStringLiteral("name"), h.name},
            {QStringLiteral("vendor"), vendorName(h.vendor)},
            {QStringLiteral("kind"), hardwareKindName(h.kind)},
            {QStringLiteral("backend"), h.backend},
            {QStringLiteral("devices"), h.gpus},
            {QStringLiteral("memory_bytes_per_device"), memoryKnown ? QJsonValue(h.memoryBytesPerGpu) : QJsonValue()},
            {QStringLiteral("bandwidth_bytes_per_s"),
             bandwidthKnown ? QJsonValue(h.bandwidthBytesPerSecond) : QJsonValue()},
            {QStringLiteral("bandwidth_source"),
             bandwidthKnown ? QJsonValue(h.bandwidthSource.estimatedFrom) : QJsonValue()},
            {QStringLiteral("matched_catalog_id"), s.matchedId.isEmpty() ? QJsonValue() : QJsonValue(s.matchedId)},
            {QStringLiteral("unknown"), QJsonArray::fromStringList(s.unknown)},
        };
    }
    return {{QStringLiteral("format"), 1},
            {QStringLiteral("gpus"), gpus},
            {QStringLiteral("system_ram_bytes"), bytesOrNull(probe.machine.systemRamBytes)},
            {QStringLiteral("cpu"), probe.machine.cpu.isEmpty() ? QJsonValue() : QJsonValue(probe.machine.cpu)},
            {QStringLiteral("unified_memory"),
             probe.machine.unified ? QJsonValue(*probe.machine.unified) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("box"), box},
            {QStringLiteral("probes"), steps}};
}

int detectCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("What this computer has: GPUs, memory, and the catalog box it matches. Prints null for what "
                       "it cannot tell; never asks."));
    int status = kExitOk;
    if (!parseArguments(parser, arguments, out, err, &status))
        return status;
    const std::optional<Catalog> catalog = catalogFrom(parser, err, &status);
    if (!catalog)
        return status;
    const ProbeResult probe = probeThisComputer();
    const MachineDetect::Suggestion s =
        MachineDetect::suggest(probe.machine, *catalog, QDate::currentDate().toString(Qt::ISODate));
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(out, detectJson(probe, s));
        return kExitOk;
    }
    for (const MachineDetect::Gpu &gpu : probe.machine.gpus)
        out << QStringLiteral("GPU       %1 × %2, %3\n")
                   .arg(gpu.count)
                   .arg(gpu.name, gpu.memoryBytes ? Format::bytes(*gpu.memoryBytes) : QStringLiteral("memory unknown"));
    if (probe.machine.gpus.isEmpty())
        out << "GPU       none found\n";
    out << QStringLiteral("RAM       %1\n")
               .arg(probe.machine.systemRamBytes ? Format::bytes(*probe.machine.systemRamBytes)
                                                 : QStringLiteral("unknown"));
    if (!s.matchedId.isEmpty())
        out << QStringLiteral("Catalog   matches '%1'\n").arg(s.matchedId);
    if (!s.unknown.isEmpty())
        out << QStringLiteral("Unknown   %1 (enter in the window: Catalog → Add this computer)\n")
                   .arg(s.unknown.join(QStringLiteral(", ")));
    for (const ProbeStep &step : probe.steps)
        out << QStringLiteral("  probe   %1: %2\n").arg(step.tool, step.status);
    out.flush();
    return kExitOk;
}

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
    const std::optional<HostSpec> &hostSpec = std::get<std::optional<HostSpec>>(host);
    const Estimate e = Engine::estimate(m, h, s, catalog.calibrationFor(h), hostSpec ? &*hostSpec : nullptr);
    if (!e.ok())
        return usageError(err, QStringLiteral("--%1: %2").arg(e.error->field, e.error->message));
    if (parser.isSet(QStringLiteral("json")))
        printJson(out, estimateJson(m, h, s, e));
    else
        out << estimateText(m, h, s, e) << Qt::endl;
    return kExitOk;
}

QJsonObject costsJson(const Costs::Side &side, const Costs::SideCosts &c)
{
    QJsonObject o = c.estimate.ok() ? estimateJson(side.model, side.hardware, side.scenario, c.estimate)
                                    : QJsonObject{{QStringLiteral("error"), c.estimate.error->message}};
    o.insert(QStringLiteral("hardware_id"), side.hardware.id);
    o.insert(QStringLiteral("hardware_name"), side.hardware.name);
    o.insert(QStringLiteral("model_id"), side.model.id);
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
             c.priceKind ? QJsonValue(*c.priceKind == PriceQuote::Kind::Street ? QStringLiteral("street")
                                                                               : QStringLiteral("msrp"))
                         : QJsonValue(QJsonValue::Null));
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
    o.insert(QStringLiteral("meets_speed_floor"), c.meetsSpeedFloor);
    return o;
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
            {QStringLiteral("speed_floor_tok_s"), a.speedFloorTokS},
            {QStringLiteral("host_usd"), a.hostUsd ? QJsonValue(*a.hostUsd) : QJsonValue(QJsonValue::Null)}};
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
        limitedOption(Limits::kGpus, QStringLiteral("GPUs on both boxes, up to what each holds"),
                      QStringLiteral("as sold")),
    });
    addCostOptions(parser);
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
        sides[i] =
            Costs::sideFor(catalog, sides[i].model, std::get<HardwareSpec>(hardware), std::get<Scenario>(scenario));
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
        printJson(out,
                  {{QStringLiteral("format"), 1},
                   {QStringLiteral("a"), costsJson(sides[0], costs[0])},
                   {QStringLiteral("b"), costsJson(sides[1], costs[1])},
                   {QStringLiteral("recommendation"), advice.text},
                   {QStringLiteral("recommended"),
                    advice.winner < 0 ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(advice.winner == 0 ? QStringLiteral("a") : QStringLiteral("b"))},
                   {QStringLiteral("other_wins_above_tokens_per_day"), numberOrNull(advice.otherWinsAboveTokensPerDay)},
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
    CatalogStore store(*loaded);
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

} // namespace

int usageError(QTextStream &err, const QString &message)
{
    err << "headroom: " << MessageText::oneLine(message) << Qt::endl;
    return kExitUsage;
}

int environmentError(QTextStream &err, const QString &message)
{
    err << "headroom: " << MessageText::oneLine(message) << Qt::endl;
    return kExitEnvironment;
}

bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err,
                    int *status, const QStringList &repeatable, bool printsJson, int positionals)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("catalog"),
         QStringLiteral("Merge this catalog file over the built-in catalog, instead of your own catalog."),
         QStringLiteral("FILE")},
        {QStringLiteral("builtin-only"),
         QStringLiteral("Use the built-in catalog alone, ignoring your own catalog (reproducible scripts).")},
    });
    if (printsJson)
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (the scripting contract).")});
    if (!parser.parse(arguments)) {
        *status = usageError(err, parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        out << parser.helpText();
        *status = kExitOk;
        return false;
    }
    // A swallowed value leaves a stray word behind: name the flag that lost its value first.
    if (const auto problem = checkParsed(parser, repeatable)) {
        *status = usageError(err, problem->message);
        return false;
    }
    if (parser.positionalArguments().size() > 1 + positionals) {
        *status = usageError(
            err, QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().at(1 + positionals)));
        return false;
    }
    return true;
}

void addCostOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        limitedOption(Limits::kElectricity, QStringLiteral("Electricity price in USD per kWh"), QStringLiteral("0.17")),
        limitedOption(Limits::kTokensPerDay, QStringLiteral("Tokens generated per day"), QStringLiteral("2M")),
        limitedOption(Limits::kApiUsdPerM, QStringLiteral("Cloud API price, all in, in USD per million output tokens"),
                      QStringLiteral("the model's own API offer, input and cached input included")),
        limitedOption(Limits::kHorizonMonths, QStringLiteral("Months the cost of ownership covers"),
                      QStringLiteral("36")),
        limitedOption(Limits::kHostUsd, QStringLiteral("Price of a bare card's host computer in USD"),
                      QStringLiteral("the catalog host's")),
        limitedOption(Limits::kInputOutputRatio, QStringLiteral("Input tokens per output token of the workload"),
                      QString::number(Costs::kDefaultInputPerOutput)),
        limitedOption(Limits::kShare,
                      QStringLiteral("Share of the input that is cached (billed as cached, not prefilled)"),
                      QString::number(Costs::kDefaultCacheHitShare)),
        limitedOption(Limits::kSpeedFloor, QStringLiteral("Slowest decode speed that qualifies, tokens/s"),
                      QStringLiteral("8.3: a 500-token answer within 60 s")),
    });
}

QString costAssumptionsFrom(const QCommandLineParser &parser, Costs::Assumptions *assumptions)
{
    // Each flag that is set, read within its limit and handed to `use`; the first error wins.
    QString error;
    const auto take = [&](const Limits::Limit &limit, const std::function<void(double)> &use) {
        if (!error.isEmpty() || !parser.isSet(QString::fromLatin1(limit.flag)))
            return;
        const auto value = read(parser, limit);
        if (const auto *bad = std::get_if<EstimateError>(&value))
            error = bad->message;
        else
            use(std::get<double>(value));
    };
    Costs::Assumptions &a = *assumptions;
    take(Limits::kElectricity, [&](double v) { a.electricityUsdPerKwh = v; });
    take(Limits::kTokensPerDay, [&](double v) { a.tokensPerDay = v; });
    take(Limits::kInputOutputRatio, [&](double v) { a.inputPerOutput = v; });
    take(Limits::kShare, [&](double v) { a.cacheHitShare = v; });
    take(Limits::kSpeedFloor, [&](double v) { a.speedFloorTokS = v; });
    take(Limits::kHorizonMonths, [&](double v) { a.horizonMonths = int(v); });
    take(Limits::kApiUsdPerM, [&](double v) { a.apiUsdPerMillionTokens = v; });
    take(Limits::kHostUsd, [&](double v) { a.hostUsd = v; });
    return error;
}

std::optional<Catalog> catalogFrom(const QCommandLineParser &parser, QTextStream &err, int *status)
{
    const Catalog &builtin = CatalogLoader::embedded();
    const bool builtinOnly = parser.isSet(QStringLiteral("builtin-only"));
    if (builtinOnly && parser.isSet(QStringLiteral("catalog"))) {
        *status = usageError(err, QStringLiteral("--catalog and --builtin-only: give one or the other"));
        return std::nullopt;
    }
    if (builtinOnly)
        return builtin;
    Catalog part;
    // The file the entries came from: a reference they break is reported with its name.
    QString partPath = UserData::catalogPath();
    if (parser.isSet(QStringLiteral("catalog"))) {
        partPath = parser.value(QStringLiteral("catalog"));
        CatalogLoadResult read = readCatalogFile(partPath, InputFile::Origin::Named);
        if (!read.catalog) {
            *status = usageError(err, QStringLiteral("--catalog: ") + read.errors.value(0));
            return std::nullopt;
        }
        part = std::move(*read.catalog);
    } else {
        const UserCatalogFile file(UserData::catalogPath());
        UserCatalogFile::Loaded loaded = file.read();
        if (!loaded.problem.isEmpty()) {
            *status = usageError(
                err, QStringLiteral("your catalog %1 (fix it, or run with --builtin-only)").arg(loaded.problem));
            return std::nullopt;
        }
        part = std::move(loaded.part);
    }
    markUser(&part);
    Catalog merged = mergeCatalogs(builtin, part);
    if (const QStringList dangling = danglingReferences(merged); !dangling.isEmpty()) {
        *status = usageError(err, QStringLiteral("%1: %2").arg(partPath, dangling.first()));
        return std::nullopt;
    }
    // The user's own llama-bench calibration scales the speed of the boxes they measured.
    UserCalibration::Loaded calibration = UserCalibration::read(UserCalibration::path());
    if (!calibration.problem.isEmpty()) {
        *status = usageError(
            err, QStringLiteral("your calibration %1 (fix it, or run with --builtin-only)").arg(calibration.problem));
        return std::nullopt;
    }
    merged.measured = std::move(calibration.boxes);
    return merged;
}

const QStringList &commandNames()
{
    static const QStringList names = {
        QStringLiteral("catalog"),   QStringLiteral("estimate"), QStringLiteral("compare"), QStringLiteral("matrix"),
        QStringLiteral("detect"),    QStringLiteral("export"),   QStringLiteral("report"),  QStringLiteral("validate"),
        QStringLiteral("calibrate"), QStringLiteral("import")};
    return names;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // QCommandLineParser sees the command word as its first positional argument.
    const QString command = arguments.value(1);
    if (command == QLatin1String("catalog"))
        return catalogCommand(arguments, out, err);
    if (command == QLatin1String("estimate"))
        return estimateCommand(arguments, out, err);
    if (command == QLatin1String("compare"))
        return compareCommand(arguments, out, err);
    if (command == QLatin1String("matrix"))
        return matrixCommand(arguments, out, err);
    if (command == QLatin1String("detect"))
        return detectCommand(arguments, out, err);
    if (command == QLatin1String("validate"))
        return validateCommand(arguments, out, err);
    if (command == QLatin1String("calibrate"))
        return calibrateCommand(arguments, out, err);
    if (command == QLatin1String("import"))
        return importCommand(arguments, out, err);
    return usageError(err, QStringLiteral("unknown command '%1'; the commands are: %2")
                               .arg(command, commandNames().join(QStringLiteral(", "))));
}

} // namespace Headroom::Cli
