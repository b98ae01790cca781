// What each layer of a config.json is (full, sliding, linear, Mamba or none) and the weights' native format.
#include "hfconfigparts.h"

#include <QJsonArray>

namespace Headroom::HfConfig::Parts {

namespace {

Layer kindOf(const QString &type, QStringList &assumptions)
{
    const QString t = type.toLower();
    if (t == QLatin1String("full_attention") || t == QLatin1String("attention") || t == QLatin1String("global"))
        return Layer::Full;
    if (t == QLatin1String("sliding_attention") || t == QLatin1String("local") ||
        t == QLatin1String("chunked_attention"))
        return Layer::Sliding;
    if (t == QLatin1String("linear_attention"))
        return Layer::Linear;
    if (t == QLatin1String("mamba") || t == QLatin1String("mamba2") || t == QLatin1String("conv"))
        return Layer::Mamba;
    if (t == QLatin1String("moe") || t == QLatin1String("mlp"))
        return Layer::None;
    assumptions << QStringLiteral("layer kind '%1' taken as holding a full KV cache").arg(type);
    return Layer::Full;
}

} // namespace

QList<Layer> layerKinds(const Reader &r, int layers, const QString &modelType, QStringList &assumptions)
{
    const QJsonObject &o = r.object();
    const auto fromList = [&](const char *key) -> std::optional<QList<Layer>> {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isArray())
            return std::nullopt;
        const QJsonArray a = v.toArray();
        if (a.size() != layers)
            throw Failure{
                QStringLiteral("%1 has %2 entries for %3 layers").arg(QLatin1String(key)).arg(a.size()).arg(layers)};
        QList<Layer> kinds;
        for (const QJsonValue &e : a)
            kinds << kindOf(e.toString(), assumptions);
        return kinds;
    };
    if (auto kinds = fromList("layer_types"))
        return *kinds;
    if (auto kinds = fromList("layers_block_type"))
        return *kinds;
    if (const QJsonValue p = o.value(QLatin1String("hybrid_override_pattern")); p.isString()) {
        const QString pattern = p.toString().remove(QLatin1Char('|'));
        if (pattern.size() != layers)
            throw Failure{
                QStringLiteral("hybrid_override_pattern has %1 layers, not %2").arg(pattern.size()).arg(layers)};
        QList<Layer> kinds;
        for (const QChar c : pattern)
            kinds << (c == QLatin1Char('*') ? Layer::Full : c == QLatin1Char('M') ? Layer::Mamba : Layer::None);
        return kinds;
    }
    QList<Layer> kinds(layers, Layer::Full);
    const bool qwenNext = modelType.startsWith(QLatin1String("qwen3_next"));
    if (const auto interval = r.number({"full_attention_interval"}, kMaxLayers); interval || qwenNext) {
        const int every = int(interval.value_or(4));
        if (!interval)
            assumptions << QStringLiteral("full_attention_interval absent: 4, as Qwen3-Next's default");
        for (int i = 0; i < layers; ++i)
            kinds[i] = every > 0 && (i + 1) % every == 0 ? Layer::Full : Layer::Linear;
        return kinds;
    }
    const auto window = r.number({"sliding_window"}, 1e9);
    const auto useWindow = r.flag("use_sliding_window");
    if (!window || *window == 0 || useWindow == false)
        return kinds;
    if (const auto period = r.number({"sliding_window_pattern"}, kMaxLayers); period && *period > 1) {
        for (int i = 0; i < layers; ++i) // every period-th layer is global
            kinds[i] = (i + 1) % int(*period) == 0 ? Layer::Full : Layer::Sliding;
    } else if (modelType == QLatin1String("gpt_oss")) {
        for (int i = 0; i < layers; ++i)
            kinds[i] = i % 2 == 0 ? Layer::Sliding : Layer::Full;
    } else if (const auto below = r.number({"max_window_layers"}, kMaxLayers); useWindow == true && below) {
        for (int i = int(*below); i < layers; ++i) // Qwen2: layers from max_window_layers on slide
            kinds[i] = Layer::Sliding;
    } else {
        for (Layer &k : kinds)
            k = Layer::Sliding;
        assumptions << QStringLiteral("a sliding window with no pattern: every layer taken as windowed");
    }
    return kinds;
}

QString nativeFormat(const QJsonObject &root, const Reader &r, QStringList &assumptions)
{
    const QString method = root.value(QLatin1String("quantization_config"))
                               .toObject()
                               .value(QLatin1String("quant_method"))
                               .toString()
                               .toLower();
    if (method == QLatin1String("fp8"))
        return QStringLiteral("FP8");
    if (method == QLatin1String("mxfp4"))
        return QStringLiteral("MXFP4");
    const QString dtype = (r.string("torch_dtype").isEmpty() ? r.string("dtype") : r.string("torch_dtype")).toLower();
    if (dtype == QLatin1String("float16"))
        return QStringLiteral("F16");
    if (dtype == QLatin1String("float32"))
        return QStringLiteral("F32");
    if (dtype != QLatin1String("bfloat16"))
        assumptions << QStringLiteral("no torch_dtype: released as BF16 assumed");
    return QStringLiteral("BF16");
}

} // namespace Headroom::HfConfig::Parts
