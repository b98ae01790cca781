// Reads one box, host, API offer or rental offer of catalog format 2: memory, bandwidth, power, prices.
#include "catalogentries.h"

#include "quantization.h"
#include "speedfit.h"
#include "units.h"

namespace Headroom::CatalogEntries {

namespace {

// "power": {"load_w", "idle_w", source, as_of, grade}: load is required in the group, idle may be
// unknown; zero is never a power (unknown is absent).
void readPower(const JsonReader &parent, std::optional<double> *load, std::optional<double> *idle, Provenance *source)
{
    if (!parent.has("power"))
        return;
    const JsonReader power = parent.child("power");
    *load = power.number("load_w", 1, 1e6);
    if (power.has("idle_w"))
        *idle = power.number("idle_w", 0.1, 1e6);
    *source = readProvenance(power);
}

// "usable_variants": [{setting, label, gib_per_device, default, note, source, as_of, grade}]: one
// default, and it is what "usable" says (the old key keeps its meaning).
void readUsableVariants(const JsonReader &r, HardwareSpec *h)
{
    const QJsonArray variants = r.array("usable_variants");
    int defaults = 0;
    for (qsizetype i = 0; i < variants.size(); ++i) {
        QStringList local;
        const JsonReader v(variants.at(i).toObject(), r.pathOf("usable_variants") + QStringLiteral("[%1]").arg(i),
                           &local);
        UsableVariant variant;
        variant.setting = v.string("setting");
        variant.label = v.string("label");
        variant.bytesPerDevice = Units::gibToBytes(v.number("gib_per_device", 0.125, kMaxGiB));
        variant.isDefault = v.boolean("default", false);
        variant.note = v.string("note", false);
        variant.provenance = readProvenance(v);
        if (variant.bytesPerDevice > h->memoryBytesPerGpu)
            local.append(v.pathOf("gib_per_device") + QStringLiteral(": more than the memory"));
        if (h->usableVariant(variant.setting))
            local.append(v.pathOf("setting") + QStringLiteral(": '%1' appears twice").arg(variant.setting));
        if (!local.isEmpty()) {
            r.error("usable_variants", local.join(QStringLiteral("; ")));
            continue;
        }
        if (variant.isDefault) {
            ++defaults;
            // A usable figure the user typed may differ: it is theirs, not a setting's.
            if (h->usableSource.grade != Grade::User &&
                qAbs(variant.bytesPerDevice - h->usableBytesPerGpu) > 0.01 * Units::kGiB)
                r.error("usable_variants", QStringLiteral("the default '%1' (%2 GiB) differs from usable (%3 GiB)")
                                               .arg(variant.setting)
                                               .arg(variant.bytesPerDevice / Units::kGiB)
                                               .arg(h->usableBytesPerGpu / Units::kGiB));
        }
        h->usableVariants.append(variant);
    }
    if (!variants.isEmpty() && defaults != 1)
        r.error("usable_variants", QStringLiteral("needs exactly one default, has %1").arg(defaults));
}

PriceQuote readPrice(const JsonReader &r)
{
    PriceQuote quote;
    const QString kind = r.string("kind");
    if (kind == QLatin1String("msrp"))
        quote.kind = PriceQuote::Kind::Msrp;
    else if (kind == QLatin1String("street"))
        quote.kind = PriceQuote::Kind::Street;
    else if (kind == QLatin1String("used"))
        quote.kind = PriceQuote::Kind::Used;
    else
        r.error("kind", QStringLiteral("unknown price kind '%1' (msrp, street, used)").arg(kind));
    quote.lowUsd = r.number("low_usd", 0.01, kMaxPriceUsd);
    quote.highUsd = r.number("high_usd", 0.01, kMaxPriceUsd);
    if (quote.highUsd < quote.lowUsd)
        r.error("high_usd", QStringLiteral("below the low price"));
    quote.provenance = readProvenance(r);
    return quote;
}

} // namespace

HardwareSpec readBox(const JsonReader &r)
{
    HardwareSpec h;
    h.id = r.string("id");
    h.name = r.string("name");
    h.user = r.boolean("user", false);
    const QString vendor = r.string("vendor");
    if (const auto parsed = parseVendor(vendor))
        h.vendor = *parsed;
    else
        r.error("vendor", QStringLiteral("unknown vendor '%1' (nvidia, amd, apple, intel, other)").arg(vendor));
    const QString kind = r.string("kind");
    if (const auto parsed = parseHardwareKind(kind))
        h.kind = *parsed;
    else
        r.error("kind", QStringLiteral("unknown kind '%1' (gpu, unified, node)").arg(kind));
    h.backend = r.string("backend");
    h.hostId = r.string("host", false);

    const JsonReader devices = r.child("devices");
    h.gpus = devices.integer("count", 1, 64, false, 1);
    h.maxGpus = devices.integer("max", 1, 64, false, h.gpus);
    if (h.maxGpus < h.gpus)
        devices.error("max", QStringLiteral("below the count as sold"));
    const QString link = devices.string("interconnect", false);
    if (!link.isEmpty()) {
        if (const auto parsed = parseInterconnect(link))
            h.interconnect = *parsed;
        else
            devices.error("interconnect",
                          QStringLiteral("unknown '%1' (none, pcie, nvlink, nvswitch, network)").arg(link));
    }

    const JsonReader memory = r.child("memory");
    h.memoryBytesPerGpu = Units::gibToBytes(memory.number("gib_per_device", 0.125, kMaxGiB));
    h.memorySource = readProvenance(memory);
    const JsonReader bandwidth = r.child("bandwidth");
    h.bandwidthBytesPerSecond = Units::gbToBytes(bandwidth.number("gbs_per_device", 1, 100000));
    h.bandwidthSource = readProvenance(bandwidth);
    if (r.has("usable")) {
        const JsonReader usable = r.child("usable");
        h.usableBytesPerGpu = Units::gibToBytes(usable.number("gib_per_device", 0.125, kMaxGiB));
        h.usableRule = usable.string("rule");
        h.usableSource = readProvenance(usable);
        if (h.usableBytesPerGpu > h.memoryBytesPerGpu)
            usable.error("gib_per_device", QStringLiteral("more than the memory"));
    }
    // A box saved with the rule before 0.5 (memory − 1 GiB, the runtime then not counted) takes
    // today's: kept, it would pay for the runtime twice.
    const bool oldDefault = h.usableRule == QString::fromUtf8(kUsableRuleBefore05) &&
                            h.usableSource.source == QLatin1String("Headroom's default rule");
    if (!r.has("usable") || oldDefault) {
        h.usableBytesPerGpu = defaultUsableBytes(h.memoryBytesPerGpu, h.isUnified(), h.vendor);
        h.usableRule =
            h.isUnified() ? QStringLiteral("default share of unified memory") : QString::fromUtf8(kDiscreteUsableRule);
        h.usableSource = {QStringLiteral("Headroom's default rule"), QStringLiteral("2026-12"), {}, Grade::Derived};
    }
    readUsableVariants(r, &h);
    if (r.has("compute")) {
        const JsonReader compute = r.child("compute");
        h.tflops = compute.number("tflops_fp16_fp32acc_per_device", 0.01, 100000);
        if (compute.has("tops_int8_per_device"))
            h.int8Tops = compute.number("tops_int8_per_device", 0.01, 1000000);
        if (compute.has("tflops_fp8_per_device"))
            h.fp8Tflops = compute.number("tflops_fp8_per_device", 0.01, 1000000);
        h.computeSource = readProvenance(compute);
    }
    readPower(r, &h.loadWatts, &h.idleWatts, &h.powerSource);
    const QJsonArray prices = r.array("prices");
    for (qsizetype i = 0; i < prices.size(); ++i) {
        QStringList local;
        const PriceQuote quote =
            readPrice(JsonReader(prices.at(i).toObject(), r.pathOf("prices") + QStringLiteral("[%1]").arg(i), &local));
        if (local.isEmpty())
            h.prices.append(quote);
        else
            r.error("prices", local.join(QStringLiteral("; ")));
    }
    return h;
}

HostSpec readHost(const JsonReader &r)
{
    HostSpec host;
    host.id = r.string("id");
    host.name = r.string("name");
    host.user = r.boolean("user", false);
    if (r.has("price")) {
        const JsonReader price = r.child("price");
        host.priceUsd = price.number("usd", 0.01, kMaxPriceUsd);
        host.priceSource = readProvenance(price);
    }
    const JsonReader ram = r.child("ram");
    host.ramBytes = Units::gibToBytes(ram.number("gib", 0.125, kMaxGiB));
    host.ramBandwidthBytesPerSecond = Units::gbToBytes(ram.number("bandwidth_gbs", 1, 100000));
    host.ramSource = readProvenance(ram);
    readPower(r, &host.loadWatts, &host.idleWatts, &host.powerSource);
    return host;
}

ApiOffer readApiOffer(const JsonReader &r)
{
    ApiOffer offer;
    offer.modelId = r.string("model");
    offer.provider = r.string("provider");
    offer.usdPerMillionInput = r.number("input_usd_per_m", 0.0, 1e4);
    offer.usdPerMillionOutput = r.number("output_usd_per_m", 0.0, 1e4);
    if (r.has("cached_input_usd_per_m"))
        offer.usdPerMillionCachedInput = r.number("cached_input_usd_per_m", 0.0, 1e4);
    offer.note = r.string("note", false);
    offer.provenance = readProvenance(r);
    return offer;
}

RentalOffer readRental(const JsonReader &r)
{
    RentalOffer offer;
    offer.hardwareId = r.string("box");
    offer.provider = r.string("provider");
    if (r.has("spot_usd_per_hour"))
        offer.spotUsdPerHour = r.number("spot_usd_per_hour", 0.001, 1e5);
    if (r.has("on_demand_usd_per_hour"))
        offer.onDemandUsdPerHour = r.number("on_demand_usd_per_hour", 0.001, 1e5);
    if (r.has("spot_usd_per_gpu_hour"))
        offer.spotUsdPerGpuHour = r.number("spot_usd_per_gpu_hour", 0.001, 1e5);
    if (r.has("on_demand_usd_per_gpu_hour"))
        offer.onDemandUsdPerGpuHour = r.number("on_demand_usd_per_gpu_hour", 0.001, 1e5);
    if (r.has("gpus"))
        offer.gpus = int(r.number("gpus", 1, 1024));
    offer.tier = r.string("tier", false);
    if (!offer.spotUsdPerHour && !offer.onDemandUsdPerHour && !offer.spotUsdPerGpuHour && !offer.onDemandUsdPerGpuHour)
        r.error("on_demand_usd_per_gpu_hour", QStringLiteral("a rental offer needs a spot or an on-demand price"));
    offer.note = r.string("note", false);
    offer.provenance = readProvenance(r);
    return offer;
}

} // namespace Headroom::CatalogEntries
