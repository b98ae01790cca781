#pragma once

#include "provenance.h"

#include <QList>
#include <QString>

namespace Headroom {

// Decode time per token = bytes read / (bandwidth × efficiency) + layers × perLayerSeconds.
// The first term is the memory-bound physics; the second is the fixed cost of launching a
// layer's kernels, which dominates small models on fast cards. Fitted per backend.
struct DecodeCalibration
{
    QString backend;
    double efficiency = 0.70; // share of peak bandwidth a decode step achieves
    double perLayerSeconds = 0.0;
    double spread = 0.20; // relative half-width of the quoted range
    int samples = 0;
    Provenance provenance;
};

struct DecodeMeasurement
{
    QString device;
    QString backend;
    double bandwidthBytesPerSecond = 0.0;
    double bytesPerToken = 0.0;
    int layers = 0;
    double tokensPerSecond = 0.0;
};

// Least squares on time per token, with perLayerSeconds held at zero or above.
// spread is the 80th percentile of the absolute relative error on the points fitted.
[[nodiscard]] DecodeCalibration fitDecodeCalibration(const QList<DecodeMeasurement> &points);

[[nodiscard]] double predictDecodeTokS(const DecodeCalibration &calibration, double bandwidthBytesPerSecond,
                                       double bytesPerToken, int layers) noexcept;

// Reads "device,gpu_cores,bandwidth_gbs,backend,quant,tok_s" rows for one model of known
// size per quantization; '#' lines are comments. Rows it cannot read are reported in errors.
[[nodiscard]] QList<DecodeMeasurement> parseCalibrationCsv(const QByteArray &csv, int layers,
                                                           const QMap<QString, double> &fileBytesByQuant,
                                                           QStringList *errors = nullptr);

} // namespace Headroom
