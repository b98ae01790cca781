// Reads catalog format 2. Values come in sourced groups: a group's source, as_of and grade cover
// every value in it ("params": {"total_b", "active_b", "source", "as_of", "grade"}). A value
// without them is an error that names its JSON path, as is anything out of a physical range.
#include "catalog.h"

#include "jsonreader.h"
#include "quantization.h"
#include "speedfit.h"
#include "units.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace Headroom {

namespace {

constexpr int kMaxCount = 100000;
constexpr double kMaxParamsB = 100000.0; // 100 T parameters
constexpr double kMaxPriceUsd = 1e8;
constexpr double kMaxGiB = 65536;

Provenance readProvenance(const JsonReader &group)
{
    Provenance p;
    p.source = group.string("source");
    p.asOf = group.string("as_of");
    p.estimatedFrom = group.string("estimated_from", false);
    const QString grade = group.string("grade");
    if (const auto parsed = parseGrade(grade))
        p.grade = *parsed;
    else if (!grade.isEmpty())
        group.error("grade", QStringLiteral("unknown grade '%1' (primary, secondary, recalled, derived, user, "
                                            "measured)")
                                 .arg(grade));
    return p;
}

// A text value with its provenance beside it: "licence": "…", "licence_source": {source, as_of,
// grade}. The value keeps the plain-string shape that version 0.1's `catalog --json` printed.
QString readSourcedText(const JsonReader &parent, const char *key, Provenance *provenance, bool required = true)
{
    const QByteArray sourceKey = QByteArray(key) + "_source";
    if (!required && parent.string(key, false).isEmpty())
        return {};
    *provenance = readProvenance(parent.child(sourceKey.constData()));
    return parent.string(key);
}

std::optional<BenchmarkScore> readScore(const JsonReader &parent, const char *key)
{
    if (!parent.has(key))
        return std::nullopt;
    const JsonReader r = parent.child(key);
    BenchmarkScore score;
    score.percent = r.number("percent", 0.0, 100.0);
    score.vendorReported = r.boolean("vendor_reported", false);
    score.note = r.string("note", false);
    score.provenance = readProvenance(r);
    return score;
}

AttentionLayout readAttention(const JsonReader &r)
{
    AttentionLayout a;
    a.fullLayers = r.integer("full_layers", 0, kMaxCount, false);
    a.kvHeads = r.integer("kv_heads", 0, kMaxCount, false);
    a.headDim = r.integer("head_dim", 0, kMaxCount, false);
    a.swaLayers = r.integer("swa_layers", 0, kMaxCount, false);
    a.swaWindow = r.integer("swa_window", 0, 1 << 24, false);
    a.mlaLayers = r.integer("mla_layers", 0, kMaxCount, false);
    a.mlaRank = r.integer("mla_rank", 0, kMaxCount, false);
    a.mlaRopeDim = r.integer("mla_rope_dim", 0, kMaxCount, false);
    a.compressedEntryDim = r.integer("compressed_entry_dim", 0, kMaxCount, false);
    a.linearLayers = r.integer("linear_layers", 0, kMaxCount, false);
    a.stateHeads = r.integer("state_heads", 0, kMaxCount, false);
    a.stateHeadDim = r.integer("state_head_dim", 0, kMaxCount, false);
    a.stateSize = r.integer("state_size", 0, kMaxCount, false);
    const QJsonArray groups = r.array("compressed");
    for (qsizetype i = 0; i < groups.size(); ++i) {
        QStringList local;
        const JsonReader g(groups.at(i).toObject(), r.pathOf("compressed") + QStringLiteral("[%1]").arg(i), &local);
        const CompressedGroup group{g.integer("layers", 0, kMaxCount), g.integer("ratio", 1, kMaxCount)};
        if (local.isEmpty())
            a.compressed.append(group);
        else
            r.error("compressed", local.join(QStringLiteral("; ")));
    }
    if ((a.fullLayers > 0 || a.swaLayers > 0) && (a.kvHeads == 0 || a.headDim == 0))
        r.error("kv_heads", QStringLiteral("attention layers need kv_heads and head_dim above zero"));
    if (a.swaLayers > 0 && a.swaWindow == 0)
        r.error("swa_window", QStringLiteral("sliding-window layers need a window"));
    if (a.mlaLayers > 0 && a.mlaRank == 0)
        r.error("mla_rank", QStringLiteral("MLA layers need a latent rank"));
    if (a.linearLayers > 0 && (a.stateHeads == 0 || a.stateHeadDim == 0 || a.stateSize == 0))
        r.error("state_heads",
                QStringLiteral("linear-attention layers need state_heads, state_head_dim and state_size"));
    return a;
}

void readKnownFiles(const JsonReader &r, ModelSpec *m)
{
    const QJsonArray files = r.array("known_files");
    for (qsizetype i = 0; i < files.size(); ++i) {
        QStringList local;
        const JsonReader f(files.at(i).toObject(), r.pathOf("known_files") + QStringLiteral("[%1]").arg(i), &local);
        const QString quant = f.string("quant");
        const double bytes = f.number("bytes", 1e6, 1e15);
        const Provenance provenance = readProvenance(f);
        if (!Quantization::parse(quant))
            local.append(f.pathOf("quant") + QStringLiteral(": unknown format '%1'").arg(quant));
        if (local.isEmpty())
            m->knownFiles.insert(Quantization::parse(quant)->name, KnownFile{bytes, provenance});
        else
            r.error("known_files", local.join(QStringLiteral("; ")));
    }
}

ModelSpec readModel(const JsonReader &r)
{
    ModelSpec m;
    m.id = r.string("id");
    m.name = r.string("name");
    m.lab = r.string("lab");
    m.country = r.string("country");
    m.released = r.string("released");
    m.user = r.boolean("user", false);
    m.licence = readSourcedText(r, "licence", &m.licenceSource);
    m.trainingHardware = readSourcedText(r, "training_hardware", &m.trainingHardwareSource, false);
    m.nativeFormat = readSourcedText(r, "native_format", &m.nativeFormatSource);
    if (!Quantization::parse(m.nativeFormat))
        r.error("native_format", QStringLiteral("unknown format '%1'").arg(m.nativeFormat));
    if (r.has("single_box")) {
        m.singleBox = r.boolean("single_box", false);
        m.selfHost = r.string("self_host", false);
        m.singleBoxSource = readProvenance(r.child("single_box_source"));
    }
    const JsonReader params = r.child("params");
    m.paramsTotal = params.number("total_b", 0.001, kMaxParamsB) * Units::kBillion;
    m.paramsActive = params.number("active_b", 0.001, kMaxParamsB) * Units::kBillion;
    if (m.paramsActive > m.paramsTotal)
        params.error("active_b", QStringLiteral("active parameters exceed total parameters"));
    m.paramsSource = readProvenance(params);
    const JsonReader geometry = r.child("geometry");
    m.layers = geometry.integer("layers", 1, kMaxCount);
    m.maxContext = geometry.integer("max_context", 1, 1 << 24);
    m.maxContextExtended = geometry.integer("max_context_extended", 1, 1 << 24, false);
    m.experts = geometry.integer("experts", 0, kMaxCount, false);
    m.expertsActive = geometry.integer("experts_active", 0, kMaxCount, false);
    m.attention = readAttention(geometry.child("attention"));
    m.geometrySource = readProvenance(geometry);
    m.sweVerified = readScore(r, "swe_bench_verified");
    m.swePro = readScore(r, "swe_bench_pro");
    readKnownFiles(r, &m);
    return m;
}

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

PriceQuote readPrice(const JsonReader &r)
{
    PriceQuote quote;
    const QString kind = r.string("kind");
    if (kind == QLatin1String("msrp"))
        quote.kind = PriceQuote::Kind::Msrp;
    else if (kind == QLatin1String("street"))
        quote.kind = PriceQuote::Kind::Street;
    else
        r.error("kind", QStringLiteral("unknown price kind '%1' (msrp, street)").arg(kind));
    quote.lowUsd = r.number("low_usd", 0.01, kMaxPriceUsd);
    quote.highUsd = r.number("high_usd", 0.01, kMaxPriceUsd);
    if (quote.highUsd < quote.lowUsd)
        r.error("high_usd", QStringLiteral("below the low price"));
    quote.provenance = readProvenance(r);
    return quote;
}

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
    } else {
        h.usableBytesPerGpu = defaultUsableBytes(h.memoryBytesPerGpu, h.isUnified(), h.vendor);
        h.usableRule = h.isUnified() ? QStringLiteral("default share of unified memory")
                                     : QStringLiteral("total − 1 GiB (llama.cpp --fit keeps 1 GiB free per device)");
        h.usableSource = {QStringLiteral("Headroom's default rule"), QStringLiteral("2026-11"), {}, Grade::Derived};
    }
    if (r.has("compute")) {
        const JsonReader compute = r.child("compute");
        h.tflops = compute.number("tflops_fp16_fp32acc_per_device", 0.01, 100000);
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
    if (!offer.spotUsdPerHour && !offer.onDemandUsdPerHour)
        r.error("on_demand_usd_per_hour", QStringLiteral("a rental offer needs a spot or an on-demand price"));
    offer.note = r.string("note", false);
    offer.provenance = readProvenance(r);
    return offer;
}

