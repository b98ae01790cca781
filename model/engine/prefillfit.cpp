// The prompt-processing constants per class, fitted on published llama.cpp measurements.
#include "prefillfit.h"

#include "engine.h"
#include "modelspec.h"
#include "pairterms.h"
#include "quantization.h"
#include "speedfitdetail.h"

#include <QFile>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace Headroom::Prefill {

using SpeedFit::Detail::quantile;

namespace {

// Headroom predicts today's llama.cpp; builds before this are predicted and reported, never fitted.
constexpr char kCurrentBuildsSince[] = "2025";

// A row's format as the quantization table names it: "UD-Q4_K_XL" (Unsloth's dynamic mix, mostly
// Q4_K) sizes as Q4_K_M, "UD-Q6_K_XL" as Q6_K, "i1-Q4_K_M" as Q4_K_M, "Q8_K_XL" as Q8_0, "mxfp4" as MXFP4.
std::optional<QuantFormat> formatOf(const QString &text)
{
    QString name = text.section(QLatin1Char(' '), 0, 0).toUpper();
    for (const char *prefix : {"UD-", "I1-"}) {
        if (name.startsWith(QLatin1String(prefix)))
            name = name.mid(int(qstrlen(prefix)));
    }
    if (name.startsWith(QLatin1String("Q8_K")))
        name = QStringLiteral("Q8_0");
    else if (name.endsWith(QLatin1String("_XL"))) {
        name.chop(3); // Q4_K_XL sizes as Q4_K_M; Q6_K_XL as Q6_K
        if (auto medium = Quantization::parse(name + QStringLiteral("_M")))
            return medium;
    }
    return Quantization::parse(name);
}

// Without the model's card: the attention width (layers × model width) of a Llama-shaped dense
// model, ≈ 0.037 × P^(2/3) (7B: 32 × 4096; 70B: 80 × 8192), over KV elements at 4 query heads
// per KV head; and its layers ≈ 16 × (P in billions)^0.38 (1B: 16, 8B: 35, 70B: 80).
double approximateKvElements(double paramsActive)
{
    return 2.0 * 0.037 * std::pow(paramsActive, 2.0 / 3.0) / 4.0;
}
int approximateLayers(double paramsTotal)
{
    return int(std::lround(16.0 * std::pow(paramsTotal / 1e9, 0.38)));
}

// A class's efficiency prior: a class with few rows stays near it.
constexpr double kPriorEfficiency = 0.3;
constexpr double kPriorWeight = 1.0;
// The shown range: these quantiles of a class's measured ÷ predicted on its own rows.
constexpr double kRangeLowQuantile = 0.1;
constexpr double kRangeHighQuantile = 0.9;
// Attention's cost relative to its FLOPs at the path's efficiency: a class picks one of these.
constexpr double kAttentionSteps[] = {0.5, 1.0, 2.0, 4.0, 8.0, 16.0};

// A row ready for the fit's many evaluations: its prompt's terms computed once.
struct Prepared
{
    const RowWork *row = nullptr;
    PromptTerms prompt;
};

double logError(const PrefillCalibration &c, const Prepared &p)
{
    const double s = seconds(p.prompt, pathRates(c, p.row->work));
    return s > 0 ? std::log(p.prompt.promptTokens / s / p.row->measured) : 0.0;
}

// The efficiency that minimises the class's squared log error under the other constants (golden
// section on log efficiency: the error is unimodal in it). A row's time is a ÷ efficiency + b, so
// each row's a and b are made once and the search costs a division and a logarithm per row.
double bestEfficiency(PrefillCalibration c, const QList<const Prepared *> &rows, double *cost)
{
    struct Split
    {
        double a = 0.0, b = 0.0, logTarget = 0.0; // seconds = a ÷ e + b; log of the measured seconds
    };
    std::vector<Split> split;
    split.reserve(size_t(rows.size()));
    c.efficiency = 1.0;
    for (const Prepared *r : rows) {
        const double atFull = seconds(r->prompt, pathRates(c, r->row->work)); // e = 1
        PrefillCalibration noCompute = c;
        noCompute.efficiency = 1e200; // compute takes no time (still a rate: 0 would mean none)
        const double fixed = seconds(r->prompt, pathRates(noCompute, r->row->work)); // e → ∞
        if (atFull > 0)
            split.push_back({atFull - fixed, fixed, std::log(r->prompt.promptTokens / r->row->measured)});
    }
    // Gauss–Newton on x = log efficiency: each row's error is log measured − log(a e^−x + b), whose
    // slope in x is the compute's share of the time.
    const double prior = std::log(kPriorEfficiency);
    const double lowest = std::log(0.005), highest = std::log(2.0);
    double x = prior;
    double sum = 0.0;
    for (int iteration = 0; iteration < 12; ++iteration) {
        const double inverse = std::exp(-x);
        double gradient = kPriorWeight * (x - prior), curvature = kPriorWeight;
        sum = kPriorWeight * (x - prior) * (x - prior);
        for (const Split &r : split) {
            const double computeTime = r.a * inverse;
            const double error = r.logTarget - std::log(computeTime + r.b);
            const double slope = computeTime / (computeTime + r.b);
            sum += error * error;
            gradient += error * slope;
            curvature += slope * slope;
        }
        const double next = std::clamp(x - gradient / curvature, lowest, highest);
        if (std::abs(next - x) < 1e-7)
            break;
        x = next;
    }
    *cost = sum;
    return std::exp(x);
}

// measured ÷ predicted of each row under its class
QList<double> ratiosOf(const PrefillCalibration &c, const QList<const Prepared *> &rows)
{
    QList<double> ratios;
    for (const Prepared *r : rows)
        ratios.append(std::exp(-logError(c, *r)));
    return ratios;
}

SpeedFit::SourceError errorOf(const QString &name, const QList<double> &ratios, const QList<double> &lows,
                              const QList<double> &highs)
{
    SpeedFit::SourceError e;
    e.source = name;
    e.rows = int(ratios.size());
    QList<double> errors;
    int inside = 0;
    for (qsizetype i = 0; i < ratios.size(); ++i) {
        errors.append(std::abs(1.0 / ratios[i] - 1.0)); // |predicted ÷ measured − 1|
        inside += (ratios[i] >= lows.value(i) && ratios[i] <= highs.value(i)) ? 1 : 0;
    }
    e.medianAbsError = quantile(errors, 0.5);
    e.p90AbsError = quantile(errors, 0.9);
    e.coverage = ratios.isEmpty() ? 0.0 : double(inside) / double(ratios.size());
    return e;
}

} // namespace

