// The flags estimate, compare, export and report share, read into a model, a box and a scenario.
#include "clioptions.h"

#include "engine.h"
#include "tokens.h"
#include "units.h"

#include <cmath>

namespace Headroom::Cli {

namespace {

// Reads `limit`'s flag into `*target` when it is set; returns the error otherwise.
template<typename T>
std::optional<EstimateError> readInto(const QCommandLineParser &parser, const Limits::Limit &limit, T *target)
{
    const QString flag = QString::fromLatin1(limit.flag);
    if (!parser.isSet(flag))
        return std::nullopt;
    const auto value = read(parser, limit);
    if (const auto *error = std::get_if<EstimateError>(&value))
        return *error;
    *target = T(std::get<double>(value));
    return std::nullopt;
}

const QStringList kModelGeometryFlags = {
    QStringLiteral("params-active"), QStringLiteral("layers"),   QStringLiteral("attn-layers"),
    QStringLiteral("kv-heads"),      QStringLiteral("head-dim"), QStringLiteral("swa-layers"),
    QStringLiteral("swa-window"),    QStringLiteral("mla-rank"), QStringLiteral("mla-rope-dim"),
};
const QStringList kAdHocBoxFlags = {QStringLiteral("memory-gb"), QStringLiteral("bandwidth-gbs"),
                                    QStringLiteral("tflops"), QStringLiteral("vendor"), QStringLiteral("unified")};

} // namespace

std::optional<double> parseTokens(const QString &text)
{
    return Tokens::parse(text);
}

void addModelOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("model"), QStringLiteral("Catalog model id (see 'headroom catalog')."), QStringLiteral("ID")},
        limitedOption(Limits::kParamsB, QStringLiteral("Ad hoc model: total parameters in billions")),
        limitedOption(Limits::kParamsActiveB, QStringLiteral("Active parameters per token in billions (MoE)")),
        limitedOption(Limits::kLayers, QStringLiteral("Ad hoc model: transformer layers (required)")),
        limitedOption(Limits::kAttnLayers,
                      QStringLiteral("Full-attention layers holding KV (default: layers − sliding-window layers)")),
        limitedOption(Limits::kHeads, QStringLiteral("KV heads per attention layer")),
        limitedOption(Limits::kHeadDim, QStringLiteral("Elements per head")),
        limitedOption(Limits::kSwaLayers, QStringLiteral("Sliding-window layers")),
        limitedOption(Limits::kWindow, QStringLiteral("Sliding window")),
        limitedOption(Limits::kRank, QStringLiteral("MLA kv_lora_rank (makes the attention layers MLA)")),
        limitedOption(Limits::kRopeDim, QStringLiteral("MLA qk_rope_head_dim")),
        limitedOption(Limits::kWeightsGb,
                      QStringLiteral("The real weights file size in GB (overrides parameters × bits)")),
    });
}

void addHardwareOptions(QCommandLineParser &parser, bool single)
{
    if (single) {
        parser.addOption({QStringLiteral("hardware"), QStringLiteral("Catalog hardware id."), QStringLiteral("ID")});
        parser.addOption({QStringLiteral("usable-setting"),
                          QStringLiteral("A unified box's usable-memory setting (see its usable_variants in 'catalog "
                                         "--json'), e.g. macos-wired-limit-raised. Default: the box's default."),
                          QStringLiteral("NAME")});
    }
    parser.addOptions({
        limitedOption(Limits::kMemoryGb,
                      QStringLiteral("Ad hoc box: memory per GPU as marketed, read as GiB like the catalog")),
        limitedOption(Limits::kUsableGb,
                      QStringLiteral("Usable memory per GPU in GiB (default: a documented share); also "
                                     "overrides a catalog box's")),
        limitedOption(Limits::kBandwidthGbs, QStringLiteral("Ad hoc box: memory bandwidth per GPU in GB/s")),
        limitedOption(Limits::kTflops,
                      QStringLiteral("Ad hoc box: dense FP16 TFLOPS (FP32 accumulate) per GPU, for prefill")),
        {QStringLiteral("vendor"), QStringLiteral("Ad hoc box: nvidia, amd, apple or intel."), QStringLiteral("NAME")},
        {QStringLiteral("unified"), QStringLiteral("Ad hoc box: the memory is shared with the CPU and OS.")},
        limitedOption(Limits::kGpus, QStringLiteral("GPUs (tensor parallel), up to what the box holds"),
                      QStringLiteral("as sold")),
    });
}

void addScenarioOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("quant"),
         QStringLiteral("Weights format, e.g. Q4_K_M, INT4, FP8, or bpw:X. Default: the model as released where "
                        "that is a 4-bit format (gpt-oss MXFP4, Kimi INT4), else Q4_K_M."),
         QStringLiteral("NAME")},
        {QStringLiteral("kv-type"), QStringLiteral("KV cache: f16, bf16, fp8, q8_0, q4_0. Default f16."),
         QStringLiteral("TYPE")},
        limitedOption(Limits::kContext, QStringLiteral("Context length in tokens"), QStringLiteral("32768")),
        limitedOption(Limits::kBatch, QStringLiteral("Concurrent sequences"), QStringLiteral("1")),
        limitedOption(Limits::kPrompt, QStringLiteral("Prompt tokens to prefill before the answer"),
                      QStringLiteral("4096")),
        limitedOption(Limits::kAnswer, QStringLiteral("Answer tokens for the time-to-answer figure"),
                      QStringLiteral("500")),
        limitedOption(Limits::kEfficiency, QStringLiteral("Share of bandwidth a decode step reaches"),
                      QStringLiteral("calibrated")),
        {QStringLiteral("offload"),
         QStringLiteral("Let weights that do not fit the GPU sit in the host's RAM (slower; verdict 'offload').")},
        limitedOption(Limits::kCpuMoeLayers,
                      QStringLiteral("Keep the routed experts of this many layers in the host's RAM, as llama.cpp's "
                                     "--n-cpu-moe (implies --offload's host; the rest must fit the GPU)"),
                      QStringLiteral("automatic with --offload")),
        {QStringLiteral("cpu-moe"),
         QStringLiteral("Keep every layer's routed experts in the host's RAM, as llama.cpp's --cpu-moe.")},
        {QStringLiteral("parallel"),
         QStringLiteral("Several devices: auto (tensor parallel over NVLink/NVSwitch, else layer split), layer or "
                        "tensor."),
         QStringLiteral("MODE")},
    });
}

void addHostOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        limitedOption(Limits::kRamGb,
                      QStringLiteral("Host RAM in GiB for offloaded weights (overrides the box's host)")),
        limitedOption(Limits::kRamBandwidthGbs,
                      QStringLiteral("Host RAM bandwidth in GB/s (overrides the box's host)")),
    });
}

