// The units every quantity is stored in, and their conversions.
#pragma once

#include <QtGlobal>

// Every quantity in the engine is stored in SI base units: bytes, tokens, seconds,
// tokens per second, bytes per second. Conversions live here and nowhere else.
namespace Headroom::Units {

inline constexpr double kGB = 1e9;                       // decimal gigabyte (Hugging Face, vendors' GB/s)
inline constexpr double kGiB = 1024.0 * 1024.0 * 1024.0; // binary gibibyte (llama.cpp, nvidia-smi)
inline constexpr double kKiB = 1024.0;
inline constexpr double kBillion = 1e9;

[[nodiscard]] constexpr double gbToBytes(double gb) noexcept
{
    return gb * kGB;
}
[[nodiscard]] constexpr double gibToBytes(double gib) noexcept
{
    return gib * kGiB;
}
[[nodiscard]] constexpr double bytesToGB(double bytes) noexcept
{
    return bytes / kGB;
}
[[nodiscard]] constexpr double bytesToGiB(double bytes) noexcept
{
    return bytes / kGiB;
}

} // namespace Headroom::Units
