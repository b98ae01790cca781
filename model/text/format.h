// Formatting for people: every figure with its unit, in the locale in force.
#pragma once

#include "hardwarespec.h"

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
// A size per token or per cell: "3 KiB", "128 KiB", "1.5 MiB" (kB and MB in GB mode): a
// gigabyte figure would read 0.00.
[[nodiscard]] QString smallBytes(double bytes);
// Free memory: "12.5 GiB", or "3.2 GiB short" when what is needed exceeds what is usable
// (memory is never shown as a negative amount).
[[nodiscard]] QString headroom(double bytes);
[[nodiscard]] double bytesInUnit(double bytes) noexcept;
[[nodiscard]] QString tokens(double tokens);                                    // "32K", "1M", "108,778"
[[nodiscard]] QString rate(const std::optional<double> &tokensPerSecond);       // "20.5 tok/s" or "—"
[[nodiscard]] QString rateNumber(const std::optional<double> &tokensPerSecond); // "20.5" or "—"
[[nodiscard]] QString bandwidth(double bytesPerSecond);                         // "1,792 GB/s"
[[nodiscard]] QString params(double params);                                    // "123B", "3.9B"
[[nodiscard]] QString usd(double usd);                                          // "$8,565", "$1.99"
[[nodiscard]] QString seconds(double seconds);                                  // "1.3 s", "2 min 5 s"
[[nodiscard]] QString percent(double percent);                                  // "72.2%"
[[nodiscard]] QString usdRange(double low, double high);                        // "$11,000–$14,500", "$999"
[[nodiscard]] QString watts(double watts);                                      // "575 W"
// A relative change in percent, never rounded to a figure it is not: −99.5 stays "−99.5%", not
// "−100%"; 0.3 is "+0.3%", not "+0%".
[[nodiscard]] QString change(double percent);
[[nodiscard]] QString priceKindText(PriceQuote::Kind kind); // "MSRP", "street", "used", translated
[[nodiscard]] constexpr double bytesFromGiB(double gib) noexcept
{
    return gib * 1024.0 * 1024.0 * 1024.0;
}

} // namespace Headroom::Format
