// Weight formats, their bits per weight, and which backends cannot run them.
#include "quantization.h"

#include <QHash>

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <iterator>

namespace Headroom {

namespace {
const QString kBlock = QStringLiteral("block layout (ggml GGML_QUANT_SIZES)");
const QString kFileAvg = QStringLiteral("whole-file average, Llama-3.1-8B files (llama.cpp tools/quantize README)");
const QString kNominal = QStringLiteral("nominal width, no scales");

// llama-quantize's option list (tools/quantize/quantize.cpp, QUANT_OPTIONS) gives each mix's file
// size for Llama-3-8B in GiB; over its 8.03 B weights that is the whole-file average.
const QString kQuantizeList =
    QStringLiteral("whole-file average: the %1 GiB Llama-3-8B file in llama-quantize's option list "
                   "(tools/quantize/quantize.cpp) over 8.03 B weights");
QuantFormat fromLlama3File(const char *name, double gib)
{
    constexpr double kLlama3Weights = 8.03e9;
    return {QString::fromLatin1(name), gib * 1024.0 * 1024.0 * 1024.0 * 8.0 / kLlama3Weights, kQuantizeList.arg(gib)};
}
// The i-quants and ternary types: llama-quantize labels them with their main type's bits per
// weight only; a real file keeps some tensors wider, so it runs a little above this.
QuantFormat mainTypeRate(const char *name, double bits)
{
    return {QString::fromLatin1(name), bits,
            QStringLiteral("main-type rate from llama-quantize's option list; no whole-file size published, real "
                           "files run slightly higher")};
}

// Low-bit formats that a lab may release directly; anything wider starts at Q4_K_M.
constexpr double kNativeDefaultMaxBits = 4.5;
} // namespace

const QList<QuantFormat> &Quantization::namedFormats()
{
    static const QList<QuantFormat> formats = [] {
        QList<QuantFormat> list = {
            {QStringLiteral("F32"), 32.0, kBlock},
            {QStringLiteral("F16"), 16.0, kBlock},
            {QStringLiteral("BF16"), 16.0, kBlock},
            {QStringLiteral("FP8"), 8.0, kNominal},
            {QStringLiteral("INT8"), 8.0, kNominal},
            {QStringLiteral("Q8_0"), 8.5, kBlock},
            {QStringLiteral("Q6_K"), 6.56, kFileAvg},
            fromLlama3File("Q5_1", 5.65),
            {QStringLiteral("Q5_K_M"), 5.70, kFileAvg},
            fromLlama3File("Q5_K_S", 5.21),
            fromLlama3File("Q5_0", 5.21),
            fromLlama3File("Q4_1", 4.78),
            {QStringLiteral("Q4_K_M"), 4.89, kFileAvg},
            fromLlama3File("Q4_K_S", 4.37),
            {QStringLiteral("NVFP4"), 4.5, QStringLiteral("block layout: 64 weights in 36 bytes")},
            {QStringLiteral("Q4_0"), 4.5, kBlock},
            mainTypeRate("IQ4_NL", 4.50),
            {QStringLiteral("IQ4_XS"), 4.46, kFileAvg},
            fromLlama3File("Q3_K_L", 4.03),
            {QStringLiteral("MXFP4"), 4.25, QStringLiteral("block layout: 32 weights in 17 bytes")},
            {QStringLiteral("INT4"), 4.0,
             QStringLiteral("nominal half a byte per parameter (the seed article's 4-bit arithmetic)")},
            {QStringLiteral("Q3_K_M"), 4.00, kFileAvg},
            mainTypeRate("IQ3_M", 3.66),
            fromLlama3File("Q3_K_S", 3.41),
            mainTypeRate("IQ3_S", 3.44),
            mainTypeRate("IQ3_XS", 3.3),
            {QStringLiteral("IQ3_XXS"), 3.25, kFileAvg},
            fromLlama3File("Q2_K_S", 2.96),
            {QStringLiteral("Q2_K"), 3.16, kFileAvg},
            mainTypeRate("IQ2_M", 2.7),
            mainTypeRate("IQ2_S", 2.5),
            mainTypeRate("IQ2_XS", 2.31),
            mainTypeRate("IQ2_XXS", 2.06),
            mainTypeRate("TQ2_0", 2.06),
            mainTypeRate("IQ1_M", 1.75),
            mainTypeRate("TQ1_0", 1.69),
            mainTypeRate("IQ1_S", 1.56),
        };
        // Most bits first, as the lists in the window show them.
        std::stable_sort(list.begin(), list.end(),
                         [](const QuantFormat &a, const QuantFormat &b) { return a.bitsPerWeight > b.bitsPerWeight; });
        return list;
    }();
    return formats;
}

QStringList Quantization::sliderSteps()
{
    return {QStringLiteral("F16"),    QStringLiteral("Q8_0"),    QStringLiteral("Q6_K"),
            QStringLiteral("Q5_K_M"), QStringLiteral("Q4_K_M"),  QStringLiteral("IQ4_XS"),
            QStringLiteral("Q3_K_M"), QStringLiteral("IQ3_XXS"), QStringLiteral("Q2_K")};
}

int Quantization::indexOf(const QString &name)
{
    const auto &formats = namedFormats();
    for (qsizetype i = 0; i < formats.size(); ++i) {
        if (formats.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

std::optional<QuantFormat> Quantization::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (const int index = indexOf(trimmed); index >= 0)
        return namedFormats().at(index);

    if (trimmed.startsWith(QLatin1String("bpw:"), Qt::CaseInsensitive)) {
        bool ok = false;
        const double bits = trimmed.mid(4).toDouble(&ok);
        // 1..32 covers every real format from IQ1_S to F32; anything else is a typo.
        if (ok && bits >= 1.0 && bits <= 32.0)
            return QuantFormat{QStringLiteral("bpw:%1").arg(bits), bits, QStringLiteral("given by the user")};
    }
    return std::nullopt;
}

QuantFormat Quantization::defaultFor(const QString &nativeFormat)
{
    // Asked for every cell of a matrix in the default scenario ("as released"): the answer for a
    // release format is remembered, per thread (the advisor ranks on a worker thread).
    thread_local QHash<QString, QuantFormat> known;
    if (const auto it = known.constFind(nativeFormat); it != known.cend())
        return *it;
    static const QuantFormat q4km = *parse(QStringLiteral("Q4_K_M"));
    const auto native = parse(nativeFormat);
    const QuantFormat chosen = native && native->bitsPerWeight <= kNativeDefaultMaxBits ? *native : q4km;
    known.insert(nativeFormat, chosen);
    return chosen;
}

namespace {

// A format one backend cannot run, why, and where that is stated.
struct Gap
{
    const char *format;
    const char *backend;
    const char *reason;
    const char *source;
};
const Gap kGaps[] = {
    {"NVFP4", "Metal",
     QT_TRANSLATE_NOOP("Headroom::Quantization",
                       "llama.cpp's Metal backend has no NVFP4 kernels (they exist for CPU, CUDA and Vulkan); "
                       "on a Mac, MLX runs NVFP4 files instead"),
     "https://github.com/ggml-org/llama.cpp/pull/25446 (2026-07-08: NVFP4 has CPU/CUDA/Vulkan kernels); Metal "
     "PR https://github.com/ggml-org/llama.cpp/pull/20456 still open"},
    {"FP8", "Metal",
     QT_TRANSLATE_NOOP("Headroom::Quantization",
                       "GGUF has no FP8 weight type and vLLM/SGLang, which run FP8, do not run on Metal"),
     "ggml type list (gguf.md); vLLM supported hardware"},
    {"FP8", "Vulkan",
     QT_TRANSLATE_NOOP("Headroom::Quantization",
                       "GGUF has no FP8 weight type and vLLM/SGLang, which run FP8, have no Vulkan backend"),
     "ggml type list (gguf.md); vLLM supported hardware"},
};
static_assert(std::size(kGaps) <= 32, "one bit per gap in a quint32");

template<typename Field>
quint32 gapBits(const QString &name, Field field)
{
    quint32 bits = 0;
    for (std::size_t i = 0; i < std::size(kGaps); ++i) {
        const QLatin1String gapName(kGaps[i].*field);
        // The length first: most names differ in it, and a case-blind compare costs far more.
        if (name.size() == gapName.size() && name.compare(gapName, Qt::CaseInsensitive) == 0)
            bits |= 1u << i;
    }
    return bits;
}

} // namespace

quint32 Quantization::formatGaps(const QString &format)
{
    return gapBits(format, &Gap::format);
}

quint32 Quantization::backendGaps(const QString &backend)
{
    return gapBits(backend, &Gap::backend);
}

FormatSupport Quantization::support(const QString &format, const QString &backend)
{
    return supportOf(formatGaps(format), backendGaps(backend));
}

FormatSupport Quantization::supportOf(quint32 formatGaps, quint32 backendGaps)
{
    const quint32 both = formatGaps & backendGaps;
    if (both == 0)
        return {};
    const Gap &gap = kGaps[std::countr_zero(both)];
    return {false, QCoreApplication::translate("Headroom::Quantization", gap.reason), QString::fromLatin1(gap.source)};
}

} // namespace Headroom