Parsed<std::optional<HostSpec>> hostFrom(const QCommandLineParser &parser, const Catalog &catalog,
                                         const HardwareSpec &hardware)
{
    std::optional<HostSpec> host;
    if (const HostSpec *known = catalog.hostFor(hardware))
        host = *known;
    const bool ram = parser.isSet(QStringLiteral("ram-gb"));
    const bool bandwidth = parser.isSet(QStringLiteral("ram-bandwidth-gbs"));
    if (!ram && !bandwidth)
        return host;
    if (!host && !(ram && bandwidth))
        return bad(ram ? QStringLiteral("ram-bandwidth-gbs") : QStringLiteral("ram-gb"),
                   QStringLiteral("'%1' has no host: give both --ram-gb and --ram-bandwidth-gbs").arg(hardware.id));
    // The host's RAM holds offloaded weights only: without offload it changes nothing.
    if (!parser.isSet(QStringLiteral("offload")) && !parser.isSet(QStringLiteral("n-cpu-moe")) &&
        !parser.isSet(QStringLiteral("cpu-moe")))
        return bad(ram ? QStringLiteral("ram-gb") : QStringLiteral("ram-bandwidth-gbs"),
                   QStringLiteral("applies only with --offload, --n-cpu-moe or --cpu-moe (the host's RAM holds "
                                  "offloaded weights)"));
    if (!host) {
        host = HostSpec{};
        host->id = QStringLiteral("ad-hoc-host");
        host->name = QStringLiteral("ad hoc host");
    }
    double gib = 0, gbs = 0;
    if (auto error = readInto(parser, Limits::kRamGb, &gib))
        return *error;
    if (auto error = readInto(parser, Limits::kRamBandwidthGbs, &gbs))
        return *error;
    const Provenance given{QStringLiteral("--ram-gb / --ram-bandwidth-gbs"), QStringLiteral("given"), {}, Grade::User};
    if (ram)
        host->ramBytes = Units::gibToBytes(gib);
    if (bandwidth)
        host->ramBandwidthBytesPerSecond = gbs * 1e9;
    host->ramSource = given;
    return host;
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
    for (const auto &[limit, target] :
         {std::pair{&Limits::kContext, &s.contextTokens}, std::pair{&Limits::kPrompt, &s.promptTokens},
          std::pair{&Limits::kAnswer, &s.answerTokens}, std::pair{&Limits::kEfficiency, &s.efficiency}}) {
        if (auto error = readInto(parser, *limit, target))
            return *error;
    }
    if (auto error = readInto(parser, Limits::kBatch, &s.batch))
        return *error;
    if (!contextHoldsPromptAndAnswer(s))
        return bad(QStringLiteral("context"),
                   QStringLiteral("%1 tokens cannot hold --prompt %2 and --answer %3: give at least %4 tokens, or a "
                                  "shorter --prompt or --answer")
                       .arg(qint64(s.contextTokens))
                       .arg(qint64(s.promptTokens))
                       .arg(qint64(s.answerTokens))
                       .arg(qint64(smallestContextTokens(s.promptTokens, s.answerTokens))));
    s.allowOffload = parser.isSet(QStringLiteral("offload"));
    // --n-cpu-moe and --cpu-moe place the experts themselves: automatic placement (--offload) is the other way.
    const bool cpuMoe = parser.isSet(QStringLiteral("cpu-moe"));
    if (cpuMoe && parser.isSet(QStringLiteral("n-cpu-moe")))
        return bad(QStringLiteral("cpu-moe"),
                   QStringLiteral("give --cpu-moe (every layer) or --n-cpu-moe N, not both"));
    if ((cpuMoe || parser.isSet(QStringLiteral("n-cpu-moe"))) && s.allowOffload)
        return bad(QStringLiteral("offload"),
                   QStringLiteral("places what does not fit by itself; give it or --n-cpu-moe/--cpu-moe, not both"));
    if (auto error = readInto(parser, Limits::kCpuMoeLayers, &s.cpuMoeLayers))
        return *error;
    if (cpuMoe)
        s.cpuMoeLayers = Scenario::kAllLayers;
    if (s.cpuMoeLayers != Scenario::kAutomaticPlacement)
        s.allowOffload = true;
    if (parser.isSet(QStringLiteral("parallel"))) {
        const QString mode = parser.value(QStringLiteral("parallel"));
        const auto parallel = parseParallel(mode);
        if (!parallel)
            return bad(QStringLiteral("parallel"),
                       QStringLiteral("expected auto, layer or tensor, got '%1'").arg(mode));
        s.parallel = *parallel;
    }
    // --gpus belongs to the hardware options, which not every command has.
    if (parser.optionNames().contains(QStringLiteral("gpus"))) {
        if (auto error = readInto(parser, Limits::kGpus, &s.gpus))
            return *error;
    }
    return s;
}

