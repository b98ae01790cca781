// Many sequences at once: the batched decode constants fitted on published llama-batched-bench
// runs, and judged on publications the fit never saw.
#pragma once

#include "calibration.h"
#include "hardwarespec.h"
#include "modelspec.h"
#include "prefilldevice.h"
#include "scenario.h"
#include "speedfit.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

// A step of B sequences reads the experts they route to and every sequence's cache, and
// multiplies B tokens (calibration.h, BatchedCalibration). The engine computes each row of a
// publication exactly as it computes a pair for the user; the fit only chooses the two batched
// constants, on a grid, by least squares on log time with every publication weighing the same.
namespace Headroom::Batched {

// One published row (tests/data/measurements/batched-measurements.csv).
struct Measurement
{
    QString source;
    QString asOf;
    QString device;
    QString deviceKey; // its rates in prefill-devices.csv
    QString backend;
    QString model;
    QString modelKey; // the catalog model of the same architecture, or empty
    QString quant;
    double paramsTotal = 0.0;
    double paramsActive = 0.0;
    int layers = 0;
    int experts = 0;
    int expertsActive = 0;
    double fileBytes = 0.0;
    double kvBytesPerToken = 0.0;
    double promptTokens = 0.0;
    double generatedTokens = 0.0;
    int sequences = 1;
    double aggregateTokS = 0.0; // S_TG: every sequence's generated tokens ÷ the time
};

// Reads the CSV; rows it cannot read are named in `errors` with their line.
[[nodiscard]] QList<Measurement> parse(const QByteArray &csv, QStringList *errors = nullptr);
[[nodiscard]] const QList<Measurement> &embeddedMeasurements();

// A row as the engine runs it: the model and box it measured, the scenario (B sequences at the
// mean depth of their generated tokens) and the box's published calibration.
struct Row
{
    qsizetype row = 0; // index into the measurements
    QString source;
    bool olderBuild = false;
    int sequences = 1;
    double measured = 0.0; // aggregate tokens/s
    ModelSpec model;
    HardwareSpec hardware;
    Scenario scenario;
    DecodeCalibration calibration;
};

using ModelLookup = std::function<const ModelSpec *(const QString &key)>;
using CalibrationFor = std::function<DecodeCalibration(const HardwareSpec &)>;
// The rows as the engine runs them: the device's rates from `devices`, the model's geometry from
// the catalog model `model` finds (else from the row's own columns), the box's published decode
// and prefill calibration from `calibration`. Rows that cannot be run are named in `skipped`.
[[nodiscard]] QList<Row> rowsOf(const QList<Measurement> &rows, const QHash<QString, PrefillDevice> &devices,
                                const ModelLookup &model, const CalibrationFor &calibration,
                                QStringList *skipped = nullptr);

// Predicted aggregate tokens/s of `row` under `batched` (0 when the engine refuses it).
[[nodiscard]] double predictedTokS(const Row &row, const BatchedCalibration &batched);

// The constants that fit `rows` (current builds only) best.
[[nodiscard]] BatchedCalibration fit(const QList<Row> &rows);

// What the targets are (issue 25): the median |predicted ÷ measured − 1| over batches 1–32.
inline constexpr double kTargetMedianError = 0.20;
inline constexpr int kLargestValidatedBatch = 32;

struct Validation
{
    QList<SpeedFit::SourceError> perSource; // each publication predicted by a fit that never saw it
    SpeedFit::SourceError overall;
    SpeedFit::SourceError olderBuilds; // builds before kCurrentBuildsSince: predicted, never fitted
    QList<SpeedFit::HeldOut> rows;     // held-out predictions, source by source
    double medianRangeWidth = 0.0;
};

// Leave one publication out; the shown range for each comes from the others' held-out ratios.
[[nodiscard]] Validation validate(const QList<Row> &rows);
// The fit on every current row with the held-out range: what the app uses.
[[nodiscard]] BatchedCalibration fitWithRange(const QList<Row> &rows);

} // namespace Headroom::Batched
