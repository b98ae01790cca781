// What the fit and its validation share inside the engine; not for use outside model/engine.
#pragma once

#include "speedfit.h"

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

// The fit on exactly these rows, without the ranges (validation fits many subsets).
[[nodiscard]] Fit fitRows(const QList<SpeedMeasurement> &rows);
// Seconds per token the fit predicts for a measurement's own step.
[[nodiscard]] double predictedSeconds(const Fit &fit, const SpeedMeasurement &m);

} // namespace Headroom::SpeedFit::Detail
