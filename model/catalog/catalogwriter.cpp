// Writes catalog format 2: what `headroom catalog --json` prints and the user's catalog holds.
// It reads back with CatalogLoader (a dump, edited, loads with --catalog). Keys that version 0.1
// of `catalog --json` printed stay beside each entry as aliases for one release.
#include "catalog.h"

#include "engine.h"
#include "units.h"

#include <QJsonArray>

namespace Headroom {

namespace {

QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// Adds source, as_of, grade (and estimated_from) to a group.
QJsonObject sourced(QJsonObject group, const Provenance &p)
{
    group.insert(QStringLiteral("source"), p.source);
    group.insert(QStringLiteral("as_of"), p.asOf);
    group.insert(QStringLiteral("grade"), gradeKey(p.grade));
    if (p.isEstimated())
        group.insert(QStringLiteral("estimated_from"), p.estimatedFrom);
    return group;
}

// "licence": "…" beside "licence_source": {source, as_of, grade}.
void insertSourcedText(QJsonObject *o, const QString &key, const QString &value, const Provenance &p)
{
    o->insert(key, value);
    o->insert(key + QStringLiteral("_source"), sourced({}, p));
}

void insertPower(QJsonObject *o, const std::optional<double> &load, const std::optional<double> &idle,
                 const Provenance &source)
{
    if (!load)
        return;
    QJsonObject power{{QStringLiteral("load_w"), *load}};
    if (idle)
        power.insert(QStringLiteral("idle_w"), *idle);
    o->insert(QStringLiteral("power"), sourced(power, source));
}

QJsonValue scoreJson(const std::optional<BenchmarkScore> &score)
{
    if (!score)
        return QJsonValue::Null;
    return sourced({{QStringLiteral("percent"), score->percent},
                    {QStringLiteral("vendor_reported"), score->vendorReported},
                    {QStringLiteral("note"), score->note}},
                   score->provenance);
}

QJsonObject attentionJson(const AttentionLayout &a)
{
    QJsonObject o;
    const auto put = [&o](const char *key, int value) {
        if (value != 0)
            o.insert(QLatin1String(key), value);
    };
    put("full_layers", a.fullLayers);
    put("kv_heads", a.kvHeads);
    put("head_dim", a.headDim);
    put("swa_layers", a.swaLayers);
    put("swa_window", a.swaWindow);
    put("mla_layers", a.mlaLayers);
    put("mla_rank", a.mlaRank);
    put("mla_rope_dim", a.mlaRopeDim);
    put("compressed_entry_dim", a.compressedEntryDim);
    put("linear_layers", a.linearLayers);
    put("state_heads", a.stateHeads);
    put("state_head_dim", a.stateHeadDim);
    put("state_size", a.stateSize);
    if (!a.compressed.isEmpty()) {
        QJsonArray groups;
        for (const CompressedGroup &g : a.compressed)
            groups.append(QJsonObject{{QStringLiteral("layers"), g.layers}, {QStringLiteral("ratio"), g.ratio}});
        o.insert(QStringLiteral("compressed"), groups);
    }
    return o;
}

// Version 0.1's `catalog --json` keys, kept beside the format 2 groups for one release. The
// loader ignores them: edit the groups.
void insertModelAliases(QJsonObject *o, const ModelSpec &m)
{
    const AttentionLayout &a = m.attention;
    o->insert(QStringLiteral("params_total"), m.paramsTotal);
    o->insert(QStringLiteral("params_active"), m.paramsActive);
    o->insert(QStringLiteral("moe"), m.isMoe());
    o->insert(QStringLiteral("layers"), m.layers);
    o->insert(QStringLiteral("max_context_tokens"), m.maxContext);
    o->insert(QStringLiteral("max_context_extended_tokens"),
              m.maxContextExtended > 0 ? QJsonValue(m.maxContextExtended) : QJsonValue(QJsonValue::Null));
    o->insert(QStringLiteral("full_attention_layers"), a.fullLayers);
    o->insert(QStringLiteral("sliding_window_layers"), a.swaLayers);
    o->insert(QStringLiteral("sliding_window_tokens"), a.swaWindow);
    o->insert(QStringLiteral("mla_layers"), a.mlaLayers);
    o->insert(QStringLiteral("linear_attention_layers"), a.linearLayers);
    o->insert(QStringLiteral("kv_heads"), a.kvHeads);
    o->insert(QStringLiteral("head_dim"), a.headDim);
    // The first token's cache at f16, every layout included (compressed and windowed layers too).
    o->insert(QStringLiteral("kv_f16_bytes_per_token"), Engine::kvCacheBytes(a, KvType::F16, 1.0));
    o->insert(QStringLiteral("params_source"), sourced({}, m.paramsSource));
    o->insert(QStringLiteral("geometry_source"), sourced({}, m.geometrySource));
    if (!o->contains(QStringLiteral("training_hardware")))
        o->insert(QStringLiteral("training_hardware"), QString());
    // No alias for a model without a recorded statement: the loader reads single_box only with its
    // source, and a bare alias would make the dump fail to load back. The window computes it (Hints).
}

QJsonObject modelJson(const ModelSpec &m, bool aliases)
{
    QJsonObject geometry{{QStringLiteral("layers"), m.layers},
                         {QStringLiteral("max_context"), m.maxContext},
                         {QStringLiteral("attention"), attentionJson(m.attention)}};
    if (m.maxContextExtended > 0)
        geometry.insert(QStringLiteral("max_context_extended"), m.maxContextExtended);
    if (m.experts > 0) {
        geometry.insert(QStringLiteral("experts"), m.experts);
        geometry.insert(QStringLiteral("experts_active"), m.expertsActive);
    }
    QJsonArray files;
    for (auto it = m.knownFiles.cbegin(); it != m.knownFiles.cend(); ++it)
        files.append(
            sourced({{QStringLiteral("quant"), it.key()}, {QStringLiteral("bytes"), it->bytes}}, it->provenance));
    QJsonObject o{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("name"), m.name},
        {QStringLiteral("lab"), m.lab},
        {QStringLiteral("country"), m.country},
        {QStringLiteral("released"), m.released},
        {QStringLiteral("params"), sourced({{QStringLiteral("total_b"), m.paramsTotal / Units::kBillion},
                                            {QStringLiteral("active_b"), m.paramsActive / Units::kBillion}},
                                           m.paramsSource)},
        {QStringLiteral("geometry"), sourced(geometry, m.geometrySource)},
        {QStringLiteral("known_files"), files},
    };
    insertSourcedText(&o, QStringLiteral("licence"), m.licence, m.licenceSource);
    if (m.commercialUse)
        o.insert(QStringLiteral("commercial_use"),
                 sourced({{QStringLiteral("value"), commercialUseKey(m.commercialUse->value)},
                          {QStringLiteral("note"), m.commercialUse->note}},
                         m.commercialUse->provenance));
    insertSourcedText(&o, QStringLiteral("native_format"), m.nativeFormat, m.nativeFormatSource);
    if (!m.trainingHardware.isEmpty())
        insertSourcedText(&o, QStringLiteral("training_hardware"), m.trainingHardware, m.trainingHardwareSource);
    if (m.singleBoxSource.isComplete()) {
        o.insert(QStringLiteral("single_box"), m.singleBox);
        o.insert(QStringLiteral("self_host"), m.selfHost);
        o.insert(QStringLiteral("single_box_source"), sourced({}, m.singleBoxSource));
    }
    if (m.mtpLayers > 0)
        o.insert(QStringLiteral("mtp_layers"), m.mtpLayers);
    if (m.lookupTable)
        o.insert(QStringLiteral("lookup_table"),
                 sourced({{QStringLiteral("params_b"), m.lookupTable->params / Units::kBillion},
                          {QStringLiteral("read_per_token"), m.lookupTable->readPerToken},
                          {QStringLiteral("why"), m.lookupTable->note}},
                         m.lookupTable->provenance));
    if (const std::optional<Vocabulary> &v = m.vocabulary) {
        QJsonObject shape{{QStringLiteral("tokens"), v->tokens},
                          {QStringLiteral("hidden"), v->hidden},
                          {QStringLiteral("attention_heads"), v->attentionHeads}};
        if (v->tiedOutput)
            shape.insert(QStringLiteral("tied"), *v->tiedOutput);
        o.insert(QStringLiteral("vocabulary"), sourced(shape, v->provenance));
    }
    o.insert(QStringLiteral("swe_bench_verified"), scoreJson(m.sweVerified));
    o.insert(QStringLiteral("swe_bench_pro"), scoreJson(m.swePro));
    if (m.user)
        o.insert(QStringLiteral("user"), true);
    if (aliases)
        insertModelAliases(&o, m);
    return o;
}

QJsonObject boxJson(const HardwareSpec &h, bool aliases)
{
    QJsonArray prices;
    for (const PriceQuote &q : h.prices) {
        prices.append(sourced({{QStringLiteral("kind"), priceKindKey(q.kind)},
                               {QStringLiteral("low_usd"), q.lowUsd},
                               {QStringLiteral("high_usd"), q.highUsd}},
                              q.provenance));
        if (aliases) { // 0.1's names, for one release
            QJsonObject quote = prices.last().toObject();
            quote.insert(QStringLiteral("usd_low"), q.lowUsd);
            quote.insert(QStringLiteral("usd_high"), q.highUsd);
            prices.last() = quote;
        }
    }
    QJsonObject devices{{QStringLiteral("count"), h.gpus}, {QStringLiteral("max"), h.maxGpus}};
    if (h.interconnect != Interconnect::None)
        devices.insert(QStringLiteral("interconnect"), interconnectName(h.interconnect));
    QJsonObject o{
        {QStringLiteral("id"), h.id},
        {QStringLiteral("name"), h.name},
        {QStringLiteral("vendor"), vendorName(h.vendor)},
        {QStringLiteral("kind"), hardwareKindName(h.kind)},
        {QStringLiteral("backend"), h.backend},
        {QStringLiteral("devices"), devices},
        {QStringLiteral("memory"),
         sourced({{QStringLiteral("gib_per_device"), h.memoryBytesPerGpu / Units::kGiB}}, h.memorySource)},
        {QStringLiteral("usable"), sourced({{QStringLiteral("gib_per_device"), h.usableBytesPerGpu / Units::kGiB},
                                            {QStringLiteral("rule"), h.usableRule}},
                                           h.usableSource)},
        {QStringLiteral("bandwidth"),
         sourced({{QStringLiteral("gbs_per_device"), h.bandwidthBytesPerSecond / Units::kGB}}, h.bandwidthSource)},
        {QStringLiteral("prices"), prices},
    };
    if (!h.hostId.isEmpty())
        o.insert(QStringLiteral("host"), h.hostId);
    if (!h.usableVariants.isEmpty()) {
        QJsonArray variants;
        for (const UsableVariant &v : h.usableVariants)
            variants.append(sourced({{QStringLiteral("setting"), v.setting},
                                     {QStringLiteral("label"), v.label},
                                     {QStringLiteral("gib_per_device"), v.bytesPerDevice / Units::kGiB},
                                     {QStringLiteral("default"), v.isDefault},
                                     {QStringLiteral("note"), v.note}},
                                    v.provenance));
        o.insert(QStringLiteral("usable_variants"), variants);
    }
    if (h.tflops) {
        QJsonObject compute{{QStringLiteral("tflops_fp16_fp32acc_per_device"), *h.tflops}};
        if (h.int8Tops)
            compute.insert(QStringLiteral("tops_int8_per_device"), *h.int8Tops);
        if (h.fp8Tflops)
            compute.insert(QStringLiteral("tflops_fp8_per_device"), *h.fp8Tflops);
        o.insert(QStringLiteral("compute"), sourced(compute, h.computeSource));
    }
    insertPower(&o, h.loadWatts, h.idleWatts, h.powerSource);
    if (h.user)
        o.insert(QStringLiteral("user"), true);
    if (!aliases)
        return o;
    // Version 0.1's keys, for one release; the loader ignores them.
    o.insert(QStringLiteral("gpus"), h.gpus);
    o.insert(QStringLiteral("max_gpus"), h.maxGpus);
    o.insert(QStringLiteral("memory_bytes"), h.memoryBytesPerGpu);
    o.insert(QStringLiteral("usable_bytes"), h.usableBytesPerGpu);
    o.insert(QStringLiteral("usable_rule"), h.usableRule);
    o.insert(QStringLiteral("bandwidth_bytes_per_s"), h.bandwidthBytesPerSecond);
    o.insert(QStringLiteral("tflops_fp16"), orNull(h.tflops));
    o.insert(QStringLiteral("power_w"), orNull(h.loadWatts));
    o.insert(QStringLiteral("memory_source"), sourced({}, h.memorySource));
    o.insert(QStringLiteral("bandwidth_source"), sourced({}, h.bandwidthSource));
    return o;
}

QJsonObject hostJson(const HostSpec &host)
{
    QJsonObject o{{QStringLiteral("id"), host.id},
                  {QStringLiteral("name"), host.name},
                  {QStringLiteral("ram"),
                   sourced({{QStringLiteral("gib"), host.ramBytes / Units::kGiB},
                            {QStringLiteral("bandwidth_gbs"), host.ramBandwidthBytesPerSecond / Units::kGB}},
                           host.ramSource)}};
    if (host.priceUsd)
        o.insert(QStringLiteral("price"), sourced({{QStringLiteral("usd"), *host.priceUsd}}, host.priceSource));
    insertPower(&o, host.loadWatts, host.idleWatts, host.powerSource);
    if (host.user)
        o.insert(QStringLiteral("user"), true);
    return o;
}

QJsonObject apiOfferJson(const ApiOffer &offer, bool aliases)
{
    QJsonObject o{{QStringLiteral("model"), offer.modelId},
                  {QStringLiteral("provider"), offer.provider},
                  {QStringLiteral("input_usd_per_m"), offer.usdPerMillionInput},
                  {QStringLiteral("output_usd_per_m"), offer.usdPerMillionOutput}};
    if (offer.usdPerMillionCachedInput)
        o.insert(QStringLiteral("cached_input_usd_per_m"), *offer.usdPerMillionCachedInput);
    if (!offer.note.isEmpty())
        o.insert(QStringLiteral("note"), offer.note);
    if (!aliases)
        return sourced(o, offer.provenance);
    // 0.1's names, for one release.
    o.insert(QStringLiteral("model_id"), offer.modelId);
    o.insert(QStringLiteral("input_usd_per_million_tokens"), offer.usdPerMillionInput);
    o.insert(QStringLiteral("output_usd_per_million_tokens"), offer.usdPerMillionOutput);
    o.insert(QStringLiteral("cached_input_usd_per_million_tokens"), orNull(offer.usdPerMillionCachedInput));
    return sourced(o, offer.provenance);
}

QJsonObject rentalJson(const RentalOffer &offer)
{
    QJsonObject o{{QStringLiteral("box"), offer.hardwareId}, {QStringLiteral("provider"), offer.provider}};
    if (offer.spotUsdPerHour)
        o.insert(QStringLiteral("spot_usd_per_hour"), *offer.spotUsdPerHour);
    if (offer.onDemandUsdPerHour)
        o.insert(QStringLiteral("on_demand_usd_per_hour"), *offer.onDemandUsdPerHour);
    if (offer.spotUsdPerGpuHour)
        o.insert(QStringLiteral("spot_usd_per_gpu_hour"), *offer.spotUsdPerGpuHour);
    if (offer.onDemandUsdPerGpuHour)
        o.insert(QStringLiteral("on_demand_usd_per_gpu_hour"), *offer.onDemandUsdPerGpuHour);
    if (offer.spotUsdPerGpuHour || offer.onDemandUsdPerGpuHour)
        o.insert(QStringLiteral("gpus"), offer.gpus);
    if (!offer.tier.isEmpty())
        o.insert(QStringLiteral("tier"), offer.tier);
    if (!offer.note.isEmpty())
        o.insert(QStringLiteral("note"), offer.note);
    return sourced(o, offer.provenance);
}

template<typename T, typename Write>
QJsonArray arrayOf(const QList<T> &entries, Write write)
{
    QJsonArray array;
    for (const T &entry : entries)
        array.append(write(entry));
    return array;
}

template<typename T>
QJsonArray arrayOf(const QList<T> &entries, QJsonObject (*write)(const T &, bool), bool aliases)
{
    return arrayOf(entries, [write, aliases](const T &entry) { return write(entry, aliases); });
}

} // namespace

QJsonObject CatalogLoader::toJson(const Catalog &catalog, bool legacyAliases)
{
    QJsonObject o{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("models"), arrayOf(catalog.models, modelJson, legacyAliases)},
        {QStringLiteral("boxes"), arrayOf(catalog.hardware, boxJson, legacyAliases)},
        {QStringLiteral("hosts"), arrayOf(catalog.hosts, hostJson)},
        {QStringLiteral("api_offers"), arrayOf(catalog.apiOffers, apiOfferJson, legacyAliases)},
        {QStringLiteral("rental_offers"), arrayOf(catalog.rentalOffers, rentalJson)},
    };
    if (!catalog.asOf.isEmpty())
        o.insert(QStringLiteral("as_of"), catalog.asOf);
    if (legacyAliases) // version 0.1 called the boxes "hardware"
        o.insert(QStringLiteral("hardware"), o.value(QStringLiteral("boxes")));
    return o;
}

} // namespace Headroom