// Reads section `key` with `read`, one entry per array element, checking ids are unique.
template<typename T, typename Read>
QList<T> readSection(const JsonReader &root, const char *key, Read read, QStringList *errors)
{
    QList<T> entries;
    QSet<QString> ids;
    const QJsonArray array = root.array(key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i);
        if (!array.at(i).isObject()) {
            errors->append(path + QStringLiteral(": expected an object"));
            continue;
        }
        T entry = read(JsonReader(array.at(i).toObject(), path, errors));
        if constexpr (requires { entry.id; }) {
            // An id is typed on command lines and printed in messages: no control characters.
            const bool control = std::any_of(entry.id.cbegin(), entry.id.cend(),
                                             [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
            if (entry.id.trimmed().isEmpty())
                errors->append(QStringLiteral("%1.id: an entry needs an id").arg(path));
            else if (control)
                errors->append(QStringLiteral("%1.id: an id cannot hold control characters").arg(path));
            else if (ids.contains(entry.id))
                errors->append(QStringLiteral("%1.id: duplicate id '%2'").arg(path, entry.id));
            ids.insert(entry.id);
        }
        entries.append(std::move(entry));
    }
    return entries;
}

// Where decode speed comes from: the published measurements the speed model is fitted on.
Provenance measurementsProvenance()
{
    const QList<SpeedMeasurement> &rows = SpeedFit::embeddedMeasurements();
    QStringList sources;
    QSet<QString> devices;
    QString newest;
    for (const SpeedMeasurement &m : rows) {
        if (!sources.contains(m.url.section(QLatin1Char('/'), 0, 4)))
            sources.append(m.url.section(QLatin1Char('/'), 0, 4));
        devices.insert(m.device);
        newest = std::max(newest, m.asOf);
    }
    return {QStringLiteral("%1 published llama.cpp decode measurements on %2 devices (%3)")
                .arg(rows.size())
                .arg(devices.size())
                .arg(sources.join(QStringLiteral(", "))),
            newest,
            {},
            Grade::Secondary};
}

CatalogLoadResult read(const QByteArray &json, bool whole)
{
    CatalogLoadResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.errors.append(
            parseError.error != QJsonParseError::NoError
                ? QStringLiteral("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString())
                : QStringLiteral("the catalog must be a JSON object"));
        return result;
    }
    const JsonReader root(document.object(), QString(), &result.errors);
    const int format = root.integer("format", 1, 1000);
    if (format != CatalogLoader::kFormat) {
        if (result.errors.isEmpty())
            result.errors.append(QStringLiteral("format: this is catalog format %1; Headroom %2 reads format %3")
                                     .arg(format)
                                     .arg(QStringLiteral(HEADROOM_VERSION))
                                     .arg(CatalogLoader::kFormat));
        return result;
    }
    Catalog catalog;
    catalog.asOf = root.string("as_of", whole);
    catalog.models = readSection<ModelSpec>(root, "models", readModel, &result.errors);
    catalog.hardware = readSection<HardwareSpec>(root, "boxes", readBox, &result.errors);
    catalog.hosts = readSection<HostSpec>(root, "hosts", readHost, &result.errors);
    catalog.apiOffers = readSection<ApiOffer>(root, "api_offers", readApiOffer, &result.errors);
    catalog.rentalOffers = readSection<RentalOffer>(root, "rental_offers", readRental, &result.errors);
    if (whole) {
        if (catalog.models.isEmpty())
            result.errors.append(QStringLiteral("models: a catalog needs at least one model"));
        if (catalog.hardware.isEmpty())
            result.errors.append(QStringLiteral("boxes: a catalog needs at least one box"));
        result.errors.append(danglingReferences(catalog));
    }
    catalog.calibrationSource = measurementsProvenance();
    if (result.errors.isEmpty())
        result.catalog = std::move(catalog);
    return result;
}

} // namespace

