// What the fit and its validation share inside the engine; not for use outside model/engine.
#pragma once

#include "modelspec.h"
#include "speedfit.h"

#include <QHash>
#include <QStringList>

namespace Headroom::SpeedFit::Detail {

// The q-quantile of `values` (linear between neighbours); 0 for none.
[[nodiscard]] double quantile(QList<double> values, double q);
// The physical priors of a class, before any measurement.
[[nodiscard]] DecodeCalibration prior(const QString &speedClass);

// The q-quantile of ratios grouped by source, each source weighing the same: what a new
// publication will show is one more draw of a source's shift, however many rows it has.
[[nodiscard]] double sourceQuantile(const QList<QList<double>> &bySource, double q);
// The errors of measured ÷ predicted `ratios`, and the share inside [low, high].
[[nodiscard]] SourceError errorOf(const QString &source, const QList<double> &ratios, double low, double high);

// What leaving each source out gave: by source, measured ÷ predicted and (row, predicted tokens/s).
struct HeldOutSet
{
    QStringList sources; // in the order they are reported
    QHash<QString, QList<double>> ratios;
    QHash<QString, QList<std::pair<qsizetype, double>>> predicted;
    void add(const QString &source, qsizetype row, double measured, double predictedTokS)
    {
        if (!sources.contains(source))
            sources.append(source);
        ratios[source].append(measured / predictedTokS);
        predicted[source].append({row, predictedTokS});
    }
};
struct HeldOutSummary
{
    QList<SourceError> perSource;
    SourceError overall;
    QList<HeldOut> rows;
    double medianRangeWidth = 0.0; // high ÷ low of the ranges shown, the median over sources
};
// Each source's errors, and the share inside the range the other sources' ratios give (their
// `lowQuantile` and `highQuantile`): the range it would have been shown.
[[nodiscard]] HeldOutSummary summarize(const HeldOutSet &set, double lowQuantile, double highQuantile);

// A published row's model from its own columns, where the catalog has none of its architecture:
// its parameters and experts, and a cache of `kvBytesPerToken` (f16) as one KV head per layer.
[[nodiscard]] ModelSpec modelFromColumns(const QString &name, double paramsTotal, double paramsActive, int layers,
                                         int experts, int expertsActive, double kvBytesPerToken);

// The fit on exactly these rows, without the ranges (validation fits many subsets).
[[nodiscard]] Fit fitRows(const QList<SpeedMeasurement> &rows);
// Seconds per token the fit predicts for a measurement's own step.
[[nodiscard]] double predictedSeconds(const Fit &fit, const SpeedMeasurement &m);

} // namespace Headroom::SpeedFit::Detail
