// A box, its host computer and its rental and purchase prices, as values.
#pragma once

#include "provenance.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace Headroom {

enum class HardwareKind { DiscreteGpu, UnifiedMemory, MultiGpuNode };
// How a box's devices talk to each other: it decides whether tensor parallelism pays.
enum class Interconnect { None, PCIe, NVLink, NVSwitch, Network };
enum class Vendor { Nvidia, Amd, Apple, Intel, Other };

struct PriceQuote
{
    // Used: where people buy second-hand (an RTX 3090 is no longer sold new). Renting is a
    // RentalOffer, per hour.
    enum class Kind { Msrp, Street, Used };
    Kind kind = Kind::Msrp;
    double lowUsd = 0.0;
    double highUsd = 0.0;
    Provenance provenance;
};

// One setting that decides how much of a unified-memory box the GPU may use: macOS's default wired
// limit or a raised iogpu.wired_limit_mb; Strix Halo's Windows allocation or Linux GTT; what DGX OS
// leaves free. A box carries one per sourced setting; exactly one is the default (its `usable`).
struct UsableVariant
{
    QString setting; // machine name: "macos-default", "linux-gtt-120"
    QString label;   // what the user sets, in words
    double bytesPerDevice = 0.0;
    bool isDefault = false;
    QString note;
    Provenance provenance;
};

struct HardwareSpec
{
    QString id;
    QString name;
    Vendor vendor = Vendor::Other;
    HardwareKind kind = HardwareKind::DiscreteGpu;
    QString backend; // calibration family: CUDA, Metal, ROCm, Vulkan

    double memoryBytesPerGpu = 0.0;       // physical memory per device
    double usableBytesPerGpu = 0.0;       // what a runtime may really allocate per device
    QString usableRule;                   // how usable memory was obtained, in words
    double bandwidthBytesPerSecond = 0.0; // per device
    std::optional<double> tflops;         // dense FP16 with FP32 accumulate, per device
    // The rates quantized and FP8 matrix multiplies run at (dense, per device; unknown: nullopt):
    // prompt processing on integer-dot-product paths is not bound by the FP16 rate.
    std::optional<double> int8Tops;
    std::optional<double> fp8Tflops;
    int gpus = 1;    // devices in this box as sold
    int maxGpus = 1; // the largest count on offer (nodes, multi-card rigs)
    Interconnect interconnect = Interconnect::None;
    std::optional<double> loadWatts; // whole box (the card alone for a bare card) under load
    std::optional<double> idleWatts; // the same at idle
    QString hostId;                  // a bare card's host (costs, offload); empty for a computer
    bool user = false;               // entered or changed by the user, not built in

    QList<PriceQuote> prices;
    QList<UsableVariant> usableVariants; // empty: one usable figure, no named settings
    QString usableSetting;               // the variant usableBytesPerGpu holds; empty: the default

    Provenance memorySource;
    Provenance bandwidthSource;
    Provenance usableSource;
    Provenance computeSource;
    Provenance powerSource;

    [[nodiscard]] bool isUnified() const noexcept { return kind == HardwareKind::UnifiedMemory; }
    [[nodiscard]] std::optional<PriceQuote> price(PriceQuote::Kind wanted) const
    {
        for (const auto &quote : prices) {
            if (quote.kind == wanted)
                return quote;
        }
        return std::nullopt;
    }
    // The price a buyer would pay now: the street quote if there is one, else the used one (a card
    // only sold second-hand), else MSRP.
    [[nodiscard]] std::optional<PriceQuote> purchasePrice() const
    {
        if (auto street = price(PriceQuote::Kind::Street))
            return street;
        if (auto used = price(PriceQuote::Kind::Used))
            return used;
        return price(PriceQuote::Kind::Msrp);
    }
    [[nodiscard]] const UsableVariant *usableVariant(const QString &setting) const noexcept
    {
        for (const auto &variant : usableVariants) {
            if (variant.setting == setting)
                return &variant;
        }
        return nullptr;
    }
    [[nodiscard]] QStringList usableSettings() const
    {
        QStringList names;
        for (const auto &variant : usableVariants)
            names << variant.setting;
        return names;
    }
    [[nodiscard]] int devices() const noexcept { return gpus > 0 ? gpus : 1; }
    [[nodiscard]] double totalMemoryBytes() const noexcept { return memoryBytesPerGpu * devices(); }
};

