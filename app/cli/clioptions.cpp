#include "clioptions.h"

#include "engine.h"
#include "tokens.h"
#include "units.h"

#include <cmath>

namespace Headroom::Cli {

namespace {

EstimateError bad(const QString &flag, const QString &message)
{
    return {flag, QStringLiteral("--%1: %2").arg(flag, message)};
}

// A finite number within [min, max], or the error naming the flag.
std::variant<double, EstimateError> number(const QCommandLineParser &parser, const QString &flag, double min,
                                           double max)
{
    bool ok = false;
    const double value = parser.value(flag).toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < min || value > max)
        return bad(
            flag,
            QStringLiteral("expected a number from %1 to %2, got '%3'").arg(min).arg(max).arg(parser.value(flag)));
    return value;
}

std::variant<int, EstimateError> whole(const QCommandLineParser &parser, const QString &flag, int min, int max)
{
    const auto value = number(parser, flag, min, max);
    if (const auto *error = std::get_if<EstimateError>(&value))
        return *error;
    const double v = std::get<double>(value);
    if (v != std::floor(v))
        return bad(flag, QStringLiteral("expected a whole number, got '%1'").arg(parser.value(flag)));
    return int(v);
}

} // namespace

std::optional<double> parseTokens(const QString &text)
{
    return Tokens::parse(text);
}

void addModelOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("model"), QStringLiteral("Catalog model id (see 'headroom catalog')."), QStringLiteral("ID")},
        {QStringLiteral("params-total"), QStringLiteral("Ad hoc model: total parameters, billions."),
         QStringLiteral("B")},
        {QStringLiteral("params-active"), QStringLiteral("Active parameters per token, billions (MoE)."),
         QStringLiteral("B")},
        {QStringLiteral("layers"), QStringLiteral("Transformer layers."), QStringLiteral("N")},
        {QStringLiteral("attn-layers"),
         QStringLiteral("Full-attention layers holding KV (default: layers − SWA layers)."), QStringLiteral("N")},
        {QStringLiteral("kv-heads"), QStringLiteral("KV heads per attention layer."), QStringLiteral("N")},
        {QStringLiteral("head-dim"), QStringLiteral("Elements per head."), QStringLiteral("N")},
        {QStringLiteral("swa-layers"), QStringLiteral("Sliding-window layers."), QStringLiteral("N")},
        {QStringLiteral("swa-window"), QStringLiteral("Sliding window, tokens."), QStringLiteral("T")},
        {QStringLiteral("mla-rank"), QStringLiteral("MLA kv_lora_rank (makes every layer MLA)."), QStringLiteral("N")},
        {QStringLiteral("mla-rope-dim"), QStringLiteral("MLA qk_rope_head_dim."), QStringLiteral("N")},
        {QStringLiteral("weights-gb"), QStringLiteral("Real weights file size, GB (overrides params × bits)."),
         QStringLiteral("X")},
    });
}

void addHardwareOptions(QCommandLineParser &parser, bool single)
{
    if (single)
        parser.addOption({QStringLiteral("hardware"), QStringLiteral("Catalog hardware id."), QStringLiteral("ID")});
    parser.addOptions({
        {QStringLiteral("memory-gb"),
         QStringLiteral("Ad hoc box: memory per GPU as marketed (read as GiB, like the catalog)."),
         QStringLiteral("X")},
        {QStringLiteral("usable-gb"), QStringLiteral("Usable memory per GPU, GiB (default: a documented share)."),
         QStringLiteral("X")},
        {QStringLiteral("bandwidth-gbs"), QStringLiteral("Memory bandwidth per GPU, GB/s."), QStringLiteral("X")},
        {QStringLiteral("tflops"), QStringLiteral("Dense FP16 TFLOPS per GPU (for prefill)."), QStringLiteral("X")},
        {QStringLiteral("vendor"), QStringLiteral("nvidia, amd, apple or intel."), QStringLiteral("NAME")},
        {QStringLiteral("unified"), QStringLiteral("The memory is shared with the CPU and OS.")},
        {QStringLiteral("gpus"), QStringLiteral("GPU count (tensor parallel)."), QStringLiteral("N")},
    });
}

void addScenarioOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("quant"),
         QStringLiteral(
             "Weights format, e.g. Q4_K_M, INT4, FP8, or bpw:X. Default: the model as released where that is a 4-bit format (gpt-oss MXFP4, Kimi INT4), else Q4_K_M."),
         QStringLiteral("NAME")},
        {QStringLiteral("kv-type"), QStringLiteral("KV cache: f16, bf16, fp8, q8_0, q4_0. Default f16."),
         QStringLiteral("TYPE")},
        {QStringLiteral("context"), QStringLiteral("Context length, tokens (32k, 1M accepted). Default 32768."),
         QStringLiteral("T")},
        {QStringLiteral("batch"), QStringLiteral("Concurrent sequences. Default 1."), QStringLiteral("N")},
        {QStringLiteral("prompt"), QStringLiteral("Prompt tokens to prefill before the answer. Default 4096."),
         QStringLiteral("T")},
        {QStringLiteral("answer"), QStringLiteral("Answer tokens for the time-to-answer figure. Default 500."),
         QStringLiteral("T")},
        {QStringLiteral("efficiency"),
         QStringLiteral("Share of bandwidth a decode step reaches (0–1]. Default: calibrated."), QStringLiteral("X")},
    });
}

Parsed<Scenario> scenarioFrom(const QCommandLineParser &parser)
{
    Scenario s;
    if (parser.isSet(QStringLiteral("quant"))) {
        const auto quant = Quantization::parse(parser.value(QStringLiteral("quant")));
        if (!quant)
            return bad(QStringLiteral("quant"), QStringLiteral("unknown format '%1' (try Q4_K_M, INT4, FP8 or bpw:4.5)")
                                                    .arg(parser.value(QStringLiteral("quant"))));
        s.quant = quant;
    }
    if (parser.isSet(QStringLiteral("kv-type"))) {
        const auto kv = parseKvType(parser.value(QStringLiteral("kv-type")));
        if (!kv)
            return bad(QStringLiteral("kv-type"), QStringLiteral("unknown KV type '%1' (f16, bf16, fp8, q8_0, q4_0)")
                                                      .arg(parser.value(QStringLiteral("kv-type"))));
        s.kvType = *kv;
    }
    for (const auto &[flag, target, min] : {std::tuple{QStringLiteral("context"), &s.contextTokens, 1.0},
                                            std::tuple{QStringLiteral("prompt"), &s.promptTokens, 0.0},
                                            std::tuple{QStringLiteral("answer"), &s.answerTokens, 1.0}}) {
        if (!parser.isSet(flag))
            continue;
        const auto tokens = parseTokens(parser.value(flag));
        if (!tokens || *tokens < min || *tokens > Scenario::kMaxContextTokens)
            return bad(
                flag,
                QStringLiteral("expected a token count from %1 to 16M, got '%2'").arg(min).arg(parser.value(flag)));
        *target = *tokens;
    }
    if (parser.isSet(QStringLiteral("batch"))) {
        const auto batch = whole(parser, QStringLiteral("batch"), 1, Scenario::kMaxBatch);
        if (const auto *error = std::get_if<EstimateError>(&batch))
            return *error;
        s.batch = std::get<int>(batch);
    }
    // --gpus belongs to the hardware options, which not every command has.
    if (parser.optionNames().contains(QStringLiteral("gpus"))) {
        const auto gpus = whole(parser, QStringLiteral("gpus"), 1, Scenario::kMaxGpus);
        if (const auto *error = std::get_if<EstimateError>(&gpus))
            return *error;
        s.gpus = std::get<int>(gpus);
    }
    if (parser.isSet(QStringLiteral("efficiency"))) {
        const auto eff = number(parser, QStringLiteral("efficiency"), 0.01, 1.0);
        if (const auto *error = std::get_if<EstimateError>(&eff))
            return *error;
        s.efficiency = std::get<double>(eff);
    }
    return s;
}

