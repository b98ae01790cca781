// The config.json reader's parts: a reader that refuses wrong types, and what each layer is. Internal to
// headroom_import.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cmath>
#include <initializer_list>
#include <optional>

namespace Headroom::HfConfig::Parts {

constexpr double kMaxLayers = 4096;
constexpr double kMaxWidth = 1 << 20; // hidden sizes, head counts, vocabularies stay far below

enum class Layer { Full, Sliding, Linear, Mamba, None };

struct Failure
{
    QString why;
};

// Reads numbers from a config where values are often null or missing; wrong types are errors.
class Reader
{
public:
    explicit Reader(QJsonObject o)
        : m_o(std::move(o))
    {}
    const QJsonObject &object() const { return m_o; }
    std::optional<double> number(std::initializer_list<const char *> keys, double max = kMaxWidth) const
    {
        for (const char *key : keys) {
            const QJsonValue v = m_o.value(QLatin1String(key));
            if (v.isUndefined() || v.isNull())
                continue;
            if (!v.isDouble())
                throw Failure{QStringLiteral("%1 is not a number").arg(QLatin1String(key))};
            const double d = v.toDouble();
            if (!std::isfinite(d) || d < 0 || d > max || d != std::floor(d))
                throw Failure{QStringLiteral("%1 is %2, not a whole number from 0 to %3")
                                  .arg(QLatin1String(key))
                                  .arg(d)
                                  .arg(max)};
            return d;
        }
        return std::nullopt;
    }
    double required(const char *key, double max = kMaxWidth) const
    {
        const auto v = number({key}, max);
        if (!v || *v < 1)
            throw Failure{QStringLiteral("%1 is missing or 0").arg(QLatin1String(key))};
        return *v;
    }
    std::optional<bool> flag(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        return v.isBool() ? std::optional(v.toBool()) : std::nullopt;
    }
    QString string(const char *key) const { return m_o.value(QLatin1String(key)).toString(); }

private:
    QJsonObject m_o;
};

// Which kind of attention (if any) each layer has, from whichever description the config uses.
QList<Layer> layerKinds(const Reader &r, int layers, const QString &modelType, QStringList &assumptions);
// The format the weights were released in: quantization_config first, then torch_dtype (BF16 assumed, and said).
QString nativeFormat(const QJsonObject &root, const Reader &r, QStringList &assumptions);

} // namespace Headroom::HfConfig::Parts
