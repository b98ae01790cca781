#pragma once

#include <QString>

#include <optional>

// Formatting for people: every figure carries its unit. Byte figures use one convention
// at a time (GiB by default, like llama.cpp and nvidia-smi; GB on request, like Hugging Face).
namespace Headroom::Format {

enum class ByteUnit { GiB, GB };

void setByteUnit(ByteUnit unit) noexcept;
[[nodiscard]] ByteUnit byteUnit() noexcept;
[[nodiscard]] QString byteUnitName();

[[nodiscard]] QString bytes(double bytes);      // "57.3 GiB"
[[nodiscard]] QString bytesValue(double bytes); // "57.3" in the current unit
[[nodiscard]] double bytesInUnit(double bytes) noexcept;
[[nodiscard]] QString tokens(double tokens);                              // "32K", "1M", "108,778"
[[nodiscard]] QString rate(const std::optional<double> &tokensPerSecond); // "20.5 tok/s" or "—"
[[nodiscard]] QString bandwidth(double bytesPerSecond);                   // "1,792 GB/s"
[[nodiscard]] QString params(double params);                              // "123B", "3.9B"
[[nodiscard]] QString usd(double usd);                                    // "$8,565", "$1.99"
[[nodiscard]] QString seconds(double seconds);                            // "1.3 s", "2 min 5 s"
[[nodiscard]] QString percent(double percent);                            // "72.2%"

} // namespace Headroom::Format