Parsed<ModelSpec> modelFrom(const QCommandLineParser &parser, const Catalog &catalog, const Scenario &scenario)
{
    const bool byId = parser.isSet(QStringLiteral("model"));
    const bool adHoc = parser.isSet(QStringLiteral("params-total"));
    if (byId && adHoc)
        return bad(QStringLiteral("model"), QStringLiteral("give either --model or --params-total, not both"));
    if (byId) {
        const QString id = parser.value(QStringLiteral("model"));
        if (const ModelSpec *model = catalog.findModel(id))
            return *model;
        return bad(QStringLiteral("model"), QStringLiteral("unknown model id '%1' (see 'headroom catalog')").arg(id));
    }
    if (!adHoc)
        return bad(QStringLiteral("model"), QStringLiteral("missing: give --model ID or --params-total B"));

    ModelSpec m;
    m.id = QStringLiteral("custom");
    m.name = QStringLiteral("Custom model");
    const auto total = number(parser, QStringLiteral("params-total"), 0.001, 100000.0);
    if (const auto *error = std::get_if<EstimateError>(&total))
        return *error;
    m.paramsTotal = std::get<double>(total) * Units::kBillion;
    m.paramsActive = m.paramsTotal;
    if (parser.isSet(QStringLiteral("params-active"))) {
        const auto active = number(parser, QStringLiteral("params-active"), 0.001, 100000.0);
        if (const auto *error = std::get_if<EstimateError>(&active))
            return *error;
        m.paramsActive = std::get<double>(active) * Units::kBillion;
        if (m.paramsActive > m.paramsTotal)
            return bad(QStringLiteral("params-active"), QStringLiteral("active parameters exceed --params-total"));
    }
    struct IntFlag
    {
        const char *flag;
        int *target;
        int max;
    };
    AttentionLayout &a = m.attention;
    int attnLayers = -1;
    const IntFlag ints[] = {
        {"layers", &m.layers, 100000},        {"attn-layers", &attnLayers, 100000},
        {"kv-heads", &a.kvHeads, 100000},     {"head-dim", &a.headDim, 100000},
        {"swa-layers", &a.swaLayers, 100000}, {"swa-window", &a.swaWindow, 1 << 24},
        {"mla-rank", &a.mlaRank, 100000},     {"mla-rope-dim", &a.mlaRopeDim, 100000},
    };
    for (const auto &flag : ints) {
        const QString name = QString::fromLatin1(flag.flag);
        if (!parser.isSet(name))
            continue;
        const auto value = whole(parser, name, 0, flag.max);
        if (const auto *error = std::get_if<EstimateError>(&value))
            return *error;
        *flag.target = std::get<int>(value);
    }
    if (a.mlaRank > 0) {
        a.mlaLayers = attnLayers >= 0 ? attnLayers : m.layers;
    } else {
        a.fullLayers = attnLayers >= 0 ? attnLayers : std::max(0, m.layers - a.swaLayers);
    }
    if (m.layers == 0)
        return bad(QStringLiteral("layers"),
                   QStringLiteral("an ad hoc model needs its geometry: give --layers, --kv-heads and --head-dim "
                                  "(and --swa-layers/--swa-window or --mla-rank where it has them), or --model ID"));
    if (parser.isSet(QStringLiteral("weights-gb"))) {
        const auto gb = number(parser, QStringLiteral("weights-gb"), 0.001, 1e6);
        if (const auto *error = std::get_if<EstimateError>(&gb))
            return *error;
        m.knownFiles.insert(Engine::formatFor(m, scenario).name,
                            KnownFile{Units::gbToBytes(std::get<double>(gb)),
                                      {QStringLiteral("--weights-gb"), QStringLiteral("given"), {}}});
    }
    return m;
}

Parsed<HardwareSpec> hardwareById(const Catalog &catalog, const QString &id, const QString &flag)
{
    if (const HardwareSpec *hardware = catalog.findHardware(id))
        return *hardware;
    return bad(flag, QStringLiteral("unknown hardware id '%1' (see 'headroom catalog')").arg(id));
}

