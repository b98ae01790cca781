// Reading a flag through the one table of limits, and the one-line message when it is wrong.
#pragma once

#include "estimate.h"
#include "inputlimits.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>
#include <variant>

// Flags read through the one table of limits: the parser, the engine, the window's fields and
// the help text agree on every bound. Errors name the flag as the user typed it.
namespace Headroom::Cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitEnvironment = 1; // writing output, the network, a missing helper tool
inline constexpr int kExitUsage = 2;       // the input is wrong: a flag, a value, an id, a file named

template<typename T>
using Parsed = std::variant<T, EstimateError>;

// "-o" or "--flag", as the user types it.
[[nodiscard]] QString flagText(const QString &name);
// "--flag: message", with the flag's name as the error's field.
[[nodiscard]] EstimateError bad(const QString &flag, const QString &message);

// An option whose help text states its unit and bounds from `limit`.
[[nodiscard]] QCommandLineOption limitedOption(const Limits::Limit &limit, const QString &what,
                                               const QString &defaultText = {});

// The value of a flag within its limit: token counts accept 32k and 1M, counts must be whole.
[[nodiscard]] Parsed<double> read(const QCommandLineParser &parser, const Limits::Limit &limit);
[[nodiscard]] Parsed<double> read(const QCommandLineParser &parser, const Limits::Limit &limit, const QString &flag);

// Problems QCommandLineParser lets through: a flag given twice (the last would silently win),
// and a flag whose value is the next flag ("--context --hardware x" swallowing --hardware).
// `repeatable` names the flags meant to be given several times (export's --hardware).
[[nodiscard]] std::optional<EstimateError> checkParsed(const QCommandLineParser &parser,
                                                       const QStringList &repeatable = {});

// Flags that mean nothing beside another (--tflops with --hardware): an error, not ignored.
[[nodiscard]] std::optional<EstimateError> rejectWith(const QCommandLineParser &parser, const QString &given,
                                                      const QStringList &notApplying, const QString &why);

} // namespace Headroom::Cli
