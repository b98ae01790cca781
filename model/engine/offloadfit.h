// Weights in the host's RAM: the offload constants fitted on published partial-offload runs of
// llama.cpp, and judged on publications the fit never saw.
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

// Each published row runs through the engine as the user's pair would (the placement it names,
// its host's RAM bandwidth); the fit chooses OffloadCalibration's constants on a grid by least
// squares on log time, every publication weighing the same: the host's share of bandwidth and the
// hand-over from decode rows, the PCIe rate from the prompt rows.
namespace Headroom::Offload {

// One published row (tests/data/measurements/offload-measurements.csv).
struct Measurement
{
    QString source;
    QString asOf;
    QString excluded; // why it is not fitted; empty: fitted
    QString gpu;
    QString deviceKey; // the GPU's rates in prefill-devices.csv, or empty
    QString backend;
    int gpus = 1;
    double gpuBandwidth = 0.0;  // bytes/s per GPU
    double hostBandwidth = 0.0; // bytes/s, peak
    QString model;
    QString modelKey;
    QString quant;
    double paramsTotal = 0.0;
    double paramsActive = 0.0;
    int layers = 0;
    int experts = 0;
    int expertsActive = 0;
    double fileBytes = 0.0;
    double kvBytesPerToken = 0.0;
    int cpuExpertLayers = 0;
    double depthTokens = 0.0;
    double decodeTokS = 0.0;
    double promptTokS = 0.0; // 0: not published
    double promptTokens = 0.0;
};

[[nodiscard]] QList<Measurement> parse(const QByteArray &csv, QStringList *errors = nullptr);
[[nodiscard]] const QList<Measurement> &embeddedMeasurements();

struct Row
{
    qsizetype row = 0;
    QString source;
    bool prompt = false;   // a prompt-processing row (else decode)
    double measured = 0.0; // tokens/s
    ModelSpec model;
    HardwareSpec hardware;
    HostSpec host;
    Scenario scenario;
    DecodeCalibration calibration;
};

using ModelLookup = std::function<const ModelSpec *(const QString &key)>;
using CalibrationFor = std::function<DecodeCalibration(const HardwareSpec &)>;
// Every fitted row as a decode row, and those with a prompt speed (and the GPU's rates) as prompt
// rows too. Rows the engine cannot run, or that were excluded, are named in `skipped`.
[[nodiscard]] QList<Row> rowsOf(const QList<Measurement> &rows, const QHash<QString, PrefillDevice> &devices,
                                const ModelLookup &model, const CalibrationFor &calibration,
                                QStringList *skipped = nullptr);

// Predicted tokens/s of `row` (decode or prompt) under `offload`; 0 when it does not run.
[[nodiscard]] double predictedTokS(const Row &row, const OffloadCalibration &offload);
[[nodiscard]] OffloadCalibration fit(const QList<Row> &rows);

// What issue 25 asks: the median |predicted ÷ measured − 1| of decode with weights in the host.
inline constexpr double kTargetMedianError = 0.30;
inline constexpr int kTargetRows = 30;
inline constexpr int kTargetPublications = 5;

struct Validation
{
    QList<SpeedFit::SourceError> perSource; // decode rows, each publication held out
    SpeedFit::SourceError overall;
    SpeedFit::SourceError prompt; // prompt rows, each publication held out
    QList<SpeedFit::HeldOut> rows;
    double medianRangeWidth = 0.0;
};

[[nodiscard]] Validation validate(const QList<Row> &rows);
// The fit on every row with the held-out range: what the app uses.
[[nodiscard]] OffloadCalibration fitWithRange(const QList<Row> &rows);

} // namespace Headroom::Offload
