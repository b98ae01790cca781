// The speed model judged on what it never saw: leave-one-source-out errors and the shown range.
#include "speedfitdetail.h"

#include "inputlimits.h"

#include <QFile>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace Headroom::SpeedFit {

using Detail::errorOf;
using Detail::fitRows;
using Detail::predictedSeconds;
using Detail::quantile;
using Detail::sourceQuantile;

namespace {

// The shown range: these quantiles of measured ÷ predicted on held-out sources.
constexpr double kRangeLowQuantile = 0.025;
constexpr double kRangeHighQuantile = 0.975;

// Measured ÷ predicted for every row of `source`, from a fit on the other sources.
QList<double> heldOutRatios(const QList<SpeedMeasurement> &rows, const QString &source,
                            QList<double> *predicted = nullptr)
{
    QList<SpeedMeasurement> training;
    for (const SpeedMeasurement &m : rows) {
        if (m.source != source)
            training.append(m);
    }
    const Fit f = fitRows(training);
    QList<double> ratios;
    for (const SpeedMeasurement &m : rows) {
        if (m.source != source)
            continue;
        const double p = 1.0 / predictedSeconds(f, m);
        ratios.append(m.tokensPerSecond / p);
        if (predicted)
            predicted->append(p);
    }
    return ratios;
}

QStringList sourcesOf(const QList<SpeedMeasurement> &rows)
{
    QStringList sources;
    for (const SpeedMeasurement &m : rows) {
        if (!sources.contains(m.source))
            sources.append(m.source);
    }
    return sources;
}

} // namespace

namespace Detail {

double sourceQuantile(const QList<QList<double>> &bySource, double q)
{
    QList<std::pair<double, double>> weighted; // value, weight
    for (const QList<double> &ratios : bySource) {
        for (const double r : ratios)
            weighted.append({r, 1.0 / ratios.size()});
    }
    if (weighted.isEmpty())
        return 0.0;
    std::sort(weighted.begin(), weighted.end());
    double total = 0.0;
    for (const auto &w : weighted)
        total += w.second;
    double cumulative = 0.0;
    for (const auto &[value, weight] : weighted) {
        cumulative += weight;
        if (cumulative >= q * total)
            return value;
    }
    return weighted.last().first;
}

SourceError errorOf(const QString &source, const QList<double> &ratios, double low, double high)
{
    SourceError e;
    e.source = source;
    e.rows = int(ratios.size());
    QList<double> errors;
    int inside = 0;
    for (const double r : ratios) {
        errors.append(std::abs(1.0 / r - 1.0)); // |predicted ÷ measured − 1|
        inside += (r >= low && r <= high) ? 1 : 0;
    }
    e.medianAbsError = quantile(errors, 0.5);
    e.p90AbsError = quantile(errors, 0.9);
    e.coverage = ratios.isEmpty() ? 0.0 : double(inside) / ratios.size();
    return e;
}

HeldOutSummary summarize(const HeldOutSet &set, double lowQuantile, double highQuantile)
{
    HeldOutSummary v;
    QList<double> all, widths;
    int inside = 0;
    for (const QString &s : set.sources) {
        QList<QList<double>> others;
        for (const QString &o : set.sources) {
            if (o != s)
                others.append(set.ratios.value(o));
        }
        const double low = sourceQuantile(others, lowQuantile);
        const double high = sourceQuantile(others, highQuantile);
        const SourceError e = errorOf(s, set.ratios.value(s), low, high);
        v.perSource.append(e);
        inside += qRound(e.coverage * e.rows);
        all.append(set.ratios.value(s));
        widths.append(high / std::max(low, 1e-9));
        for (const auto &[row, tokS] : set.predicted.value(s))
            v.rows.append({row, tokS, tokS * low, tokS * high});
    }
    v.overall = errorOf(QStringLiteral("all"), all, 0, 0);
    v.overall.coverage = all.isEmpty() ? 0.0 : double(inside) / all.size();
    v.medianRangeWidth = quantile(widths, 0.5);
    return v;
}

ModelSpec modelFromColumns(const QString &name, double paramsTotal, double paramsActive, int layers, int experts,
                           int expertsActive, double kvBytesPerToken)
{
    ModelSpec m;
    m.id = m.name = name;
    m.paramsTotal = paramsTotal;
    m.paramsActive = paramsActive > 0 ? paramsActive : paramsTotal;
    m.layers = layers;
    m.experts = experts;
    m.expertsActive = expertsActive;
    m.maxContext = int(Limits::kMaxTokens);
    m.attention.fullLayers = layers;
    m.attention.kvHeads = 1;
    m.attention.headDim = std::max(1, int(std::lround(kvBytesPerToken / (4.0 * std::max(1, layers)))));
    return m;
}

} // namespace Detail

