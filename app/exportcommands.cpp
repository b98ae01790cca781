// headroom export and headroom report: figures and the budget proposal without a window.
#include "exportcommands.h"

#include "catalogmerge.h"
#include "catalogstore.h"
#include "chartfigure.h"
#include "cli/clioptions.h"
#include "cli/commands.h"
#include "comparemodel.h"
#include "figure.h"
#include "inputfile.h"
#include "language.h"
#include "report.h"
#include "scenariofile.h"
#include "session.h"
#include "settingsfile.h"

#include <QChartView>

namespace Headroom::ExportCommands {

namespace {

using Cli::usageError;

std::optional<QPageSize::PageSizeId> pageFrom(const QCommandLineParser &parser)
{
    const QString page = parser.value(QStringLiteral("page")).toLower();
    if (page.isEmpty() || page == QLatin1String("a4"))
        return QPageSize::A4;
    if (page == QLatin1String("letter"))
        return QPageSize::Letter;
    return std::nullopt;
}

void addCommonOptions(QCommandLineParser &parser)
{
    Cli::addScenarioOptions(parser);
    parser.addOptions({
        {QStringLiteral("model"), QStringLiteral("Catalog model id."), QStringLiteral("ID")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         QStringLiteral("File to write (.png, .svg or .pdf)."),
         QStringLiteral("FILE")},
        {QStringLiteral("page"), QStringLiteral("PDF page size: a4 or letter. Default a4."), QStringLiteral("SIZE")},
        {QStringLiteral("lang"),
         QStringLiteral("Language of the figure: system, en, de or zh_CN. Default: the one chosen in the window's "
                        "View > Language."),
         QStringLiteral("CODE")},
    });
}

// The first cost flag given (they shape the compare figure only), or empty.
QString setCostFlag(const QCommandLineParser &parser)
{
    for (const Limits::Limit *limit :
         {&Limits::kElectricity, &Limits::kTokensPerDay, &Limits::kApiUsdPerM, &Limits::kHorizonMonths,
          &Limits::kHostUsd, &Limits::kInputOutputRatio, &Limits::kShare, &Limits::kSpeedFloor}) {
        if (parser.isSet(QLatin1String(limit->flag)))
            return QLatin1String(limit->flag);
    }
    return {};
}

// A figure is written in the window's language unless --lang says otherwise.
bool applyLanguage(const QCommandLineParser &parser, QTextStream &err, int *status)
{
    QString code;
    if (!parser.isSet(QStringLiteral("lang"))) {
        // The remembered language is in the settings file: checked before QSettings reads it.
        if (const QString problem = SettingsFile::guard(); !problem.isEmpty()) {
            *status = usageError(err, QStringLiteral("your settings %1 (give --lang, or fix it)").arg(problem));
            return false;
        }
        code = Language::remembered();
    } else {
        const std::optional<QString> chosen = Language::parse(parser.value(QStringLiteral("lang")));
        if (!chosen) {
            *status = usageError(err, QStringLiteral("--lang: expected system, en, de or zh_CN, got '%1'")
                                          .arg(parser.value(QStringLiteral("lang"))));
            return false;
        }
        code = *chosen;
    }
    Language::apply(code);
    return true;
}

int exportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Export a chart that explains itself on paper."));
    addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("chart"), QStringLiteral("bandwidth, memory, context, quality or compare."),
         QStringLiteral("NAME")},
        {QStringLiteral("hardware"), QStringLiteral("Box to highlight or draw (repeat for several)."),
         QStringLiteral("ID")},
        {QStringLiteral("scale"), QStringLiteral("PNG pixel scale: 1, 2 or 3. Default 2."), QStringLiteral("N")},
    });
    Cli::addCostOptions(parser); // the compare figure's costs
    int status = Cli::kExitOk;
    if (!Cli::parseArguments(parser, arguments, out, err, &status, {QStringLiteral("hardware")}, false) ||
        !applyLanguage(parser, err, &status))
        return status;
    const std::optional<Catalog> loaded = Cli::catalogFrom(parser, err, &status);
    if (!loaded)
        return status;
    const Catalog &catalog = *loaded;
    ChartRequest request;
    const auto kind = parseChartKind(parser.value(QStringLiteral("chart")));
    if (!kind)
        return usageError(err,
                          QStringLiteral("--chart: expected bandwidth, memory, context, quality or compare, got '%1'")
                              .arg(parser.value(QStringLiteral("chart"))));
    request.kind = *kind;
    const ModelSpec *model = catalog.findModel(parser.value(QStringLiteral("model")));
    if (!model && (request.kind != ChartKind::Quality || parser.isSet(QStringLiteral("model"))))
        return usageError(err, QStringLiteral("--model: unknown or missing model id '%1' (see 'headroom catalog')")
                                   .arg(parser.value(QStringLiteral("model"))));
    if (model)
        request.model = *model;
    for (const QString &id : parser.values(QStringLiteral("hardware"))) {
        const HardwareSpec *h = catalog.findHardware(id);
        if (!h)
            return usageError(err,
                              QStringLiteral("--hardware: unknown hardware id '%1' (see 'headroom catalog')").arg(id));
        request.boxes << *h;
    }
    // The compare figure draws two boxes, the context and quality charts one: a box more would be
    // silently left out of the figure.
    const qsizetype needed = request.kind == ChartKind::Compare                                           ? 2
                             : (request.kind == ChartKind::Context || request.kind == ChartKind::Quality) ? 1
                                                                                                          : 0;
    if (request.boxes.size() < needed || (needed > 0 && request.boxes.size() > needed))
        return usageError(err, QStringLiteral("--hardware: the %1 chart draws %2 box(es); %3 given")
                                   .arg(chartKindName(request.kind))
                                   .arg(needed)
                                   .arg(request.boxes.size()));
    const auto scenario = Cli::scenarioFrom(parser);
    if (const auto *error = std::get_if<EstimateError>(&scenario))
        return usageError(err, error->message);
    request.scenario = std::get<Scenario>(scenario);
    if (request.kind == ChartKind::Compare) {
        ReportInputs comparison;
        comparison.a = Costs::sideFor(catalog, request.model, request.boxes.at(0), request.scenario);
        comparison.b = Costs::sideFor(catalog, request.model, request.boxes.at(1), request.scenario);
        comparison.assumptions = Costs::defaultAssumptions(catalog);
        if (const QString error = Cli::costAssumptionsFrom(parser, &comparison.assumptions); !error.isEmpty())
            return usageError(err, error);
        request.comparison = comparison;
    } else if (const QString cost = setCostFlag(parser); !cost.isEmpty()) {
        return usageError(err, QStringLiteral("--%1: does not apply to the %2 chart (only the compare figure shows "
                                              "costs)")
                                   .arg(cost, chartKindName(request.kind)));
    }
    const QString path = parser.value(QStringLiteral("output"));
    if (path.isEmpty())
        return usageError(err, QStringLiteral("-o: missing output file"));
    const std::optional<Figure::Format> format = Figure::formatFor(path);
    if (!format)
        return usageError(err, QStringLiteral("-o: use a .png, .svg or .pdf file name, got '%1'").arg(path));
    // A pixel scale means nothing to vector files, a page size nothing to an image.
    if (parser.isSet(QStringLiteral("scale")) && *format != Figure::Format::Png)
        return usageError(err, QStringLiteral("--scale: applies to PNG files only, not to %1").arg(path));
    if (parser.isSet(QStringLiteral("page")) && *format != Figure::Format::Pdf)
        return usageError(err, QStringLiteral("--page: applies to PDF files only, not to %1").arg(path));
    const auto page = pageFrom(parser);
    if (!page)
        return usageError(err, QStringLiteral("--page: expected a4 or letter"));
    bool scaleOk = true;
    const int scale = parser.isSet(QStringLiteral("scale")) ? parser.value(QStringLiteral("scale")).toInt(&scaleOk) : 2;
    if (!scaleOk || scale < 1 || scale > 3)
        return usageError(err, QStringLiteral("--scale: expected 1, 2 or 3"));
    if (const QString input = InputFile::inputNamed(path); !input.isEmpty())
        return usageError(
            err, QStringLiteral("-o: %1 is also an input of this command (%2); choose another name").arg(path, input));

    const std::unique_ptr<QChartView> chart = buildChart(catalog, request);
    const QString error = Figure::save(*chart, figureText(catalog, request), path, scale, *page);
    if (!error.isEmpty())
        return Cli::environmentError(err, error);
    return Cli::kExitOk;
}

