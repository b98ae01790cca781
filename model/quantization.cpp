#include "quantization.h"

namespace Headroom {

namespace {
const QString kBlock = QStringLiteral("block layout (ggml GGML_QUANT_SIZES)");
const QString kFileAvg = QStringLiteral("whole-file average, Llama-3.1-8B files (llama.cpp tools/quantize README)");
const QString kNominal = QStringLiteral("nominal width, no scales");
} // namespace

const QList<QuantFormat> &Quantization::namedFormats()
{
    static const QList<QuantFormat> formats = {
        {QStringLiteral("F32"), 32.0, kBlock},
        {QStringLiteral("F16"), 16.0, kBlock},
        {QStringLiteral("BF16"), 16.0, kBlock},
        {QStringLiteral("FP8"), 8.0, kNominal},
        {QStringLiteral("INT8"), 8.0, kNominal},
        {QStringLiteral("Q8_0"), 8.5, kBlock},
        {QStringLiteral("Q6_K"), 6.56, kFileAvg},
        {QStringLiteral("Q5_K_M"), 5.70, kFileAvg},
        {QStringLiteral("Q4_K_M"), 4.89, kFileAvg},
        {QStringLiteral("NVFP4"), 4.5, QStringLiteral("block layout: 64 weights in 36 bytes")},
        {QStringLiteral("Q4_0"), 4.5, kBlock},
        {QStringLiteral("IQ4_XS"), 4.46, kFileAvg},
        {QStringLiteral("MXFP4"), 4.25, QStringLiteral("block layout: 32 weights in 17 bytes")},
        {QStringLiteral("INT4"), 4.0,
         QStringLiteral("nominal half a byte per parameter (the seed article's 4-bit arithmetic)")},
        {QStringLiteral("Q3_K_M"), 4.00, kFileAvg},
        {QStringLiteral("IQ3_XXS"), 3.25, kFileAvg},
        {QStringLiteral("Q2_K"), 3.16, kFileAvg},
    };
    return formats;
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

} // namespace Headroom
