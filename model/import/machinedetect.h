// What this computer has, parsed from its tools' output, and the catalog box it matches.
#pragma once

#include "catalog.h"

#include <QList>
#include <QString>

#include <optional>

// What the computer Headroom runs on has, read from the tools' own output. The parsers are pure
// (tests feed them recorded output); running the tools is the probe's job. Anything a tool does
// not say stays unknown: nothing here guesses.
namespace Headroom::MachineDetect {

struct Gpu
{
    QString name;
    Vendor vendor = Vendor::Other;
    std::optional<double> memoryBytes; // per device; unknown on unified parts that report none
    int count = 1;
};

struct Machine
{
    QList<Gpu> gpus;
    std::optional<double> systemRamBytes;
    QString cpu;                 // "Apple M4 Max", "AMD Ryzen 9 7950X"
    std::optional<bool> unified; // CPU and GPU share one memory (Apple Silicon, GB10)
};

// `nvidia-smi --query-gpu=name,memory.total --format=csv,noheader,nounits`: one line per GPU,
// memory in MiB ("[N/A]" on unified parts such as GB10). Identical cards are counted.
[[nodiscard]] QList<Gpu> parseNvidiaSmi(const QString &csv);
// `rocm-smi --showproductname --showmeminfo vram --json`.
[[nodiscard]] QList<Gpu> parseRocmSmi(const QString &json);
// One AMD card from sysfs: /sys/class/drm/cardN/device/{product_name, mem_info_vram_total}.
[[nodiscard]] std::optional<Gpu> parseAmdSysfs(const QString &productName, const QString &vramTotalBytes);
// `sysctl hw.memsize machdep.cpu.brand_string` on macOS ("key: value" lines). Apple Silicon's
// GPU shares the RAM: one unified GPU named after the chip, with the whole RAM.
[[nodiscard]] Machine parseSysctl(const QString &text);
// /proc/meminfo: MemTotal in kB.
[[nodiscard]] std::optional<double> parseMeminfo(const QString &text);
// The "model name" line of /proc/cpuinfo.
[[nodiscard]] QString parseCpuinfo(const QString &text);

// The catalog box the detected GPU is (same chip by name, same memory within 10 %), or nullptr.
[[nodiscard]] const HardwareSpec *matchCatalog(const Gpu &gpu, const Catalog &catalog);

// The machine as a box the user can add: detected values graded "measured", catalog lookups
// "secondary" naming the entry, and `unknown` lists what must still be asked ("bandwidth").
struct Suggestion
{
    std::optional<HardwareSpec> box; // nullopt when no GPU was found at all
    std::optional<HostSpec> host;    // a discrete card's computer (its RAM), when RAM is known
    QString matchedId;               // the catalog box the values were looked up from
    QStringList unknown;             // "bandwidth", "host-ram-bandwidth"
};
[[nodiscard]] Suggestion suggest(const Machine &machine, const Catalog &catalog, const QString &asOf);

} // namespace Headroom::MachineDetect
