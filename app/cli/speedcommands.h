// headroom validate and headroom calibrate: the speed model checked, and fitted to your runs.
#pragma once

#include <QStringList>
#include <QTextStream>

// The speed model's two commands: how well it predicts publications it never saw (validate), and
// the user's own llama-bench runs turned into a per-box calibration (calibrate).
namespace Headroom::Cli {

[[nodiscard]] int validateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
[[nodiscard]] int calibrateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Headroom::Cli
