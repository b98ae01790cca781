#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Headroom {

// A weight storage format and its whole-file average bits per weight.
// GGUF mixes (Q4_K_M, …) use measured whole-file averages, not the block size of their
// dominant type, because a "Q4_K_M" file keeps some tensors at Q6_K and F32.
struct QuantFormat
{
    QString name; // canonical spelling, e.g. "Q4_K_M" or "bpw:4.25"
    double bitsPerWeight = 0.0;
    QString basis; // why this number: block layout or measured file average, with source
};

class Quantization final
{
public:
    // The named formats ordered from most to fewest bits (the explorer's slider order).
    [[nodiscard]] static const QList<QuantFormat> &namedFormats();

    // Accepts a named format (case-insensitive) or "bpw:X" with 1 <= X <= 32.
    // Returns std::nullopt for anything else, so callers can name the bad input.
    [[nodiscard]] static std::optional<QuantFormat> parse(const QString &text);

    [[nodiscard]] static int indexOf(const QString &name);
};

} // namespace Headroom
