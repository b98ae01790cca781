// Weights in the host's RAM: reading the published rows, running them through the engine, the
// fit and its leave-one-publication-out judgement.
#include "offloadfit.h"

#include "csvrows.h"
#include "engine.h"
#include "inputlimits.h"
#include "pairterms.h"
#include "quantization.h"
#include "speedfitdetail.h"

#include <QFile>

#include <algorithm>
#include <cmath>

namespace Headroom::Offload {

using SpeedFit::Detail::errorOf;
using SpeedFit::Detail::sourceQuantile;

namespace {

// The grids: the host's share of its RAM's peak bandwidth, one hand-over's seconds, the PCIe rate.
constexpr double kEfficiencies[] = {0.2,  0.25, 0.3,  0.35, 0.4,  0.45, 0.5,  0.55, 0.6,
                                    0.65, 0.7,  0.75, 0.8,  0.85, 0.9,  0.95, 1.0};
constexpr double kCrossingMicroseconds[] = {0, 5, 10, 15, 20, 30, 45, 60, 90, 120, 180};
constexpr double kPcieGbs[] = {4, 6, 8, 10, 12, 14, 16, 20, 25, 32, 40, 50, 64};

constexpr double kRangeLowQuantile = 0.05;
constexpr double kRangeHighQuantile = 0.95;

// Squared log error, every publication weighing the same.
double loss(const QList<const Row *> &rows, const OffloadCalibration &offload)
{
    QHash<QString, std::pair<double, int>> bySource;
    for (const Row *r : rows) {
        const double tokS = predictedTokS(*r, offload);
        const double e = tokS > 0 ? std::log(r->measured / tokS) : 10.0;
        auto &[sum, n] = bySource[r->source];
        sum += e * e;
        ++n;
    }
    double total = 0.0;
    for (const auto &[sum, n] : std::as_const(bySource))
        total += sum / n;
    return total;
}

QList<const Row *> select(const QList<Row> &rows, bool prompt, const QString &except = {})
{
    QList<const Row *> out;
    for (const Row &r : rows) {
        if (r.prompt == prompt && (except.isEmpty() || r.source != except))
            out.append(&r);
    }
    return out;
}

OffloadCalibration fitExcept(const QList<Row> &rows, const QString &except)
{
    OffloadCalibration best;
    const QList<const Row *> decode = select(rows, false, except);
    double bestLoss = loss(decode, best);
    for (const double efficiency : kEfficiencies) {
        for (const double crossing : kCrossingMicroseconds) {
            OffloadCalibration o = best;
            o.hostEfficiency = efficiency;
            o.crossingSeconds = crossing * 1e-6;
            if (const double l = loss(decode, o); l < bestLoss) {
                bestLoss = l;
                best = o;
            }
        }
    }
    const QList<const Row *> prompt = select(rows, true, except);
    if (!prompt.isEmpty()) {
        double bestPrompt = loss(prompt, best);
        for (const double gbs : kPcieGbs) {
            OffloadCalibration o = best;
            o.pcieBytesPerSecond = gbs * 1e9;
            if (const double l = loss(prompt, o); l < bestPrompt) {
                bestPrompt = l;
                best.pcieBytesPerSecond = o.pcieBytesPerSecond;
            }
        }
    }
    best.samples = int(decode.size());
    return best;
}

QStringList sourcesOf(const QList<const Row *> &rows)
{
    QStringList sources;
    for (const Row *r : rows) {
        if (!sources.contains(r->source))
            sources.append(r->source);
    }
    return sources;
}

// Decode or `prompt` rows, each publication predicted by a fit without it.
SpeedFit::Detail::HeldOutSet heldOut(const QList<Row> &rows, bool prompt)
{
    SpeedFit::Detail::HeldOutSet set;
    for (const QString &s : sourcesOf(select(rows, prompt))) {
        const OffloadCalibration without = fitExcept(rows, s);
        for (const Row *r : select(rows, prompt)) {
            if (r->source != s)
                continue;
            if (const double tokS = predictedTokS(*r, without); tokS > 0)
                set.add(s, r->row, r->measured, tokS);
        }
    }
    return set;
}

} // namespace

QList<Measurement> parse(const QByteArray &csv, QStringList *errors)
{
    QList<Measurement> rows;
    forEachCsvRow(csv, [&](const CsvRow &row) {
        bool ok = true;
        const auto number = [&](const char *name) {
            const QString t = row.text(name);
            if (t.isEmpty())
                return 0.0;
            bool each = false;
            const double v = t.toDouble(&each);
            ok = ok && each && std::isfinite(v) && v >= 0;
            return v;
        };
        Measurement m;
        m.source = row.text("source");
        m.asOf = row.text("as_of");
        m.excluded = row.text("excluded");
        m.gpu = row.text("gpu");
        m.deviceKey = row.text("device_key");
        m.backend = row.text("backend");
        m.gpus = std::max(1, int(number("gpu_count")));
        m.gpuBandwidth = number("gpu_bandwidth_gbs") * 1e9;
        m.hostBandwidth = number("ram_bandwidth_gbs") * 1e9;
        m.model = row.text("model");
        m.modelKey = row.text("model_key");
        m.quant = row.text("quant");
        m.paramsTotal = number("params_total_b") * 1e9;
        m.paramsActive = number("params_active_b") * 1e9;
        m.layers = int(number("layers"));
        m.experts = int(number("experts"));
        m.expertsActive = int(number("experts_active"));
        m.fileBytes = number("file_bytes");
        m.kvBytesPerToken = number("kv_bytes_per_token");
        m.cpuExpertLayers = int(number("cpu_expert_layers"));
        m.depthTokens = number("depth_tokens");
        m.decodeTokS = number("tg_tok_s");
        m.promptTokS = number("pp_tok_s");
        m.promptTokens = number("pp_tokens");
        ok = ok && !m.source.isEmpty();
        if (ok)
            rows.append(m);
        else if (errors)
            errors->append(QStringLiteral("line %1: a value is not a number").arg(row.lineNumber()));
    });
    return rows;
}

const QList<Measurement> &embeddedMeasurements()
{
    static const QList<Measurement> rows = [] {
        QFile file(QStringLiteral(":/measurements/offload-measurements.csv"));
        return file.open(QIODevice::ReadOnly) ? parse(file.readAll()) : QList<Measurement>{};
    }();
    return rows;
}

QList<Row> rowsOf(const QList<Measurement> &rows, const QHash<QString, PrefillDevice> &devices,
                  const ModelLookup &model, const CalibrationFor &calibration, QStringList *skipped)
{
    QList<Row> out;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Measurement &m = rows.at(i);
        const auto skip = [&](const QString &why) {
            if (skipped)
                skipped->append(QStringLiteral("%1 (%2, %3): %4").arg(m.source, m.gpu, m.model, why));
        };
        if (!m.excluded.isEmpty()) {
            skip(m.excluded);
            continue;
        }
        if (!(m.decodeTokS > 0) || !(m.hostBandwidth > 0) || !(m.gpuBandwidth > 0) || m.cpuExpertLayers <= 0) {
            skip(QStringLiteral("decode speed, bandwidths or placement not stated"));
            continue;
        }
        Row r;
        r.row = i;
        r.source = m.source;
        r.measured = m.decodeTokS;
        if (const ModelSpec *known = model && !m.modelKey.isEmpty() ? model(m.modelKey) : nullptr) {
            r.model = *known;
        } else if (m.kvBytesPerToken > 0 && m.layers > 0 && m.paramsTotal > 0) {
            r.model = SpeedFit::Detail::modelFromColumns(m.model, m.paramsTotal, m.paramsActive, m.layers, m.experts,
                                                         m.expertsActive, m.kvBytesPerToken);
        } else {
            skip(QStringLiteral("no catalog model and no cache size per token"));
            continue;
        }
        // The file as published: its size sets the bits per weight, whatever its mix of formats.
        std::optional<QuantFormat> format = Quantization::parse(m.quant);
        if (m.fileBytes > 0 && r.model.paramsTotal > 0) {
            format =
                Quantization::parse(QStringLiteral("bpw:%1").arg(m.fileBytes * 8.0 / r.model.paramsTotal, 0, 'f', 3));
            r.model.knownFiles.clear();
            r.model.knownFiles.insert(format->name, KnownFile{m.fileBytes, {}});
        }
        // The GPU as far as the run needs it: its bandwidth and rates, and memory enough for what the
        // placement left on it (it ran).
        HardwareSpec &h = r.hardware;
        h.id = m.deviceKey.isEmpty() ? m.gpu : m.deviceKey;
        h.name = m.gpu;
        h.backend = m.backend;
        h.kind = HardwareKind::DiscreteGpu;
        h.memoryBytesPerGpu = h.usableBytesPerGpu = 1024.0 * 1024 * 1024 * 1024;
        h.bandwidthBytesPerSecond = m.gpuBandwidth;
        h.gpus = h.maxGpus = m.gpus;
        h.interconnect = m.gpus > 1 ? Interconnect::PCIe : Interconnect::None;
        const auto device = devices.constFind(m.deviceKey);
        if (device != devices.cend()) {
            if (device->fp16Flops)
                h.tflops = *device->fp16Flops / 1e12;
            if (device->int8Ops)
                h.int8Tops = *device->int8Ops / 1e12;
        }
        r.host.id = QStringLiteral("published-host");
        r.host.ramBytes = 64.0 * 1024 * 1024 * 1024 * 1024;
        r.host.ramBandwidthBytesPerSecond = m.hostBandwidth;
        Scenario &s = r.scenario;
        s.quant = format;
        s.allowOffload = true;
        s.cpuMoeLayers = m.cpuExpertLayers;
        s.promptTokens = 0;
        s.answerTokens = 1;
        // tg128 from empty when the publication gives no depth.
        s.contextTokens = std::max(1.0, m.depthTokens > 0 ? m.depthTokens : 64.0);
        r.calibration = calibration(h);
        out.append(r);
        if (m.promptTokS > 0 && m.promptTokens > 0 && h.tflops) {
            Row p = r;
            p.prompt = true;
            p.measured = m.promptTokS;
            p.scenario.promptTokens = m.promptTokens;
            p.scenario.contextTokens = std::max(s.contextTokens, m.promptTokens + 1);
            out.append(p);
        }
    }
    return out;
}

