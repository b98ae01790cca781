#include "catalog.h"

#include "jsonreader.h"
#include "quantization.h"
#include "units.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>

namespace Headroom {

namespace {

constexpr int kMaxCount = 100000;
constexpr double kMaxParamsB = 100000.0; // 100 T parameters
constexpr double kMaxPriceUsd = 1e8;

Provenance readProvenance(const JsonReader &reader)
{
    Provenance p;
    p.source = reader.string("source");
    p.asOf = reader.string("as_of");
    p.estimatedFrom = reader.string("estimated_from", false);
    return p;
}

std::optional<BenchmarkScore> readScore(const JsonReader &parent, const char *key)
{
    if (!parent.has(key))
        return std::nullopt;
    const JsonReader reader = parent.child(key);
    BenchmarkScore score;
    score.percent = reader.number("percent", 0.0, 100.0);
    score.vendorReported = reader.boolean("vendor", false);
    score.note = reader.string("note", false);
    score.provenance = readProvenance(reader);
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
    if (a.linearLayers > 0 && (a.stateHeads == 0 || a.stateHeadDim == 0 || a.stateSize == 0))
        r.error("state_heads",
                QStringLiteral("linear-attention layers need state_heads, state_head_dim and state_size"));
    return a;
}

ModelSpec readModel(const JsonReader &r)
{
    ModelSpec m;
    m.id = r.string("id");
    m.name = r.string("name");
    m.lab = r.string("lab");
    m.country = r.string("country");
    m.licence = r.string("licence");
    m.released = r.string("released");
    m.trainingHardware = r.string("training_hardware", false);
    m.selfHost = r.string("self_host", false);
    m.singleBox = r.boolean("single_box", false);
    m.paramsTotal = r.number("params_total_b", 0.001, kMaxParamsB) * Units::kBillion;
    m.paramsActive = r.number("params_active_b", 0.001, kMaxParamsB) * Units::kBillion;
    if (m.paramsActive > m.paramsTotal)
        r.error("params_active_b", QStringLiteral("active parameters exceed total parameters"));
    m.layers = r.integer("layers", 1, kMaxCount);
    m.maxContext = r.integer("max_context", 1, 1 << 24);
    m.maxContextExtended = r.integer("max_context_extended", 1, 1 << 24, false);
    m.nativeFormat = r.string("native_format");
    if (!m.nativeFormat.isEmpty() && !Quantization::parse(m.nativeFormat))
        r.error("native_format", QStringLiteral("unknown format '%1'").arg(m.nativeFormat));
    m.experts = r.integer("experts", 0, kMaxCount, false);
    m.expertsActive = r.integer("experts_active", 0, kMaxCount, false);
    m.attention = readAttention(r.child("attention"));
    m.sweVerified = readScore(r, "swe_verified");
    m.swePro = readScore(r, "swe_pro");

    const QJsonArray files = r.array("known_files");
    for (qsizetype i = 0; i < files.size(); ++i) {
        QStringList local;
        const JsonReader checked(files.at(i).toObject(), r.pathOf("known_files") + QStringLiteral("[%1]").arg(i),
                                 &local);
        const QString quant = checked.string("quant");
        const double bytes = checked.has("gib") ? Units::gibToBytes(checked.number("gib", 0.001, 1e6))
                                                : Units::gbToBytes(checked.number("gb", 0.001, 1e6));
        const Provenance provenance = readProvenance(checked);
        if (!Quantization::parse(quant))
            local.append(checked.pathOf("quant") + QStringLiteral(": unknown quantization '%1'").arg(quant));
        if (local.isEmpty())
            m.knownFiles.insert(Quantization::parse(quant)->name, KnownFile{bytes, provenance});
        else
            r.error("known_files", local.join(QStringLiteral("; ")));
    }

    const JsonReader sources = r.child("sources");
    m.paramsSource = readProvenance(sources.child("params"));
    m.geometrySource = readProvenance(sources.child("geometry"));
    m.licenceSource = readProvenance(sources.child("licence"));
    return m;
}

std::optional<PriceQuote::Kind> parsePriceKind(const QString &text)
{
    if (text == QLatin1String("msrp"))
        return PriceQuote::Kind::Msrp;
    if (text == QLatin1String("street"))
        return PriceQuote::Kind::Street;
    if (text == QLatin1String("rental"))
        return PriceQuote::Kind::Rental;
    return std::nullopt;
}

std::optional<HardwareKind> parseKind(const QString &text)
{
    for (const HardwareKind kind :
         {HardwareKind::DiscreteGpu, HardwareKind::UnifiedMemory, HardwareKind::MultiGpuNode}) {
        if (hardwareKindName(kind) == text)
            return kind;
    }
    return std::nullopt;
}

HardwareSpec readHardware(const JsonReader &r)
{
    HardwareSpec h;
    h.id = r.string("id");
    h.name = r.string("name");
    const QString vendor = r.string("vendor");
    if (const auto parsed = parseVendor(vendor))
        h.vendor = *parsed;
    else
        r.error("vendor", QStringLiteral("unknown vendor '%1' (nvidia, amd, apple, intel, other)").arg(vendor));
    const QString kind = r.string("kind");
    if (const auto parsed = parseKind(kind))
        h.kind = *parsed;
    else
        r.error("kind", QStringLiteral("unknown kind '%1' (gpu, unified, node)").arg(kind));
    h.backend = r.string("backend", false);

    const JsonReader sources = r.child("sources");
    h.memorySource = readProvenance(sources.child("memory"));
    h.bandwidthSource = readProvenance(sources.child("bandwidth"));
    if (sources.has("usable"))
        h.usableSource = readProvenance(sources.child("usable"));
    if (sources.has("power"))
        h.powerSource = readProvenance(sources.child("power"));

    const QJsonArray prices = r.array("prices");
    for (qsizetype i = 0; i < prices.size(); ++i) {
        QStringList local;
        const JsonReader checked(prices.at(i).toObject(), r.pathOf("prices") + QStringLiteral("[%1]").arg(i), &local);
        PriceQuote quote;
        const QString priceKind = checked.string("kind");
        quote.lowUsd = checked.number("low", 0.0, kMaxPriceUsd);
        quote.highUsd = checked.number("high", 0.0, kMaxPriceUsd);
        quote.provenance = readProvenance(checked);
        const auto parsedKind = parsePriceKind(priceKind);
        if (!parsedKind)
            local.append(checked.pathOf("kind") + QStringLiteral(": unknown price kind '%1'").arg(priceKind));
        if (quote.highUsd < quote.lowUsd)
            local.append(checked.pathOf("high") + QStringLiteral(": below the low price"));
        if (local.isEmpty()) {
            quote.kind = *parsedKind;
            h.prices.append(quote);
        } else {
            r.error("prices", local.join(QStringLiteral("; ")));
        }
    }

    h.memoryBytesPerGpu = Units::gibToBytes(r.number("memory_gib", 0.001, 1e6));
    h.bandwidthBytesPerSecond = Units::gbToBytes(r.number("bandwidth_gbs", 0.001, 1e6));
    h.tflopsFp16 = r.number("tflops_fp16", 0.0, 1e6, false);
    h.gpus = r.integer("gpus", 1, 64, false, 1);
    h.maxGpus = r.integer("max_gpus", 1, 64, false, h.gpus);
    h.powerWatts = r.number("power_w", 0.0, 1e6, false);
    if (r.has("usable_gib")) {
        h.usableBytesPerGpu = Units::gibToBytes(r.number("usable_gib", 0.001, 1e6));
        h.usableRule = r.string("usable_rule");
        if (h.usableBytesPerGpu > h.memoryBytesPerGpu)
            r.error("usable_gib", QStringLiteral("usable memory exceeds the memory"));
    } else {
        h.usableBytesPerGpu = defaultUsableBytes(h.memoryBytesPerGpu, h.isUnified(), h.vendor);
        h.usableRule = h.isUnified() ? QStringLiteral("default share of unified memory")
                                     : QStringLiteral("total − 1 GiB (llama.cpp --fit keeps 1 GiB free per device)");
    }
    return h;
}

ApiOffer readApiOffer(const JsonReader &r)
{
    ApiOffer offer;
    offer.modelId = r.string("model");
    offer.provider = r.string("provider");
    offer.usdPerMillionInput = r.number("usd_per_m_input", 0.0, 1e4);
    offer.usdPerMillionOutput = r.number("usd_per_m_output", 0.0, 1e4);
    if (r.has("usd_per_m_cached_input"))
        offer.usdPerMillionCachedInput = r.number("usd_per_m_cached_input", 0.0, 1e4);
    offer.note = r.string("note", false);
    offer.provenance = readProvenance(r);
    return offer;
}

QList<DecodeCalibration> fitCalibrations(const JsonReader &section, const QByteArray &csv, Provenance *source,
                                         QStringList *errors)
{
    QList<DecodeCalibration> result;
    if (csv.isEmpty())
        return result;
    *source = readProvenance(section);
    const int layers = section.integer("layers", 1, kMaxCount);
    QMap<QString, double> fileBytes;
    const JsonReader files = section.child("file_gb");
    for (const char *quant : {"Q4_0", "Q8_0", "F16"}) {
        if (files.has(quant))
            fileBytes.insert(QString::fromLatin1(quant), Units::gbToBytes(files.number(quant, 0.001, 1e6)));
    }
    QStringList csvErrors;
    const QList<DecodeMeasurement> points = parseCalibrationCsv(csv, layers, fileBytes, &csvErrors);
    for (const QString &e : csvErrors)
        errors->append(QStringLiteral("calibration: ") + e);
    QMap<QString, QList<DecodeMeasurement>> byBackend;
    for (const auto &p : points)
        byBackend[p.backend].append(p);
    for (auto it = byBackend.cbegin(); it != byBackend.cend(); ++it) {
        DecodeCalibration c = fitDecodeCalibration(it.value());
        c.provenance = *source;
        result.append(c);
    }
    return result;
}

} // namespace

const ModelSpec *Catalog::findModel(const QString &id) const noexcept
{
    for (const auto &m : models) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

const HardwareSpec *Catalog::findHardware(const QString &id) const noexcept
{
    for (const auto &h : hardware) {
        if (h.id == id)
            return &h;
    }
    return nullptr;
}

int Catalog::modelRow(const QString &id) const noexcept
{
    for (qsizetype i = 0; i < models.size(); ++i) {
        if (models.at(i).id == id)
            return int(i);
    }
    return -1;
}

int Catalog::hardwareRow(const QString &id) const noexcept
{
    for (qsizetype i = 0; i < hardware.size(); ++i) {
        if (hardware.at(i).id == id)
            return int(i);
    }
    return -1;
}

const ApiOffer *Catalog::apiOfferFor(const QString &modelId) const noexcept
{
    for (const auto &offer : apiOffers) {
        if (offer.modelId == modelId)
            return &offer;
    }
    return nullptr;
}

DecodeCalibration Catalog::calibrationFor(const QString &backend) const
{
    for (const auto &c : calibrations) {
        if (c.backend.compare(backend, Qt::CaseInsensitive) == 0)
            return c;
    }
    DecodeCalibration fallback;
    fallback.backend = backend;
    fallback.provenance = {
        QStringLiteral("seed article: realistic decode ≈ 70% of the bandwidth ceiling"), QStringLiteral("2026-06"), {}};
    return fallback;
}

CatalogLoadResult CatalogLoader::fromJson(const QByteArray &json, const QByteArray &calibrationCsv)
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
    if (root.integer("format", 1, 1) != 1)
        return result;

    Catalog catalog;
    catalog.asOf = root.string("as_of");
    QSet<QString> ids;
    const QJsonArray models = root.array("models");
    for (qsizetype i = 0; i < models.size(); ++i) {
        ModelSpec m =
            readModel(JsonReader(models.at(i).toObject(), QStringLiteral("models[%1]").arg(i), &result.errors));
        if (ids.contains(m.id))
            result.errors.append(QStringLiteral("models[%1].id: duplicate id '%2'").arg(i).arg(m.id));
        ids.insert(m.id);
        catalog.models.append(std::move(m));
    }
    ids.clear();
    const QJsonArray hardware = root.array("hardware");
    for (qsizetype i = 0; i < hardware.size(); ++i) {
        HardwareSpec h =
            readHardware(JsonReader(hardware.at(i).toObject(), QStringLiteral("hardware[%1]").arg(i), &result.errors));
        if (ids.contains(h.id))
            result.errors.append(QStringLiteral("hardware[%1].id: duplicate id '%2'").arg(i).arg(h.id));
        ids.insert(h.id);
        catalog.hardware.append(std::move(h));
    }
    const QJsonArray offers = root.array("api_offers");
    for (qsizetype i = 0; i < offers.size(); ++i) {
        ApiOffer offer =
            readApiOffer(JsonReader(offers.at(i).toObject(), QStringLiteral("api_offers[%1]").arg(i), &result.errors));
        if (!catalog.findModel(offer.modelId))
            result.errors.append(
                QStringLiteral("api_offers[%1].model: no model with id '%2'").arg(i).arg(offer.modelId));
        catalog.apiOffers.append(std::move(offer));
    }
    if (root.has("calibration"))
        catalog.calibrations =
            fitCalibrations(root.child("calibration"), calibrationCsv, &catalog.calibrationSource, &result.errors);

    if (result.errors.isEmpty())
        result.catalog = std::move(catalog);
    return result;
}

const Catalog &CatalogLoader::embedded()
{
    static const Catalog catalog = [] {
        QFile json(QStringLiteral(":/catalog/catalog.json"));
        QFile csv(QStringLiteral(":/catalog/calibration-llama2-7b.csv"));
        const bool opened = json.open(QIODevice::ReadOnly) && csv.open(QIODevice::ReadOnly);
        CatalogLoadResult loaded =
            fromJson(opened ? json.readAll() : QByteArray(), opened ? csv.readAll() : QByteArray());
        // The embedded catalog is tested on every build; failing here is a packaging bug.
        Q_ASSERT_X(loaded.catalog, "CatalogLoader::embedded", qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        return loaded.catalog.value_or(Catalog{});
    }();
    return catalog;
}

} // namespace Headroom