Parsed<ModelSpec> modelFrom(const QCommandLineParser &parser, const Catalog &catalog, const Scenario &scenario)
{
    const bool byId = parser.isSet(QStringLiteral("model"));
    const bool adHoc = parser.isSet(QStringLiteral("params-total"));
    if (byId && adHoc)
        return bad(QStringLiteral("model"), QStringLiteral("give either --model or --params-total, not both"));
    if (auto error = rejectWith(parser, QStringLiteral("model"), kModelGeometryFlags,
                                QStringLiteral("the catalog model has its own geometry")))
        return *error;
    if (byId) {
        const QString id = parser.value(QStringLiteral("model"));
        const ModelSpec *found = catalog.findModel(id);
        if (!found)
            return bad(QStringLiteral("model"),
                       QStringLiteral("unknown model id '%1' (see 'headroom catalog')").arg(id));
        ModelSpec m = *found;
        if (parser.isSet(QStringLiteral("weights-gb"))) {
            double gb = 0;
            if (auto error = readInto(parser, Limits::kWeightsGb, &gb))
                return *error;
            m.knownFiles.insert(
                weightsFormatFor(m, scenario).name,
                KnownFile{Units::gbToBytes(gb), {QStringLiteral("--weights-gb"), QStringLiteral("given"), {}}});
        }
        return m;
    }
    if (!adHoc)
        return bad(QStringLiteral("model"), QStringLiteral("missing: give --model ID or --params-total B"));

    ModelSpec m;
    m.id = QStringLiteral("custom");
    m.name = QStringLiteral("Custom model");
    double total = 0, active = 0;
    if (auto error = readInto(parser, Limits::kParamsB, &total))
        return *error;
    active = total;
    if (auto error = readInto(parser, Limits::kParamsActiveB, &active))
        return *error;
    if (active > total)
        return bad(QStringLiteral("params-active"), QStringLiteral("active parameters exceed --params-total"));
    m.paramsTotal = total * Units::kBillion;
    m.paramsActive = active * Units::kBillion;
    if (!parser.isSet(QStringLiteral("layers")))
        return bad(QStringLiteral("layers"),
                   QStringLiteral("an ad hoc model needs its geometry: give --layers, --kv-heads and --head-dim "
                                  "(and --swa-layers/--swa-window or --mla-rank where it has them), or --model ID"));
    AttentionLayout &a = m.attention;
    int attnLayers = -1;
    for (const auto &[limit, target] :
         {std::pair{&Limits::kLayers, &m.layers}, std::pair{&Limits::kAttnLayers, &attnLayers},
          std::pair{&Limits::kHeads, &a.kvHeads}, std::pair{&Limits::kHeadDim, &a.headDim},
          std::pair{&Limits::kSwaLayers, &a.swaLayers}, std::pair{&Limits::kRank, &a.mlaRank},
          std::pair{&Limits::kRopeDim, &a.mlaRopeDim}}) {
        if (auto error = readInto(parser, *limit, target))
            return *error;
    }
    if (auto error = readInto(parser, Limits::kWindow, &a.swaWindow))
        return *error;
    // The layers a model has hold all its kinds of attention: more of them is a typo.
    if (attnLayers + a.swaLayers > m.layers || a.swaLayers > m.layers)
        return bad(attnLayers >= 0 ? QStringLiteral("attn-layers") : QStringLiteral("swa-layers"),
                   QStringLiteral("attention and sliding-window layers add up to more than --layers %1").arg(m.layers));
    if (a.swaLayers > 0 && a.swaWindow == 0)
        return bad(QStringLiteral("swa-window"), QStringLiteral("sliding-window layers need their window"));
    if (a.mlaRank > 0) {
        a.mlaLayers = attnLayers >= 0 ? attnLayers : m.layers;
    } else {
        a.fullLayers = attnLayers >= 0 ? attnLayers : m.layers - a.swaLayers;
        const bool needsHeads = a.fullLayers + a.swaLayers > 0;
        if (needsHeads && !parser.isSet(QStringLiteral("kv-heads")))
            return bad(QStringLiteral("kv-heads"), QStringLiteral("attention layers need their KV heads"));
        if (needsHeads && !parser.isSet(QStringLiteral("head-dim")))
            return bad(QStringLiteral("head-dim"), QStringLiteral("attention layers need their head dimension"));
    }
    if (parser.isSet(QStringLiteral("weights-gb"))) {
        double gb = 0;
        if (auto error = readInto(parser, Limits::kWeightsGb, &gb))
            return *error;
        m.knownFiles.insert(
            weightsFormatFor(m, scenario).name,
            KnownFile{Units::gbToBytes(gb), {QStringLiteral("--weights-gb"), QStringLiteral("given"), {}}});
    }
    return m;
}

Parsed<HardwareSpec> hardwareById(const Catalog &catalog, const QString &id, const QString &flag)
{
    if (const HardwareSpec *hardware = catalog.findHardware(id))
        return *hardware;
    return bad(flag, QStringLiteral("unknown hardware id '%1' (see 'headroom catalog')").arg(id));
}

