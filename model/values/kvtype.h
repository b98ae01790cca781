// KV cache element types and their sizes.
#pragma once

#include <QString>

#include <optional>

namespace Headroom {

// Precision of the KV cache elements. q8_0 and q4_0 include their block scales
// (34 bytes per 32 elements, 18 bytes per 32 elements).
enum class KvType { F16, BF16, FP8, Q8_0, Q4_0 };

[[nodiscard]] double kvElementBytes(KvType type) noexcept;
[[nodiscard]] QString kvTypeName(KvType type);
[[nodiscard]] std::optional<KvType> parseKvType(const QString &text);
[[nodiscard]] constexpr int kvTypeCount() noexcept
{
    return 5;
}

} // namespace Headroom
