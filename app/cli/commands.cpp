// The command-line entry: the command word dispatched to its command, and the commands that list and
// detect (catalog, detect).
#include "commands.h"

#include "clioptions.h"
#include "commandsupport.h"
#include "costs.h"
#include "matrixexport.h"
#include "paircommands.h"

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

} // namespace

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
