// The command-line entry: the command word dispatched to the command that runs it.
#pragma once

#include "commandsupport.h"

#include <QStringList>
#include <QTextStream>

namespace Headroom::Cli {

// Every command the binary knows, for messages and help.
[[nodiscard]] const QStringList &commandNames();

// Runs catalog, estimate, compare or matrix (the commands that need no widgets).
// `arguments` includes the program name, as QCoreApplication::arguments() does.
[[nodiscard]] int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Headroom::Cli
