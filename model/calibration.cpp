#include "calibration.h"

#include <QMap>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Headroom {

DecodeCalibration fitDecodeCalibration(const QList<DecodeMeasurement> &points)
{
    DecodeCalibration result;
    result.samples = int(points.size());
    if (points.isEmpty())
        return result;
    result.backend = points.first().backend;

    // time = a·x + b·L with x = bytes / bandwidth, a = 1/efficiency, b = per-layer seconds.
    double sxx = 0, sxl = 0, sll = 0, sxy = 0, sly = 0;
    for (const auto &p : points) {
        const double x = p.bytesPerToken / p.bandwidthBytesPerSecond;
        const double l = p.layers;
        const double y = 1.0 / p.tokensPerSecond;
        sxx += x * x;
        sxl += x * l;
        sll += l * l;
        sxy += x * y;
        sly += l * y;
    }
    double a = 0, b = 0;
    const double det = sxx * sll - sxl * sxl;
    if (std::abs(det) > 1e-30) {
        a = (sxy * sll - sly * sxl) / det;
        b = (sxx * sly - sxl * sxy) / det;
    }
    if (b < 0 || a <= 0) { // a negative launch cost is not physical: refit bandwidth alone
        b = 0;
        a = sxy / sxx;
    }
    // An efficiency above 1 would let an estimate pass its ceiling; the engine clamps too.
    result.efficiency = std::clamp(1.0 / a, 0.05, 1.0);
    result.perLayerSeconds = b;

    QList<double> errors;
    for (const auto &p : points) {
        const double predicted = predictDecodeTokS(result, p.bandwidthBytesPerSecond, p.bytesPerToken, p.layers);
        errors.append(std::abs(predicted / p.tokensPerSecond - 1.0));
    }
    std::sort(errors.begin(), errors.end());
    result.spread = errors.at(std::min<qsizetype>(errors.size() - 1, qsizetype(errors.size() * 0.8)));
    return result;
}

double predictDecodeTokS(const DecodeCalibration &calibration, double bandwidthBytesPerSecond, double bytesPerToken,
                         int layers) noexcept
{
    if (!(bandwidthBytesPerSecond > 0) || !(bytesPerToken > 0))
        return 0.0;
    const double seconds = bytesPerToken / (bandwidthBytesPerSecond * calibration.efficiency) +
                           std::max(0, layers) * calibration.perLayerSeconds;
    const double ceiling = bandwidthBytesPerSecond / bytesPerToken;
    return std::min(ceiling, 1.0 / seconds);
}

QList<DecodeMeasurement> parseCalibrationCsv(const QByteArray &csv, int layers,
                                             const QMap<QString, double> &fileBytesByQuant, QStringList *errors)
{
    QList<DecodeMeasurement> points;
    const QList<QByteArray> lines = csv.split('\n');
    bool header = true;
    int lineNumber = 0;
    for (const QByteArray &raw : lines) {
        ++lineNumber;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (header) { // first non-comment line names the columns
            header = false;
            continue;
        }
        const QList<QByteArray> cells = line.split(',');
        bool bwOk = false, tokOk = false;
        const double bandwidthGbs = cells.size() == 6 ? cells.at(2).toDouble(&bwOk) : 0.0;
        const double tokS = cells.size() == 6 ? cells.at(5).toDouble(&tokOk) : 0.0;
        const QString quant = cells.size() == 6 ? QString::fromUtf8(cells.at(4)) : QString();
        if (!bwOk || !tokOk || bandwidthGbs <= 0 || tokS <= 0 || !fileBytesByQuant.contains(quant)) {
            if (errors)
                errors->append(QStringLiteral("line %1: not a usable measurement").arg(lineNumber));
            continue;
        }
        points.append({QString::fromUtf8(cells.at(0)), QString::fromUtf8(cells.at(3)), bandwidthGbs * 1e9,
                       fileBytesByQuant.value(quant), layers, tokS});
    }
    return points;
}

} // namespace Headroom