// The report's last steps, for both ways of giving its inputs: a side the engine cannot estimate
// is an error of the command, not a page of dashes; then the page size, the path and the write.
int writeReport(const QCommandLineParser &parser, const Catalog &catalog, const ReportInputs &inputs, QTextStream &out,
                QTextStream &err)
{
    for (const Costs::Side *side : {&inputs.a, &inputs.b}) {
        const Estimate e = Costs::estimateOf(*side, catalog.calibrationFor(side->hardware));
        if (!e.ok())
            return usageError(err, QStringLiteral("--%1: %2").arg(e.error->field, e.error->message));
    }
    const auto page = pageFrom(parser);
    if (!page)
        return usageError(err, QStringLiteral("--page: expected a4 or letter"));
    const QString path = parser.value(QStringLiteral("output"));
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return usageError(err, QStringLiteral("-o: the report is a PDF; give a .pdf file name"));
    if (const QString input = InputFile::inputNamed(path); !input.isEmpty())
        return usageError(
            err, QStringLiteral("-o: %1 is also an input of this command (%2); choose another name").arg(path, input));
    const QString error = Report::write(catalog, inputs, path, *page);
    if (!error.isEmpty())
        return Cli::environmentError(err, error);
    // The report's first sentence on stdout too, from the same comparison the PDF prints.
    out << CompareModel(inputs.a, inputs.b, inputs.assumptions, catalog).recommendation().text << Qt::endl;
    return Cli::kExitOk;
}

