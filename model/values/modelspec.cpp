// The keys a model's commercial-use value has in catalog files and JSON.
#include "modelspec.h"

#include <array>

namespace Headroom {

namespace {
constexpr std::array<std::pair<CommercialUse::Value, const char *>, 3> kValues = {{
    {CommercialUse::Value::Yes, "yes"},
    {CommercialUse::Value::No, "no"},
    {CommercialUse::Value::Conditions, "conditions"},
}};
} // namespace

QString commercialUseKey(CommercialUse::Value value)
{
    for (const auto &[v, key] : kValues) {
        if (v == value)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<CommercialUse::Value> parseCommercialUse(const QString &key)
{
    for (const auto &[v, name] : kValues) {
        if (key == QLatin1String(name))
            return v;
    }
    return std::nullopt;
}

} // namespace Headroom
