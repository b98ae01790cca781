#include "jsonformat.h"

#include "engine.h"
#include "units.h"

#include <QJsonArray>

#include <cmath>

namespace Headroom::Cli {

namespace {

QJsonValue scoreJson(const std::optional<BenchmarkScore> &score)
{
    if (!score)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("percent"), score->percent},
                       {QStringLiteral("vendor_reported"), score->vendorReported},
                       {QStringLiteral("note"), score->note},
                       {QStringLiteral("source"), score->provenance.source},
                       {QStringLiteral("as_of"), score->provenance.asOf}};
}

QJsonObject provenanceJson(const Provenance &p)
{
    QJsonObject o{{QStringLiteral("source"), p.source}, {QStringLiteral("as_of"), p.asOf}};
    if (p.isEstimated())
        o.insert(QStringLiteral("estimated_from"), p.estimatedFrom);
    return o;
}

QString priceKindName(PriceQuote::Kind kind)
{
    switch (kind) {
    case PriceQuote::Kind::Msrp: return QStringLiteral("msrp");
    case PriceQuote::Kind::Street: return QStringLiteral("street");
    case PriceQuote::Kind::Rental: return QStringLiteral("rental");
    }
    return {};
}

QString gb(double bytes)
{
    return QStringLiteral("%1 GB (%2 GiB)")
        .arg(Units::bytesToGB(bytes), 0, 'f', 1)
        .arg(Units::bytesToGiB(bytes), 0, 'f', 1);
}

QString rate(const std::optional<double> &value)
{
    return value ? QStringLiteral("%1 tok/s").arg(*value, 0, 'f', 1) : QStringLiteral("—");
}

QJsonArray knownFilesJson(const ModelSpec &m)
{
    QJsonArray files;
    for (auto it = m.knownFiles.cbegin(); it != m.knownFiles.cend(); ++it) {
        QJsonObject file{{QStringLiteral("quant"), it.key()}, {QStringLiteral("bytes"), it->bytes}};
        const QJsonObject source = provenanceJson(it->provenance);
        for (auto s = source.begin(); s != source.end(); ++s)
            file.insert(s.key(), s.value());
        files.append(file);
    }
    return files;
}

} // namespace

QJsonObject apiOfferJson(const ApiOffer &offer)
{
    return {{QStringLiteral("model_id"), offer.modelId},
            {QStringLiteral("provider"), offer.provider},
            {QStringLiteral("input_usd_per_million_tokens"), offer.usdPerMillionInput},
            {QStringLiteral("output_usd_per_million_tokens"), offer.usdPerMillionOutput},
            {QStringLiteral("cached_input_usd_per_million_tokens"), numberOrNull(offer.usdPerMillionCachedInput)},
            {QStringLiteral("note"), offer.note},
            {QStringLiteral("source"), offer.provenance.source},
            {QStringLiteral("as_of"), offer.provenance.asOf}};
}

