// headroom import: a model sized from a GGUF header, a config.json or a Hub repository.
#pragma once

#include <QStringList>
#include <QTextStream>

// `headroom import FILE`: a model sized from a GGUF file's header (split files included).
namespace Headroom::Cli {

[[nodiscard]] int importCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Headroom::Cli