bool isCurrentBuild(const SpeedMeasurement &m)
{
    return m.asOf >= QLatin1String(kCurrentBuildsSince);
}

QList<SpeedMeasurement> currentBuilds(const QList<SpeedMeasurement> &rows)
{
    QList<SpeedMeasurement> current;
    std::copy_if(rows.cbegin(), rows.cend(), std::back_inserter(current), isCurrentBuild);
    return current;
}

Validation validate(const QList<SpeedMeasurement> &all)
{
    Validation v;
    const QList<SpeedMeasurement> rows = currentBuilds(all);
    const QStringList sources = sourcesOf(rows);
    QHash<QString, QList<double>> ratios, predicted;
    for (const QString &s : sources) {
        QList<double> p;
        ratios.insert(s, heldOutRatios(rows, s, &p));
        predicted.insert(s, p);
    }
    QList<double> allRatios;
    int inside = 0;
    for (const QString &s : sources) {
        // The range a held-out source would have been shown: from the other sources' ratios.
        QList<QList<double>> others;
        for (const QString &o : sources) {
            if (o != s)
                others.append(ratios.value(o));
        }
        const double low = sourceQuantile(others, kRangeLowQuantile);
        const double high = sourceQuantile(others, kRangeHighQuantile);
        const SourceError e = errorOf(s, ratios.value(s), low, high);
        v.perSource.append(e);
        inside += qRound(e.coverage * e.rows);
        allRatios.append(ratios.value(s));
        const QList<double> &p = predicted.value(s);
        qsizetype k = 0;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all.at(i).source == s && isCurrentBuild(all.at(i))) {
                v.rows.append({i, p.at(k), p.at(k) * low, p.at(k) * high});
                ++k;
            }
        }
    }
    v.overall = errorOf(QStringLiteral("all"), allRatios, 0, 0);
    v.overall.coverage = allRatios.isEmpty() ? 0.0 : double(inside) / allRatios.size();

    // Older builds: predicted by the fit on every current row (which never saw them), for the record.
    const Fit current = fitWithRanges(rows);
    QHash<QString, QList<double>> older;
    QStringList olderSources;
    for (const SpeedMeasurement &m : all) {
        if (isCurrentBuild(m))
            continue;
        if (!olderSources.contains(m.source))
            olderSources.append(m.source);
        older[m.source].append(m.tokensPerSecond * predictedSeconds(current, m));
    }
    for (const QString &s : olderSources) {
        const DecodeCalibration c = classOf(current, QString());
        v.olderBuilds.append(errorOf(s, older.value(s), c.rangeLow, c.rangeHigh));
    }
    return v;
}

Fit fitWithRanges(const QList<SpeedMeasurement> &all)
{
    const QList<SpeedMeasurement> rows = currentBuilds(all);
    Fit f = fitRows(rows);
    // Prompt processing shares come from every row that publishes one, older builds too: few
    // publications give both a prompt speed and the device's TFLOPS, and an older build's share
    // errs on the slow side.
    QList<QList<double>> ratios;
    for (const QString &s : sourcesOf(rows))
        ratios.append(heldOutRatios(rows, s));
    const double low = std::min(0.95, sourceQuantile(ratios, kRangeLowQuantile));
    const double high = std::max(1.05, sourceQuantile(ratios, kRangeHighQuantile));
    for (DecodeCalibration &c : f.classes) {
        c.rangeLow = low;
        c.rangeHigh = high;
    }
    return f;
}

const QList<SpeedMeasurement> &embeddedMeasurements()
{
    static const QList<SpeedMeasurement> rows = [] {
        QFile file(QStringLiteral(":/measurements/decode-measurements.csv"));
        return file.open(QIODevice::ReadOnly) ? parseSpeedMeasurements(file.readAll()) : QList<SpeedMeasurement>{};
    }();
    return rows;
}

const Fit &embeddedFit()
{
    static const Fit f = fitWithRanges(embeddedMeasurements());
    return f;
}

} // namespace Headroom::SpeedFit