QStringList danglingReferences(const Catalog &catalog)
{
    QStringList problems;
    for (const HardwareSpec &h : catalog.hardware) {
        if (!h.hostId.isEmpty() && !catalog.findHost(h.hostId))
            problems << QStringLiteral("boxes: '%1' names host '%2', which is not in the catalog").arg(h.id, h.hostId);
    }
    for (const ApiOffer &offer : catalog.apiOffers) {
        if (!catalog.findModel(offer.modelId))
            problems
                << QStringLiteral("api_offers: an offer of model '%1', which is not in the catalog").arg(offer.modelId);
    }
    for (const RentalOffer &offer : catalog.rentalOffers) {
        if (!catalog.findHardware(offer.hardwareId))
            problems << QStringLiteral("rental_offers: an offer of box '%1', which is not in the catalog")
                            .arg(offer.hardwareId);
    }
    return problems;
}

CatalogLoadResult CatalogLoader::fromJson(const QByteArray &json)
{
    return read(json, true);
}

CatalogLoadResult CatalogLoader::partFromJson(const QByteArray &json)
{
    return read(json, false);
}

const Catalog &CatalogLoader::embedded()
{
    static const Catalog catalog = [] {
        QFile json(QStringLiteral(":/catalog/catalog.json"));
        CatalogLoadResult loaded = fromJson(json.open(QIODevice::ReadOnly) ? json.readAll() : QByteArray());
        // The embedded catalog is tested on every build; failing here is a packaging bug.
        Q_ASSERT_X(loaded.catalog, "CatalogLoader::embedded", qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        return loaded.catalog.value_or(Catalog{});
    }();
    return catalog;
}

} // namespace Headroom
