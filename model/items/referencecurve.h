// The bandwidth chart's estimate line: one model's decode step on a card of each bandwidth.
#pragma once

#include <QList>
#include <QPointF>

namespace Headroom {

struct Catalog;
struct ModelSpec;

// Decode tokens/s (y) against memory bandwidth in GB/s (x, `samples` + 1 points spaced evenly on a
// log scale from `fromGbs` to `toGbs`) for a step that reads `bytesPerToken`, as a discrete CUDA
// card would run it: the speed class with the most measurements behind it.
[[nodiscard]] QList<QPointF> referenceDecodeCurve(const Catalog &catalog, const ModelSpec &model, double bytesPerToken,
                                                  double fromGbs, double toGbs, int samples);

} // namespace Headroom
