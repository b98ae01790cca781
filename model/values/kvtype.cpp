// KV cache element types and their sizes.
#include "kvtype.h"

#include <array>

namespace Headroom {

namespace {
struct KvTypeInfo
{
    KvType type;
    const char *name;
    double bytes;
};
constexpr std::array<KvTypeInfo, 5> kKvTypes = {{
    {KvType::F16, "f16", 2.0},
    {KvType::BF16, "bf16", 2.0},
    {KvType::FP8, "fp8", 1.0},
    {KvType::Q8_0, "q8_0", 34.0 / 32.0},
    {KvType::Q4_0, "q4_0", 18.0 / 32.0},
}};
} // namespace

double kvElementBytes(KvType type) noexcept
{
    return kKvTypes.at(std::size_t(type)).bytes;
}

QString kvTypeName(KvType type)
{
    return QString::fromLatin1(kKvTypes.at(std::size_t(type)).name);
}

std::optional<KvType> parseKvType(const QString &text)
{
    for (const auto &info : kKvTypes) {
        if (text.trimmed().compare(QLatin1String(info.name), Qt::CaseInsensitive) == 0)
            return info.type;
    }
    return std::nullopt;
}

} // namespace Headroom
