// The prompt-processing constants per class, fitted on published llama.cpp measurements, and
// their honest check: each publication predicted by a fit that never saw it.
#pragma once

#include "prefilldevice.h"
#include "prefillmeasurement.h"
#include "prefillmodel.h"
#include "speedfit.h"

#include <QHash>
#include <QMap>

#include <functional>

namespace Headroom {
struct ModelSpec;
}

namespace Headroom::Prefill {

// One measurement as the work the model predicts.
struct RowWork
{
    qsizetype row = 0; // index into the measurements given
    QString prefillClass;
    QString publisher; // the unit a validation leaves out
    Work work;
    double measured = 0.0; // tokens/s
    bool olderBuild = false;
};

// The catalog model a row's model_key names (its layers and attention), or nullptr.
using ModelLookup = std::function<const ModelSpec *(const QString &key)>;

// The rows a fit may use, as work. Rows marked excluded are left out silently; a fittable row
// that cannot be predicted (no device rates, an unknown format, no parameter count) is named in
// `skipped` with the reason.
[[nodiscard]] QList<RowWork> worksOf(const QList<PrefillMeasurement> &rows,
                                     const QHash<QString, PrefillDevice> &devices, const ModelLookup &model,
                                     QStringList *skipped = nullptr);

// A publication is one page, thread, pull request or file by one author; an author who published
// several files of one campaign (one notebook per GPU) is held out as one.
[[nodiscard]] QString publisherOf(const QString &source);

struct Fit
{
    QMap<QString, PrefillCalibration> classes;
    PrefillCalibration pooled; // for a class with no measurements: the median efficiency, the widest range
};

// Fits the current-build rows (older builds are never fitted).
[[nodiscard]] Fit fit(const QList<RowWork> &rows);
[[nodiscard]] PrefillCalibration classOf(const Fit &fit, const QString &prefillClass);
[[nodiscard]] double predictedTokS(const Fit &fit, const RowWork &row);

struct Validation
{
    QList<SpeedFit::SourceError> perPublisher; // each predicted by a fit that never saw it
    SpeedFit::SourceError overall;
    SpeedFit::SourceError olderBuilds; // superseded builds, predicted by the fit on every current row
    QList<SpeedFit::HeldOut> rows;     // held out, publisher by publisher
    double medianRangeWidth = 0.0;     // high ÷ low of the ranges shown to held-out rows
    int publications = 0;              // distinct sources among the current-build rows
};

// What the prefill validation should reach (issue 24).
inline constexpr double kTargetMedianError = 0.25;
inline constexpr double kTargetP90Error = 0.50;
inline constexpr double kTargetCoverage = 0.80;

// Leave-one-publisher-out: for each publisher, fit on the others and predict its rows, with the
// range the fit without it shows.
[[nodiscard]] Validation validate(const QList<RowWork> &rows);

// The embedded measurements and device table (resources/measurements/).
[[nodiscard]] const QList<PrefillMeasurement> &embeddedMeasurements();
[[nodiscard]] const QHash<QString, PrefillDevice> &embeddedDevices();

} // namespace Headroom::Prefill