QString publisherOf(const QString &source)
{
    // Authors whose campaign is several files (one notebook per GPU, one run per kernel setting).
    for (const char *author : {"xiongjiedai-", "kyuz0-", "gparemsky-"}) {
        if (source.startsWith(QLatin1String(author)))
            return QString::fromLatin1(author).chopped(1);
    }
    return source;
}

QList<RowWork> worksOf(const QList<PrefillMeasurement> &rows, const QHash<QString, PrefillDevice> &devices,
                       const ModelLookup &model, QStringList *skipped)
{
    QList<RowWork> works;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const PrefillMeasurement &m = rows[i];
        if (!m.fittable())
            continue;
        const auto skip = [&](const QString &why) {
            if (skipped)
                skipped->append(QStringLiteral("%1 (%2, %3): %4").arg(m.source, m.device, m.model, why));
        };
        const auto device = devices.constFind(m.deviceKey);
        if (device == devices.cend()) {
            skip(QStringLiteral("no rates for device key \"%1\"").arg(m.deviceKey));
            continue;
        }
        const std::optional<QuantFormat> format = formatOf(m.quant);
        const double total = m.paramsTotal.value_or(m.paramsActive.value_or(0.0));
        const double active = m.paramsActive.value_or(total);
        if (!format || !(total > 0) || !(m.promptTokens > 0)) {
            skip(QStringLiteral("format, parameters or prompt length unknown"));
            continue;
        }
        RowWork r;
        r.row = i;
        r.publisher = publisherOf(m.source);
        r.measured = m.tokensPerSecond;
        r.olderBuild = m.asOf < QLatin1String(kCurrentBuildsSince);
        const Path path = pathOf(format->name);
        r.prefillClass = classOf(m.backend, path, device->unified);
        Work &w = r.work;
        w.matmulFlopsPerToken = 2.0 * active;
        w.weightBytes = total * format->bitsPerWeight / 8.0;
        w.promptTokens = m.promptTokens;
        w.depthTokens = m.depthTokens;
        w.ubatch = m.ubatch.value_or(kDefaultUbatch);
        w.devices = m.devices;
        w.matrixRate = matrixRate(m.backend, path, device->fp16Flops, device->int8Ops).value_or(0.0);
        w.bandwidth = device->bandwidth;
        w.moe = active < 0.9 * total;
        if (m.experts && m.expertsActive && *m.experts > 0)
            w.routedShare = double(*m.expertsActive) / *m.experts;
        else
            w.routedShare = w.moe ? active / total : 1.0;
        const ModelSpec *spec = model && !m.modelKey.isEmpty() ? model(m.modelKey) : nullptr;
        if (spec) {
            const Engine::KvGrowth g = Engine::kvGrowth(spec->attention, KvType::F16);
            const double element = kvElementBytes(KvType::F16);
            w.kvElementsPerToken = g.unbounded / element;
            w.windowedKvElements = g.windowed / element;
            w.window = g.window;
            w.layers = spec->layers;
            if (spec->experts > 0 && spec->expertsActive > 0)
                w.routedShare = double(spec->expertsActive) / spec->experts;
        } else {
            w.kvElementsPerToken = m.kvElementsPerToken.value_or(approximateKvElements(active));
            w.layers = m.layers.value_or(approximateLayers(total));
        }
        works.append(r);
    }
    return works;
}

