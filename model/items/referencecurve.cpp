// The bandwidth chart's estimate line: one model's decode step on a card of each bandwidth.
#include "referencecurve.h"

#include "catalog.h"
#include "speedfit.h"

#include <cmath>

namespace Headroom {

QList<QPointF> referenceDecodeCurve(const Catalog &catalog, const ModelSpec &model, double bytesPerToken,
                                    double fromGbs, double toGbs, int samples)
{
    QList<QPointF> curve;
    if (bytesPerToken <= 0 || samples <= 0 || fromGbs <= 0 || toGbs <= fromGbs)
        return curve;
    HardwareSpec probe;
    probe.backend = QStringLiteral("CUDA");
    const DecodeCalibration cuda = catalog.calibrationFor(probe);
    SpeedFit::DecodeWork work;
    work.deviceBytes = bytesPerToken;
    work.layers = model.layers;
    work.moe = model.isMoe();
    for (int i = 0; i <= samples; ++i) {
        const double gbs = fromGbs * std::pow(toGbs / fromGbs, double(i) / samples);
        work.deviceBandwidth = gbs * 1e9;
        curve.append({gbs, std::max(1e-3, 1.0 / SpeedFit::decodeSeconds(cuda, work))});
    }
    return curve;
}

} // namespace Headroom
