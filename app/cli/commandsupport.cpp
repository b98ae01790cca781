// What every command shares: parsing with the common flags, the one-line errors and their exit codes, the cost
// flags, and the catalog a command works on (built-in, the user's, or --catalog).
#include "commandsupport.h"

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
        limitedOption(Limits::kAnswerWithin,
                      QStringLiteral("The floor: the prompt's prefill plus the answer (--answer tokens) within this "
                                     "many seconds"),
                      QStringLiteral("60")),
        limitedOption(Limits::kSpeedFloor, QStringLiteral("An extra floor on decode speed alone, tokens/s"),
                      QStringLiteral("none")),
        {QStringLiteral("rental-pattern"),
         QStringLiteral("How a rented box is billed: on-demand (the hours the workload needs, rounded up to whole "
                        "hours a day, at least one) or reserved (around the clock). Default on-demand."),
         QStringLiteral("NAME")},
    });
}

void addCommercialOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("commercial"),
                      QStringLiteral("The use is commercial: only models whose weights' licence allows commercial use "
                                     "(catalog commercial_use 'yes') qualify to be bought or rented for; 'no', "
                                     "'conditions' and unknown terms do not (the model's API may).")});
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
    take(Limits::kAnswerWithin, [&](double v) { a.answerWithinSeconds = v; });
    if (error.isEmpty() && parser.optionNames().contains(QStringLiteral("rental-pattern"))) {
        const QString raw = parser.value(QStringLiteral("rental-pattern"));
        if (const auto pattern = Costs::rentalPatternFromKey(raw))
            a.rentalPattern = *pattern;
        else
            error = QStringLiteral("--rental-pattern: expected on-demand or reserved, got '%1'").arg(raw);
    }
    take(Limits::kHorizonMonths, [&](double v) { a.horizonMonths = int(v); });
    take(Limits::kApiUsdPerM, [&](double v) { a.apiUsdPerMillionTokens = v; });
    take(Limits::kHostUsd, [&](double v) { a.hostUsd = v; });
    // Only compare and report take --commercial; other commands never see it set.
    if (parser.optionNames().contains(QStringLiteral("commercial")) && parser.isSet(QStringLiteral("commercial")))
        a.commercialUse = true;
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

} // namespace Headroom::Cli