Parsed<HardwareSpec> hardwareFrom(const QCommandLineParser &parser, const Catalog &catalog, const QString &idFlag)
{
    const bool adHoc = parser.isSet(QStringLiteral("memory-gb")) || parser.isSet(QStringLiteral("bandwidth-gbs"));
    if (parser.isSet(idFlag)) {
        if (adHoc)
            return bad(idFlag, QStringLiteral("give either --%1 or --memory-gb/--bandwidth-gbs, not both").arg(idFlag));
        auto found = hardwareById(catalog, parser.value(idFlag), idFlag);
        auto *box = std::get_if<HardwareSpec>(&found);
        if (box && parser.isSet(QStringLiteral("usable-gb"))) {
            // Usable memory is an assumption the user may know better (a raised macOS wired limit).
            const double memoryGiB = box->memoryBytesPerGpu / Units::kGiB;
            const auto usable = number(parser, QStringLiteral("usable-gb"), 0.001, memoryGiB);
            if (const auto *error = std::get_if<EstimateError>(&usable))
                return *error;
            box->usableBytesPerGpu = Units::gibToBytes(std::get<double>(usable));
            box->usableRule = QStringLiteral("given with --usable-gb");
        }
        return found;
    }
    if (!adHoc)
        return bad(idFlag, QStringLiteral("missing: give --%1 ID or --memory-gb X --bandwidth-gbs X").arg(idFlag));
    for (const char *required : {"memory-gb", "bandwidth-gbs"}) {
        if (!parser.isSet(QString::fromLatin1(required)))
            return bad(QString::fromLatin1(required), QStringLiteral("missing for an ad hoc box"));
    }
    HardwareSpec h;
    h.id = QStringLiteral("custom");
    h.name = QStringLiteral("Custom box");
    h.backend = QStringLiteral("CUDA");
    if (parser.isSet(QStringLiteral("vendor"))) {
        const auto vendor = parseVendor(parser.value(QStringLiteral("vendor")));
        if (!vendor)
            return bad(QStringLiteral("vendor"), QStringLiteral("unknown vendor '%1' (nvidia, amd, apple, intel)")
                                                     .arg(parser.value(QStringLiteral("vendor"))));
        h.vendor = *vendor;
        h.backend = h.vendor == Vendor::Apple    ? QStringLiteral("Metal")
                    : h.vendor == Vendor::Nvidia ? QStringLiteral("CUDA")
                                                 : QStringLiteral("Vulkan");
    }
    h.kind = parser.isSet(QStringLiteral("unified")) ? HardwareKind::UnifiedMemory : HardwareKind::DiscreteGpu;
    const auto memory = number(parser, QStringLiteral("memory-gb"), 0.001, 1e6);
    if (const auto *error = std::get_if<EstimateError>(&memory))
        return *error;
    const auto bandwidth = number(parser, QStringLiteral("bandwidth-gbs"), 0.001, 1e6);
    if (const auto *error = std::get_if<EstimateError>(&bandwidth))
        return *error;
    h.memoryBytesPerGpu = Units::gibToBytes(std::get<double>(memory));
    h.bandwidthBytesPerSecond = Units::gbToBytes(std::get<double>(bandwidth));
    h.usableBytesPerGpu = defaultUsableBytes(h.memoryBytesPerGpu, h.isUnified(), h.vendor);
    h.usableRule = QStringLiteral("default share");
    if (parser.isSet(QStringLiteral("usable-gb"))) {
        const auto usable = number(parser, QStringLiteral("usable-gb"), 0.001, std::get<double>(memory));
        if (const auto *error = std::get_if<EstimateError>(&usable))
            return *error;
        h.usableBytesPerGpu = Units::gibToBytes(std::get<double>(usable));
        h.usableRule = QStringLiteral("given");
    }
    if (parser.isSet(QStringLiteral("tflops"))) {
        const auto tflops = number(parser, QStringLiteral("tflops"), 0.0, 1e6);
        if (const auto *error = std::get_if<EstimateError>(&tflops))
            return *error;
        h.tflopsFp16 = std::get<double>(tflops);
    }
    h.maxGpus = Scenario::kMaxGpus;
    return h;
}

} // namespace Headroom::Cli
