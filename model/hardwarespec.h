#pragma once

#include "provenance.h"

#include <QList>
#include <QString>

#include <optional>

namespace Headroom {

enum class HardwareKind { DiscreteGpu, UnifiedMemory, MultiGpuNode };
enum class Vendor { Nvidia, Amd, Apple, Intel, Other };

struct PriceQuote
{
    enum class Kind { Msrp, Street, Rental };
    Kind kind = Kind::Msrp;
    double lowUsd = 0.0;
    double highUsd = 0.0;
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
    double tflopsFp16 = 0.0;              // dense, per device; 0 when unknown
    int gpus = 1;                         // devices in this box as sold
    int maxGpus = 1;                      // for multi-GPU nodes: the largest count on offer
    double powerWatts = 0.0;              // whole box under load; 0 when unknown

    QList<PriceQuote> prices;

    Provenance memorySource;
    Provenance bandwidthSource;
    Provenance usableSource;
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
    // The price a buyer would pay now: the street quote if there is one, else MSRP.
    [[nodiscard]] std::optional<PriceQuote> purchasePrice() const
    {
        if (auto street = price(PriceQuote::Kind::Street))
            return street;
        return price(PriceQuote::Kind::Msrp);
    }
    [[nodiscard]] int devices() const noexcept { return gpus > 0 ? gpus : 1; }
    [[nodiscard]] double totalMemoryBytes() const noexcept { return memoryBytesPerGpu * devices(); }
};

[[nodiscard]] QString vendorName(Vendor vendor);
[[nodiscard]] std::optional<Vendor> parseVendor(const QString &text);
[[nodiscard]] QString hardwareKindName(HardwareKind kind);

// The default usable share when only total memory is known: macOS lets the GPU wire 2/3 of
// RAM up to 36 GiB and 3/4 above (the long-standing Metal rule); a discrete card keeps 1 GiB
// free as llama.cpp's --fit does. Catalog boxes carry measured values instead where known.
[[nodiscard]] double defaultUsableBytes(double memoryBytes, bool unified, Vendor vendor) noexcept;

} // namespace Headroom
