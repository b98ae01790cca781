#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace Headroom::Costs {
struct Assumptions;
}

namespace Headroom::Cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 2; // bad flag, unknown id or an input the engine rejects

// Parses `arguments` with --help and --json added; reports unknown flags and stray words as
// usage errors. Returns false when the caller should return *status (help shown or error).
bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, QTextStream &err, int *status);
int usageError(QTextStream &err, const QString &message);
// Reads --electricity-usd-kwh, --tokens-per-day and --api-usd-per-m into `assumptions`.
void addCostOptions(QCommandLineParser &parser);
[[nodiscard]] QString costAssumptionsFrom(const QCommandLineParser &parser, Costs::Assumptions *assumptions);

// True when argv names a command that needs no display (catalog, estimate, …).
[[nodiscard]] bool isCommand(const QStringList &arguments);

// Runs a command. `arguments` includes the program name, as QCoreApplication::arguments().
// Errors are one line on `err` naming the bad flag or id; the exit status is then kExitUsage.
[[nodiscard]] int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Headroom::Cli
