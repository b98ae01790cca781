// Many sequences at once: reading the published rows, running them through the engine, the fit
// and its leave-one-publication-out judgement.
#include "batchedfit.h"

#include "csvrows.h"
#include "engine.h"
#include "inputlimits.h"
#include "pairterms.h"
#include "quantization.h"
#include "speedfitdetail.h"

#include <QFile>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace Headroom::Batched {

using SpeedFit::Detail::errorOf;
using SpeedFit::Detail::sourceQuantile;

namespace {

// The fit searches a coarse grid, then a finer one around its best point: the coverage exponent
// from "one expert set per step whatever the batch" (0) to independent routing (1), the compute
// factor on a log scale. Coarse to fine keeps the fit (run once per start) near 0.1 s.
constexpr int kCoarseExponents = 5; // 0, 0.25, … 1
constexpr int kCoarseFactors = 8;   // 0.25 × 2^i: 0.25 … 32
constexpr double kFactorStart = 0.25;
constexpr int kFineSteps = 9; // each way around the coarse best: ± one coarse step

// The shown range: these quantiles of measured ÷ predicted on held-out publications.
constexpr double kRangeLowQuantile = 0.05;
constexpr double kRangeHighQuantile = 0.95;

struct Prepared
{
    const Row *row = nullptr;
    Engine::ModelTerms model;
    Engine::BoxTerms box;
};

QList<Prepared> prepare(const QList<Row> &rows, bool current)
{
    QList<Prepared> prepared;
    for (const Row &r : rows) {
        if (r.olderBuild == current || r.sequences > kLargestValidatedBatch)
            continue;
        Prepared p{&r, Engine::modelTerms(r.model, r.scenario),
                   Engine::boxTerms(r.hardware, r.scenario, r.calibration)};
        if (!p.model.error && !p.box.error)
            prepared.append(p);
    }
    return prepared;
}

double predicted(const Prepared &p, const BatchedCalibration &batched)
{
    DecodeCalibration c = p.row->calibration;
    c.batched = batched;
    Engine::BoxTerms box = p.box;
    box.calibration = &c;
    const EstimateFigures f = Engine::figures(p.model, box, p.row->scenario);
    return f.aggregateTokS.value_or(0.0);
}

// Squared log error, every publication weighing the same however many rows it has.
double loss(const QList<const Prepared *> &rows, const BatchedCalibration &batched)
{
    QHash<QString, std::pair<double, int>> bySource;
    for (const Prepared *p : rows) {
        const double tokS = predicted(*p, batched);
        if (!(tokS > 0))
            continue;
        const double e = std::log(p->row->measured / tokS);
        auto &[sum, n] = bySource[p->row->source];
        sum += e * e;
        ++n;
    }
    double total = 0.0;
    for (const auto &[sum, n] : std::as_const(bySource))
        total += sum / n;
    return total;
}

BatchedCalibration fitPrepared(const QList<const Prepared *> &rows)
{
    BatchedCalibration best;
    double bestLoss = loss(rows, best);
    const auto tryPoint = [&](double exponent, double factor) {
        BatchedCalibration b;
        b.coverageExponent = std::clamp(exponent, 0.0, 1.0);
        b.computeFactor = factor;
        if (const double l = loss(rows, b); l < bestLoss) {
            bestLoss = l;
            best = b;
        }
    };
    for (int i = 0; i < kCoarseExponents; ++i) {
        for (int j = 0; j < kCoarseFactors; ++j)
            tryPoint(double(i) / (kCoarseExponents - 1), kFactorStart * std::pow(2.0, j));
    }
    const BatchedCalibration coarse = best;
    const double exponentStep = 1.0 / (kCoarseExponents - 1);
    for (int i = 0; i < kFineSteps; ++i) {
        const double exponent = coarse.coverageExponent + exponentStep * (2.0 * i / (kFineSteps - 1) - 1.0);
        for (int j = 0; j < kFineSteps; ++j)
            tryPoint(exponent, coarse.computeFactor * std::pow(2.0, 2.0 * j / (kFineSteps - 1) - 1.0));
    }
    best.samples = int(rows.size());
    return best;
}

QList<const Prepared *> pointers(const QList<Prepared> &prepared, const QString &except = {})
{
    QList<const Prepared *> out;
    for (const Prepared &p : prepared) {
        if (except.isEmpty() || p.row->source != except)
            out.append(&p);
    }
    return out;
}

QStringList sourcesOf(const QList<Prepared> &prepared)
{
    QStringList sources;
    for (const Prepared &p : prepared) {
        if (!sources.contains(p.row->source))
            sources.append(p.row->source);
    }
    return sources;
}

// Each publication predicted by a fit on the others.
SpeedFit::Detail::HeldOutSet heldOut(const QList<Prepared> &prepared)
{
    SpeedFit::Detail::HeldOutSet set;
    for (const QString &s : sourcesOf(prepared)) {
        const BatchedCalibration without = fitPrepared(pointers(prepared, s));
        for (const Prepared &p : prepared) {
            if (p.row->source != s)
                continue;
            if (const double tokS = predicted(p, without); tokS > 0)
                set.add(s, p.row->row, p.row->measured, tokS);
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
        const auto number = [&](const char *name, bool required) {
            const QString t = row.text(name);
            if (t.isEmpty()) {
                ok = ok && !required;
                return 0.0;
            }
            bool each = false;
            const double v = t.toDouble(&each);
            ok = ok && each && std::isfinite(v) && v >= 0;
            return v;
        };
        Measurement m;
        m.source = row.text("source");
        m.asOf = row.text("as_of");
        m.device = row.text("device");
        m.deviceKey = row.text("device_key");
        m.backend = row.text("backend");
        m.model = row.text("model");
        m.modelKey = row.text("model_key");
        m.quant = row.text("quant");
        m.paramsTotal = number("params_total_b", true) * 1e9;
        m.paramsActive = number("params_active_b", false) * 1e9;
        if (!(m.paramsActive > 0))
            m.paramsActive = m.paramsTotal;
        m.layers = int(number("layers", false));
        m.experts = int(number("experts", false));
        m.expertsActive = int(number("experts_active", false));
        m.fileBytes = number("file_bytes", false);
        m.kvBytesPerToken = number("kv_bytes_per_token", false);
        m.promptTokens = number("pp_tokens", true);
        m.generatedTokens = number("tg_tokens", true);
        m.sequences = int(number("sequences", true));
        m.aggregateTokS = number("s_tg_tok_s", true);
        ok = ok && !m.source.isEmpty() && m.sequences >= 1 && m.aggregateTokS > 0 && m.paramsTotal > 0;
        if (ok)
            rows.append(m);
        else if (errors)
            errors->append(
                QStringLiteral("line %1: a required value is missing or not a number").arg(row.lineNumber()));
    });
    return rows;
}

const QList<Measurement> &embeddedMeasurements()
{
    static const QList<Measurement> rows = [] {
        QFile file(QStringLiteral(":/measurements/batched-measurements.csv"));
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
                skipped->append(
                    QStringLiteral("%1 (%2, %3, B=%4): %5").arg(m.source, m.device, m.model).arg(m.sequences).arg(why));
        };
        const auto device = devices.constFind(m.deviceKey);
        if (device == devices.cend()) {
            skip(QStringLiteral("no rates for device key \"%1\"").arg(m.deviceKey));
            continue;
        }
        // llama-bench names a K-quant mix by its family; the medium mix is what it ships as.
        const QString quantName = m.quant == QLatin1String("Q4_K") ? QStringLiteral("Q4_K_M") : m.quant;
        const std::optional<QuantFormat> format = Quantization::parse(quantName);
        if (!format) {
            skip(QStringLiteral("unknown format \"%1\"").arg(m.quant));
            continue;
        }
        Row r;
        r.row = i;
        r.source = m.source;
        r.olderBuild = m.asOf < QLatin1String(SpeedFit::kCurrentBuildsSince);
        r.sequences = m.sequences;
        r.measured = m.aggregateTokS;
        if (const ModelSpec *known = model && !m.modelKey.isEmpty() ? model(m.modelKey) : nullptr) {
            r.model = *known;
        } else {
            if (!(m.kvBytesPerToken > 0) || m.layers <= 0) {
                skip(QStringLiteral("no catalog model and no cache size per token"));
                continue;
            }
            r.model = SpeedFit::Detail::modelFromColumns(m.model, m.paramsTotal, m.paramsActive, m.layers, m.experts,
                                                         m.expertsActive, m.kvBytesPerToken);
        }
        r.model.knownFiles.clear();
        if (m.fileBytes > 0)
            r.model.knownFiles.insert(format->name, KnownFile{m.fileBytes, {}});
        // The box as far as the run needs it: its rates, and memory enough (it ran).
        HardwareSpec &h = r.hardware;
        h.id = m.deviceKey;
        h.name = m.device;
        h.backend = m.backend;
        h.kind = device->unified ? HardwareKind::UnifiedMemory : HardwareKind::DiscreteGpu;
        h.memoryBytesPerGpu = h.usableBytesPerGpu = 1024.0 * 1024 * 1024 * 1024;
        h.bandwidthBytesPerSecond = device->bandwidth;
        if (device->fp16Flops)
            h.tflops = *device->fp16Flops / 1e12;
        if (device->int8Ops)
            h.int8Tops = *device->int8Ops / 1e12;
        // B sequences, each at the mean depth of the tokens it generated (the prompt was not shared).
        Scenario &s = r.scenario;
        s.quant = format;
        s.batch = m.sequences;
        s.promptTokens = 0;
        s.answerTokens = 1;
        s.contextTokens = std::max(1.0, m.promptTokens + m.generatedTokens / 2.0);
        r.calibration = calibration(h);
        out.append(r);
    }
    return out;
}

