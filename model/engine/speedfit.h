// The speed model's constants per class, fitted on published measurements.
#pragma once

#include "calibration.h"
#include "estimate.h"

#include <QMap>

// The decode speed model and its calibration on published measurements. One function says how
// long a token takes (the engine and the fit both call it, so the fitted constants mean the same
// thing everywhere); the fit finds each speed class's constants by least squares on log time,
// pulled toward physical priors so a class with few measurements stays sane; the validation
// leaves out whole sources, so the error it reports is on publications the fit never saw.
namespace Headroom::SpeedFit {

// What one decode step reads and where from.
struct DecodeWork
{
    double deviceBytes = 0.0;     // weights and KV read from GPU (or unified) memory, all devices
    double kvBytes = 0.0;         // the KV cache's part of deviceBytes (attention reads it slower)
    double hostBytes = 0.0;       // offloaded weights read from system RAM
    double hostBandwidth = 0.0;   // bytes/s
    double deviceBandwidth = 0.0; // bytes/s, one device
    int devices = 1;
    ParallelMode mode = ParallelMode::Single;
    double allReduceSeconds = 0.0; // one all-reduce over the link (tensor parallel)
    int layers = 0;
    bool moe = false;
};

// Seconds per decode step, never below the bandwidth ceiling's time (decodestep.h, inline: the
// engine prepares a box's rates once and a sweep calls the step per pair).
[[nodiscard]] inline double decodeSeconds(const DecodeCalibration &c, const DecodeWork &work) noexcept;
// The same with `efficiency` in place of the calibration's own (a user's override).
[[nodiscard]] inline double decodeSeconds(const DecodeCalibration &c, double efficiency,
                                          const DecodeWork &work) noexcept;
// A measurement as the work it describes (its weights read at the measured depth).
[[nodiscard]] DecodeWork workOf(const SpeedMeasurement &m) noexcept;

struct Fit
{
    QMap<QString, DecodeCalibration> classes;
    double hopSeconds = 0.0;
};

// Fits every speed class present in `rows` (and gives the priors to classes with no rows).
[[nodiscard]] Fit fit(const QList<SpeedMeasurement> &rows);
// The class constants of `fit` for `speedClass`, or the priors when it has none.
[[nodiscard]] DecodeCalibration classOf(const Fit &fit, const QString &speedClass);

struct SourceError
{
    QString source;
    int rows = 0;
    double medianAbsError = 0.0; // |predicted ÷ measured − 1|
    double p90AbsError = 0.0;
    double coverage = 0.0; // share of measurements inside the shown range
};

// One measurement predicted by a fit that never saw its source, with the range it would have shown.
struct HeldOut
{
    qsizetype row = 0;      // index into the validated rows
    double predicted = 0.0; // tokens/s
    double low = 0.0;       // the shown range, tokens/s
    double high = 0.0;
};

struct Validation
{
    QList<SourceError> perSource; // each source predicted by a fit that never saw it
    SourceError overall;
    QList<SourceError> olderBuilds; // measurements of superseded builds: predicted, never fitted
    QList<HeldOut> rows;            // source by source, in the order of perSource
};

// Headroom predicts today's llama.cpp (CUDA graphs, flash attention on by default). Measurements of
// builds before this date are kept with their sources but neither fitted nor counted as held out:
// their fixed costs per token were up to twice today's.
inline constexpr char kCurrentBuildsSince[] = "2025"; // compared with as_of (YYYY, YYYY-MM or a date)

// What the validation should reach (issue 11): median and 90th percentile of |predicted ÷
// measured − 1| on held-out sources, and the share of measurements inside the shown range.
inline constexpr double kTargetMedianError = 0.15;
inline constexpr double kTargetP90Error = 0.35;
inline constexpr double kTargetCoverage = 0.80;

// Leave-one-source-out: for each source, fit on the others and predict it. The shown range for a
// held-out source comes from the other sources' own held-out ratios, so coverage is honest too.
[[nodiscard]] Validation validate(const QList<SpeedMeasurement> &rows);

// The fit on every row, with ranges from the held-out ratios: what the app uses.
[[nodiscard]] Fit fitWithRanges(const QList<SpeedMeasurement> &rows);

// The measurements embedded in the binary (resources/measurements/).
[[nodiscard]] const QList<SpeedMeasurement> &embeddedMeasurements();
[[nodiscard]] const Fit &embeddedFit();

} // namespace Headroom::SpeedFit

#include "decodestep.h"
