// The explored pair as the panel shows it: figures, verdict, why, fixes, and each formula in words.
#include "selectedpair.h"

#include "prefillmodel.h"

#include "buffers.h"
#include "catalogstore.h"
#include "engine.h"
#include "estimategrid.h"
#include "fixes.h"
#include "format.h"
#include "session.h"
#include "speedfit.h"

namespace Headroom {

namespace {

QString whyText(const Estimate &e)
{
    const QString margin =
        e.marginBytes <= e.gpus * kFitTargetBytes
            ? SelectedPair::tr("the comfortable margin of %1 (1 GiB a device, which llama.cpp's --fit keeps free)")
                  .arg(Format::bytes(e.marginBytes))
            : SelectedPair::tr("the comfortable margin of %1 (the smaller of 20% of %2 usable and 16 GiB)")
                  .arg(Format::bytes(e.marginBytes), Format::bytes(e.usableBytes));
    switch (e.verdict) {
    case Verdict::UnsupportedFormat: return e.formatProblem + QLatin1Char('.');
    case Verdict::ExceedsModelContext:
        return SelectedPair::tr("The context is longer than the model's %1 tokens; it was not trained for more.")
            .arg(Format::tokens(e.contextLimitTokens));
    case Verdict::NoFit:
        if (e.placedExpertLayers > 0 && e.placedHostBytes > e.hostUsableBytes)
            return SelectedPair::tr("The routed experts of %n layer(s), %1, are more than the host can lend: %2 of "
                                    "its RAM after what the system keeps.",
                                    nullptr, e.placedExpertLayers)
                .arg(Format::bytes(e.placedHostBytes), Format::bytes(e.hostUsableBytes));
        if (e.placedExpertLayers > 0)
            return SelectedPair::tr("With the routed experts of %n layer(s) (%1) in the host's RAM, %2 stays on the "
                                    "GPU, but %3 is usable.",
                                    nullptr, e.placedExpertLayers)
                .arg(Format::bytes(e.placedHostBytes), Format::bytes(e.totalBytes - e.placedHostBytes),
                     Format::bytes(e.usableBytes));
        return SelectedPair::tr("Needs %1, but %2 is usable: %3 short.")
            .arg(Format::bytes(e.totalBytes), Format::bytes(e.usableBytes), Format::bytes(-e.headroomBytes));
    case Verdict::Offload: {
        const QString what = e.cpuExpertLayers > 0
                                 ? SelectedPair::tr("the routed experts of %n layer(s)", nullptr, e.cpuExpertLayers)
                                 : SelectedPair::tr("whole layers");
        return SelectedPair::tr("Needs %1 with %2 usable on the GPU: %3 of the weights (%4) live in the host's %5 of "
                                "RAM and are read from there for every token.")
            .arg(Format::bytes(e.totalBytes), Format::bytes(e.usableBytes), Format::bytes(e.offloadedBytes), what,
                 e.hostRamBytes ? Format::bytes(*e.hostRamBytes) : QStringLiteral("?"));
    }
    case Verdict::Tight:
        return SelectedPair::tr("Fits, but only %1 stays free: less than %2.")
            .arg(Format::bytes(e.headroomBytes), margin);
    case Verdict::Comfortable:
        return SelectedPair::tr("%1 stays free: at least %2.").arg(Format::bytes(e.headroomBytes), margin);
    }
    return {};
}

QString fixesText(const QList<Fixes::Fix> &fixes)
{
    if (fixes.isEmpty())
        return {};
    QStringList items;
    for (const Fixes::Fix &fix : fixes) {
        const Estimate &e = fix.estimate;
        items << SelectedPair::tr("%1: %2, %3")
                     .arg(Fixes::describe(fix), verdictText(e.verdict).toLower(), Format::rate(e.decodeTokS));
    }
    return SelectedPair::tr("What would change it:") + QStringLiteral("\n• ") + items.join(QStringLiteral("\n• "));
}

// Where the compute buffer's size comes from: the model's vocabulary, or the fallback.
QString computeBufferBasis(const ModelSpec &m)
{
    if (!m.vocabulary)
        return SelectedPair::tr("%1 (the model's vocabulary is not in the catalog)")
            .arg(Format::bytes(Engine::Buffers::kFallbackComputeBytes));
    return SelectedPair::tr("%1 rows × (%2 logits + %3 × %4 hidden) × 4 B")
        .arg(Engine::Buffers::kMicroBatch)
        .arg(m.vocabulary->tokens)
        .arg(Engine::Buffers::kHiddenRowsBesideLogits)
        .arg(m.vocabulary->hidden);
}

// The token table the device does not hold, when there is one.
QString embeddingInRamText(const Estimate &e, const ModelSpec &m)
{
    if (!(e.embeddingInRamBytes > 0.0) || !m.vocabulary)
        return {};
    return SelectedPair::tr("\n− %1 token table (%2 × %3 × bits ÷ 8) that llama.cpp keeps in RAM: %4 on the GPU")
        .arg(Format::bytes(e.embeddingInRamBytes))
        .arg(m.vocabulary->tokens)
        .arg(m.vocabulary->hidden)
        .arg(Format::bytes(e.weightsOnDeviceBytes()));
}

QString parallelModeText(SpeedFit::ParallelMode mode)
{
    switch (mode) {
    case SpeedFit::ParallelMode::TensorParallel: return SelectedPair::tr("tensor parallel");
    case SpeedFit::ParallelMode::LayerSplit: return SelectedPair::tr("layer split");
    case SpeedFit::ParallelMode::Single: break;
    }
    return {};
}

// The decode formula with this pair's numbers in it, and where its constants come from.
QString decodeFormula(const Estimate &e, const DecodeCalibration &c, const HardwareSpec &h, const ModelSpec &m,
                      const Scenario &s)
{
    const double bandwidth =
        h.bandwidthBytesPerSecond * (e.parallelMode == SpeedFit::ParallelMode::TensorParallel ? e.gpus : 1);
    const double kv = e.kvCacheBytes + e.fixedStateBytes;
    QString text =
        SelectedPair::tr("time per token = weights %1 ÷ (%2 × %3%4) + KV cache %5 ÷ (%2 × %6) + "
                         "%7 layers × %8 µs + %9 µs")
            .arg(Format::bytes(e.bytesPerToken - kv - e.hostBytesPerStep), Format::bandwidth(bandwidth))
            .arg(QStringLiteral("%1 %").arg(c.efficiency * 100, 0, 'f', 0))
            .arg(m.isMoe() ? SelectedPair::tr(" × %1 for experts").arg(c.moeEfficiency, 0, 'f', 2) : QString())
            .arg(Format::bytes(kv))
            .arg(QStringLiteral("%1 %").arg(c.kvEfficiency * 100, 0, 'f', 0))
            .arg(m.layers)
            .arg(c.perLayerSeconds * 1e6, 0, 'f', 0)
            .arg(c.perTokenSeconds * 1e6, 0, 'f', 0);
    if (e.hostBytesPerStep > 0)
        text += SelectedPair::tr("\n+ offloaded %1 ÷ (host RAM bandwidth × %2 %) + %3 hand-overs to the CPU × %4 µs")
                    .arg(Format::bytes(e.hostBytesPerStep))
                    .arg(c.offload.hostEfficiency * 100, 0, 'f', 0)
                    .arg(e.hostCrossings)
                    .arg(c.offload.crossingSeconds * 1e6, 0, 'f', 0);
    if (e.parallelMode == SpeedFit::ParallelMode::TensorParallel)
        text += SelectedPair::tr("\n+ two all-reduces per layer over the link");
    if (e.parallelMode == SpeedFit::ParallelMode::LayerSplit)
        text +=
            SelectedPair::tr("\n+ %1 µs per extra device (the cards take turns)").arg(c.hopSeconds * 1e6, 0, 'f', 0);
    if (c.measured)
        text +=
            SelectedPair::tr("\n÷ %1, your llama-bench runs (%2)").arg(c.userScale, 0, 'f', 2).arg(c.provenance.source);
    text += SelectedPair::tr("\nConstants of the '%1' class, fitted on %n published measurement(s); range from "
                             "sources the fit never saw (Speed ▸ Check the speed model).",
                             nullptr, c.samples)
                .arg(c.speedClass);
    text += SelectedPair::tr("\nCheck it: llama-bench -fa 1 -p 512 -n 128 -d %1").arg(qint64(s.contextTokens));
    return text;
}

} // namespace

SelectedPair::SelectedPair(const Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    for (const auto signal : {&Session::scenarioChanged, &Session::selectionChanged})
        connect(session, signal, this, &SelectedPair::recompute);
    const EstimateGrid *grid = &session->grid();
    connect(grid, &EstimateGrid::hardwareChanged, this, &SelectedPair::recompute);
    connect(grid, &EstimateGrid::modelChanged, this, &SelectedPair::recompute);
    connect(grid, &EstimateGrid::reset, this, &SelectedPair::recompute);
    recompute();
}

void SelectedPair::recompute()
{
    const int modelRow = m_session->modelRow();
    const int boxRow = m_session->hardwareRow();
    m_valid = modelRow >= 0 && boxRow >= 0;
    if (!m_valid) {
        Q_EMIT changed();
        return;
    }
    const CatalogStore &store = m_session->store();
    const ModelSpec &m = store.model(modelRow);
    const HardwareSpec &h = store.hardware(boxRow);
    const Scenario &s = m_session->scenario();
    const Estimate &e = m_estimate = m_session->selectedEstimate();
    m_title = tr("%1 on %2").arg(m.name, h.name);
    m_answerName = tr("%1-token answer:").arg(Format::tokens(s.answerTokens));
    for (Figure *f :
         {&m_weights, &m_kv, &m_overhead, &m_headroom, &m_maxContext, &m_decode, &m_ceiling, &m_firstToken, &m_answer})
        *f = {QStringLiteral("—"), QString()};
    if (!e.ok()) {
        m_verdict = tr("Cannot estimate");
        m_why = e.error->message;
        m_fixes.clear();
        Q_EMIT changed();
        return;
    }
    m_verdict = verdictText(e.verdict);
    m_why = whyText(e);
    const DecodeCalibration &c = store.calibration(boxRow);
    const QList<Fixes::Fix> fixes = Fixes::suggest(m, h, s, c, store.host(boxRow), e);
    m_fixes = fixesText(fixes);

    m_weights = {tr("%1 (%2)").arg(Format::bytes(e.weightsBytes), e.format.name),
                 m.knownFiles.contains(e.format.name)
                     ? tr("Known %1 file size: %2\nSource: %3")
                           .arg(e.format.name, Format::bytes(e.weightsBytes),
                                m.knownFiles.value(e.format.name).provenance.source)
                     : tr("%1 parameters × %2 bits ÷ 8 = %3\n(all experts stay resident)\n%4")
                           .arg(Format::params(m.paramsTotal))
                           .arg(e.format.bitsPerWeight)
                           .arg(Format::bytes(e.weightsBytes), e.format.basis)};
    // The breakdown sums to what the devices hold: a lookup table beside the weights, the token
    // table llama.cpp keeps in RAM taken out.
    if (e.lookupTableBytes > 0) {
        m_weights.text += tr(" + lookup table %1").arg(Format::bytes(e.lookupTableBytes));
        m_weights.formula +=
            tr("\n+ lookup table %1 (%2)")
                .arg(Format::bytes(e.lookupTableBytes), m.lookupTable ? m.lookupTable->note : QString());
    }
    if (e.embeddingInRamBytes > 0) {
        m_weights.text += tr(", %1 of it in RAM").arg(Format::bytes(e.embeddingInRamBytes));
        m_weights.formula += embeddingInRamText(e, m);
    }
    m_kv = {Format::bytes(e.kvCacheBytes + e.fixedStateBytes),
            tr("%1 per token × %2 tokens × %3 sequence(s) = %4\n+ fixed recurrent state %5\nKV elements: %6")
                .arg(Format::smallBytes(e.kvPerTokenBytes), Format::tokens(s.contextTokens))
                .arg(s.batch)
                .arg(Format::bytes(e.kvCacheBytes), Format::bytes(e.fixedStateBytes), kvTypeName(s.kvType))};
    m_overhead = {Format::bytes(e.overheadBytes),
                  tr("%1 device(s) × (runtime %2 + compute buffer %3) + attention mask %4 × %5 tokens × %6 "
                     "sequence(s) = %7\nCompute buffer: %8")
                      .arg(e.gpus)
                      .arg(Format::bytes(e.runtimeBytesPerDevice), Format::bytes(e.computeBytesPerDevice),
                           Format::smallBytes(Engine::Buffers::maskBytesPerCell()), Format::tokens(s.contextTokens))
                      .arg(s.batch)
                      .arg(Format::bytes(e.overheadBytes), computeBufferBasis(m))};
    m_headroom = {Format::headroom(e.headroomBytes),
                  tr("usable %1 (%2) − total %3 = %4")
                      .arg(Format::bytes(e.usableBytes), h.usableRule, Format::bytes(e.totalBytes),
                           Format::bytes(e.headroomBytes))};
    m_maxContext = {tr("%1 tokens").arg(Format::tokens(e.maxContextTokens)),
                    tr("The longest context whose memory still fits usable memory, capped at the model's %1.")
                        .arg(Format::tokens(e.contextLimitTokens))};
    m_ceiling = {Format::rate(e.decodeCeilingTokS),
                 tr("bandwidth %1 ÷ (active weights %2 + KV read %3) per token")
                     .arg(Format::bandwidth(h.bandwidthBytesPerSecond * e.gpus), Format::bytes(e.activeWeightsBytes),
                          Format::bytes(e.bytesPerToken - e.activeWeightsBytes))};
    if (!e.runs()) {
        // A speed for a pair that does not run would read as an offer: only with the fix that makes it run.
        const auto runner =
            std::find_if(fixes.cbegin(), fixes.cend(), [](const Fixes::Fix &f) { return f.estimate.runs(); });
        m_decode.text = runner == fixes.cend()
                            ? tr("— (does not run)")
                            : tr("— (does not run); %1: %2")
                                  .arg(Fixes::describe(*runner), Format::rate(runner->estimate.decodeTokS));
        Q_EMIT changed();
        return;
    }
    QStringList notes;
    if (e.offloadedBytes > 0)
        notes << tr("%1 of the weights in host RAM").arg(Format::bytes(e.offloadedBytes));
    if (e.parallelMode != SpeedFit::ParallelMode::Single)
        notes << parallelModeText(e.parallelMode);
    if (e.measuredCalibration)
        notes << tr("calibrated on your %n run(s)", nullptr, c.measuredRuns);
    if (e.extrapolated)
        notes << tr("extrapolated: beyond the measurements it is fitted on");
    m_decode = {tr("%1 (range %2 – %3) with the cache full at %4; %5 at an empty context")
                        .arg(Format::rate(e.decodeTokS), Format::rate(e.decodeLowTokS), Format::rate(e.decodeHighTokS),
                             Format::tokens(s.contextTokens), Format::rate(e.decodeEmptyTokS)) +
                    (notes.isEmpty() ? QString() : QStringLiteral("\n") + notes.join(QStringLiteral(" · "))),
                decodeFormula(e, c, h, m, s)};
    m_answer = {e.answerSeconds ? Format::seconds(*e.answerSeconds) : QStringLiteral("—"),
                e.prefillSeconds ? tr("prefill of %1 prompt tokens %2 + %3 tokens ÷ decode estimate")
                                       .arg(Format::tokens(s.promptTokens), Format::seconds(*e.prefillSeconds),
                                            Format::tokens(s.answerTokens))
                                 : tr("unknown: the box's compute is not published, so prefill is unknown")};
    const bool floating = Prefill::pathOf(e.format.name) == Prefill::Path::Float;
    const PrefillCalibration &pc = floating ? c.prefillFloat : c.prefillQuantized;
    const std::optional<double> peak = Prefill::matrixRate(
        h.backend, floating ? Prefill::Path::Float : Prefill::Path::Quantized, h.tflops, h.int8Tops);
    m_firstToken = {
        e.ttftSeconds
            ? tr("%1 (%2 – %3) for a %4-token prompt (prefill %5)")
                  .arg(Format::seconds(*e.ttftSeconds), Format::seconds(e.ttftLowSeconds.value_or(*e.ttftSeconds)),
                       Format::seconds(e.ttftHighSeconds.value_or(*e.ttftSeconds)), Format::tokens(s.promptTokens),
                       Format::rate(e.prefillTokS))
            : QStringLiteral("—"),
        e.prefillTokS
            ? tr("%1 prompt tokens ÷ prefill %2 (llama.cpp, class %3, fitted on %4 published prompt speeds)\n"
                 "time = tokens × (2 × %5 active parameters + attention over the prefix) ÷ (%6 %7 × %8 reached%9)\n"
                 "  + per micro-batch of 512: all weights read once + %10 µs per layer\n"
                 "range: measured ÷ predicted %11 – %12 on the class's rows")
                  .arg(Format::tokens(s.promptTokens), Format::rate(e.prefillTokS), pc.prefillClass)
                  .arg(pc.samples)
                  .arg(Format::params(m.paramsActive))
                  .arg(peak.value_or(0.0), 0, 'f', 1)
                  .arg(floating || !h.int8Tops || h.backend.compare(QLatin1String("Metal"), Qt::CaseInsensitive) == 0
                           ? tr("FP16 TFLOPS")
                           : tr("INT8 TOPS"))
                  .arg(QStringLiteral("%1 %").arg(pc.efficiency * 100, 0, 'f', 0))
                  .arg(m.isMoe() ? tr(" × the experts' share at %1 tokens each").arg(pc.moeHalfTokens, 0, 'f', 0)
                                 : QString())
                  .arg(pc.layerSeconds * 1e6, 0, 'f', 0)
                  .arg(pc.rangeLow, 0, 'f', 2)
                  .arg(pc.rangeHigh, 0, 'f', 2)
            : tr("The box's TFLOPS are not published, so prefill speed is unknown.")};
    Q_EMIT changed();
}

} // namespace Headroom