double predictedTokS(const Row &row, const OffloadCalibration &offload)
{
    DecodeCalibration c = row.calibration;
    c.offload = offload;
    const Engine::ModelTerms m = Engine::modelTerms(row.model, row.scenario);
    const Engine::BoxTerms b = Engine::boxTerms(row.hardware, row.scenario, c, &row.host);
    const EstimateFigures f = Engine::figures(m, b, row.scenario);
    if (!f.valid || f.verdict != Verdict::Offload)
        return 0.0;
    return (row.prompt ? f.prefillTokS : f.decodeTokS).value_or(0.0);
}

OffloadCalibration fit(const QList<Row> &rows)
{
    return fitExcept(rows, {});
}

Validation validate(const QList<Row> &rows)
{
    Validation v;
    const SpeedFit::Detail::HeldOutSummary decode =
        SpeedFit::Detail::summarize(heldOut(rows, false), kRangeLowQuantile, kRangeHighQuantile);
    v.perSource = decode.perSource;
    v.overall = decode.overall;
    v.rows = decode.rows;
    v.medianRangeWidth = decode.medianRangeWidth;
    QList<double> prompt;
    for (const QList<double> &each : heldOut(rows, true).ratios)
        prompt.append(each);
    v.prompt = errorOf(QStringLiteral("prompt"), prompt, 0, 0);
    return v;
}

OffloadCalibration fitWithRange(const QList<Row> &rows)
{
    OffloadCalibration o = fit(rows);
    const QList<QList<double>> bySource = heldOut(rows, false).ratios.values();
    o.rangeLow = std::min(0.95, sourceQuantile(bySource, kRangeLowQuantile));
    o.rangeHigh = std::max(1.05, sourceQuantile(bySource, kRangeHighQuantile));
    return o;
}

} // namespace Headroom::Offload