double predictedTokS(const Row &row, const BatchedCalibration &batched)
{
    const QList<Row> one{row};
    const QList<Prepared> prepared = prepare(one, row.olderBuild ? false : true);
    return prepared.isEmpty() ? 0.0 : predicted(prepared.first(), batched);
}

BatchedCalibration fit(const QList<Row> &rows)
{
    const QList<Prepared> prepared = prepare(rows, true);
    return fitPrepared(pointers(prepared));
}

Validation validate(const QList<Row> &rows)
{
    Validation v;
    const QList<Prepared> prepared = prepare(rows, true);
    const SpeedFit::Detail::HeldOutSet set = heldOut(prepared);
    const SpeedFit::Detail::HeldOutSummary summary =
        SpeedFit::Detail::summarize(set, kRangeLowQuantile, kRangeHighQuantile);
    v.perSource = summary.perSource;
    v.overall = summary.overall;
    v.rows = summary.rows;
    v.medianRangeWidth = summary.medianRangeWidth;

    // Older builds, predicted by the fit on every current row, for the record.
    const BatchedCalibration current = fitPrepared(pointers(prepared));
    const QList<Prepared> older = prepare(rows, false);
    QList<double> olderRatios;
    for (const Prepared &p : older) {
        if (const double tokS = predicted(p, current); tokS > 0)
            olderRatios.append(p.row->measured / tokS);
    }
    v.olderBuilds = errorOf(QStringLiteral("older builds"), olderRatios, 0, 0);
    return v;
}

BatchedCalibration fitWithRange(const QList<Row> &rows)
{
    const QList<Prepared> prepared = prepare(rows, true);
    BatchedCalibration b = fitPrepared(pointers(prepared));
    const QList<QList<double>> ratios = heldOut(prepared).ratios.values();
    b.rangeLow = std::min(0.95, sourceQuantile(ratios, kRangeLowQuantile));
    b.rangeHigh = std::max(1.05, sourceQuantile(ratios, kRangeHighQuantile));
    return b;
}

} // namespace Headroom::Batched
