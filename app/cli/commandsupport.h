// What every command shares: parsing with the common flags, the one-line errors and their exit codes, the cost
// flags, and the catalog a command works on.
#pragma once

#include "catalog.h"
#include "flags.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace Headroom::Costs {
struct Assumptions;
}

namespace Headroom::Cli {

// Parses `arguments` with --help (and --json, for commands that print JSON) added, allowing `positionals` words after
// the command (a file name). Unknown flags, stray words, a flag
// given twice or one whose value is the next flag are usage errors. Returns false when the caller should return *status
// (help printed on `out`, or the error on `err`).
bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err,
                    int *status, const QStringList &repeatable = {}, bool printsJson = true, int positionals = 0);
// One line "headroom: MESSAGE" on `err`; the exit status of a wrong input (2) or a failed
// environment, such as a write (1).
int usageError(QTextStream &err, const QString &message);
int environmentError(QTextStream &err, const QString &message);
// --electricity-usd-kwh, --tokens-per-day and --api-usd-per-m, read into `assumptions`.
void addCostOptions(QCommandLineParser &parser);
// --commercial: the buyer's use is commercial (compare, report, matrix).
void addCommercialOption(QCommandLineParser &parser);
[[nodiscard]] QString costAssumptionsFrom(const QCommandLineParser &parser, Costs::Assumptions *assumptions);

// The catalog a command works on (contracts.md): the built-in catalog with the user's catalog
// merged over it; --catalog FILE merges FILE instead; --builtin-only ignores user data. A file
// that cannot be read is exit 2 with one line naming it, and is left untouched.
[[nodiscard]] std::optional<Catalog> catalogFrom(const QCommandLineParser &parser, QTextStream &err, int *status);

// `object` as indented JSON on `out`.
void printJson(QTextStream &out, const QJsonObject &object);

} // namespace Headroom::Cli