// `report --scenario FILE`: the compare page of a saved scenario, computed by the same session and
// compare model the window uses, over the entries the file carries.
int reportFromScenario(const QCommandLineParser &parser, const Catalog &catalog, QTextStream &out, QTextStream &err)
{
    // What the file sets cannot also come from a flag: one of them would silently lose.
    for (const char *flag : {"model",
                             "a-hardware",
                             "b-hardware",
                             "quant",
                             "kv-type",
                             Limits::kContext.flag,
                             Limits::kBatch.flag,
                             Limits::kPrompt.flag,
                             Limits::kAnswer.flag,
                             Limits::kEfficiency.flag,
                             Limits::kElectricity.flag,
                             Limits::kTokensPerDay.flag,
                             Limits::kApiUsdPerM.flag,
                             Limits::kHorizonMonths.flag,
                             Limits::kHostUsd.flag,
                             Limits::kInputOutputRatio.flag,
                             Limits::kShare.flag,
                             Limits::kSpeedFloor.flag,
                             Limits::kAnswerWithin.flag,
                             Limits::kGpus.flag,
                             "rental-pattern",
                             "commercial"}) {
        if (parser.isSet(QLatin1String(flag)))
            return usageError(
                err, QStringLiteral("--%1: the scenario file sets it; give one or the other").arg(QLatin1String(flag)));
    }
    const ScenarioFile::Opened opened =
        ScenarioFile::read(parser.value(QStringLiteral("scenario")), InputFile::Origin::Named);
    if (!opened.errors.isEmpty())
        return usageError(err, QStringLiteral("--scenario: ") + opened.errors.first());
    CatalogStore store(mergeCatalogs(catalog, opened.entries));
    Session session(&store);
    QStringList problems;
    session.fromJson(opened.session, &problems);
    if (!problems.isEmpty())
        return usageError(
            err, QStringLiteral("--scenario: %1: %2").arg(parser.value(QStringLiteral("scenario")), problems.first()));
    const CompareModel compare(&session);
    return writeReport(parser, store.catalog(), {compare.side(0), compare.side(1), compare.assumptions()}, out, err);
}

int reportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Write the budget proposal PDF comparing two boxes."));
    addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("a-hardware"), QStringLiteral("Box A."), QStringLiteral("ID")},
        {QStringLiteral("b-hardware"), QStringLiteral("Box B."), QStringLiteral("ID")},
        {QStringLiteral("scenario"),
         QStringLiteral("A named scenario file saved in the window: its two compared boxes, sliders and cost "
                        "assumptions, with the catalog entries it was saved with."),
         QStringLiteral("FILE")},
        Cli::limitedOption(Limits::kGpus, QStringLiteral("GPUs on both boxes, up to what each holds"),
                           QStringLiteral("as sold")),
    });
    Cli::addCostOptions(parser);
    Cli::addCommercialOption(parser);
    int status = Cli::kExitOk;
    if (!Cli::parseArguments(parser, arguments, out, err, &status, {}, false) || !applyLanguage(parser, err, &status))
        return status;
    const std::optional<Catalog> loaded = Cli::catalogFrom(parser, err, &status);
    if (!loaded)
        return status;
    if (parser.isSet(QStringLiteral("scenario")))
        return reportFromScenario(parser, *loaded, out, err);
    const Catalog &catalog = *loaded;
    const ModelSpec *model = catalog.findModel(parser.value(QStringLiteral("model")));
    if (!model)
        return usageError(err, QStringLiteral("--model: unknown or missing model id '%1' (see 'headroom catalog')")
                                   .arg(parser.value(QStringLiteral("model"))));
    const auto scenario = Cli::scenarioFrom(parser);
    if (const auto *error = std::get_if<EstimateError>(&scenario))
        return usageError(err, error->message);
    // The scenario first: a side's rental offer is chosen for the GPUs it puts in the box.
    ReportInputs inputs;
    for (const auto &[flag, side] :
         {std::pair{QStringLiteral("a-hardware"), &inputs.a}, std::pair{QStringLiteral("b-hardware"), &inputs.b}}) {
        const HardwareSpec *h = catalog.findHardware(parser.value(flag));
        if (!h)
            return usageError(
                err, QStringLiteral("--%1: unknown or missing hardware id '%2'").arg(flag, parser.value(flag)));
        *side = Costs::sideFor(catalog, *model, *h, std::get<Scenario>(scenario));
    }
    inputs.assumptions = Costs::defaultAssumptions(catalog);
    if (const QString error = Cli::costAssumptionsFrom(parser, &inputs.assumptions); !error.isEmpty())
        return usageError(err, error);
    return writeReport(parser, catalog, inputs, out, err);
}

} // namespace

bool handles(const QStringList &arguments)
{
    return arguments.size() > 1 &&
           (arguments.at(1) == QLatin1String("export") || arguments.at(1) == QLatin1String("report"));
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return arguments.at(1) == QLatin1String("export") ? exportCommand(arguments, out, err)
                                                      : reportCommand(arguments, out, err);
}

} // namespace Headroom::ExportCommands
