// Runs the tools that know this computer (nvidia-smi, rocm-smi, sysctl) with a deadline.
#pragma once

#include "machinedetect.h"

#include <QList>
#include <QString>

namespace Headroom {

// Runs the tools that know this computer's GPUs and memory and hands their output to the
// parsers: nvidia-smi, rocm-smi and AMD's sysfs files on Linux, sysctl on macOS, /proc for RAM.
// A tool that is missing, fails or takes longer than a few seconds is noted and skipped; the
// probe never prompts and never blocks for long.
struct ProbeStep
{
    QString tool;   // "nvidia-smi", "/proc/meminfo", …
    QString status; // "ok", "missing", "failed", "timeout", "nothing found"
};

struct ProbeResult
{
    MachineDetect::Machine machine;
    QList<ProbeStep> steps;
};

[[nodiscard]] ProbeResult probeThisComputer();

} // namespace Headroom
