// headroom export and headroom report: figures and the budget proposal without a window.
#pragma once

#include <QStringList>
#include <QTextStream>

// `headroom export` and `headroom report`: charts and the budget proposal without a window.
// They need a QApplication (charts are widgets) but no display: main() selects the offscreen
// platform when none is available.
namespace Headroom::ExportCommands {

[[nodiscard]] bool handles(const QStringList &arguments);
[[nodiscard]] int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Headroom::ExportCommands