// Runs `hardware` with its usable-memory setting `setting`: its usable memory, rule and source
// become that variant's. False (and nothing changed) when the box has no such setting.
[[nodiscard]] bool applyUsableSetting(HardwareSpec *hardware, const QString &setting);

[[nodiscard]] QString vendorName(Vendor vendor);
[[nodiscard]] std::optional<Vendor> parseVendor(const QString &text);
[[nodiscard]] QString hardwareKindName(HardwareKind kind);
[[nodiscard]] std::optional<HardwareKind> parseHardwareKind(const QString &text);
[[nodiscard]] QString interconnectName(Interconnect interconnect);
[[nodiscard]] std::optional<Interconnect> parseInterconnect(const QString &text);

// The computer a bare card needs around it: its price and power count in costs, its RAM in
// offload. Complete computers (Macs, DGX Spark, Strix Halo boxes, nodes) have none.
struct HostSpec
{
    QString id;
    QString name;
    bool user = false;
    std::optional<double> priceUsd;
    double ramBytes = 0.0;
    double ramBandwidthBytesPerSecond = 0.0;
    std::optional<double> idleWatts;
    std::optional<double> loadWatts;
    Provenance priceSource;
    Provenance ramSource;
    Provenance powerSource;
};

// Renting a box by the hour instead of buying it.
// Renting a box by the hour. Providers price per GPU-hour (`gpus`: the fewest they rent together);
// the older per-box keys still mean the whole box for one release.
struct RentalOffer
{
    QString hardwareId;
    QString provider;
    QString tier;                             // "community", "secure", or empty where the provider has one kind
    std::optional<double> spotUsdPerHour;     // the whole box (older key)
    std::optional<double> onDemandUsdPerHour; // the whole box (older key)
    std::optional<double> spotUsdPerGpuHour;
    std::optional<double> onDemandUsdPerGpuHour;
    int gpus = 1;
    QString note;
    Provenance provenance;

    // The box of `devices` GPUs for an hour on demand: the per-box price, else every GPU rented
    // (at least the offer's minimum).
    [[nodiscard]] std::optional<double> onDemandFor(int devices) const
    {
        if (onDemandUsdPerHour)
            return onDemandUsdPerHour;
        if (onDemandUsdPerGpuHour)
            return *onDemandUsdPerGpuHour * std::max(devices, gpus);
        return std::nullopt;
    }
};

// The default usable share when only total memory is known: macOS lets the GPU wire 2/3 of
// RAM up to 36 GiB and 3/4 above (the long-standing Metal rule); a discrete card offers all of
// it (the runtime's context is overhead; the 1 GiB llama.cpp's --fit keeps free is inside the
// comfortable margin). Catalog boxes carry measured values instead where known.
// The catalog's and JSON's word for a price kind: "msrp", "street", "used".
[[nodiscard]] QString priceKindKey(PriceQuote::Kind kind);

[[nodiscard]] double defaultUsableBytes(double memoryBytes, bool unified, Vendor vendor) noexcept;
// The discrete rule's words as saved in catalogs (English: a file's text), now and before 0.5.
inline constexpr char kDiscreteUsableRule[] =
    "the whole memory (the runtime counts as overhead; llama.cpp --fit's 1 GiB free is inside the comfortable margin)";
inline constexpr char kUsableRuleBefore05[] = "total − 1 GiB (llama.cpp --fit keeps 1 GiB free per device)";

} // namespace Headroom
