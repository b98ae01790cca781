// What the user asks about, whatever the model and box: context, weights, sequences, GPUs.
#include "scenario.h"

namespace Headroom {

QString parallelKey(Scenario::Parallel parallel)
{
    switch (parallel) {
    case Scenario::Parallel::LayerSplit: return QStringLiteral("layer");
    case Scenario::Parallel::TensorParallel: return QStringLiteral("tensor");
    case Scenario::Parallel::Auto: break;
    }
    return QStringLiteral("auto");
}

std::optional<Scenario::Parallel> parseParallel(const QString &key)
{
    for (const auto parallel :
         {Scenario::Parallel::Auto, Scenario::Parallel::LayerSplit, Scenario::Parallel::TensorParallel}) {
        if (key == parallelKey(parallel))
            return parallel;
    }
    return std::nullopt;
}

QuantFormat weightsFormatFor(const ModelSpec &model, const Scenario &scenario)
{
    return scenario.quant ? *scenario.quant : Quantization::defaultFor(model.nativeFormat);
}

} // namespace Headroom
