// Weight formats, their bits per weight, and which backends cannot run them.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

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

    friend bool operator==(const QuantFormat &a, const QuantFormat &b) { return a.name == b.name; }
};

// Whether a backend can run a weight format, and why not when it cannot.
struct FormatSupport
{
    bool runs = true;
    QString reason; // empty when it runs
    QString source;
};

class Quantization final
{
public:
    // The named formats ordered from most to fewest bits.
    [[nodiscard]] static const QList<QuantFormat> &namedFormats();
    // The explorer slider's steps: the common GGUF mixes, most bits first, no two with the same
    // bits per weight (two steps that change nothing would only confuse).
    [[nodiscard]] static QStringList sliderSteps();

    // Accepts a named format (case-insensitive) or "bpw:X" with 1 <= X <= 32.
    // Returns std::nullopt for anything else, so callers can name the bad input.
    [[nodiscard]] static std::optional<QuantFormat> parse(const QString &text);
    [[nodiscard]] static int indexOf(const QString &name);

    // The format a model is sized at when the scenario says "as released": its native release
    // format where that is already a low-bit one (gpt-oss MXFP4, Kimi INT4, NVFP4 releases),
    // else Q4_K_M, the format most people download.
    [[nodiscard]] static QuantFormat defaultFor(const QString &nativeFormat);

    // Known gaps between formats and backends (llama.cpp backends, plus vLLM where only it runs
    // a format). Anything not listed runs.
    [[nodiscard]] static FormatSupport support(const QString &format, const QString &backend);
    // The same gaps as bit sets, one bit per gap: `format` runs on `backend` exactly when the two
    // sets share no bit. A sweep computes each once per model and per box instead of per pair.
    [[nodiscard]] static quint32 formatGaps(const QString &format);
    [[nodiscard]] static quint32 backendGaps(const QString &backend);
    [[nodiscard]] static FormatSupport supportOf(quint32 formatGaps, quint32 backendGaps);
};

} // namespace Headroom