QJsonValue numberOrNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject modelJson(const ModelSpec &m)
{
    const AttentionLayout &a = m.attention;
    return {
        {QStringLiteral("id"), m.id},
        {QStringLiteral("name"), m.name},
        {QStringLiteral("lab"), m.lab},
        {QStringLiteral("country"), m.country},
        {QStringLiteral("licence"), m.licence},
        {QStringLiteral("released"), m.released},
        {QStringLiteral("training_hardware"), m.trainingHardware},
        {QStringLiteral("single_box"), m.singleBox},
        {QStringLiteral("self_host"), m.selfHost},
        {QStringLiteral("params_total"), m.paramsTotal},
        {QStringLiteral("params_active"), m.paramsActive},
        {QStringLiteral("moe"), m.isMoe()},
        {QStringLiteral("layers"), m.layers},
        {QStringLiteral("max_context_tokens"), m.maxContext},
        {QStringLiteral("full_attention_layers"), a.fullLayers},
        {QStringLiteral("sliding_window_layers"), a.swaLayers},
        {QStringLiteral("sliding_window_tokens"), a.swaWindow},
        {QStringLiteral("mla_layers"), a.mlaLayers},
        {QStringLiteral("linear_attention_layers"), a.linearLayers},
        {QStringLiteral("kv_heads"), a.kvHeads},
        {QStringLiteral("head_dim"), a.headDim},
        // The first token's cache at f16, every layout included (compressed and windowed layers too).
        {QStringLiteral("kv_f16_bytes_per_token"), Engine::kvCacheBytes(a, KvType::F16, 1.0)},
        {QStringLiteral("native_format"), m.nativeFormat},
        {QStringLiteral("max_context_extended_tokens"),
         m.maxContextExtended > 0 ? QJsonValue(m.maxContextExtended) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("known_files"), knownFilesJson(m)},
        {QStringLiteral("swe_bench_verified"), scoreJson(m.sweVerified)},
        {QStringLiteral("swe_bench_pro"), scoreJson(m.swePro)},
        {QStringLiteral("params_source"), provenanceJson(m.paramsSource)},
        {QStringLiteral("geometry_source"), provenanceJson(m.geometrySource)},
        {QStringLiteral("licence_source"), provenanceJson(m.licenceSource)},
    };
}

QJsonObject hardwareJson(const HardwareSpec &h)
{
    QJsonArray prices;
    for (const auto &quote : h.prices) {
        prices.append(QJsonObject{{QStringLiteral("kind"), priceKindName(quote.kind)},
                                  {QStringLiteral("usd_low"), quote.lowUsd},
                                  {QStringLiteral("usd_high"), quote.highUsd},
                                  {QStringLiteral("source"), quote.provenance.source},
                                  {QStringLiteral("as_of"), quote.provenance.asOf}});
    }
    QJsonObject o{
        {QStringLiteral("id"), h.id},
        {QStringLiteral("name"), h.name},
        {QStringLiteral("vendor"), vendorName(h.vendor)},
        {QStringLiteral("kind"), hardwareKindName(h.kind)},
        {QStringLiteral("backend"), h.backend},
        {QStringLiteral("gpus"), h.gpus},
        {QStringLiteral("max_gpus"), h.maxGpus},
        {QStringLiteral("prices"), prices},
    };
    o.insert(QStringLiteral("memory_bytes"), h.memoryBytesPerGpu);
    o.insert(QStringLiteral("usable_bytes"), h.usableBytesPerGpu);
    o.insert(QStringLiteral("usable_rule"), h.usableRule);
    o.insert(QStringLiteral("bandwidth_bytes_per_s"), h.bandwidthBytesPerSecond);
    o.insert(QStringLiteral("tflops_fp16"), h.tflopsFp16 > 0 ? QJsonValue(h.tflopsFp16) : QJsonValue::Null);
    o.insert(QStringLiteral("power_w"), h.powerWatts > 0 ? QJsonValue(h.powerWatts) : QJsonValue::Null);
    o.insert(QStringLiteral("memory_source"), provenanceJson(h.memorySource));
    o.insert(QStringLiteral("bandwidth_source"), provenanceJson(h.bandwidthSource));
    return o;
}

