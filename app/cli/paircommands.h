// The commands that size a pair: estimate, compare and matrix.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Headroom::Cli {

[[nodiscard]] int estimateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
[[nodiscard]] int compareCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
[[nodiscard]] int matrixCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Headroom::Cli
