// The scripting contract's JSON: flat objects, keys named for their unit, null for unknown.
#include "jsonformat.h"

#include "engine.h"
#include "units.h"

#include <QJsonArray>

#include <cmath>

namespace Headroom::Cli {

namespace {

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

} // namespace

QJsonValue numberOrNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString parallelModeKey(SpeedFit::ParallelMode mode)
{
    switch (mode) {
    case SpeedFit::ParallelMode::LayerSplit: return QStringLiteral("layer-split");
    case SpeedFit::ParallelMode::TensorParallel: return QStringLiteral("tensor-parallel");
    case SpeedFit::ParallelMode::Single: break;
    }
    return QStringLiteral("single");
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
        {QStringLiteral("lookup_table_bytes"), e.lookupTableBytes},
        {QStringLiteral("embedding_in_ram_bytes"), e.embeddingInRamBytes},
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
        {QStringLiteral("prefill_tok_s"), numberOrNull(e.prefillTokS)},
        {QStringLiteral("prefill_low_tok_s"), numberOrNull(e.prefillLowTokS)},
        {QStringLiteral("prefill_high_tok_s"), numberOrNull(e.prefillHighTokS)},
        {QStringLiteral("ttft_seconds"), numberOrNull(e.ttftSeconds)},
        {QStringLiteral("ttft_low_seconds"), numberOrNull(e.ttftLowSeconds)},
        {QStringLiteral("ttft_high_seconds"), numberOrNull(e.ttftHighSeconds)},
        {QStringLiteral("offloaded_bytes"), e.offloadedBytes},
        {QStringLiteral("host_bytes_per_token"), e.hostBytesPerStep},
        // Layers whose routed experts sit in the host's RAM, as llama.cpp's --n-cpu-moe takes them.
        {QStringLiteral("n_cpu_moe"), e.cpuExpertLayers},
        {QStringLiteral("parallel_mode"), parallelModeKey(e.parallelMode)},
        {QStringLiteral("speed_class"), e.speedClass},
        {QStringLiteral("extrapolated"), e.extrapolated},
        {QStringLiteral("measured_calibration"), e.measuredCalibration},
        {QStringLiteral("answer_seconds"), numberOrNull(e.answerSeconds)},
        {QStringLiteral("verify_command"), QStringLiteral("llama-bench -m MODEL-%1.gguf -fa 1 -p 512 -n 128 -d %2")
                                               .arg(e.format.name)
                                               .arg(qint64(scenario.contextTokens))},
        // Prompt processing at the scenario's prompt length, as the prefill fit's rows measure it.
        {QStringLiteral("prefill_verify_command"),
         QStringLiteral("llama-bench -m MODEL-%1.gguf -fa 1 -p %2 -n 0")
             .arg(e.format.name)
             .arg(qint64(scenario.promptTokens > 0 ? scenario.promptTokens : 512))},
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
          << QStringLiteral("  weights       %1").arg(gb(e.weightsBytes));
    // The lines add up to the total: a lookup table beside the weights, the token table in RAM out.
    if (e.lookupTableBytes > 0)
        lines << QStringLiteral("  lookup table  %1").arg(gb(e.lookupTableBytes));
    if (e.embeddingInRamBytes > 0)
        lines << QStringLiteral("  in host RAM   −%1 (the token table llama.cpp keeps there)")
                     .arg(gb(e.embeddingInRamBytes));
    lines << QStringLiteral("  KV cache      %1").arg(gb(e.kvCacheBytes + e.fixedStateBytes))
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
    if (e.offloadedBytes > 0)
        lines << QStringLiteral("  offloaded     %1 of weights in host RAM, read at %2 per token%3")
                     .arg(gb(e.offloadedBytes), gb(e.hostBytesPerStep),
                          e.cpuExpertLayers > 0 ? QStringLiteral(" (--n-cpu-moe %1)").arg(e.cpuExpertLayers)
                                                : QString());
    lines << QStringLiteral("  speed model   %1%2%3%4")
                 .arg(e.speedClass,
                      e.parallelMode == SpeedFit::ParallelMode::Single
                          ? QString()
                          : QStringLiteral(", %1").arg(parallelModeKey(e.parallelMode)),
                      e.measuredCalibration ? QStringLiteral(", calibrated on your runs") : QString(),
                      e.extrapolated ? QStringLiteral(", extrapolated beyond the measurements") : QString());
    if (e.prefillTokS && e.ttftSeconds)
        lines << QStringLiteral("  prefill       %1 (range %2 – %3), first token after %4 s (%5 – %6 s) for %7 "
                                "prompt tokens")
                     .arg(rate(e.prefillTokS), rate(e.prefillLowTokS), rate(e.prefillHighTokS))
                     .arg(*e.ttftSeconds, 0, 'f', 2)
                     .arg(e.ttftLowSeconds.value_or(*e.ttftSeconds), 0, 'f', 2)
                     .arg(e.ttftHighSeconds.value_or(*e.ttftSeconds), 0, 'f', 2)
                     .arg(qint64(scenario.promptTokens));
    if (e.answerSeconds)
        lines << QStringLiteral("  answer        %1 s for %2 tokens")
                     .arg(*e.answerSeconds, 0, 'f', 1)
                     .arg(qint64(scenario.answerTokens));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Headroom::Cli