Fit fit(const QList<RowWork> &rows)
{
    QList<Prepared> prepared;
    prepared.reserve(rows.size());
    for (const RowWork &r : rows) {
        if (!r.olderBuild)
            prepared.append({&r, promptTerms(r.work)});
    }
    QMap<QString, QList<const Prepared *>> byClass;
    for (const Prepared &p : std::as_const(prepared))
        byClass[p.row->prefillClass].append(&p);
    // The constants every class shares on a grid; each class's efficiency inside.
    Fit best;
    double bestCost = std::numeric_limits<double>::infinity();
    // Attention's cost is the class's own (flash-attention kernels differ by runtime far more than
    // matrix multiplies do); the micro-batch constants are shared.
    for (const double half : {4.0, 16.0, 64.0}) {
        for (const double layer : {0.0, 50e-6, 150e-6, 400e-6}) {
            Fit f;
            double cost = 0.0;
            for (auto it = byClass.cbegin(); it != byClass.cend(); ++it) {
                PrefillCalibration classBest;
                double classBestCost = std::numeric_limits<double>::infinity();
                for (const double attention : kAttentionSteps) {
                    PrefillCalibration c;
                    c.prefillClass = it.key();
                    c.attention = attention;
                    c.moeHalfTokens = half;
                    c.layerSeconds = layer;
                    double classCost = 0.0;
                    c.efficiency = bestEfficiency(c, it.value(), &classCost);
                    classCost += kPriorWeight * std::pow(std::log(attention), 2) / 4.0;
                    if (classCost < classBestCost) {
                        classBestCost = classCost;
                        classBest = c;
                    }
                }
                classBest.samples = int(it.value().size());
                cost += classBestCost;
                f.classes.insert(it.key(), classBest);
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = f;
                best.pooled.moeHalfTokens = half;
                best.pooled.layerSeconds = layer;
            }
        }
    }
    // Ranges: the spread of each class's own rows (a class with few rows takes every row's).
    QList<double> everyRatio;
    QList<double> efficiencies;
    for (auto it = best.classes.begin(); it != best.classes.end(); ++it) {
        const QList<double> ratios = ratiosOf(*it, byClass.value(it.key()));
        everyRatio += ratios;
        efficiencies.append(it->efficiency);
        if (ratios.size() >= 8) {
            it->rangeLow = quantile(ratios, kRangeLowQuantile);
            it->rangeHigh = quantile(ratios, kRangeHighQuantile);
        }
    }
    const double pooledLow = everyRatio.isEmpty() ? best.pooled.rangeLow : quantile(everyRatio, kRangeLowQuantile);
    const double pooledHigh = everyRatio.isEmpty() ? best.pooled.rangeHigh : quantile(everyRatio, kRangeHighQuantile);
    for (auto it = best.classes.begin(); it != best.classes.end(); ++it) {
        if (it->samples < 8) {
            it->rangeLow = pooledLow;
            it->rangeHigh = pooledHigh;
        }
        it->rangeLow = std::min(it->rangeLow, 1.0);
        it->rangeHigh = std::max(it->rangeHigh, 1.0);
    }
    best.pooled.efficiency = efficiencies.isEmpty() ? kPriorEfficiency : quantile(efficiencies, 0.5);
    QList<double> attentions;
    for (const PrefillCalibration &c : std::as_const(best.classes))
        attentions.append(c.attention);
    best.pooled.attention = attentions.isEmpty() ? 1.0 : quantile(attentions, 0.5);
    best.pooled.rangeLow = std::min(pooledLow, 1.0);
    best.pooled.rangeHigh = std::max(pooledHigh, 1.0);
    for (const PrefillCalibration &c : std::as_const(best.classes)) {
        best.pooled.rangeLow = std::min(best.pooled.rangeLow, c.rangeLow);
        best.pooled.rangeHigh = std::max(best.pooled.rangeHigh, c.rangeHigh);
    }
    return best;
}

