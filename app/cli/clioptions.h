// The flags estimate, compare, export and report share, read into a model, a box and a scenario.
#pragma once

#include "catalog.h"
#include "flags.h"
#include "scenario.h"

#include <QCommandLineParser>

#include <optional>

namespace Headroom::Cli {

// Adds the model, hardware and scenario flags shared by estimate, compare, export and report.
void addModelOptions(QCommandLineParser &parser);
void addHardwareOptions(QCommandLineParser &parser, bool single);
void addScenarioOptions(QCommandLineParser &parser);

// A model from --model ID or ad hoc from --params-total and its geometry.
[[nodiscard]] Parsed<ModelSpec> modelFrom(const QCommandLineParser &parser, const Catalog &catalog,
                                          const Scenario &scenario);
// A box from `idFlag` (e.g. "hardware", "a-hardware") or ad hoc from --memory-gb and friends.
[[nodiscard]] Parsed<HardwareSpec> hardwareFrom(const QCommandLineParser &parser, const Catalog &catalog,
                                                const QString &idFlag);
// Applies the usable-memory setting `flag` names to a catalog box; an error names the flag, the box
// and the settings it has. Nothing when the command does not take `flag` or it is not set.
[[nodiscard]] std::optional<EstimateError> applyUsableSettingFlag(const QCommandLineParser &parser, const QString &flag,
                                                                  HardwareSpec *box);
[[nodiscard]] Parsed<HardwareSpec> hardwareById(const Catalog &catalog, const QString &id, const QString &flag);
[[nodiscard]] Parsed<Scenario> scenarioFrom(const QCommandLineParser &parser);

// --ram-gb and --ram-bandwidth-gbs: the host whose RAM takes offloaded weights.
void addHostOptions(QCommandLineParser &parser);
// The box's catalog host with what the flags override; a box without a host needs both flags.
// nullopt without flags and without a catalog host: nothing to offload to.
[[nodiscard]] Parsed<std::optional<HostSpec>> hostFrom(const QCommandLineParser &parser, const Catalog &catalog,
                                                       const HardwareSpec &hardware);

// "32768", "32k", "1M" (binary multiples, as context lengths are quoted) → tokens.
[[nodiscard]] std::optional<double> parseTokens(const QString &text);

} // namespace Headroom::Cli
