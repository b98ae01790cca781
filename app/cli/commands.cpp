#include "commands.h"

#include "clioptions.h"
#include "engine.h"
#include "jsonformat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Headroom::Cli {

namespace {

const QStringList kCommands = {QStringLiteral("catalog"), QStringLiteral("estimate")};

int usageError(QTextStream &err, const QString &message)
{
    err << "headroom: " << message << Qt::endl;
    return kExitUsage;
}

void printJson(QTextStream &out, const QJsonObject &object)
{
    out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    out.flush();
}

// Parses `arguments`, reporting unknown flags and stray words as usage errors.
bool parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &err, int *status)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (the scripting contract).")});
    if (!parser.parse(arguments)) {
        *status = usageError(err, parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        err << parser.helpText();
        *status = kExitOk;
        return false;
    }
    if (parser.positionalArguments().size() > 1) {
        *status = usageError(err, QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().at(1)));
        return false;
    }
    return true;
}

int catalogCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the embedded catalog of models and hardware."));
    int status = kExitOk;
    if (!parse(parser, arguments, err, &status))
        return status;
    const Catalog &catalog = CatalogLoader::embedded();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray models, hardware;
        for (const auto &m : catalog.models)
            models.append(modelJson(m));
        for (const auto &h : catalog.hardware)
            hardware.append(hardwareJson(h));
        printJson(out, {{QStringLiteral("as_of"), catalog.asOf},
                        {QStringLiteral("models"), models},
                        {QStringLiteral("hardware"), hardware}});
        return kExitOk;
    }
    out << "Models (as of " << catalog.asOf << ")\n";
    for (const auto &m : catalog.models)
        out << QStringLiteral("  %1  %2 (%3 B total / %4 B active)\n")
                   .arg(m.id, -22)
                   .arg(m.name)
                   .arg(m.paramsTotal / 1e9, 0, 'f', 1)
                   .arg(m.paramsActive / 1e9, 0, 'f', 1);
    out << "Hardware\n";
    for (const auto &h : catalog.hardware)
        out << QStringLiteral("  %1  %2\n").arg(h.id, -22).arg(h.name);
    out.flush();
    return kExitOk;
}

int estimateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Does a model fit a box, with how much headroom, and how fast?"));
    addModelOptions(parser);
    addHardwareOptions(parser, true);
    addScenarioOptions(parser);
    int status = kExitOk;
    if (!parse(parser, arguments, err, &status))
        return status;

    const Catalog &catalog = CatalogLoader::embedded();
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
    const Estimate e = Engine::estimate(m, h, s, catalog.calibrationFor(h.backend));
    if (!e.ok())
        return usageError(err, QStringLiteral("--%1: %2").arg(e.error->field, e.error->message));
    if (parser.isSet(QStringLiteral("json")))
        printJson(out, estimateJson(m, h, s, e));
    else
        out << estimateText(m, h, s, e) << Qt::endl;
    return kExitOk;
}

} // namespace

bool isCommand(const QStringList &arguments)
{
    return arguments.size() > 1 && kCommands.contains(arguments.at(1));
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (!isCommand(arguments))
        return usageError(err, QStringLiteral("unknown command; try: %1").arg(kCommands.join(QStringLiteral(", "))));
    // QCommandLineParser sees the command word as its first positional argument.
    const QString command = arguments.at(1);
    if (command == QLatin1String("catalog"))
        return catalogCommand(arguments, out, err);
    return estimateCommand(arguments, out, err);
}

} // namespace Headroom::Cli
