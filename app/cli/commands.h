#pragma once

#include <QStringList>
#include <QTextStream>

namespace Headroom::Cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 2; // bad flag, unknown id or an input the engine rejects

// True when argv names a command that needs no display (catalog, estimate, …).
[[nodiscard]] bool isCommand(const QStringList &arguments);

// Runs a command. `arguments` includes the program name, as QCoreApplication::arguments().
// Errors are one line on `err` naming the bad flag or id; the exit status is then kExitUsage.
[[nodiscard]] int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Headroom::Cli