PrefillCalibration classOf(const Fit &fit, const QString &prefillClass)
{
    if (const auto it = fit.classes.constFind(prefillClass); it != fit.classes.cend())
        return *it;
    PrefillCalibration c = fit.pooled;
    c.prefillClass = prefillClass;
    c.samples = 0;
    return c;
}

double predictedTokS(const Fit &fit, const RowWork &row)
{
    const double s = seconds(classOf(fit, row.prefillClass), row.work);
    return s > 0 ? row.work.promptTokens / s : 0.0;
}

Validation validate(const QList<RowWork> &rows)
{
    Validation v;
    QStringList publishers;
    QSet<QString> sources;
    for (const RowWork &r : rows) {
        if (r.olderBuild)
            continue;
        if (!publishers.contains(r.publisher))
            publishers.append(r.publisher);
    }
    QList<double> allRatios, allLows, allHighs, widths;
    for (const QString &publisher : std::as_const(publishers)) {
        QList<RowWork> training;
        for (const RowWork &r : rows) {
            if (r.publisher != publisher)
                training.append(r);
        }
        const Fit without = fit(training);
        QList<double> ratios, lows, highs;
        for (const RowWork &r : rows) {
            if (r.publisher != publisher || r.olderBuild)
                continue;
            const PrefillCalibration c = classOf(without, r.prefillClass);
            const double predicted = predictedTokS(without, r);
            ratios.append(r.measured / predicted);
            lows.append(c.rangeLow);
            highs.append(c.rangeHigh);
            widths.append(c.rangeHigh / c.rangeLow);
            v.rows.append({r.row, predicted, predicted * c.rangeLow, predicted * c.rangeHigh});
        }
        v.perPublisher.append(errorOf(publisher, ratios, lows, highs));
        allRatios += ratios, allLows += lows, allHighs += highs;
    }
    v.overall = errorOf(QStringLiteral("all"), allRatios, allLows, allHighs);
    v.medianRangeWidth = quantile(widths, 0.5);

    const Fit full = fit(rows);
    QList<double> older, olderLows, olderHighs;
    for (const RowWork &r : rows) {
        if (!r.olderBuild)
            continue;
        const PrefillCalibration c = classOf(full, r.prefillClass);
        older.append(r.measured / predictedTokS(full, r));
        olderLows.append(c.rangeLow);
        olderHighs.append(c.rangeHigh);
    }
    v.olderBuilds = errorOf(QStringLiteral("older builds"), older, olderLows, olderHighs);
    return v;
}

const QList<PrefillMeasurement> &embeddedMeasurements()
{
    static const QList<PrefillMeasurement> rows = [] {
        QFile file(QStringLiteral(":/measurements/prefill-measurements.csv"));
        return file.open(QIODevice::ReadOnly) ? parsePrefillMeasurements(file.readAll()) : QList<PrefillMeasurement>{};
    }();
    return rows;
}

const QHash<QString, PrefillDevice> &embeddedDevices()
{
    static const QHash<QString, PrefillDevice> devices = [] {
        QFile file(QStringLiteral(":/measurements/prefill-devices.csv"));
        return file.open(QIODevice::ReadOnly) ? parsePrefillDevices(file.readAll()) : QHash<QString, PrefillDevice>{};
    }();
    return devices;
}

} // namespace Headroom::Prefill