// The box's usable-memory setting named by `flag` (when the command takes it and it is set).
std::optional<EstimateError> applyUsableSettingFlag(const QCommandLineParser &parser, const QString &flag,
                                                    HardwareSpec *box)
{
    if (!parser.optionNames().contains(flag) || !parser.isSet(flag))
        return std::nullopt;
    const QString setting = parser.value(flag);
    if (box->usableVariants.isEmpty())
        return bad(flag, QStringLiteral("%1 has no named usable-memory settings").arg(box->id));
    if (!applyUsableSetting(box, setting))
        return bad(flag, QStringLiteral("%1 has no setting '%2' (it has: %3)")
                             .arg(box->id, setting, box->usableSettings().join(QStringLiteral(", "))));
    return std::nullopt;
}

Parsed<HardwareSpec> hardwareFrom(const QCommandLineParser &parser, const Catalog &catalog, const QString &idFlag)
{
    if (parser.isSet(idFlag)) {
        if (auto error = rejectWith(parser, idFlag, kAdHocBoxFlags,
                                    QStringLiteral("the catalog box has its own (use --usable-gb to override "
                                                   "its usable memory)")))
            return *error;
        auto found = hardwareById(catalog, parser.value(idFlag), idFlag);
        auto *box = std::get_if<HardwareSpec>(&found);
        // hardwareFrom serves estimate, which defines --usable-setting.
        if (box && parser.isSet(QStringLiteral("usable-gb")) && parser.isSet(QStringLiteral("usable-setting")))
            return bad(QStringLiteral("usable-setting"), QStringLiteral("and --usable-gb: give one or the other"));
        if (auto error = box ? applyUsableSettingFlag(parser, QStringLiteral("usable-setting"), box) : std::nullopt)
            return *error;
        if (box && parser.isSet(QStringLiteral("usable-gb"))) {
            // Usable memory is an assumption the user may know better (a raised macOS wired limit).
            double usable = 0;
            if (auto error = readInto(parser, Limits::kUsableGb, &usable))
                return *error;
            if (Units::gibToBytes(usable) > box->memoryBytesPerGpu)
                return bad(QStringLiteral("usable-gb"), QStringLiteral("%1 GiB is more than the %2 GiB %3 has")
                                                            .arg(usable)
                                                            .arg(box->memoryBytesPerGpu / Units::kGiB)
                                                            .arg(box->name));
            box->usableBytesPerGpu = Units::gibToBytes(usable);
            box->usableRule = QStringLiteral("given with --usable-gb");
        }
        return found;
    }
    if (!parser.isSet(QStringLiteral("memory-gb")) && !parser.isSet(QStringLiteral("bandwidth-gbs")))
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
    double memory = 0, bandwidth = 0;
    if (auto error = readInto(parser, Limits::kMemoryGb, &memory))
        return *error;
    if (auto error = readInto(parser, Limits::kBandwidthGbs, &bandwidth))
        return *error;
    if (parser.isSet(QString::fromLatin1(Limits::kTflops.flag))) {
        double tflops = 0;
        if (auto error = readInto(parser, Limits::kTflops, &tflops))
            return *error;
        h.tflops = tflops;
    }
    h.memoryBytesPerGpu = Units::gibToBytes(memory);
    h.bandwidthBytesPerSecond = Units::gbToBytes(bandwidth);
    h.usableBytesPerGpu = defaultUsableBytes(h.memoryBytesPerGpu, h.isUnified(), h.vendor);
    h.usableRule = QStringLiteral("default share");
    if (parser.isSet(QStringLiteral("usable-gb"))) {
        double usable = 0;
        if (auto error = readInto(parser, Limits::kUsableGb, &usable))
            return *error;
        if (usable > memory)
            return bad(QStringLiteral("usable-gb"), QStringLiteral("more than --memory-gb %1").arg(memory));
        h.usableBytesPerGpu = Units::gibToBytes(usable);
        h.usableRule = QStringLiteral("given");
    } else if (!(h.usableBytesPerGpu > 0)) {
        return bad(QStringLiteral("memory-gb"),
                   QStringLiteral("%1 GiB leaves nothing usable; give --usable-gb").arg(memory));
    }
    h.maxGpus = Scenario::kMaxGpus;
    return h;
}

} // namespace Headroom::Cli
