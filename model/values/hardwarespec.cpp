// A box, its host computer and its rental and purchase prices, as values.
#include "hardwarespec.h"

#include "units.h"

#include <array>

namespace Headroom {

bool applyUsableSetting(HardwareSpec *hardware, const QString &setting)
{
    const UsableVariant *variant = hardware->usableVariant(setting);
    if (!variant)
        return false;
    const UsableVariant chosen = *variant;
    hardware->usableBytesPerGpu = chosen.bytesPerDevice;
    hardware->usableRule = chosen.label;
    hardware->usableSource = chosen.provenance;
    hardware->usableSetting = chosen.setting;
    return true;
}

namespace {
struct VendorName
{
    Vendor vendor;
    const char *name;
};
constexpr std::array<VendorName, 5> kVendors = {{
    {Vendor::Nvidia, "nvidia"},
    {Vendor::Amd, "amd"},
    {Vendor::Apple, "apple"},
    {Vendor::Intel, "intel"},
    {Vendor::Other, "other"},
}};
} // namespace

QString vendorName(Vendor vendor)
{
    return QString::fromLatin1(kVendors.at(std::size_t(vendor)).name);
}

std::optional<Vendor> parseVendor(const QString &text)
{
    for (const auto &entry : kVendors) {
        if (text.trimmed().compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.vendor;
    }
    return std::nullopt;
}

QString hardwareKindName(HardwareKind kind)
{
    switch (kind) {
    case HardwareKind::DiscreteGpu: return QStringLiteral("gpu");
    case HardwareKind::UnifiedMemory: return QStringLiteral("unified");
    case HardwareKind::MultiGpuNode: return QStringLiteral("node");
    }
    return {};
}

std::optional<HardwareKind> parseHardwareKind(const QString &text)
{
    for (const HardwareKind kind :
         {HardwareKind::DiscreteGpu, HardwareKind::UnifiedMemory, HardwareKind::MultiGpuNode}) {
        if (hardwareKindName(kind) == text)
            return kind;
    }
    return std::nullopt;
}

namespace {
constexpr std::array<std::pair<Interconnect, const char *>, 5> kInterconnects = {{
    {Interconnect::None, "none"},
    {Interconnect::PCIe, "pcie"},
    {Interconnect::NVLink, "nvlink"},
    {Interconnect::NVSwitch, "nvswitch"},
    {Interconnect::Network, "network"},
}};
} // namespace

QString interconnectName(Interconnect interconnect)
{
    for (const auto &[i, name] : kInterconnects) {
        if (i == interconnect)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Interconnect> parseInterconnect(const QString &text)
{
    for (const auto &[i, name] : kInterconnects) {
        if (text == QLatin1String(name))
            return i;
    }
    return std::nullopt;
}

QString priceKindKey(PriceQuote::Kind kind)
{
    switch (kind) {
    case PriceQuote::Kind::Msrp: return QStringLiteral("msrp");
    case PriceQuote::Kind::Street: return QStringLiteral("street");
    case PriceQuote::Kind::Used: return QStringLiteral("used");
    }
    return {};
}

double defaultUsableBytes(double memoryBytes, bool unified, Vendor vendor) noexcept
{
    if (!(memoryBytes > 0.0))
        return 0.0;
    if (unified && vendor == Vendor::Apple) {
        const double fraction = memoryBytes <= Units::gibToBytes(36.0) ? 2.0 / 3.0 : 3.0 / 4.0;
        return memoryBytes * fraction;
    }
    if (unified) // Linux unified boxes: the OS keeps its share of the same memory
        return memoryBytes * 0.9;
    return memoryBytes; // the runtime's own share is counted as overhead (Engine::Buffers::runtimeBytes)
}

} // namespace Headroom