QJsonObject estimateJson(const ModelSpec &model, const HardwareSpec &hardware, const Scenario &scenario,
                         const Estimate &e)
{
    return {
        {QStringLiteral("model_id"), model.id},
        {QStringLiteral("hardware_id"), hardware.id},
        {QStringLiteral("format"), 1},
        {QStringLiteral("quant"), e.format.name},
        {QStringLiteral("bits_per_weight"), e.format.bitsPerWeight},
        {QStringLiteral("kv_type"), kvTypeName(scenario.kvType)},
        {QStringLiteral("context_tokens"), scenario.contextTokens},
        {QStringLiteral("batch"), scenario.batch},
        {QStringLiteral("gpus"), e.gpus},
        {QStringLiteral("weights_bytes"), e.weightsBytes},
        {QStringLiteral("active_weights_bytes"), e.activeWeightsBytes},
        {QStringLiteral("kv_cache_bytes"), e.kvCacheBytes},
        {QStringLiteral("kv_bytes_per_token"), e.kvPerTokenBytes},
        {QStringLiteral("fixed_state_bytes"), e.fixedStateBytes},
        {QStringLiteral("overhead_bytes"), e.overheadBytes},
        {QStringLiteral("total_bytes"), e.totalBytes},
        {QStringLiteral("usable_bytes"), e.usableBytes},
        {QStringLiteral("headroom_bytes"), e.headroomBytes},
        {QStringLiteral("comfortable_margin_bytes"), e.marginBytes},
        {QStringLiteral("verdict"), verdictKey(e.verdict)},
        {QStringLiteral("model_context_limit_tokens"),
         e.contextLimitTokens > 0 ? QJsonValue(e.contextLimitTokens) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("max_context_tokens"), e.maxContextTokens},
        {QStringLiteral("min_gpus"), e.minGpus ? QJsonValue(*e.minGpus) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("bytes_per_token"), e.bytesPerToken},
        {QStringLiteral("decode_ceiling_tok_s"), numberOrNull(e.decodeCeilingTokS)},
        {QStringLiteral("decode_tok_s"), numberOrNull(e.decodeTokS)},
        {QStringLiteral("decode_low_tok_s"), numberOrNull(e.decodeLowTokS)},
        {QStringLiteral("decode_high_tok_s"), numberOrNull(e.decodeHighTokS)},
        {QStringLiteral("aggregate_tok_s"), numberOrNull(e.aggregateTokS)},
        {QStringLiteral("efficiency"), e.efficiency},
        {QStringLiteral("prefill_seconds"), numberOrNull(e.prefillSeconds)},
        {QStringLiteral("answer_seconds"), numberOrNull(e.answerSeconds)},
        {QStringLiteral("verify_command"), QStringLiteral("llama-bench -m MODEL-%1.gguf -p 512 -n 128 -d %2")
                                               .arg(e.format.name)
                                               .arg(qint64(scenario.contextTokens))},
    };
}

QString estimateText(const ModelSpec &model, const HardwareSpec &hardware, const Scenario &scenario, const Estimate &e)
{
    QStringList lines;
    lines << QStringLiteral("%1 on %2").arg(model.name, hardware.name)
          << QStringLiteral("  scenario      %1 weights, %2 KV cache, %3 tokens context, %4 sequence(s), %5 GPU(s)")
                 .arg(e.format.name, kvTypeName(scenario.kvType))
                 .arg(qint64(scenario.contextTokens))
                 .arg(scenario.batch)
                 .arg(e.gpus)
          << QStringLiteral("  weights       %1").arg(gb(e.weightsBytes))
          << QStringLiteral("  KV cache      %1").arg(gb(e.kvCacheBytes + e.fixedStateBytes))
          << QStringLiteral("  overhead      %1").arg(gb(e.overheadBytes))
          << QStringLiteral("  total         %1").arg(gb(e.totalBytes));
    lines << QStringLiteral("  usable        %1").arg(gb(e.usableBytes))
          << QStringLiteral("  headroom      %1").arg(gb(e.headroomBytes))
          << QStringLiteral("  verdict       %1").arg(verdictKey(e.verdict))
          << QStringLiteral("  max context   %1 tokens").arg(qint64(e.maxContextTokens))
          << QStringLiteral("  min GPUs      %1")
                 .arg(e.minGpus ? QString::number(*e.minGpus) : QStringLiteral("none up to %1").arg(hardware.maxGpus))
          << QStringLiteral("  decode        %1 (range %2 – %3), ceiling %4")
                 .arg(rate(e.decodeTokS), rate(e.decodeLowTokS), rate(e.decodeHighTokS), rate(e.decodeCeilingTokS));
    if (e.answerSeconds)
        lines << QStringLiteral("  answer        %1 s for %2 tokens")
                     .arg(*e.answerSeconds, 0, 'f', 1)
                     .arg(qint64(scenario.answerTokens));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Headroom::Cli
